"""
Rules for when a session is done: tied to an event (before or after it, at its start or
end, when or while it happens) or a time of day said in words ("at the end of the day",
"while sleeping"), and their handlers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import attrs

from rehabplan.model import Anchor
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._anchor_handler import STARTING, event_of, h_anchor, meeting_someone
from rehabplan.phrases._course_handlers import h_evening, h_morning, h_night
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import asking
from rehabplan.phrases._patterns import CLAUSE_BREAKS, DETERMINERS, EVENT, QUAL, SENTENCE_ENDS, SLOT
from rehabplan.phrases._tok import Tok as _Tok

__all__ = [
    "WHEN_RULES",
    "h_after_finishing",
    "h_edge_of_event",
    "h_meals",
    "h_when_event",
]


#: Words of an event's end: what is done then is after it.
_AFTER_EDGES = frozenset(
    "end ends completion completing finishing finish finishes conclude concludes".split()
)


def h_edge_of_event(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """Read "at the start of each session" as before it and "at the end of" as after."""
    event = event_of(s.group("ev"))
    if event is not None and s.has("both"):
        yield s.fact("anchor", Anchor("before and after", event))
    elif event is not None:
        after = (s.syms("edge") or s.syms("edge2"))[0] in _AFTER_EDGES
        yield s.fact("anchor", Anchor("after" if after else "before", event))


def h_when_event(m: re.Match[str], s: Span) -> Iterable[Fact]:
    event = event_of(s.group("ev"))
    said = [t.raw.lower() for t in s.tokens]
    clause = {t.raw.lower() for t in s.clause}
    # ("Apply heat gently when you stretch": a treatment tied to it, however done)
    words = [t.raw.lower() for t in s.clause]
    # ("Hold a warm towel on the muscle when you stretch"; "Keep warm" is a cue)
    heated = any(a in {"warm", "hot"} and b in _HEATED for a, b in itertools.pairwise(words))
    cue = not _CUES.isdisjoint(clause) and _TREATMENTS.isdisjoint(clause) and not heated
    if event == "stretching" and said[0] in _WHILE_WORDS and "stretch" in said and cue:
        # "Do not hold your breath when you stretch": a cue for the stretch itself
        # ("when stretching", as an anchor is written back, stays the event)
        yield s.fact("note", f"how the stretch is done, not an event: {s.said()}")
        return
    if event is not None and not STARTING.isdisjoint(t.raw.lower() for t in s.tokens):
        # "When you start your training, leave a day in between": the first days, or
        # the start of each session?
        yield s.fact("ambiguous", f"{s.said()!r}: the start of the course, or of each session?")
    elif meeting_someone(event, s):
        yield s.fact("note", f"meeting someone, not an event: {s.said()} {s.after[0].raw}")
    elif event is not None:
        ending = [t.raw.lower() for t in s.after[:2]]
        over = ending[:1] in _ENDS or ending in _IS_OVER  # "when work ends": after it
        yield s.fact("anchor", Anchor("after" if over else "when", event))


#: Words after an event that say it is over: "stretch when work ends" is after work.
_ENDS = [[w] for w in "ends end finishes finish".split()]
_IS_OVER = [["is", "over"], ["are", "over"], ["is", "finished"], ["are", "finished"]]


#: Words of a cue for how a stretch is done, not of another activity tied to it: "do not
#: hold your breath when you stretch", "breathe out when you stretch" ("ice when you
#: stretch" is tied to it).
_CUES = frozenset(
    "not don't dont never avoid no breathe breath exhale inhale feel hold keep relax bounce"
    " bouncing count slowly slow gently gentle towel strap tighten tense".split()
)
#: Things warmed for a treatment: "a warm towel", "a hot water bottle".
_HEATED = frozenset("towel pack water bath compress flannel bottle shower cloth".split())
#: Treatments done while stretching: "apply heat when you stretch" is tied to it.
_TREATMENTS = frozenset(
    "heat hot ice apply massage rub cream wrap pack flannel bottle cold compress tens".split()
)
#: Words a session "when" an event starts with ("follow stretching with ice" is after it).
_WHILE_WORDS = frozenset("when while whilst whenever each every any during".split())


def h_after_finishing(m: re.Match[str], s: Span) -> Iterable[Fact]:
    for fact in h_when_event(m, s):
        if fact.kind == "anchor":
            yield s.fact("anchor", attrs.evolve(fact.value, relation="after"))
        else:
            yield fact


def h_day_before_event(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """A day before or after an event ("the day before the race"): tied to it, and asked."""
    yield from h_anchor(m, s)
    yield s.fact("ambiguous", f"{s.said()!r}: on another day than the event's: say the day")


#: Words of a symptom before "at the end of the day": when it comes, not when to do it
#: ("If you are tired at the end of the day, skip the walk").
_AILING = frozenset(
    "worse swells swell swollen tired fatigued exhausted weary drained puffy achy heavy "
    "heaviness sore painful stiff unwell ill sick".split()
)
#: Verbs of a state: "if you are busy at the end of the day" may be a condition, not a time.
_STATE = frozenset("are is become becomes feel feels get gets".split())


def _in_a_state(said: list[str]) -> bool:
    """
    True for a condition on a state: "if you are busy", "when you are free", "whenever
    you feel tired" (not "when you are sitting down" or "when you get home", a time).
    """
    for i, word in enumerate(said):
        if word in _STATE and {"if", "when", "whenever"} & set(said[:i]):
            state = said[i + 1 : i + 2]
            return bool(state) and not state[0].endswith("ing") and state[0] not in _ARRIVING
    return False


#: Words after a verb of being that say where or when, not a state: "when you get home".
_ARRIVING = frozenset("home back in into up to".split())


def h_end_of_the_day(m: re.Match[str], s: Span) -> Iterable[Fact]:
    sentence = list(itertools.takewhile(lambda t: t.sym not in SENTENCE_ENDS, s.after))
    if {t.sym for t in sentence} & {"bed", "bedtime", "sleep"}:
        # "at the end of the day ... before you go to sleep": one time, the bedtime said
        yield s.fact("note", f"{s.said()}: the bedtime said with it")
        return
    before = itertools.takewhile(lambda t: t.sym not in CLAUSE_BREAKS, reversed(s.before))
    said = [t.raw.lower() for t in before][::-1]
    clause = set(said)
    if not lx.SYMPTOMS.isdisjoint(clause) or _AILING & clause:
        # "Pain is often worse at the end of the day", "if your knee swells at the end of
        # the day": when a symptom comes, not a session
        yield s.fact("note", f"when a symptom comes, not a time of day: {s.said()}")
        return
    yield from h_evening(m, s)
    if _in_a_state(said):
        # "If you are busy at the end of the day, ...": when to do it, or a condition?
        yield s.fact("ambiguous", f"{s.said()!r} in a condition: the time to do it? say when")
    if s.has("work"):  # "at the end of every working day": the evening of each weekday
        yield s.fact("weekdays", frozenset(range(5)))
    first = not s.before or s.before[-1].sym in SENTENCE_ENDS
    words = [t.raw.lower() for t in s.tokens]
    bare = words[words.index("of") + 1] == "the"  # not "each day", "every day"
    idiom = sentence[:1] and sentence[0].sym == "," and not any(t.sym == "N" for t in sentence)
    if first and bare and idiom:
        # "At the end of the day, it is up to you": said as "when all is said and done"
        yield s.fact("ambiguous", f"{s.said()!r}: in the evening, or 'when all is said'?")


def h_next_occasion(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = s.said()
    yield s.fact("ambiguous", f"{said!r} is one occasion, not a time each day: say when")


def h_weekday_nights(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """At night ("on Tuesday nights"); nights off are asked ("Rest on Monday nights")."""
    said = [t.raw.lower() for t in itertools.takewhile(_in_clause, reversed(s.before))]
    rest = min((i for i, w in enumerate(said) if w in {"rest", "off"}), default=None)
    doing = min((i for i, w in enumerate(said) if w in _EXERCISING), default=None)
    if rest is not None and (doing is None or rest < doing):  # "Rest on Monday nights"
        yield s.fact("ambiguous", "nights of rest named, not when to exercise: say when")
    else:
        yield from h_night(m, s)


def _in_clause(t: _Tok) -> bool:
    """True for a word of the same clause; a colon joins ("Rest: Monday nights")."""
    return t.sym not in {",", ";", ".", "!", "?"}


_EXERCISING = frozenset("run walk exercise train cycle swim do stretch play".split())


def h_named_event(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "before every surf session", "before and after your dance sessions": the event in the
    words said, the last one singular ("dance session").
    """
    words = [t.raw.lower() for t in s.group("ev") if t.raw.lower() not in _OF_A_KIND]
    doing = [w for w in words[:-1] if w.endswith("ing") and len(w) > 5 and w not in _TIMES]
    kinds = [w for w in words[:-1] if w not in _ACTIVITIES and w not in doing]
    edge = [t.raw.lower() for t in s.after[:1]]  # "before class ends" is no time before it
    early = s.syms("rel")[0] == "before" and edge in (["ends"], ["finishes"])
    if kinds or early or words[-1] in {"workout", "workouts"}:  # "after each MT session"
        yield s.fact("ambiguous", f"an event not known: {s.said().strip()!r}: say it plainly")
        return
    last = words[-1]
    if last.endswith(("sses", "ches", "shes")):  # "classes", "matches"
        words[-1] = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):  # "sessions" (not "class")
        words[-1] = last[:-1]
    rel = "before and after" if s.has("both") else s.syms("rel")[0]
    yield s.fact("anchor", Anchor(rel, " ".join(words)))  # type: ignore[arg-type]


#: Words of how an event goes, not which it is: "after a tough workout" is after a workout.
_OF_A_KIND = frozenset(
    "big small hard easy tough moderate light heavy intense long short major minor main next "
    "usual regular normal typical quick brief good proper hot cold new".split()
)
#: Words of when, not of an activity: "after the following session" is one session.
_TIMES = frozenset("following upcoming coming morning evening during something nothing".split())
#: Activities that name an event of their own: "surf session", "ballet class".
_ACTIVITIES = frozenset(
    "surf dance ballet gym yoga pilates football soccer tennis golf netball rugby hockey "
    "basketball swim pool strength cardio pe spin boxing karate judo".split()
)
#: Words of an event that ends a name of its own: "surf session", "ballet class".
_NAMED_EVENTS = (
    "session|sessions|practice|practices|class|classes|lesson|lessons|rehearsal|rehearsals"
    "|game|games|match|matches|shift|shifts|competition|competitions"
    "|performance|performances|gig|gigs|concert|concerts"
)

#: Doing the exercises: "before performing", "after you have done".
#: Words of doing the exercises: with one, they are the object ("before doing
#: strengthening or stretching exercises: walk").
_DOING_WORDS = frozenset(
    "doing performing completing finishing done performed completed finished do perform "
    "complete finish attempting attempt trying".split()
)
_DOING_THEM = (
    r"(?:(?:you |you've |you have |having )?(?:"
    + "|".join(sorted(_DOING_WORDS, key=lambda w: (-len(w), w)))
    + ") )?"
)
#: Words that say which exercises, never their kind.
_WHICH_WORDS = "the|your|these|those|any|all|each|every|my|our|their|his|her|this|that"
#: Whose or which exercises: "your", "all the", "each set of".
_WHICH = rf"(?:(?:{_WHICH_WORDS}|set|sets|round|rounds|period|periods|of) ){{0,3}}"
#: A kind of exercise, if one is said, in up to two words, two kinds joined by "or", "and" or "/":
#: never a count, a stop, a negation, another time, a side ("next", "left"), a verb of
#: the exercise's own ("before releasing and repeat this exercise"), a time ("after
#: months of exercises") or a change of exercises ("after missing exercises").
_KIND = (
    r"(?:(?!(?:stop|stopping|stopped|not|no|never|without|next|previous|prior|last|other|left|"
    r"right|and|or|of|program|programme|plan|before|after|a|you|repeat|do|new|beginner|"
    r"missing|restarting|changing|starting|skipping|day|days|week|weeks|month|months|year|"
    r"years|time|yesterday's|yesterday|first|morning|evening|night|bedtime|"
    r"afternoon|daily|weekly|"
    rf"{_WHICH_WORDS}) )"
    r"[a-z][a-z'-]* "
    r"(?:(?:or|and|/|&) (?!(?:stop|not|no|the|a|you) )[a-z][a-z'-]* )?){0,2}"
)
#: What may follow the event: the clause's end, or words that start another part of
#: it. A noun after it names something else ("the exercise programme": a course).
_EVENT_ENDS = (
    r"(?=[.,;:!?)(/-] |$|for |and |or |to |with |each |every |in |on |at |if |as |so |then "
    r"|N |x |daily |twice |once |you |but |ie |including |until |is |are |should |can |may "
    r"|will |must )"
)
#: After the exercises, words that may make them the subject: "After surgery exercises
#: should be done ..." (after surgery), "After childbirth exercises: ..." (a heading).
_SUBJECT_NEXT = frozenset("is are should can may will must".split())
#: After "are" or "is", words of the exercises being over: "after the hip exercises are done".
_OVER = frozenset("done completed finished over complete".split())
_EACH = frozenset("each every any all".split())


def _exercises_said_first(s: Span) -> bool:
    """
    True where the exercises may be the subject or a heading, not the event: a verb after
    them ("After surgery exercises should be done ..."), or a dose after them, with a mark
    or without ("After childbirth exercises: 10 squeezes", "After surgery exercises, 3 x
    10 daily"); not "After knee exercises: ice 10 minutes" or "after they are done".
    """
    after = [t for t in s.after[:3] if t.sym not in {":", ",", ";", "-", "("}]
    if not after:
        return False
    first = s.after[0].raw.lower()
    if first in {"is", "are"}:
        # ("after the hip exercises are done, ice"; "... are done 3 times a day" is the
        # exercises' own timing)
        over = len(s.after) > 1 and s.after[1].raw.lower() in _OVER
        timed = len(s.after) > 2 and s.after[2].sym in {"N", "x", "daily", "twice", "once"}
        return not over or timed
    # ("After the core exercises, 5 minutes of stretching": the other activity's length;
    # "After the core exercises (5 minutes), stretch": theirs, asked)
    bracketed = s.after[0].sym == "("
    length = len(after) > 1 and after[1].sym in {"min", "sec", "hour", "hours"} and not bracketed
    return first in _SUBJECT_NEXT or (after[0].sym == "N" and not length)


def h_exercises_of_a_kind(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    Read "after the flexion exercises" as after exercise; "post-operative exercises"
    and "pre-season exercises" name the exercises' kind, not a time before or after, and
    "After surgery exercises should be done ..." is asked.
    """
    said = " ".join(t.raw for t in s.tokens)
    if s.tokens[0].raw.lower() in {"post", "pre"}:
        yield s.fact("note", f"exercises of a kind, not an event: {said}")
        return
    said_words = {t.raw.lower() for t in s.tokens}
    # ("before and after each period of exercise should be spent ...": each one's)
    if (
        _exercises_said_first(s)
        and _DOING_WORDS.isdisjoint(said_words)
        and _EACH.isdisjoint(said_words)
    ):
        # "After surgery exercises should be done 3 times a day": after surgery, the
        # exercises; or after the exercises?
        yield s.fact("ambiguous", f"{said!r}: after an event, or the exercises? say which")
        return
    yield from h_anchor(m, s)


WHEN_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "see how you feel the next morning", "the following morning and evening": one occasion
    (
        "next_occasion",
        rf"(?:the (?:next|after)|next|tomorrow) {SLOT} (?:(?:and|,|&|or) (?:(?:in|the|at) ){{0,2}}{SLOT} )*"
        r"(?!routine |routines |exercises |stretches |session |sessions |programme |program )",
        h_next_occasion,
    ),
    # "in the morning before you start your day": the morning, not before exercise
    (
        "start_of_the_day",
        r"(?:just |right |)(?:before (?:you )?(?:start|begin|from)|as (?:you )?(?:start|begin)) "
        r"(?:your |the |each |every )day "
        # "at the start of each day", "first thing every day"
        r"|(?<!by )(?:at |)the (?:start|from) of (?:the |each |every |your |a |)day "
        r"|first thing (?:each|every) day ",
        h_morning,
    ),
    # "at the end of the day", "at the end of each working day": the evening (not "by
    # the end of the day", a milestone)
    (
        "end_of_the_day",
        r"(?<!by )(?<!by the )(?:at |towards |toward |)(?:the |)end of (?:the |each |every |your |a |)"
        r"(?:long |busy |(?P<work>working |work ))?day ",
        h_end_of_the_day,
    ),
    # "during the day (every day, from morning to evening)": all day, not two sessions
    (
        "morning_to_evening",
        r"(?P<all>from (?:the |)morning (?:to|till|until|through|into) (?:the |)(?:evening|night) )",
        asking("from morning to evening: all day, not a session at each: say how many a day"),
    ),
    # "during the cooler part of the day such as in the morning": examples, not the times
    (
        "times_for_example",
        r"(?:such as|for example|for instance|e g|eg)(?: ,)? (?=(?:in |at |on |)(?:the |)"
        r"(?:morning|evening|night|afternoon|TIME|bedtime|noon) )",
        asking("times given as examples: say when"),
    ),
    # "on Tuesday nights": at night on those days
    ("weekday_nights", r"(?<=DOW )nights ", h_weekday_nights),
    # "Sling is worn for 6 weeks while sleeping": at night
    (
        "while_asleep",
        r"(?<! including )(?<! even )(?<! pain )(?:while|whilst|when) (?:you are |you're |)"
        r"(?:sleeping|asleep) ",
        h_night,
    ),
    (
        "day_before_event",
        rf"(?:in )?the (?:ORD |N |)(?:day|days|night|week|weeks) (?P<rel>before|after|prior) (?:to )?"
        rf"{DETERMINERS}(?P<ev>{EVENT})",
        h_day_before_event,
    ),
    (
        "anchor",
        # ("prior" alone is earlier: "continue your prior exercises")
        rf"(?P<rel>before|after|prior(?= to )|following)(?: to)? (?:(?:and|&|/|(?P<or>or)) (?P<rel2>after|before) )?(?:(?:and|or|during) )?{DETERMINERS}(?P<ev>{EVENT})",
        h_anchor,
    ),
    # "after the flexion exercises", "before doing strengthening or stretching exercises"
    (
        "anchor_exercises_of_a_kind",
        r"(?P<rel>before|after|prior(?= to ))(?: to)? (?:(?P<rel2>and after) )?"
        rf"{_DOING_THEM}{_WHICH}{_KIND}(?P<ev>exercises|exercise) {_EVENT_ENDS}",
        h_exercises_of_a_kind,
    ),
    (
        # "before every surf session", "following any gaming session", "before class
        # begins": an event named in its own words, with a word of its kind last
        "named_event",
        r"(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!month )(?<!weekend )(?<!hour )(?<!hours )"
        r"(?<!the night )(?<!the evening )(?<!the afternoon )(?<!the morning )"
        r"(?P<rel>before|after) (?:(?P<both>and after) )?"
        r"(?:(?:each|any|your|the|a|my|our|their|his|her|this|that|these|those) )?"
        r"(?P<ev>(?:(?!N |ORD |x |and |or |a |the |you |your |each )[a-z][a-z'-]* ){0,2}?"
        rf"(?:{_NAMED_EVENTS}) )(?=[.,;!?)] |$|begins |starts |ends |finishes )",
        h_named_event,
    ),
    (
        # "at the start of each training session", "at the end of your run"
        "start_or_end_of_event",
        # ("beginning" is read as "from")
        # ("at the beginning and end of your cycling session": before and after it)
        # ("add these to the end of your workout", "at the end of my workouts")
        rf"(?:at|to) the (?P<edge>start|from|end) (?:and (?:at the |the |)(?P<both>end|start|from) )?"
        rf"of {DETERMINERS}(?P<ev>{EVENT})",
        h_edge_of_event,
    ),
    (
        # "each exercise session should begin with at least 5 minutes of stretching"
        "event_begins_with",
        rf"(?:each |your |the )(?:exercise |training |)(?P<ev>{EVENT})(?:should |must |will |can |)"
        r"(?P<edge>begin|begins|start|starts|end|ends|finish|finishes|conclude|concludes) with "
        rf"{QUAL}(?:a |an |)(?:proper |good |gentle |short |brief |light |easy |)(?=N )",
        h_edge_of_event,
    ),
    (
        # "Start every session by walking at a slower pace for 5 minutes": before it
        "begin_event_by",
        rf"(?P<edge>begin|start|end|finish) each (?P<ev>{EVENT})by (?=[a-z]+ing )",
        h_edge_of_event,
    ),
    (
        # "begin and end your workout with stretching": before and after it
        "begin_and_end_event_with",
        rf"(?P<edge>begin|start) and (?P<both>end|finish) (?:each |every |your |all |the )"
        rf"(?:exercise |training |physio |)(?P<ev>{EVENT})with ",
        h_edge_of_event,
    ),
    (
        # "upon completion of the exercises": after them
        "completion_of_event",
        rf"(?:upon|on|after) (?P<edge>completion|completing|finishing) (?:of )?{DETERMINERS}(?P<ev>{EVENT})",
        h_edge_of_event,
    ),
    (
        # "Begin each session with 5-10 minutes of warm-up": before the session
        "begin_event_with",
        # (a length must follow: "begin each exercise with your muscles drawn in" is a position)
        # ("Finish runs with 4 strides"; "Start walking with 5 minutes" is no event)
        rf"(?:(?P<edge>begin|start|end|finish|conclude|from) (?:each |every |your |all |the )"
        rf"|(?P<edge2>end|finish|conclude) )(?P<ev>{EVENT})with "
        rf"{QUAL}(?:(?:a |an |)(?:proper |good |gentle |short |brief |light |easy |)(?=N )|(?=a sets of ))",
        h_edge_of_event,
    ),
    (
        # "every other time you exercise": every other session, which no anchor says
        "every_other_time_event",
        rf"(?P<all>each (?:ORD|second|alternate|odd|even) time (?:that )?(?P<ev>{EVENT}))",
        asking("some times, not each time: say the days"),
    ),
    (
        # "the first time you run": once, not each time
        "one_time_event",
        rf"(?<!each )(?:ORD|first|second|last|next) time (?:that |when )?(?P<ev>{EVENT})",
        asking("one time, not each time: say when"),
    ),
    (
        "when_event",
        # ("over time work your way up": in time, not each time you work)
        rf"(?:each time |(?<!the )(?<!over )time |whenever |when "
        # "while brushing teeth", "during nappy changes", "with every feed", "during
        # dialysis": only the events of home life and of a patient's treatment ("while
        # walking" and "at each meal" say other things)
        rf"|(?:while |whilst |during (?:each |every |)|at each |at every |with each |with every )"
        rf"(?=(?:you |your |my |their |his |her |)(?:daily |)(?:brushing|brush|tooth|toothbrushing"
        rf"|feeding|feed|feeds|breastfeeding|changing|change|nappy"
        rf"|diaper|typing|type|watching|watch|waiting|wait|on|talking|boiling|the|ad|commercial|queuing"
        rf"|dialysis|haemodialysis|hemodialysis) )"
        rf"|any time |anytime |every time )(?:that )?(?:(?:their|his|her|daily) ){{0,2}}(?P<ev>{EVENT})",
        h_when_event,
    ),
    # "during your warmup", "during each session": a time inside another activity, asked
    (
        "during_an_event",
        # ("during each session" is the exercise's own session)
        r"during (?!(?:each |every |the |your |a |)(?:session|sessions|exercise|exercises) )"
        rf"{DETERMINERS}(?P<ev>{EVENT})",
        asking("a time during another activity: say before or after it, or the time of day"),
    ),
)


def h_meals(m: re.Match[str], s: Span) -> Iterable[Fact]:
    meals = sum(t.raw.lower() in _MEALS for t in s.tokens)
    yield s.fact("per_day", meals)
    yield s.fact(
        "ambiguous", "at meals: say before or after them, or the times of day of the sessions"
    )


_MEALS = frozenset({"breakfast", "lunch", "lunchtime", "dinner", "supper", "tea", "teatime"})
