"""
Rules for words that look like a timing or a count and are not one: the weeks of a plan,
"once" said as "when", a later week's count, a second session, an age, "while walking",
"I am", a rate of progress a week, a condition on a progression or a support ("add
weight if needed"), the step of a progression ("each week, increase by 5 minutes") and
everyday life ("daily activities"). Each is read as what it is, so no timing rule takes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import asking, h_nothing, noting

__all__ = ["LOOKALIKE_RULES"]

_note_condition = noting("a condition on how it is done, not as needed")


def h_once_when(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "once a stretch is felt" as "when"; "Lift 10 times your muscles ..." is 10 reps."""
    if s.tokens[0].raw.lower() != "once":
        yield s.fact("reps", s.tokens[0].value)


def h_condition_on_doing(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Note the condition; "switching legs as needed" still says each side is done."""
    yield from _note_condition(m, s)
    if s.tokens[0].raw.lower().startswith(("switch", "alternat", "chang")):
        yield s.fact("per_side", True)


#: What a progression adds or takes away: the load, the count, the distance.
_LOADS = (
    "weight|weights|load|resistance|band|bands|kg|lb|lbs|dumbbell|dumbbells|reps|sets|"
    "difficulty|intensity|distance|speed|exercise|exercises|it|them"
)

LOOKALIKE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "each week of the schedule do ... on Monday and Thursday": the weeks of the plan,
    # not how often
    (
        "week_of_the_plan",
        r"(?:each|every|for each|in each) week of (?:the |this |your |our |my )?"
        r"(?:schedule|programme|program|plan|course|training) ",
        h_nothing,
    ),
    # "hold 30 seconds once a stretch is felt": "once" is "when", not a count
    (
        "once_when",
        r"N x (?:a |the |your |you |it |this |they )"
        r"(?:(?!day |week |month |hour |x |N )[a-z]+ ){0,2}"
        r"(?:is |are |has |have |feel |feels |can |starts |begins |gets |get )",
        h_once_when,
    ),
    # "3 times this week, 4 times next week": a later week's count, asked
    (
        "next_week",
        r"N (?:x |days |day )(?:next|the following|the next) week "
        r"|(?:next|the following) week (?:, )?N x ",
        asking("a later week's count: read the weeks as stages with parse_prescription"),
    ),
    # "take a second walk each day": another session, so how many in all?
    (
        "a_second_session",
        r"a second (?:session|sessions|walk|walks|run|runs|workout|workouts|ride|swim) ",
        asking("another session: say how many in all"),
    ),
    # "adults over 45 years old", "aged 70": an age, not a course
    (
        "age",
        r"(?:a |an |over |under |about |)N (?:- )?(?:years|year) (?:- )?(?:old |of age )"
        r"|(?:aged|age|ages) N (?:(?:-|to) N )?(?:years |)"
        r"|(?:(?<= people )|(?<= adults ))(?:over |under |aged |)N (?:years |year )"
        r"|(?:over |under |)N (?:years|year) (?:and|or) (?:older|over|above|younger|under) ",
        h_nothing,
    ),
    # "squeeze while walking", "keep your back straight while walking": how, not when
    (
        "while_moving",
        r"(?P<all>(?:while|whilst) (?:you |you are |you're |)(?:walking|walk|running|run|exercising"
        r"|exercise|cycling|swimming|sitting|standing|lying) )",
        noting("how it is done, not a time to tie the session to"),
    ),
    # "when I am performing": a verb, not the morning
    ("i_am", r"i am (?=[a-z])(?!and |or |pm )", h_nothing),
    # "increase by 10% each week": a rate of progress, not a session a week
    (
        "percent_a_week",
        r"(?:by |at |of |)(?P<all>N % (?:more |increase |increment |)(?:each|a|per|every) week )",
        noting("a rate of progress a week, not a session a week"),
    ),
    # "add weight if needed", "increase weight by 1 kg if needed", "if needed, add a
    # band", "hold onto a chair if needed": a condition on the progression or on a
    # support, not sessions as needed ("add an afternoon stretch as needed" is one)
    (
        "progression_condition",
        r"(?P<all>(?:(?:add|adding|increase|increasing|progress|progressing|reduce|reducing|"
        r"decrease|decreasing) (?:(?!if |as |when |and |then )(?:[a-z]+|N) ){0,3}"
        rf"(?:{_LOADS}) (?:(?!if |as |when |and |then )(?:[a-z]+|N) ){{0,3}}"
        r"|(?:hold on to|hold onto|holding onto|hold) (?:a |the |your |)"
        r"(?:chair|wall|table|counter|rail|support|something|worktop|bench) (?:for support )?"
        # "(switching legs and arms as needed)": when to change sides
        r"|(?:switching|switch|alternating|alternate|changing|change) (?:[a-z]+ ){0,2}"
        r"(?:sides|side|legs|leg|arms|arm|hands|hand) (?:[a-z]+ ){0,3}"
        # "with breaks taken in between each set as needed": the rests, not the sessions
        r"|(?:breaks|break) (?:[a-z]+ ){0,5}"
        # "(supported if needed)", "using an assistive device for support as needed",
        # "you can shift them around as needed": how, or which days, not how often
        r"|(?:supported |with support (?:[a-z]+ ){0,3}(?:, )?|using (?:[a-z]+ ){0,3}for support "
        r"|(?:shift|move|swap|rearrange) (?:them |it |these |the days |your sessions )"
        r"(?:around )?)"
        r")"
        r"(?:if|when|as) (?:needed|required|necessary) "
        rf"|(?:if|when|as) (?:needed|required|necessary) , (?:add|increase|progress|reduce) "
        rf"(?:(?:[a-z]+|N) ){{0,2}}(?:{_LOADS}) )",
        h_condition_on_doing,
    ),
    # "Each week progress the time you walk by 2 to 5 minutes": the step of a progression,
    # not a session a week
    (
        "weekly_step",
        r"(?:(?<=^ )|(?<=\. )|(?<=; )|(?<=: )|(?<=, )|(?<= and )|(?<= then )|(?<=\( ))"
        r"(?P<all>(?:each|per) week (?:, )?"
        r"(?:(?:she|he|you|we|they|i|can|will|should|may|might|then) ){0,2}"
        r"(?:progress|increase|add|adds|extend|lengthen|increases|progresses) "
        r"(?:(?!by )[a-z]+ ){0,8}(?:by |)(?:N|a) (?:min |sec |reps |sets |x |kg |lb |% |))",
        noting("progression"),
    ),
    # "daily activities", "activities of daily living": everyday life, not a session a day
    (
        "daily_life",
        # ("walk 20 min daily, activity permitting" is daily)
        r"(?:of |(?<= your )|(?<= my )|(?<= their )|(?<= the )|(?<= normal )|(?<= usual )"
        r"|(?<= with )|(?<= in )|(?<= during )|(?<= perform )|(?<= performing )|(?<= affect )"
        r"|(?<= and )|(?<= a )|(?<= any ))daily "
        r"(?:activities|activity|tasks|task|life|living|chores|ritual|rituals|intake) ",
        h_nothing,
    ),
    # "Here are eight stretches to add to your routine": how many exercises, not reps
    (
        "count_of_exercises",
        r"(?P<all>(?:here are|there are|these are|try these|try|the following|following) "
        r"(?:the |these |)N (?:[a-z]+ ){0,2}(?:stretches|exercises|moves|poses|movements) )",
        noting("a count of exercises, not repetitions"),
    ),
)
