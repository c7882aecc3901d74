"""
How often a dose changes or is looked at, said as if it were how often to exercise:
"progress weekly", "review every 2 weeks", "the load increases each week", "weekly
reviews". A review is noted; a change with no step is asked, never read as a timing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._patterns import CHECK_AS_A_REVIEW
from rehabplan.phrases._tok import Tok

__all__ = ["CADENCE_RULES", "symptom_course_before"]


_REVIEWS = frozenset(
    "review reviews reassess re-assess reassessment reassessments recheck re-check".split()
) | {"check", "checks"}


def h_cadence(m: re.Match[str], s: Span) -> Iterable[Fact]:
    words = " ".join(t.raw for t in s.tokens)
    if s.raw("v") in _REVIEWS:
        yield s.fact("note", f"{words!r}: a review, not how often to exercise")
        return
    said_of = [t.raw.lower() for t in s.before[-2:]]
    # ("Pain increases every day", "Symptoms increase every day"; "If mild pain progress
    # weekly" and "Free of pain increase every week" say when the dose changes)
    verb = s.raw("v").lower()
    said_of_it = verb in _SAID_OF_IT or said_of[-1:] == ["symptoms"] or said_of[:1] == ["and"]
    symptom = said_of[-1:] and said_of[-1] in _SYMPTOMS and said_of[:1] not in _FREE_OF
    if symptom and said_of_it and not _conditioned(s):
        yield s.fact("note", f"a symptom that changes, not how often: {words}")
        return
    yield _no_step(s, words)


def _no_step(s: Span, words: str) -> Fact:
    return s.fact(
        "ambiguous", f"{words!r} is a change with no step: say the step, e.g. '+2 reps a week'"
    )


def _conditioned(s: Span) -> bool:
    """
    True for a symptom said as a condition on the dose's change: "If mild symptoms
    progress weekly", "Depending on symptoms increase weekly".
    """
    clause = itertools.takewhile(lambda t: t.sym not in {".", ";"}, reversed(s.before))
    return any(t.raw.lower() in _CONDITIONS for t in clause)


#: Verbs said of one thing that changes: "pain increases" (not "if pain, progress").
_SAID_OF_IT = frozenset("changes changing progresses increases advances adjusts".split())
#: Verbs a dose's change takes too: "If no pain increases weekly" is the dose's.
_DOSE_VERBS = _SAID_OF_IT | {"increasing", "builds"}
#: Words that make a symptom a condition on the dose's change: "if mild pain, progress".
_CONDITIONS = frozenset(
    "if with unless provided depending guided according based within without free "
    "acceptable tolerable mild minor minimal only".split()
)
#: Words of a treatment's aim before a symptom: "to help the swelling go down".
_HELPING = frozenset("help helps helping let lets letting allow allows allowing".split())
#: Words before a symptom that make it gone, not changing: "If no pain progress weekly".
_FREE_OF = [[w] for w in "no without less of reduced minimal more any little".split()]
#: Symptoms whose change is said like a dose's: "swelling increases each day" is noted.
_SYMPTOMS = frozenset("pain swelling soreness stiffness symptoms".split())
#: What a dose's change is said of: "the load increases each week", "the dose changing
#: every week" (a symptom's change is noted by the handler).
_DOSE_SAID = (
    "session frequency load intensity volume programme program exercises routine weight reps "
    "sets time distance resistance speed duration tension difficulty level activity walk walking "
    "bearing it this"
).split()
#: A dose's part lowered or raised: "Lower the number of reps each week".
_LOWERED = (
    r"(?:it |this |them |these |(?:the |your )?(?:number of |amount of )?(?:reps|sets|session"
    r"|sessions|weight|weights|load|intensity|hold time|time|distance|resistance|frequency"
    r"|height|amount|number|volume|difficulty|level|speed|duration|walk|walking|activity) )"
)
_CHANGED = "(?:" + "|".join(f"(?<= {what} )" for what in [*_DOSE_SAID, *sorted(_SYMPTOMS)]) + ")"


def h_symptom_change(m: re.Match[str], s: Span) -> Iterable[Fact]:
    words = s.said().strip()
    helped = _helped(s)
    if helped == "aim":
        # "Elevate the leg to help the swelling go down each evening": the treatment's time
        yield from s.read_again("when")
        return
    if helped == "asked":
        # "Ice is useful; it helps the swelling go down each evening", "Walk daily, which
        # helps the stiffness ease each morning": the treatment's time, or the symptom's?
        yield s.fact(
            "ambiguous", f"{words!r} of what helps: the treatment's time, or the symptom's?"
        )
        return
    said_before = [t.raw.lower() for t in s.before[-4:-1]]
    so_at = len(said_before) - said_before[::-1].index("so") - 1 if "so" in said_before else -1
    if so_at >= 0 and _SO_THAT.issuperset(said_before[so_at:]):
        # "Elevate your leg so that the swelling goes down each evening": the evening may be
        # the elevation's, or the swelling's ("Walk less so the pain settles each night")
        yield s.fact("ambiguous", f"{words!r} after 'so': the treatment's time, or the symptom's?")
        return
    dose_verb = any(t.raw.lower() in _DOSE_VERBS for t in s.tokens)
    if dose_verb and [t.raw.lower() for t in s.before[-2:-1]] in _FREE_OF:
        # "If no pain increases weekly": the dose increases, with no step
        yield _no_step(s, words)
        return
    yield s.fact("note", f"a symptom that changes, not how often: {words}")


def _helped(s: Span) -> str:
    """
    "aim" for a symptom a treatment helps ("to help the ankle swelling go down", "to let
    the swelling settle"), not one nothing helps ("if ice doesn't help the swelling go
    down": a warning), nor one said in a condition, a request or a reason ("provided the
    pain settles", "let us know how the pain settles", "because the pain increases");
    "asked" where the time may be either's; "" otherwise.
    """
    said = [t.raw.lower() for t in s.before[-6:-1]]
    helping = [i for i, word in enumerate(said) if word in _HELPING]
    if not helping:
        return ""
    at = helping[-1]
    between = said[at + 1 :]
    at_in_before = max(0, len(s.before) - 6) + at
    helped = (
        _NOT_HELPED.isdisjoint(said[max(0, at - 3) : at])
        and _A_BREAK.isdisjoint(between)
        and len([w for w in between if w not in _BESIDE_A_SYMPTOM]) <= _MOST_MODIFIERS
    )
    return _an_aim(s.before[:at_in_before], said[at]) if helped else ""


def _an_aim(before: list[Tok], helping: str) -> str:
    """
    "aim" when a helping word is a treatment's aim or effect: "to (really) help", "to let";
    in the treatment's sentence, "Elevate your leg, which helps", ", helping"; "Help the
    swelling go down by raising your leg" opening a sentence. "asked" for an effect said
    after another sentence ("Ice is useful; it helps") or after a treatment with its own
    time ("Walk daily, which helps"). "" for "Let any pain settle" (a rest), "If ice helps"
    (a condition), "Elevation helps the pain settle" said alone (a description).
    """
    said = [t.raw.lower() for t in before]
    if "to" in said[-2:]:  # ("Try to let the swelling settle": a rest)
        return "" if helping.startswith(("let", "allow")) and said[-2:-1] in _TRYING else "aim"
    clause = list(
        itertools.takewhile(lambda t: t.sym not in {".", ";", "!", "?"}, reversed(before))
    )
    words = [t.raw.lower() for t in clause]
    if _CONDITIONS_SAID.intersection(words) or "so" in said[-1:]:
        return ""
    if not clause and helping == "help":
        return "aim"
    effect = said[-1:] in (["which"], ["this"], ["it"], ["that"]) or (
        helping == "helping" and said[-1:] == [","]
    )
    in_its_sentence = len(clause) > 1 or any(t.sym in {",", "-"} for t in clause)
    if not effect or not (in_its_sentence or len(before) > len(clause)):
        return ""
    timed = any(t.sym in _TIMED for t in before)
    return "aim" if in_its_sentence and not timed else "asked"


#: Symbols of a time the treatment has of its own: "Walk daily, which helps ...".
_TIMED = frozenset("daily day week weekly morning evening night x DOW twice once TIME".split())


#: Words before "to let" or "to allow" that make it a rest: "Try to let the pain settle".
_TRYING = (["try"], ["trying"], ["want"], ["need"], ["aim"])
#: "so" and the words that may follow it before a symptom: "so that the swelling".
_SO_THAT = frozenset("so that the your any".split())
#: Words before "help" that turn it into a warning: "if nothing helps the pain settle",
#: "if rest fails to help", "rest is unlikely to help".
_NOT_HELPED = frozenset(
    "nothing not doesn't don't won't didn't never no fails unlikely rarely seldom hardly".split()
)
#: Words that end the aim before the symptom, or make it a request or a reason: "let us
#: know how the pain settles", "help because the pain increases".
_A_BREAK = frozenset(
    ", . ; : if but then when unless as because since provided whether how us me know".split()
)
#: Words that may stand between "help" and the symptom: "to help with all the swelling".
_BESIDE_A_SYMPTOM = frozenset("the your any this all some of my with pain and".split())
#: Other words there name the symptom's place or kind: "to help the ankle swelling".
_MOST_MODIFIERS = 3


def symptom_course_before(s: Span, *, occurring: bool = True) -> bool:
    """
    True when a time of day, "each day" or "each week" follows a symptom's change or a
    symptom said in a condition, a stop rule or a statement about the symptom, whose
    words another rule has read: "If the pain settles each night, progress", "Stop if
    the pain fails to settle each night", "If you get pain each week, call us",
    "Swelling usually goes down each week". A symptom itself is looked for only when
    *occurring* ("If your back is stiff in the morning, do these": a time to do them).
    """
    said = [t.raw.lower() for t in itertools.takewhile(_in_the_clause, reversed(s.before))][::-1]
    end = len(said)
    while end and said[end - 1] in _AFTER_A_CHANGE:  # "flares up", "eases a little more"
        end -= 1
    if not end:
        return False
    if occurring and said[end - 1] in lx.SYMPTOMS:  # "if you get pain", "if you feel sore"
        named = [end - 1]
    elif said[end - 1] in _SYMPTOM_CHANGES:
        named = [i for i, word in enumerate(said[: end - 1]) if word in _COURSED]
    else:
        return False
    if not named:
        return False
    # ("Swelling usually goes down each week", "Pain that increases each week": said of
    # the symptom itself, with nothing before it but "the" or "your"; "As pain settles",
    # "when the pain eases": "as" or "when" just before the symptom)
    # (the three words before the first symptom: "when your knee pain flares", "when pain
    # and swelling increase"; "as it helps the swelling" is no condition)
    first = next((i for i, word in enumerate(said) if word in _COURSED), named[0])
    near = said[max(0, first - 3) : first]
    return (
        not _CONDITIONS_SAID.isdisjoint(said[: named[-1]])
        or not _CONDITIONS_NEAR.isdisjoint(near)
        or _OWNERS.issuperset(said[: named[0]])
    )


def _in_the_clause(t: Tok) -> bool:
    return t.sym not in {".", ";", ",", ":"}


#: Words of a symptom's change: "the pain settles", "the swelling goes down".
_SYMPTOM_CHANGES = frozenset(
    "settle settles settling settled improve improves improving improved ease eases easing "
    "eased worse worsens worsen worsening increases increase increasing decreases decrease "
    "reduce reduces reducing subside subsides fade fades down better flare flares flaring flare-up "
    "flared increased decreased reduced improved worsened lessened subsided faded".split()
)
#: Words that may come between a symptom's change and when it is said to change.
_AFTER_A_CHANGE = frozenset(
    "up off a little slightly more further usually gradually steadily noticeably much bit "
    "lot significantly".split()
)
#: What a change is said of: a symptom, or a measure of how the body is doing.
_COURSED = frozenset(lx.SYMPTOMS) | frozenset(
    "symptoms strength range movement mobility limp numbness tingling balance weakness "
    "walking".split()
)
#: Words before a symptom that leave a sentence about the symptom itself: "Your pain",
#: "Worsening pain each week", "Mild pain each day".
_OWNERS = frozenset("the your any my this that worsening increasing more new mild".split())
#: Words of a condition or a stop rule a symptom's change is said in.
_CONDITIONS_SAID = frozenset("if unless whether stop provided once".split())
#: Words of a condition said just before the symptom ("as it helps" is no condition).
_CONDITIONS_NEAR = frozenset("as when whenever".split())


#: A symptom, or its rating, just before: "Pain worsens", "pain rating increases".
_A_SYMPTOM = "(?:" + "|".join(f"(?<= {w} )" for w in [*sorted(_SYMPTOMS), "rating", "score"]) + ")"


CADENCE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "Pain worsens every day", "Stiffness increases every morning": a symptom's course
    (
        "symptom_change",
        # ("Pain should ease each day", "Expect the swelling to go down each day")
        rf"{_A_SYMPTOM}(?P<all>(?:should |will |may |might |can |to |is |are )?"
        r"(?:gets |get |getting |goes |go |going |keeps )?"
        r"(?:worsens|worsening|worse|improves|improving|better|reduces|reducing|eases|easing"
        r"|settles|settling|builds|building|increased|decreases|decreasing|lessens|subsides"
        r"|subsiding|fades|increases|increasing|changes|changing|improve|worsen|reduce|ease"
        r"|settle|decrease|lessen|subside|fade|(?:goes|going|go) down|settles down"
        r"|reduced|decreased|improved|eased|settled|worsened|lessened)"
        r" (?:up |off |a little |slightly )?(?P<when>(?:(?:each |every |a |/ )"
        r"(?:day|week|morning|evening|night)|daily|weekly|nightly) ))",
        h_symptom_change,
    ),
    # "progress weekly", "review every 2 weeks": how often the dose changes or is
    # looked at, not how often to exercise
    (
        "cadence",
        # ("the load increases each week", "the dose changing every week")
        # ("a 10000 step daily challenge": a count of steps, not a step up)
        r"(?P<all>(?P<v>progress|progression|increase|advance|build|(?<!N )step|review|reassess|re-assess"
        # ("Lift your leg and lower it each day": the way down, daily)
        rf"|reduce|decrease|(?<! and )lower(?= {_LOWERED})|(?<= and )(?<!lift and )(?<!raise and )"
        rf"lower(?= (?!it |them ){_LOWERED})"
        rf"|adjust|update|change|recheck|re-check|advancing|adjusting|{_CHANGED}"
        # ("the wearing time increased each day", "the time can be increased each week")
        r"(?:(?:can |should |will |may |must |to )?(?:be |is |are ))?"
        r"(?:changes|changing|progresses|increases|advances|adjusts|increased|extended"
        r"|lengthened|reduced|decreased))"
        rf" (?:up )?(?:it |this |them |these |the exercises? |{_LOWERED})?(?:gradually |slowly )?"
        r"(?:daily |weekly |monthly |fortnightly "
        r"|(?:each |every |a |/ )(?:N )?(?:other |second |ORD )?(?:day|days|week|weeks|fortnight|month|months) ))",
        h_cadence,
    ),
    (
        "cadence_before",
        r"(?P<all>(?:weekly|monthly|fortnightly) (?P<v>review|reviews|reassessment|reassessments"
        rf"|{CHECK_AS_A_REVIEW}|checks|progression|progressions|progress|increase|increases|increment|increments) )",
        h_cadence,
    ),
)
