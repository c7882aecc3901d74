"""
Rules for a session taken as needed ("as needed", "prn", "as often as you like") or
waiting for a symptom ("if pain", "when sore"), and what only looks like one: how it is
done ("repositioning the edge as needed"), a support ("use a chair if needed"), how the
dose grows ("increase as pain dictates"), a condition on doing it ("if the pain allows")
and a symptom's rule to do less ("if it is worse the next day, do not do these").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from rehabplan._regex import LazyRegex
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact, Handler, Span
from rehabplan.phrases._handlers import asking, h_condition_noted, h_prn_asked, h_vague, noting
from rehabplan.phrases._patterns import CLAUSE_BREAKS, SENTENCE_ENDS, symptom_pattern
from rehabplan.phrases._tok import Tok as _Tok

__all__ = [
    "AS_NEEDED_RULES",
    "PRN_CONDITION_RULES",
    "h_prn",
    "h_prn_condition",
    "in_symptom_condition",
    "less_comes_next",
]


def h_prn(m: re.Match[str], s: Span) -> Iterable[Fact]:
    before = [t.raw.lower() for t in s.before[-5:]]
    after_comma = before[len(before) - before[::-1].index(",") :] if "," in before else []
    if after_comma and after_comma[0].endswith("ing") and after_comma[0] not in _NO_DOING:
        # "8-10 times, repositioning the edge as needed": how it is done, not the sessions
        yield s.fact("note", f"how it is done, not as needed: {' '.join(after_comma)} {s.said()}")
        return
    ends = [i for i, t in enumerate(s.before) if t.sym in {",", ".", ";", ":", "(", "!", "?"}]
    clause = [t.raw.lower() for t in s.before[ends[-1] + 1 if ends else 0 :]]
    needed = {t.raw.lower() for t in s.tokens} & {"needed", "necessary", "required"}
    if needed and clause and (clause[0] in lx.HOW_IT_IS_DONE or _SUPPORTS & set(clause)):
        # "Bend your knees slightly if needed, and hold for 20 seconds", "use a chair for
        # support if needed": the position, or a support
        yield s.fact("note", f"how it is done, not as needed: {' '.join(clause)} {s.said()}")
        return
    # ("Pause and use your inhaler if needed": the inhaler as needed)
    # ("Neck stretches during breaks if needed": done in the breaks, as needed)
    rested = any(
        word in _RESTS and _IN_A_BREAK.isdisjoint(clause[max(0, i - 3) : i])
        for i, word in enumerate(clause)
    )
    rested = rested or clause[:2] in (["resting", "in"], ["resting", "between"])
    rested = rested and "and" not in clause
    # ("2 mins rest 3 x 10 as needed": the dose said last is what is done as needed)
    said = s.before[ends[-1] + 1 if ends else 0 :]
    last_rest = max((i for i, t in enumerate(said) if t.raw.lower() in _RESTS), default=-1)
    tail = _past_the_rest(said[last_rest + 1 :])
    dosed_after = any(t.sym == "hold" for t in tail) or any(
        a.sym == "N" and b.sym in {"x", "sets", "reps"} for a, b in itertools.pairwise(tail)
    )
    rested = rested and not dosed_after
    if needed and rested and s.before[:1]:
        # "3 x 10, rest between sets if needed": the rest is taken when wanted, not the sessions
        yield s.fact("note", f"a rest as needed, not the sessions: {' '.join(clause)} {s.said()}")
        return
    verbs = [w for w in clause if w not in _MANNER]
    if verbs[-1:] and (verbs[-1] in _STEP_UP or verbs[-2:] in (["build", "up"], ["work", "up"])):
        # "increase as pain dictates", "progress as needed": how the dose changes, not
        # sessions taken when wanted
        yield s.fact("note", f"how to progress, not as needed: {verbs[-1]} {s.said()}")
        return
    yield s.fact("prn", True)


#: A rest's own length: "30 seconds", "for 1-2 minutes".
_REST_LENGTH = frozenset({"N", "sec", "second", "min", "hour", "for", "of", "about", "-", "to"})
#: What a rest falls between: "the 3 sets", "each of the 2-3 sets", "3 x 30 second holds".
_BETWEEN_WHAT = frozenset({"the", "your", "all", "each", "of", "N", "x", "sec", "second", "min"})


def _past_the_rest(tail: list[_Tok]) -> list[_Tok]:
    """
    The words after a rest, past its length and what it falls between: nothing is left of
    "30 seconds between the 3 sets of 12 reps"; "then do 3 x 10" is all left.
    """
    i = next((j for j, t in enumerate(tail) if t.sym not in _REST_LENGTH), len(tail))
    if i == len(tail) or tail[i].sym != "between":
        return tail
    j = next((k for k in range(i + 1, len(tail)) if tail[k].sym not in _BETWEEN_WHAT), len(tail))
    if j == len(tail) or tail[j].sym not in {"sets", "reps", "hold"}:
        return tail
    j += 1
    if [t.sym for t in tail[j : j + 2]] == ["of", "N"]:
        j += 3 if j + 2 < len(tail) and tail[j + 2].sym in {"reps", "x"} else 2
    return tail[j:]


_NO_DOING = frozenset({"during", "morning", "evening", "something", "anything"})  # no manner
#: Words before a break that make it a time to do something: "during your tea break".
_IN_A_BREAK = frozenset("during in tea lunch coffee".split())
#: A rest said in a clause: "take a rest if needed", "short rests if needed".
_RESTS = frozenset("rest rests pause pauses break breaks breather".split())
#: Supports: "use a chair for support if needed", "use the wall ... if required".
_SUPPORTS = frozenset({"support", "balance", "wall", "chair", "rail", "counter", "table"})
#: Verbs of a dose growing, and the words of manner that may stand between them and
#: "as needed" ("increase gradually as tolerated").
_STEP_UP = frozenset("increase increasing progress progressing advance advancing".split())
_MANNER = frozenset("gradually slowly steadily then and it this them".split())


AS_NEEDED_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        # "as often as you can (fit it in)", "whenever you remember": whenever the patient
        # can, asked
        "as_often_as_you_can",
        r"(?:as often as (?:you can |you are able |able )|when you (?:have|get|find) (?:a |the )?(?:moment|min|chance|time|spare moment) "
        r"|(?<!take it )(?<!forget )(?<!forgot )when you (?:remember |think of it |think about it )"
        r"(?=[,.;] |$|during |throughout |through |to |it ))",
        h_prn_asked,
    ),
    (
        "vague_phrases",
        r"(?:as directed |as prescribed |as advised |as often as (?:possible |you can |able )|little (?:and|but) often |as tolerated |as tolerable |as able |as (?:pain|symptoms) allow(?:s|) )",
        h_vague,
    ),
    (
        "prn",
        # "with rest intervals as needed": the rests are as needed, not the sessions ("when
        # required to stand for long" is asked by its own rule)
        r"(?<!rest )(?<!rests )(?<!break )(?<!breaks )(?<!intervals )(?<!periods )(?<!pauses )"
        r"(?<!recovery )(?<!between )(?<!longer )(?:as (?:and when )?(?:needed|necessary|directed by symptoms) |(?:when|if) (?:needed|necessary) (?!to [a-z])|prn |on demand |as often as (?:you )?(?:would |can |)(?:like|want|wish|need|needed|tolerated) |as often as (?:is |feels |)comfortable |as desired "
        r"|as VAGUE (?:x |days |sessions )(?:(?:a |per |each |in a |)(?:day|week) |during the day |)as (?:you |you'd )(?:would |)(?:like |want |wish |choose |please |feel (?:it |)(?:necessary |needed |the need |like it |))|when required |as and when )",
        h_prn,
    ),
    # "when needed to stand for long", "wear the brace when needed to climb stairs": as
    # needed, or whenever doing that?
    (
        "needed_to_do",
        r"(?:when|if|as) (?:needed|necessary) to (?=[a-z])",
        asking("'when needed to ...': as needed, or each time you do that? say which"),
    ),
    (
        # "once a day if the pain allows", "if the exercise causes pain": a condition on
        # doing it, or a rule about pain, not "as needed"
        "pain_condition",
        rf"(?P<all>(?:if|when|as|while) (?:the |your |)(?:{symptom_pattern()}|symptoms |symptom )(?:allows|allow|permits|permit) "
        rf"|(?:if|when) (?:the |this |an |any |)(?:exercise|exercises|it|movement|activity|stretch) "
        rf"(?:causes|cause|gives|produces|increases|worsens|makes|brings on) (?:(?:your|you|the|more|any|a|some) ){{0,2}}(?:{symptom_pattern()}))",
        h_condition_noted,
    ),
)


#: A symptom bound from above in its own clause: "if your pain is no more than 4/10",
#: "stays below 3", "is mild", "3/10 or lower", "does not exceed 3/10".
_SYMPTOM_CEILING = LazyRegex(
    r"^(?:level |score |rating |)(?:"
    r"(?:is |stays |remains |are |)(?:below|under|less than|lower than|no more than|"
    r"not more than|no higher than|no worse than|not above|at most|at or below) (?:a |an |)N"
    r"|(?:is|stays|remains|are) (?:mild|low|minimal|at (?:their|its) (?:lowest|least|minimum))"
    r"|(?:does not|doesn't|do not|don't) exceed (?:a |)N"
    r"|(?:is |)N (?:/ N )?(?:or|and) (?:lower|less|below|under))\b"
)


def h_symptom_asked(m: re.Match[str], s: Span) -> Iterable[Fact]:
    """
    "Sore after a run? Ice for 10 minutes": taken as needed, or a heading naming who the
    advice is for ("Low back pain? Do 3 x 10 daily")? Asked; "Pain-free? Progress to 3 x 15"
    is a condition on progressing.
    """
    asked = list(itertools.takewhile(lambda t: t.sym != "?", [*s.tokens, *s.after]))
    said = " ".join(t.raw for t in asked)
    words = [t.raw.lower() for t in asked]
    # "No pain?", "Pain-free?", "Swelling gone?" (not "Pain not better?", "Still not pain free?")
    named = [w for w in words if w in lx.SYMPTOMS]
    turned = _GONE | {"improvement", "relief", "change"}  # "Not pain free?": still there
    said_gone = words[:1] in (["not"], ["without"]) and not turned & set(words)
    said_gone = said_gone or ["no", *named[:1]] == words[:2] or words[-1:] == ["stopped"]
    gone = (
        said_gone
        or ("no", "worse") in itertools.pairwise(words)
        or any(w in _GONE and not _NOT & set(words[max(0, i - 2) : i]) for i, w in enumerate(words))
    )
    answer = [t.raw.lower() for t in s.after[len(asked) - len(s.tokens) + 1 :][:2]]
    if gone or _STOP_WORDS & set(answer):  # "Is it painful? Stop": what to do if it comes
        yield s.fact("note", f"a condition, not as needed: {said}?")
        return
    yield s.fact("prn", True)
    yield s.fact("condition", said)
    yield s.fact("ambiguous", f"{said + '?'!r}: taken as needed, or who it is for? say which")


#: Words of a symptom gone or eased: "Pain-free?", "Swelling gone?".
_GONE = frozenset("free gone better settled eased improved reduced settling improving".split())
_NOT = frozenset("not isn't hasn't haven't never".split())


def h_prn_condition(m: re.Match[str], s: Span) -> Iterable[Fact]:
    said = " ".join(t.raw for t in s.tokens)
    if s.tokens[0].sym == "for" and _SCHEDULED.intersection(t.sym for t in s.outside):
        # "For stiffness, do these stretches every morning": what it is for
        yield s.fact("note", "what it is for, not as needed: " + said)
        return
    if _HELPS & {t.raw.lower() for t in s.tokens}:
        # "If ice helps the swelling go down, carry on": what helps, not sessions taken
        yield s.fact("note", "a condition on what helps, not as needed: " + said)
        return
    clause = list(itertools.takewhile(lambda t: t.sym not in CLAUSE_BREAKS, s.after[:8]))
    words = " ".join("N" if t.sym == "N" else t.raw.lower() for t in clause)
    if _SYMPTOM_CEILING.match(words):
        # "only do these if your pain is no more than 4/10": a condition on the
        # sessions scheduled, not sessions taken as needed
        yield s.fact("note", "a condition, not as needed: " + said)
        return
    next_words = [t.raw.lower() for t in s.after[:5] if t.sym not in {",", "-", ":"}][:3]
    clause = s.clause
    # (a number of help, "111", is not one followed by its unit: "for 111 days")
    units = [t.sym for t in clause[1:]] + [""]
    clause_words = {t.raw.lower() for t, unit in zip(clause, units, strict=True)}
    clause_words -= {t.raw for t, unit in zip(clause, units, strict=True) if unit in _UNITS}
    if _SEEK & clause_words and _HELP & clause_words:
        # "See your GP if pain gets worse": when to get help, a warning kept in the note
        yield s.fact("note", "when to seek help, not as needed: " + said)
        return
    if (
        _STOP_WORDS.intersection(next_words)
        or (clause and clause[0].raw.lower() in _STOP_WORDS)
        or _DOING_TOO_MUCH.search(" ".join(t.raw.lower() for t in clause))
        or (_said_first(s) and less_comes_next(s.after))
    ):
        # "If significant pain develops stop immediately", "If you have pain, skip a
        # run": what to do when the symptom comes, not sessions taken for it
        yield s.fact("note", "what to do if the symptom comes, not as needed: " + said)
        return
    if _SYMPTOM_LEVEL.match(words) and _worked_at(s.after):
        # "If the pain is at a 4/10 and it settles ...", "When the pain gets to 3/10 hold
        # that pressure": a level of the symptom to work at, not sessions taken for it
        yield s.fact("note", "a level of the symptom, not as needed: " + said)
        return
    yield s.fact("prn", True)
    yield s.fact("condition", said)
    phrase = {t.raw.lower() for t in (*s.before, *s.tokens, *s.after)}
    worse = _WORSE & {t.raw.lower() for t in (*s.tokens, *s.after[:4])}
    pairs = {(a.sym, b.sym) for a, b in itertools.pairwise(s.outside)}
    dosed = not pairs.isdisjoint(_COUNTED)  # ("If pain increases, 2 x 10 daily")
    negated = not {"no", "not", "doesn't", "isn't"}.isdisjoint(phrase)
    if worse and not dosed and not negated and (_TREATMENTS | _DONE).isdisjoint(phrase):
        # "If your pain increases after exercise": a warning, or when to do it? asked
        yield s.fact("ambiguous", f"{said + ' ...'!r}: a warning, or when to do it? say which")


#: A symptom rated at a level: "is at a 4/10", "gets to 3/10", "reaches 5".
_SYMPTOM_LEVEL = LazyRegex(
    r"^(?:is|gets|goes|rises|reaches|comes) (?:at |up to |to |)(?:a |an |)N"
    r"(?! (?:x|times|weeks?|days?|months?|hours?|minutes?)\b)\b"
)
#: What is done at a symptom's level: held or kept at, or judged ("that is acceptable");
#: "If the pain reaches 7/10, use ice" is as needed.
_WORKING = frozenset("hold keep continue stay maintain work reduce decrease carry".split())
#: Words between a rating and what is done at it: "4 out of 10 you can continue".
_ON_THE_WAY = frozenset("out of you can may should could please just still try to and".split())
#: Treatments: kept on or taken at a level, they are taken as needed ("continue taking
#: painkillers", "keep using ice", "hold the ice pack on").
_TREATMENTS = frozenset(
    "ice icing painkillers painkiller paracetamol ibuprofen medicine medicines medication "
    "medications tablets tablet analgesia analgesics heat cream gel cold pack packs".split()
)
#: A symptom growing or lasting: "increases", "gets worse", "persists".
_WORSE = frozenset(
    "increase increases increased worse worsens worsening persists persist flares".split()
)
_COUNTED = frozenset({("N", "x"), ("x", "N"), ("N", "reps"), ("N", "sets")})
#: Doing something as needed: "Do the stretches if your pain gets worse".
_DONE = frozenset(
    "do use perform apply repeat try stretch stretches walk elevate return contact call see".split()
)
#: Words between a verb and what it is done to: "continue to take the", "keep using your".
_TO_THE = frozenset(
    "to take taking use using apply applying with on the your any a an some of".split()
)
#: The symptom itself, eased at a level: "reduce it with ice", "reduce the pain".
_SYMPTOMS = frozenset("it pain swelling discomfort ache soreness inflammation symptoms".split())
#: Ways of treating a symptom: "reduce pain by resting" (not "by lowering the weight").
_TREATING_BY = [
    [w]
    for w in "resting icing elevating taking applying using raising lying sitting massaging "
    "cooling heating stretching compressing rest".split()
]
#: A limb kept up or iced: "keep your leg elevated", "keep your foot up".
_RAISED = frozenset("elevated raised iced supported".split())
_LIMBS = frozenset("leg legs foot feet arm arms knee ankle hand hands wrist elbow".split())
#: A rating's own bound: "3 out of 10 or less".
_BOUNDS = frozenset("less fewer more above below under over higher lower".split())
#: How a level is judged: "that could also be acceptable", "it is tolerable".
_JUDGED = LazyRegex(
    r"(?:that|it|this)(?:'s|\u2019s| is| could| would| may| might| should)(?: also)?(?: be)?"
    r"(?: [a-z]+ly)? (?:acceptable|ok|okay|fine|normal|tolerable|manageable|safe|allowed|alright)"
    r"(?: for you| during (?:the )?exercises?)?"
    r"(?:$| and | as long as | so long as | provided | if it settles"
    r"| but (?!.*\b(?:take|use|apply|ice|try|rest|stop|painkillers?|paracetamol|ibuprofen"
    r"|medication|tablets|elevated)\b)| while | when"
    r"| to (?:continue|carry on|keep|exercise|work))"
)


def _worked_at(after: list[_Tok]) -> bool:
    """
    True when a symptom's level is one to work at: the action right after its rating holds,
    keeps or eases ("gets to 3/10 hold that pressure", "reaches 5/10, reduce the reps"), or
    the sentence judges it ("that could also be acceptable"); "If pain reaches 6/10, take 2
    tablets to reduce it" is as needed.
    """
    sentence = list(itertools.takewhile(lambda t: t.sym not in SENTENCE_ENDS, after))
    rated = next((i for i, t in enumerate(sentence) if t.sym == "N"), None)
    if rated is None:
        return False
    after_rating = [t for t in sentence[rated + 1 :] if t.sym not in {"/", "N", "then"}]
    rest = [t.raw.lower() for t in after_rating if t.sym != ","]
    first = list(itertools.dropwhile(_ON_THE_WAY.__contains__, rest))
    if first[:1] == ["or"] and first[1:2] and first[1] in _BOUNDS:  # "3/10 or less you can"
        first = list(itertools.dropwhile(_ON_THE_WAY.__contains__, first[2:]))
    first = first[:7]
    eased = (first[:1] and first[0] in _WORKING) or first[1:2] in (["fewer"], ["less"])
    # "If the pain is at 4/10 ..., that could also be acceptable": the clause right after the
    # condition judges it (not "take 2 tablets, it's safe", "it's ok to take ibuprofen")
    clauses = " ".join("," if t.sym == "," else t.raw.lower() for t in after_rating).split(",")
    judged = _JUDGED.match(clauses[1 if len(clauses) > 1 else 0].strip())
    return bool(eased and not _treated(first)) or bool(judged)


def _treated(words: list[str]) -> bool:
    """
    True when the words after a level treat the symptom, not work at it: "carry out 10
    ankle pumps", "continue to take painkillers", "reduce it with ice", "keep your leg
    elevated" (not "continue to take the stairs", "reduce it to 2 sets", "keep your reps
    the same").
    """
    verb, done_to = words[:1], list(itertools.dropwhile(_TO_THE.__contains__, words[1:]))
    if words[:2] == ["carry", "out"] or (done_to[:1] and done_to[0] in _TREATMENTS):
        return True
    if verb in (["reduce"], ["decrease"]) and done_to[:1] and done_to[0] in _SYMPTOMS:
        # "reduce it with ice", "reduce pain by resting" (not "reduce it to 2 sets")
        by_treating = done_to[1:2] == ["by"] and done_to[2:3] in _TREATING_BY
        return done_to[1:2] in ([], ["with"], ["using"]) or by_treating
    raised = _RAISED & set(done_to[1:3]) or (done_to[1:2] == ["up"] and done_to[0] in _LIMBS)
    return verb == ["keep"] and bool(raised)  # "keep your leg up" (not "keep it up")


#: Words that say what to do instead when a symptom comes.
#: Symbols of a schedule said beside "for <symptom>".
_SCHEDULED = frozenset(
    {"daily", "day", "week", "weekly", "x", "morning", "evening", "night", "bedtime", "DOW"}
)
_STOP_WORDS = frozenset({"stop", "stopping", "skip", "discontinue", "cease"})
#: A treatment said to help before the symptom: "if ice helps the swelling".
_HELPS = frozenset("help helps helped relieves relieved eases eased reduces reduced".split())
#: "See your GP", "contact the physio", "seek medical advice", "call us", "let us know":
#: getting help, which a condition beside it is about.
_SEEK = frozenset(
    "see contact call ring phone consult inform tell speak talk seek visit attend get know".split()
)
_HELP = frozenset(
    "gp doctor doctors physio physiotherapist therapist surgeon nurse consultant team clinic "
    "hospital medical help advice 999 111 911 emergency pharmacist us me someone somebody".split()
)
_UNITS = frozenset("days weeks months years hours".split())
_DOING_TOO_MUCH = LazyRegex(r"\b(?:you are doing too much|back off)\b")
#: Doing less, or not at all: what a symptom's condition is followed by when it is a rule
#: for the dose, not a session taken for the symptom.
_DO_LESS = LazyRegex(
    r"\b(?:(?:do not|don't|dont) (?:do |continue |perform |carry on with |)(?:any of |all of |)"
    r"(?:these|the|this|that|those|it|them|your|any)\b(?! worry| panic| hesitate)"
    r"|(?:do not|don't|dont) (?:advance|progress|increase|continue|run|exercise)\b"
    r"|stop\b|take (?:a|the next) day off\b"
    r"|(?:avoid|skip) (?:doing |)(?:these|the|this|it|them|your|the next) "
    r"(?:exercises?|stretches|movements?|session|sessions|programme|program|workout|run)\b"
    r"|(?:reduce|decrease|lower|lessen) (?:the|your) (?:number|reps|repetitions|sets|amount|"
    r"distance|time|duration|intensity|load|weight|exercises|frequency|speed)\b"
    r"|cut (?:back|down)|ease off|back off|do (?:fewer|less)\b"
    r"|fewer (?:reps|repetitions|exercises|sets)\b)"
)


def _said_first(s: Span) -> bool:
    """True when no number comes before a condition in its sentence: the condition leads."""
    for tok in reversed(s.before):
        if tok.sym in SENTENCE_ENDS:
            return True
        if tok.sym == "N":
            return False
    return True


def less_comes_next(after: Sequence[_Tok]) -> bool:
    """
    True when the words after a symptom's condition say to do less or not to do something,
    with no dose for the symptom: "If your pain is worse the next day, do not do these
    exercises", "if you have more pain afterwards do fewer exercises", "If it hurts after
    exercise, don't worry" (not "if pain, ice 10 min; do not ...", "If pain, avoid
    ibuprofen; take paracetamol every 6 hours").
    """
    sentence = list(itertools.takewhile(lambda t: t.sym not in _FULL_STOPS, after[:30]))
    words = [t.raw.lower() for t in sentence]
    first_number = next((i for i, t in enumerate(sentence) if t.sym == "N"), len(sentence))
    if _DO_LESS.search(" ".join(words[:first_number])):
        return True
    if first_number < len(sentence):
        return False  # a dose for the symptom follows
    breaks = [i for i, t in enumerate(sentence) if t.sym in CLAUSE_BREAKS or t.sym == "-"]
    main = words[breaks[0] + 1 :] if breaks else []
    # the clause itself ("stretch gently to make moving easier": the easing is the aim's)
    if main[:1] in (["try"], ["aim"], ["remember"], ["attempt"]) and main[1:2] == ["to"]:
        main = main[2:]  # "If it hurts, try to go slower": what is tried
    main = list(itertools.takewhile(lambda w: w not in {",", ";", "to", "which", "so"}, main))
    return bool(main) and _EASING.search(" ".join(main)) is not None


_FULL_STOPS = frozenset({".", "!", "?"})
#: Words that open a clause of easing off, not doing, or reassurance after a symptom.
_EASING = LazyRegex(
    r"^(?:don't|dont|never|avoid|stop|reduce|ease|drop|halve|cut|miss|pause|skip|do not"
    r"|go easy|hold (?:off|back|the exercises|these exercises)|rest (?:a|the next|for a) day"
    r"|take (?:a rest|a break|a rest day|a day off)|wait a day|slow down)\b"
    # "If sore, rest": resting alone ("rest and ice it" is a session as needed)
    r"|^rest(?: (?:it|up|more|longer|a bit|a while|for a while|(?:the|your) [a-z]+))?$"
    # ("If stiff, stretch gently" is a session as needed; "more gently" is a change)
    r"|\b(?:normal|slower|easier|gentler|more (?:slowly|gently)|less (?:often|far|hard)|less$)"
)


def in_symptom_condition(s: Span) -> bool:
    """True when an event stands in an "if" clause about a symptom ("if pain is worse after")."""
    words: list[str] = []
    for tok in reversed(s.before[-12:]):
        if tok.sym in SENTENCE_ENDS or tok.sym == ",":
            return False
        word = tok.raw.lower()
        if word == "if":
            return not lx.SYMPTOMS.isdisjoint(words) or "worse" in words
        words.append(word)
    return False


#: "if pain", "when sore": sessions that wait for a symptom (read after the vague
#: phrases and "as needed", in the timing rules).
PRN_CONDITION_RULES: tuple[tuple[str, str, Handler], ...] = (
    (
        "prn_condition",
        rf"(?<! even )(?<! skip )(?<! stop )(?<! less )(?<! fewer )(?<! less often )(?<! less frequently )(?:when|if|whenever|any time|anytime|each time) (?:(?:you|your|the|my|it|are|feel|feels|get|gets|have|has|is|becomes|become|feeling|a|any|(?!no |not |never |longer |less |fewer |only |avoid |avoiding |prevent |preventing |stop |stopping )[a-z]+|[a-z]+['’](?:s|re|ve|m)) ){{0,3}}(?:{symptom_pattern()})"
        # ("when your pain improves", "once the pain has gone": the symptom going away)
        # ("when the pain in your knee has decreased": the same, said of a place)
        r"(?!(?:in (?:your |the |my |)(?:[a-z]+ ){1,2})?(?:is |has |have |)(?:settles|settled|improves"
        r"|improved|gone|goes|eases|eased|better|resolves|resolved|subsides|subsided|free"
        r"|decreases|decreased|reduces|reduced|lessens|lessened|diminishes|diminished"
        r"|disappears|clears|cleared|stops|fades|reduce|decrease|lessen"
        # (a plural symptom eases in the plain form: "migraines improve", not "hurts go")
        r"|(?<=[^s]s )(?<!hurts )(?<!aches )(?:settle|improve|ease|resolve|subside|diminish|go"
        r"|disappear|clear|fade)) )"
        # "For post-exercise pain, try icing": for the symptom, when it comes
        rf"|(?:(?<=^ )|(?<=\. )|(?<=; ))for (?:any |)(?:after (?:exercise|activity) )?(?:{symptom_pattern()})",
        h_prn_condition,
    ),
    # "Sore after a run? Ice for 10 minutes": the symptom asked about, then what to do
    (
        "symptom_asked",
        rf"(?:(?<=^ )|(?<=\. ))(?:(?!N )[a-z']+ ){{0,3}}?(?:{symptom_pattern()})"
        r"(?=(?:(?!N |first |morning |evening |night |afternoon |waking |day )[a-z']+ ){0,5}?"
        r"\? (?!$))",
        h_symptom_asked,
    ),
    # "even if pain settles", "when your pain improves": a condition on going on, not
    # as needed
    (
        "condition_on_going_on",
        rf"(?P<all>(?:even |)(?:if|when|once|whenever) (?:(?:you|your|the|my|it|is|has|have) ){{0,2}}"
        rf"(?:{symptom_pattern()})(?:in (?:your |the |my |)(?:[a-z]+ ){{1,2}})?(?:is |has |have |)(?:settles"
        r"|settled|improves|improved|gone|goes|eases|eased|better|resolves|resolved|subsides"
        r"|subsided|decreases|decreased|reduces|reduced|lessens|lessened|diminishes|diminished) )",
        noting("a condition, not as needed"),
    ),
)
