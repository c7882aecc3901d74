"""
Rules for lengths of time that are neither the course nor a hold: how long a change is
expected to take ("swelling may last 6 weeks", "you will notice an improvement within a
week"), how long one stage is kept before the next ("once you have done these for 2
weeks, ...") and a point in a session ("After 90 seconds, ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._course_handlers import h_duration, h_one_unit
from rehabplan.phrases._facts import Fact, Handler, Span, seconds
from rehabplan.phrases._movement import moves
from rehabplan.phrases._patterns import CLAUSE_BREAKS, DAYU, QUAL
from rehabplan.phrases._tokens import Tok as _Tok

__all__ = ["EXPECTED_RULES"]


def h_stage_kept(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Once you have done these for 2 weeks, ...": the time one stage is kept before the
    next, not the course; any other length is read as a course.
    """
    sentence = list(itertools.takewhile(lambda t: t.sym not in CLAUSE_BREAKS, reversed(s.before)))
    done = _stage_done(["N" if t.sym == "N" else t.raw.lower() for t in reversed(sentence)])
    if done:
        yield s.fact(
            "note", f"how long one stage is kept before the next, not the course: {s.said()}"
        )
        return
    yield from h_duration(m, s) if s.has("n") else h_one_unit(m, s)


def _stage_done(words: list[str]) -> bool:
    """
    True for the clause of a stage done: "when you've been doing these", "once you have
    done 3 x 10", "once you are doing the exercises" (not "after you have finished your
    shower", an event).
    """
    for i, word in enumerate(words):
        you = words[i + 1 : i + 2] in (["you've"], ["you're"]) or words[i + 2 : i + 3] in _HAVE
        if word not in {"when", "once", "after"} or not you:
            continue
        for j in range(i + 1, min(i + 6, len(words))):
            # done to the exercises, a count, or nothing ("when you have finished for 2 weeks")
            done_to = words[j + 1 : j + 3]
            if words[j] in _DONE and (_THE_EXERCISES & set(done_to) or done_to[:1] in (["N"], [])):
                return True
    return False


def h_point_in_session(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "After 90 seconds, all players perform a set of planks": a point in the session, not a
    hold; before coming back ("After 10 seconds, lower your leg") the position's hold, and
    after a hold said without its length ("Hold. After 10 seconds, jump"), asked.
    """
    said = s.said("all")
    nxt = list(itertools.dropwhile(_FILLERS.__contains__, (t.raw.lower() for t in s.after[1:])))
    nxt = nxt[:6]
    holds = [i for i, t in enumerate(s.before) if t.sym == "hold"]
    # the hold's own length said beside it: "Hold for 20 s", "a 10 second hold"
    timed = any(_a_length(s.before[max(0, i - 3) : i + 5]) for i in holds)
    held = bool(holds) and not timed
    before = {t.raw.lower() for t in s.before}
    counted = any(a.sym == "N" and b.sym in {"x", "reps"} for a, b in itertools.pairwise(s.before))
    # "Lie on your back and bend and straighten your knee": a posture to move in, not held
    kept = bool(before & (lx.STILL_WORDS | _POSTURES)) and not counted and not moves(s.before)
    still = held or kept
    # "Clamshells. After 30 seconds, do the other side": a bout, unless a position is kept
    back = _coming_back(nxt) and (still or nxt[:1] not in (["do"], ["repeat"]))
    if not held and before & lx.REPEATED_MOVEMENTS:
        # "Step ups. After 30 seconds, change to the other leg": a bout that long, or held?
        yield s.fact("ambiguous", f"{said!r} after a movement: a bout that long, or a hold?")
        return
    if not held and before & lx.TIMED_WORK_WORDS:
        # "March on the spot. After 30 seconds, rest": a point in the bout, nothing held
        # ("Walk your feet forward ... After 30 seconds, slide back up": asked)
        if back:
            yield s.fact("ambiguous", f"{said!r} after a movement: a bout that long, or a hold?")
        else:
            yield s.fact("note", f"a point in a bout, not a hold: {said}")
        return
    if back and not timed:  # ("Hold for 20 s. After 2 minutes, ...": a point)
        # "After 10 seconds, lower your leg": the position held until then
        yield s.fact("hold", seconds(s.value("n") if s.has("n") else 1, s.syms("u")[0]))
        if s.syms("u")[0] == "min" and not held:  # "After 1 minute, lower your leg"
            yield s.fact("ambiguous", f"{said!r}: a hold that long? say 'hold'")
        return
    if held:
        yield s.fact("ambiguous", f"{said!r}: the hold's length, or a point in the session?")
        return
    yield s.fact("note", f"a point in the session, not a hold: {said}")


def _a_length(tokens: list[_Tok]) -> bool:
    """True when the tokens say a length: a number, then seconds or minutes."""
    return any(
        a.sym == "N" and b.sym in {"sec", "second", "min"} for a, b in itertools.pairwise(tokens)
    )


def h_change_said_after(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "In 2 weeks you'll notice a difference": a change foreseen. What is found or seen may
    be a change or what is done for the time ("In the first 2 weeks you'll find it helpful
    to ice 3 times a day", "... you'll see the physio twice a week"): asked.
    """
    if m.group("v").strip() in {"find", "see"}:
        said = s.said("all").strip()
        yield s.fact("ambiguous", f"{said!r}: when a change is seen, or the course? say the course")
        return
    yield from h_change_foreseen(m, s)


def h_change_foreseen(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Most muscles will stretch in six weeks": a change foreseen, not the course; "it will
    continue in the first 6 weeks" may be the symptom or the exercises going on, and is
    asked.
    """
    words = [t.raw.lower() for t in [*s.before[-1:], *s.tokens[:4]]]
    going_on = [words[i + 1 : i + 2] for i in (2, 3) if words[i : i + 1] == ["continue"]]
    if words[:1] in (["it"], ["this"]) and going_on[:1] in ([["in"]], [["within"]], [["for"]]):
        yield s.fact("ambiguous", f"{s.said('all')!r}: a symptom going on, or the course?")
    lasting = {"last", "continue"} & set(words[2:4])  # "the brace will continue for 6 weeks"
    if words[:1] in (["brace"], ["splint"], ["sling"], ["boot"], ["collar"]) and lasting:
        yield s.fact("ambiguous", f"{s.said('all')!r}: how long it is worn, or how long it lasts?")
    yield from h_expected_time(m, s)


#: What runs for a time of its own: "Each group will last for 10 weeks" is its course.
_RUNS_A_COURSE = frozenset(
    "program programme programs programmes protocol protocols course group groups class classes "
    "plan block you we "
    "exercises exercise these stretches treatment sessions".split()
)
#: Words of what is felt or gained: "the pain you feel may last for 2 weeks".
_FELT = frozenset(
    "pain soreness stiffness swelling numbness ache benefit benefits improvement improvements "
    "effect effects results feel feeling".split()
)
_GOING = frozenset({"for", "the", "first", "next", "a", "N"})
_MODALS = frozenset(
    "will may might can could should would usually typically normally often generally itself "
    "also then still".split()
)


#: Words after "takes 12 weeks to" of getting through it: the course's length.
_ENDS = frozenset(
    "complete completed completion finish finished full attend run cover follow".split()
)
#: Words before the verb after "to": "takes 12 weeks to fully heal", "to start working".
_BEFORE_THE_VERB = frozenset("fully really actually properly completely truly start begin".split())
#: What a programme takes a time to bring about, not to get through: "takes 6 weeks to work".
_EFFECTS = frozenset(
    "work heal recover help improve show see notice feel kick take start begin build strengthen "
    "make settle resolve ease reduce become have reach achieve adapt develop grow benefit repair "
    "regain produce give yield bring relieve restore rebuild gain cure".split()
)
#: What getting somewhere brings about: "Give it 4 weeks to get used to the routine".
_GOT = frozenset("used better stronger fitter results back".split())
#: Parts of a programme that take a time: "The phase takes 2 weeks to repeat again".
_PARTS = frozenset("phase phases cycle cycles stage stages week weeks".split())
#: Subjects that run a course without being one: "You may take 12 weeks to run again".
_NOT_A_PROGRAMME = frozenset("you we exercises exercise these stretches treatment".split())
#: Words between a verb and what it brings about: "to deliver the full benefit".
_BEFORE_A_RESULT = frozenset("the its their some real full any".split())
#: What a programme brings about, said after any verb: "takes 6 weeks to deliver results".
_RESULTS = frozenset(
    "results result benefit benefits relief improvement improvements effect effects gains".split()
)
_GOT_THROUGH = (
    [
        [verb, word]
        for verb in ("get", "go", "work", "progress", "move")
        for word in ("through", "done")
    ]
    + [["be", word] for word in ("completed", "done", "finished")]
    + [["carry", "out"]]
)


def _in_clause(t: _Tok) -> bool:
    """True for a word of the same clause, going back: not a break, "if", "when", "to"."""
    return t.sym not in CLAUSE_BREAKS and t.raw.lower() not in {"if", "when", "once", "to"}


def h_expected_time(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = " ".join(t.raw for t in s.tokens)
    # the subject's clause, its modals and adverbs set aside: "the programme will usually last"
    clause = [t.raw.lower() for t in itertools.takewhile(_in_clause, reversed(s.before))][::-1]
    named = list(itertools.dropwhile(_MODALS.__contains__, reversed(clause)))
    subject = set(named[:1])
    felt = _FELT & set(clause[-5:])  # "the pain you feel may last"
    lasts = any(  # "will continue for 6 weeks" (not "continue feeling sore")
        a.raw.lower() in ("last", "continue") and {b.raw.lower(), b.sym} & _GOING
        for a, b in itertools.pairwise(s.tokens)
    )
    in_days = s.has("u") and s.syms("u")[0] in {"day", "days", "week", "weeks", "month", "months"}
    # ("The protocol takes 12 weeks to full completion": a course that long)
    # ("These exercises take 6 weeks to work": how soon they work)
    after = [t.raw.lower() for t in s.after[:5]]
    to_what = after[:1] == ["to"] and after[1:2] != [] and s.after[1].sym != "N"
    takes = any(t.raw.lower() in {"take", "takes"} for t in s.tokens)
    ends = to_what and (after[1] in _ENDS or after[1:3] in _GOT_THROUGH)
    ends = ends and after[2:3] not in (["up"], ["again"])  # ("to follow up", "to run again")
    # ("takes 12 weeks to fully heal": the word after an adverb)
    verb = after[2:3] if after[1:2] and after[1] in _BEFORE_THE_VERB else after[1:2]
    # ("takes 6 weeks to deliver results", "It takes 12 weeks to run again": what it brings
    # about; "The programme takes 6 weeks to run again" is a course)
    result = [w for w in after[2:5] if w not in _BEFORE_A_RESULT][:1]
    again = after[2:3] == ["again"] and not subject & (_RUNS_A_COURSE - _NOT_A_PROGRAMME | _PARTS)
    brought = (bool(result) and result[0] in _RESULTS) or again
    if takes and to_what and (set(verb) & _EFFECTS or brought) and not ends:
        yield s.fact("note", f"an expected time, not a course length: {said}")  # "to work"
        return
    if takes and to_what and not ends:
        # "takes 6 weeks to really work", "... to learn": how soon, or the course?
        yield s.fact(
            "ambiguous", f"{said} {' '.join(after[:3])}: how soon it works, or the course?"
        )
        return
    if (lasts or takes) and s.has("n") and in_days and subject & _RUNS_A_COURSE and not felt:
        yield from h_duration(m, s)  # "The programme will last for 12 weeks", "you will continue"
        return
    yield s.fact("note", f"an expected time, not a course length: {said}")


def h_time_allowed(m: re.Match[str], s: Span) -> Iterable[Fact]:
    # "Allow 6 weeks to see results", "Give it 2 weeks for the exercises to work": how soon
    # they work (a time to recover or a course is the length's own handler's)
    after = [t.raw.lower() for t in s.after[:6]]
    if after[:1] == ["for"] and "to" in after[1:5]:
        after = after[after.index("to", 1) :]
    effect = [w for w in after[1:5] if w not in _BEFORE_THE_VERB | _BEFORE_A_RESULT]
    verb = effect[0] if effect else ""
    through = effect[1:2] == ["through"]  # "Allow 6 weeks to work through the programme"
    brought = not through and (verb in _EFFECTS - {"recover", "take"} or verb in _RESULTS)
    brought = brought or (verb == "get" and not _GOT.isdisjoint(effect[1:3]))
    healing = after[:1] == ["for"] and after[1:2] == ["healing"]  # "Allow 6 weeks for healing"
    if (after[:1] == ["to"] and (brought or _RESULTS & set(after[2:5]))) or healing:
        yield s.fact("note", f"an expected time, not a course length: {s.said().strip()}")
        return
    yield from h_duration(m, s)


def _coming_back(nxt: list[str]) -> bool:
    """
    True for coming back from a position: "lower your leg", "return to the start", "bring
    your leg back down", "switch to the other side" (not "return to jogging", "switch to
    cycling", "bring the ice pack off").
    """
    if nxt[:2] == ["return", "to"]:
        # "return to centre", "return to facing forward" (not "to centre court")
        facing = nxt[2:3] == ["facing"]
        middle = nxt[2:3] in _TO_THE_MIDDLE and nxt[3:4] in _POSITION_ENDS
        return nxt[2:3] in _TO_THE_START or facing or middle
    if nxt[:1] in _BROUGHT:  # "bring your leg back down", "slide it back", "put it down"
        further = {"further", "more", "deeper", "harder", "lower"} & set(nxt[1:4])  # (not back)
        return bool({"back", "down"} & set(nxt[1:4])) and not further
    if nxt[:1] in (["stand"], ["sit"]):  # "stand back up", "sit back down" (not "stand on")
        return nxt[1:2] in (["up"], ["back"], ["down"])
    other_side = "other" in nxt and bool({"side", "leg", "arm"} & set(nxt))
    changed = nxt[:1] in (["switch"], ["swap"], ["change"], ["do"], ["repeat"])
    over = nxt[:2] in (["swap", "over"], ["switch", "over"], ["change", "over"])
    return (
        (over and nxt[2:3] != ["to"])
        or nxt[:3] in (["let", "it", "go"], ["let", "them", "go"], ["let", "it", "relax"])
        or nxt[:1] in _COMING_BACK
        or nxt[:2] in _COMING_BACK
        or (changed and other_side)
    )


#: Postures kept still: "Stand on one leg. After 30 seconds, do the other side".
_POSTURES = frozenset("position stand standing balance stance lie lying kneel kneeling".split())
#: Words before what is done after a point in a session: "After 30 s, you can now switch".
_FILLERS = frozenset("you can may should then now gently slowly carefully and just".split())
#: Where "return to" comes back to: "the start", "facing forward", "centre".
_TO_THE_START = [[w] for w in "the your start starting neutral".split()]
_TO_THE_MIDDLE = [[w] for w in "center centre upright middle".split()]
_POSITION_ENDS: list[list[str]] = [[]] + [
    [w] for w in ", . ; and then position again slowly repeat with".split()
]
#: Moving a limb that comes back when "back" or "down" follows.
_BROUGHT = [[w] for w in "bring slide push move ease put".split()]


#: Coming back from a position: "After 10 seconds, lower ...", "..., return to ...".
_COMING_BACK = [
    *([w] for w in "lower return release relax reverse straighten".split()),
    *(pair.split() for pair in ("come back", "come out", "let go")),
    *([w, side] for w in ("change", "switch", "swap") for side in ("sides", "legs", "arms")),
]
#: Verbs of a stage done: "when you've been doing", "once you have completed".
_DONE = frozenset("doing done completed finished practised practiced performed".split())
_HAVE = (["have"], ["are"])  # "when you have done", "once you are doing"
#: What a stage done is done to: the exercises ("after you have finished your shower" is
#: an event, read by its own rule).
_THE_EXERCISES = frozenset(
    "these them this it exercises exercise programme program stretches routine stage for".split()
)

#: A review or a schedule between the verb and the length: "we will review you in 2 weeks"
#: is a review, and "you should walk every day within 2 weeks" a schedule, read by their
#: own rules.
_NOT_SAID = (
    "(?!review |check |assess |reassess |see you |meet |call |contact |visit |N "
    "|not |never |avoid |refrain |no "
    "|daily |every |each |x |day |week |weekly |morning |evening |night |bedtime )"
)

_MODAL = "(?:will|should|may|might|would|could)"
#: A person doing the exercise, wearing something or reaching the end keeps the length as
#: the course ("you will walk in the first 6 weeks", "you should then do these in the next
#: 2 weeks", "these should be done in the first 6 weeks"); "most muscles will stretch in
#: six weeks" is a change foreseen, and "you may walk in 2 weeks" a time to start.
_PEOPLE = ("you", "we", "they", "i", "patients", "people")
_THINGS = ("exercises", "these", "brace", "splint", "sling", "boot", "stretches", "ice", "icing")
#: "it" and "this" may point back at a symptom: only the passive is doing for them.
_PRONOUNS = ("this", "it")
_PERSON = "(?:" + "|".join(f"(?<= {who} )" for who in _PEOPLE) + ")"
#: "you'll notice less swelling within a week": a person's will, said short, and what
#: is noticed ("you'll bend the knee in the first 2 weeks" is the course).
_PERSON_WILL = "(?:you|we|they|i)'ll"
_NOTICED = (
    "(?:(?:start to|begin to|probably|likely|really|definitely|soon|also|usually) )?"
    "(?=(?:notice|see|feel|find|experience|return|get better|get back) "
    "|be (?!doing |performing |wearing |exercising |using |completing |practising |walking "
    "|running |swimming |cycling )"
    # ("we'll progress the exercises in 2 weeks": when the dose changes, not the course)
    "|(?:progress|increase|add|change|adjust) )"
)
#: What is noticed or felt needs no modal: "most people notice a change within a week",
#: "you feel better within a week".
_NOTICING = (
    "(?:notice|notices|noticed|feel|feels|see|sees) "
    "(?=(?:better |less |more |a |an |some |any |VAGUE |no |improvement |improvements |change "
    "|changes |difference |relief |results |benefits |stronger ))"
)
_THING = "(?:" + "|".join(f"(?<= {what} )" for what in _THINGS) + ")"
_PRONOUN = "(?:" + "|".join(f"(?<= {what} )" for what in _PRONOUNS) + ")"
_NOT_PERSON = "".join(f"(?<! {who} )" for who in (*_PEOPLE, *_THINGS, *_PRONOUNS))
_NOT_DOING = (
    "(?!(?:(?:then|also|now|still|just|only|usually|gradually|try and|try to|aim to|need to) )?"
    "(?:do|perform|complete|finish|repeat|practise|practice|reach|graduate|wear|use|walk"
    "|exercise|stretch|ice|apply|keep|continue(?! being (?!done|worn|used))(?! feeling )|carry|train|run"
    "|swim|cycle|get to"
    "|be (?:doing|performing|wearing|exercising|completing|practising|using|done|worn|applied"
    "|performed|completed|used|practised|continued|kept)) )"
)
#: Said of the exercises or a brace, only the passive, or going on, is doing: "these should
#: be done in the first 6 weeks", "the exercises should continue in the first 6 weeks" (not
#: "it will continue to swell in the first 2 weeks").
_DONE_TO = "(?:done|worn|applied|performed|completed|used|practised|repeated|continued|kept)"
_PASSIVE = (
    f"(?:(?:then|also|now|still) )?(?:be {_DONE_TO}|stay on|remain on|stay in place"
    "|remain in place)"
)
_NOT_DONE = f"(?!(?:{_PASSIVE}|continue(?! to)(?! (?!being {_DONE_TO} )[a-z]+ing )) )"
_NOT_PASSIVE = f"(?!{_PASSIVE} )"
#: "You may walk in 2 weeks": a time to start, not the course (in "the first 6 weeks" it is
#: the course: "you may walk with crutches in the first 6 weeks").
_ALLOWED = "(?:may|might|could|can)"
_NOT_A_WINDOW = "(?=(?:[a-z']+ ){1,5}?(?:in|within) (?!the first |the next |first |next ))"

EXPECTED_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "After 90 seconds, all players perform a set of planks": a point in the session
    (
        "point_in_a_session",
        r"(?:(?<=^ )|(?<=[.;] ))(?P<all>after (?:(?P<n>N)|a) (?P<u>sec|min) )(?=, )",
        h_point_in_session,
    ),
    # "it may take up to 3 months to ...", "swelling may last 6 weeks", "pain should
    # settle within 24 hours": how long recovery or a symptom takes, not the course
    (
        "expected_time",
        rf"(?P<all>(?:(?:may |might |can |could |will |should |usually |often |normally |)(?:take|takes) "
        rf"|(?:may|might|can|could|will|usually|often|normally|typically) (?:last|persist|continue|linger|extend(?= up to )) (?:for )?(?:the )?(?:first |next )?"
        rf"|(?:expect|expected) (?:(?!N )[A-Za-z]+ ){{0,4}}?(?:for|over|in|within) (?:the )?(?:first |next )?"
        r"|(?:settle|settles|improve|improves|ease|eases|subside|subsides|resolve|resolves|heal|heals"
        r"|disappear|disappears|fade|fades|go down|goes down|calm down|calms down|recover|recovers|repair itself|repairs itself"
        r"|gone|go away|goes away|wear off|wears off) "
        r"(?:completely |fully |)(?:within|in|after|over) (?:the )?(?:first |next )?"
        # "if your wound has healed on its own within two weeks": a change by then
        r"|(?:healed|improved|settled|eased|subsided|resolved|recovered|disappeared|faded) "
        r"(?:(?!N |for |then |and |but |so |do |walk |start |begin |daily |each |x |morning "
        r"|evening |night |them |these |exercises )[a-z']+ ){0,8}?within (?:the )?(?:first |next )?)"
        rf"{QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}|hour|hours) )(?!after |post |following |off |of rest |(?:in )?between )",
        h_change_foreseen,
    ),
    # "most muscles will stretch in six weeks", "you should see results within 2 weeks":
    # a change foreseen, not the course
    (
        "change_foreseen",
        rf"(?P<all>(?:{_PERSON}{_MODAL} {_NOT_DOING}|{_PERSON}{_ALLOWED} {_NOT_A_WINDOW}"
        rf"|{_PERSON_WILL} {_NOTICED}|{_NOTICING}"
        rf"|{_THING}{_MODAL} {_NOT_DONE}|{_PRONOUN}{_MODAL} {_NOT_PASSIVE}|{_NOT_PERSON}{_MODAL} )"
        rf"(?:{_NOT_SAID}(?:[a-z']+|VAGUE) ){{1,5}}?"
        rf"(?:in|within) (?:the )?(?:first |next )?{QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}|hour|hours) )"
        r"(?!after |post |following |of )",
        h_change_foreseen,
    ),
    # "Allow 6 weeks to see results": how soon it works, not the course
    (
        "time_allowed",
        r"(?:(?<= allow )|(?<= allows )|(?<= give it )|(?<= give them )|(?<= give yourself ))"
        rf"{QUAL}(?P<n>N) (?P<u>{DAYU}) (?=to |for )",
        h_time_allowed,
    ),
    # "in three weeks, they'll notice a drastic difference": the change said after its time
    (
        "change_foreseen_after",
        # (at the start of a sentence or a clause: "Walk daily in the first 2 weeks, you'll
        # feel better" keeps the walk's course)
        r"(?:(?<=^ )|(?<=[.;,] )|(?<= and )|(?<= but ))"
        rf"(?P<all>(?:in|within) (?:the )?(?:first |next )?{QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}) )"
        rf"(?=(?:, )?(?:(?:you|we|they|i)'ll |(?:you|we|they|i|most people) (?:will|should|may) )"
        r"(?:(?:start to|begin to|really|probably|likely|definitely) )?"
        r"(?P<v>notice |feel |find |see ))",
        h_change_said_after,
    ),
    # "When you've been doing the exercises for at least six weeks, you can add ...": how
    # long a stage is kept before the next, not the course
    (
        "stage_kept_for",
        rf"for {QUAL}(?:(?P<n>N)|a) (?P<u>{DAYU}) (?=, |and |then )",
        h_stage_kept,
    ),
)
