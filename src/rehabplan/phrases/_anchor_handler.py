"""
The handler of an event's time before or after it ("before each run", "after the
exercises"), and the checks that say such words name no event of each session: a rest
between exercises, the end of a whole course, a symptom's event, a recovery.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from rehabplan._regex import LazyRegex
from rehabplan.model import Anchor
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._as_needed_rules import in_symptom_condition, less_comes_next
from rehabplan.phrases._facts import Fact, Span
from rehabplan.phrases._movement import other_side_next
from rehabplan.phrases._patterns import SENTENCE_ENDS
from rehabplan.phrases._tok import Tok as _Tok

__all__ = ["STARTING", "event_of", "h_anchor", "meeting_someone"]


def event_of(tokens: Sequence[_Tok]) -> str | None:
    raws = [t.sym if t.raw in lx.ABBREVIATIONS else t.raw for t in tokens]
    for size in range(min(6, len(raws)), 0, -1):
        for start in range(len(raws) - size, -1, -1):
            key = " ".join(raws[start : start + size])
            if key in lx.EVENTS:
                return lx.EVENTS[key]
    return None


def meeting_someone(event: str | None, s: Span) -> bool:
    """True for "after meeting friends", "when meeting people": greeting, not a meeting."""
    met = [t.raw.lower() for t in s.after[:2]]
    return event == "meeting" and (met[:1] in _PEOPLE or met == ["up", "with"])


#: Whom one meets: "meeting friends" is no meeting at work.
_PEOPLE = [[w] for w in "friends friend people family someone others colleagues them new".split()]


#: Verbs of coming to a class or a walk: "arrive 10 minutes before the class".
_ARRIVING = frozenset({"arrive", "arriving", "arrival"})
#: How one comes, or what one does on coming, said after "arrive" and "and": "Arrive fed
#: and hydrated", "Arrive and sign in".
_HOW_TO_COME = frozenset(
    """ready early fresh on in prepared sign check register change be get park collect
    settle""".split()
)


def _arriving(clause: list[str]) -> bool:
    """
    Whether the clause before an event is about arriving ("Please arrive 10 minutes prior
    to the walk", "Arrive fed and hydrated 30 minutes before your class"), with no other
    verb joined after it ("Arrive early and stretch 5 minutes before the class").
    """
    starts = [k for k, w in enumerate(clause) if w in _ARRIVING]
    if not starts:
        return False
    rest = clause[starts[-1] + 1 :]
    return not any(
        w in {"and", "then"}
        and nxt not in _HOW_TO_COME
        and not (nxt.endswith("ed") and not nxt.endswith("eed"))
        for w, nxt in itertools.pairwise(rest)
    )


def h_anchor(m: re.Match[str], s: Span) -> Iterable[Fact]:
    event = _event_with_its_word_before(s)
    if event is None:  # pragma: no cover - the pattern only matches events
        return
    if meeting_someone(event, s):
        yield s.fact("note", f"meeting someone, not an event: {s.said()} {s.after[0].raw}")
        return
    rel = s.syms("rel")[0] if s.has("rel") else "when"
    rel = {"prior": "before", "following": "after"}.get(rel, rel)
    later = [t.raw.lower() for t in s.after[:4]]
    this_one = not {"this", "same"}.isdisjoint(t.raw.lower() for t in s.tokens)
    if event == "exercise" and this_one and "other" in later and other_side_next(s.after):
        # "repeat for 20 reps before performing this exercise on the other side": the
        # side's turn within the session, not an event to tie it to
        yield s.fact("note", f"the other side next, not an event: {s.said()}")
        return
    said_before = [t.raw.lower() for t in s.before[-6:]]
    clause = said_before[
        max((i + 1 for i, w in enumerate(said_before) if w in ",.;:()?!"), default=0) :
    ]
    resting = not _RESTING.isdisjoint(clause)
    # (the check's own part of the sentence: "Stretch before exercise, and consult your GP
    # before starting" keeps the stretch's; "before each session" is each one's)
    ends = {".", ";", "and", "then"}
    near = [
        *itertools.takewhile(lambda t: t.sym not in ends, reversed(s.before)),
        *itertools.takewhile(lambda t: t.sym not in ends, s.after),
    ]
    in_part = {t.raw.lower() for t in near}
    asked = not _ASKING.isdisjoint(in_part) and not _CLINICIANS.isdisjoint(in_part)
    each = not {"each", "every"}.isdisjoint(t.raw.lower() for t in s.tokens)
    if event == "exercise" and asked and not each:
        # "Consult your GP before attempting these exercises": once, before starting
        yield s.fact("note", f"a check before starting, not each session's: {s.said()}")
        return
    words = {t.raw.lower() for t in s.tokens}
    # a rest before "the next exercise" or "each exercise" is between exercises; before
    # "each run" or "each session" the run is the session's event ("rest 60 s between
    # sets before each run", "3 x 10 2 mins rest before each run")
    next_one = "next" in words or "next" in (t.raw.lower() for t in s.after[:2])
    # ("a day of rest after each practice": the rest follows each session)
    each_one = (event == "exercise" or rel == "after") and not {"each", "every"}.isdisjoint(words)
    if resting and (next_one or each_one):
        # "rest for 30 seconds before you start each exercise": between exercises
        yield s.fact("note", f"a rest between exercises: {s.said()}")
        return
    if rel == "after" and _sentence_opens_with(s) and _doing_for_a_course(s):
        # "After doing the exercises daily for seven weeks, ...": after a whole course
        yield s.fact(
            "ambiguous", f"{s.said()!r} a length: after a whole course, and its length that one's?"
        )
        return
    if in_symptom_condition(s) and less_comes_next(s.after):
        # "If your pain is much worse right after exercise ..., do not do these":
        # the event is the symptom's, in a rule for the dose
        yield s.fact("note", f"when a symptom comes, in a rule to do less: {s.said()}")
        return
    if rel == "before" and _arriving(clause):
        # "Please arrive 10 minutes prior to the walk": when to come, not a session of its own
        yield s.fact("note", f"when to arrive, not an event to tie a session to: {s.said()}")
        return
    if s.after[:1] and s.after[0].raw.lower() == "again":
        # "Wait for 10 seconds before starting again": a rest between repetitions
        yield s.fact("note", f"a rest before the next repetition: {s.said()} again")
        return
    # "before starting the programme", "following the exercise program for 8 weeks"
    starting = (rel == "before" and not STARTING.isdisjoint(words)) or "following" in words
    if starting and _course_named_next(s.after):
        # "prior to beginning the six week exercise program": once, before the course
        yield s.fact("note", f"a whole course, not an event of each session: {s.said()} ...")
        return
    if s.tokens[0].raw.lower() == "following" and "exercises" in words and _doing_them(s):
        # "Following these exercises daily will help", "Keep following the exercises":
        # doing them, or after them? ("Following exercise, ice" is after it)
        yield s.fact("ambiguous", f"{s.said()!r}: after the exercises, or doing them? say which")
        return
    following = s.after[0].raw.lower() if s.after else ""
    # ("after the warm-up period": a part of each session, whatever it is called)
    # ("After the warm-up period of 2 weeks": a phase of the course, asked)
    # (of any length: "of 5 minutes" may be read as a hold, so it is asked too)
    of_a_length = [t.raw.lower() for t in s.after[1:2]] == ["of"] and any(
        t.sym == "N" or t.raw.lower() in {"first", "next", "week", "weeks", "month"}
        for t in s.after[2:5]
    )
    part_of_each = event in {"warm-up", "cool-down"} and not of_a_length
    if following in _A_SPAN and {"each", "every"}.isdisjoint(words) and not part_of_each:
        # "increased after the training period": each session's event, or a point in the
        # course? ("after each training block" is each one's)
        yield s.fact(
            "ambiguous", f"'{s.said()} {following}': each session's, or once in the course?"
        )
    if event == "stretching" and any(t.sym in {"sec", "hold"} for t in s.after):
        # "Warm up before stretching for 30 seconds each side": the hold is the stretch's
        yield s.fact("ambiguous", f"{s.said()!r} and a hold: the stretch's, or this one's?")
    if rel == "after" and _time_to_recover(clause, s):
        # "muscles need 6 hours to recover after training": the rest after it, no session
        yield s.fact("note", f"a recovery after an event, not a session: {s.said()}")
        return
    if s.has("or"):
        # "before or after training": one session at either time, not one at each
        said = " ".join(t.raw for t in s.tokens)
        yield s.fact(
            "ambiguous", f"{said!r}: one session, before or after? read as {rel}; say which"
        )
    elif s.has("rel2"):
        rel = "before and after"
    if rel == "before" and event == "bed":
        yield s.fact("times", ("bedtime",))
        return
    yield s.fact("anchor", Anchor(rel, event))  # type: ignore[arg-type]


def _sentence_opens_with(s: Span) -> bool:
    return not s.before or s.before[-1].sym in SENTENCE_ENDS


def _doing_for_a_course(s: Span) -> bool:
    """
    True when "after" is followed by a doing and then, at once, its length ("After doing
    the exercises daily for seven weeks"), not "After each run stretch for 4 weeks". An
    event said as a doing ("after walking for 2 weeks", as a timing is written back) is
    the event of each session unless more words follow ("... add hills").
    """
    words = [t.raw.lower() for t in s.tokens[1:]]
    if not words or not words[0].endswith("ing") or {"each", "every"} & set(words):
        return False
    syms = " ".join(t.sym for t in s.after[:16]) + " "
    length = _HOW_OFTEN_THEN_A_LENGTH.match(syms)
    if length is None:
        return False
    rest = syms[length.end() :].split()
    # ("after walking for 2 weeks add hills", "..., you should feel better": a next step)
    return words[0] in _DOING or rest not in ([], ["."])


#: Words of doing something, not naming an event: "After doing the exercises for 6 weeks".
_DOING = frozenset({"doing", "completing", "finishing", "performing", "following"})


#: How often and how long, said between a doing and its length ("twice daily", "3 times a
#: week", "30 minutes daily", "in the morning"), then the length: "for 2 weeks".
_HOW_OFTEN_THEN_A_LENGTH = LazyRegex(
    r"(?:(?:N (?:min|sec|hour|hours) |N x |at least |daily |weekly |regularly |consistently "
    r"|(?:a|per|each|every) (?:day|week) |(?:in the|at|every|each) (?:morning|evening|night) ))*"
    r"for (?:N|a|one) (?:day|days|week|weeks|month|months|fortnight) "
)


#: What is started once: starting one of these is no event of each session.
_WHOLE_COURSE = frozenset({"program", "programme", "course", "plan"})


def _course_named_next(after: Sequence[_Tok]) -> bool:
    """
    True when the words right after an event name a whole course ("the six week exercise
    program"), not "the exercises in your programme" or a later sentence.
    """
    for tok in after[:5]:
        word = tok.raw.lower()
        if word in _WHOLE_COURSE:
            return True
        if not (word.isalnum() or tok.sym == "N") or word in _NOT_OF_THE_EVENT:
            return False
    return False


#: Words after an event that start another phrase: a course after them is not the event's.
_NOT_OF_THE_EVENT = frozenset("in of as per from with on at to and or".split())

#: Words of asking a clinician, and the clinicians: "check with your physio before ...".
_ASKING = frozenset("consult check speak talk ask see discuss clearance".split())
_CLINICIANS = frozenset(
    """doctor doctors gp physio physiotherapist therapist surgeon nurse consultant provider
    clinician pharmacist midwife specialist""".split()
)
#: Words of resting: a rest before each exercise is between exercises, not before a session.
_RESTING = frozenset({"rest", "wait", "pause", "relax", "recover", "break", "breather", "recovery"})

#: Words after an event that may make it a span of the course: "after the training period".
_A_SPAN = frozenset("period periods phase phases block blocks camp".split())
#: Lengths of time a recovery takes: "6 hours to recover after training" is no session.
_RECOVERY_TIMES = frozenset("hours hour hrs days day time minutes".split())


def _doing_them(s: Span) -> bool:
    """
    True where "following the exercises" may be doing them: after "keep" or "continue",
    or before "below", "daily" or a verb ("Following these exercises daily will help");
    "Ice following exercises" and "Following the exercises, ice" are after them.
    """
    after = s.after[0].raw.lower() if s.after else "."
    if not s.before or s.before[-1].sym in SENTENCE_ENDS:
        # ("Following the exercises, ice for 10 minutes": after them; "Following the
        # exercises is important": doing them)
        return bool(s.after) and s.after[0].sym not in {",", ":", ";", "-"}
    return s.before[-1].raw.lower() in _KEEP_ON or after in _FOLLOWED


#: Words before "following the exercises" that make it doing them.
_KEEP_ON = frozenset("keep continue continuing start starting by from when while of".split())
#: Words after "following the exercises" that make it doing them.
_FOLLOWED = frozenset("below above in daily twice regularly should will are can every each".split())


def _time_to_recover(clause: list[str], s: Span) -> bool:
    """
    True for the time needed to recover just before the event ("need around 6 hours to
    recover after training"), not a session done for recovery ("foam roll to aid
    recovery after running", "eat within an hour to recover after training").
    """
    return (
        clause[-2:] == ["to", "recover"]
        and not _RECOVERY_TIMES.isdisjoint(clause[-4:-2])
        and not lx.NEEDING_WORDS.isdisjoint(
            t.raw.lower() for t in s.clause if t.end <= s.tokens[0].start
        )
    )


#: Words of starting something.
STARTING = frozenset({"starting", "beginning", "commencing", "initiating", "start", "begin"})


def _event_with_its_word_before(s: Span) -> str | None:
    """
    The event of group "ev", or, where the word before it names another listed event
    with it, that one ("after your long runs": a long run; the rule skipped "long").
    """
    said, tokens = s.group("ev"), s.tokens
    event = event_of(said)
    at = next((i for i, t in enumerate(tokens) if said and t is said[0]), 0)
    longer = event_of([tokens[at - 1], *said]) if at > 0 else None
    if longer is not None and event is not None and longer.endswith(" " + event):
        return longer  # a kind of the event ("long run" of "run"), never another event
    return event
