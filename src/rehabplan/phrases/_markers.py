"""
Words that change what a prescription means: a negation, a side, a time before or
after something, an alternative, a total, an added count, a preference or a vague
amount. When no rule placed such a word in a sentence that has a dose or a timing,
the strict readers refuse the phrase and free text flags its reading, naming the words:
passing over "not" in "do not exercise for 30 minutes after eating" or "left" in "do
the same on the left side" would be a silent misreading.
"""

from __future__ import annotations

from attrs import frozen

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._facts import Fact
from rehabplan.phrases._patterns import SENTENCE_ENDS
from rehabplan.phrases._tokens import Tok

__all__ = ["Unplaced", "unplaced_markers"]

#: Where a marker's sentence must have a fact for the marker to matter: anywhere in
#: it, or after the marker ("do not ..." governs what follows it).
_ANYWHERE, _AFTER = "anywhere", "after"

#: Steps inside one exercise: "hold for 5 seconds before lowering" orders the
#: movement, it does not tie the exercise to an event.
_MOVEMENTS = frozenset(
    """
    lowering relaxing repeating holding returning releasing switching changing moving
    resting coming going letting bringing straightening bending lifting raising
    """.split()
)
#: Words after which "right" is an adverb ("right after getting up"), not a side.
_ADVERB_AFTER_RIGHT = frozenset(
    {"after", "before", "away", "now", "up", "down", "through", "into", "at", "here", "there"}
)
#: (words or token symbols, what the words are, where the fact must be, the next
#: words that make the word ordinary English).
_MARKERS: tuple[tuple[frozenset[str], str, str, frozenset[str]], ...] = (
    (
        frozenset(
            "not don't dont never avoid avoiding refrain refrains refraining abstain desist "
            "desisting cease ceasing "
            "cannot can't no".split()
        ),
        "a negation",
        _AFTER,
        frozenset(),
    ),
    (
        frozenset(
            "left right l r lt rt affected unaffected injured operated involved uninvolved".split()
        ),
        "a side",
        _ANYWHERE,
        _ADVERB_AFTER_RIGHT,
    ),
    (
        frozenset({"before", "after", "prior"}),
        "a time before or after something it cannot place as an event",
        _ANYWHERE,
        _MOVEMENTS | {"N"},  # "after 1 minute" is a time within the exercise
    ),
    (frozenset({"or"}), "an alternative", _AFTER, frozenset()),
    (frozenset({"except"}), "an exception", _ANYWHERE, frozenset()),
    (frozenset({"stop", "stopping"}), "a stop rule", _ANYWHERE, frozenset()),
    (frozenset({"half", "quarter", "halves", "quarters"}), "a fraction", _ANYWHERE, frozenset()),
    (
        frozenset({"total", "altogether", "overall"}),
        "a total, not a count for one session",
        _ANYWHERE,
        frozenset(),
    ),
    (
        frozenset({"sometimes", "occasionally", "optionally", "optional", "extra"}),
        "an occasional extra, not a rule",
        _AFTER,
        frozenset(),
    ),
    (
        frozenset({"especially", "ideally", "preferably", "particularly", "mainly", "mostly"}),
        "a preference, not a rule",
        _AFTER,
        frozenset(),
    ),
)
#: Symbols of what a vague amount may count: "a few days", "every couple of hours"
#: ("many tendons" is not an amount of anything).
_UNITS = frozenset(
    "x day days week weeks hour hours min sec second month months sets set reps rep".split()
)
_PERIODS = frozenset({"day", "week", "month"})
_LENGTHS = frozenset({"day", "days", "week", "weeks", "month", "months"})
#: How many tokens of the words a marker governs the message shows.
_SHOWN = 5


@frozen
class Unplaced:
    """
    A marker word no rule placed: what kind of word it is, and where the words it
    governs start and end in the text.

    >>> Unplaced("a negation", 12, 30).problem
    'a negation'
    """

    problem: str
    start: int
    end: int


def _kind(tokens: list[Tok], i: int) -> tuple[str, str] | None:
    tok = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.raw.lower() in _DENIED or _need_denied(tokens, i):
        # "Twice a day is not necessary", "Lifting should be avoided for 6 weeks": it
        # negates what it follows
        return "a negation", _ANYWHERE
    if tok.raw.lower() in _ASKING and _asks_the_reader(tokens, i):
        return "a question to the reader", _ANYWHERE
    for words, problem, where, ordinary_before in _MARKERS:
        if tok.sym in words or tok.raw in words:
            if after is not None and (after.raw in ordinary_before or after.sym in ordinary_before):
                return None
            return problem, where
    if tok.sym == "VAGUE":
        follows = {t.sym for t in tokens[i + 1 : i + 3]}
        return ("a vague amount", _ANYWHERE) if follows & _UNITS else None
    before = tokens[i - 1] if i else None
    if tok.sym in _PERIODS and before is not None and before.raw in {"per", "each", "a", "/"}:
        return "a period", _ANYWHERE  # "10-20 times for each exercise per day"
    if tok.sym in _LENGTHS and before is not None and before.sym == "N":
        return "a length of time", _ANYWHERE  # "1 x 5 days"
    if tok.sym == "x" and tok.raw.lower() in {"times", "time"} and _blank_before(tokens, i):
        return "a count left blank", _ANYWHERE  # "Repeat the exercise times, times daily"
    if tok.raw == "more" and i and tokens[i - 1].sym in {"N", "x"}:
        return "a count added to another", _ANYWHERE  # "twice more", "ten more"
    if tok.raw in _EVENT_WORDS and _in_a_list(tokens, i):
        return "a second event (a session is tied to one)", _ANYWHERE
    return None


#: Words that deny what was said before them.
_DENIED = frozenset({"unnecessary", "needless", "avoided", "prohibited", "forbidden"})
#: Words that open a question to the reader: "Can you stand on one foot for 30 seconds?"
_ASKING = frozenset({"can", "could", "are", "do", "does", "is"})


def _asks_the_reader(tokens: list[Tok], i: int) -> bool:
    """True for "Can you ...?" opening a sentence that ends with a question mark."""
    opens = i == 0 or tokens[i - 1].sym in SENTENCE_ENDS or tokens[i - 1].sym == ":"
    if not opens or i + 1 >= len(tokens) or tokens[i + 1].raw.lower() not in {"you", "your"}:
        return False
    end = next((t for t in tokens[i + 1 :] if t.sym in SENTENCE_ENDS), None)
    return end is not None and end.sym == "?"


def _need_denied(tokens: list[Tok], i: int) -> bool:
    """
    True for "not" before a word of need, a word or two between ("not really needed", "no
    longer necessary").
    """
    word = tokens[i].raw.lower()
    if word not in _NOT and word != "no":
        return False
    said_next = [t.raw.lower() for t in tokens[i + 1 : i + 4]]
    needed_at = next((j for j, w in enumerate(said_next) if w in _NEEDED), None)
    if needed_at is None:
        return False
    between = said_next[:needed_at]
    return set(between) <= _SOFTENING and (word != "no" or between[:1] == ["longer"])


_NOT = frozenset({"not", "isn't", "aren't", "isnt", "arent"})
#: Words of need that a negation before them turns on what was said before.
_SOFTENING = frozenset("really strictly usually always normally longer necessarily".split())
_NEEDED = frozenset("needed necessary required essential recommended advised advisable".split())

#: What a template's blank count stands between: "Repeat ___ times", "Do this exercise
#: ___ times, ___ times a day" lose their blanks to copying, leaving "exercise times".
_BLANK_AFTER = frozenset(
    "repeat do perform complete exercise exercises it this these them stretch activity , : x _ ?"
    " …".split()
)


def _blank_before(tokens: list[Tok], i: int) -> bool:
    """True for "times" right after a verb or its object: a template's blank count."""
    if i + 1 < len(tokens) and tokens[i + 1].sym == ":":
        return False  # "Exercise times: morning and night" heads a list
    return i == 0 or tokens[i - 1].raw.lower() in _BLANK_AFTER


#: One-word events a session can be tied to ("breakfast", "run", "ride").
_EVENT_WORDS = frozenset(word for word in lx.EVENTS if " " not in word)
_JOINERS = frozenset({"and", "or", "&", "/", ","})


def _in_a_list(tokens: list[Tok], i: int) -> bool:
    """True for "dinner" in "after breakfast and dinner", "ride" in "before each run or ride"."""
    j = i - 1
    if j >= 0 and tokens[j].raw in {"each", "every", "your", "the", "a", "an"}:
        j -= 1
    if j < 0 or tokens[j].raw not in _JOINERS:
        return False
    # a list of events after "before" or "after", not a list of activities to do
    return any(t.raw in _RELATIONS for t in tokens[max(0, j - 4) : j])


_RELATIONS = frozenset({"before", "after", "prior", "following", "when"})


def unplaced_markers(tokens: list[Tok], used: list[bool], facts: list[Fact]) -> list[Unplaced]:
    """
    The marker words no rule used, in sentences with a dose or a timing.

    >>> from rehabplan.phrases._reader import scan
    >>> tokens, facts, used = scan("do not exercise for 30 minutes, 3 x 10 daily")
    >>> [u.problem for u in unplaced_markers(tokens, used, facts)]
    ['a negation']
    """
    found: list[Unplaced] = []
    sentence_start = 0
    for i, tok in enumerate(tokens):
        if tok.sym in SENTENCE_ENDS:
            sentence_start = i + 1
        if used[i]:
            continue
        kind = _kind(tokens, i)
        if kind is None:
            continue
        problem, where = kind
        end = next(
            (j for j in range(i, len(tokens)) if tokens[j].sym in SENTENCE_ENDS), len(tokens)
        )
        begin = tok.start if where == _AFTER else tokens[sentence_start].start
        limit = tokens[end - 1].end if end > i else tok.end
        # "after dialysis or the next day": an alternative to the event just named
        other_event = i > 0 and any(
            f.kind == "anchor" and f.end == tokens[i - 1].end for f in facts
        )
        # "Hold 5 s, repeat 5 times. Then perform the same process on the left side": a
        # side said of the same dose, in a sentence of its own
        same_again = problem == "a side" and any(
            t.raw.lower() == "same" for t in tokens[sentence_start:end]
        )
        if same_again:
            begin, limit = tokens[0].start, tokens[-1].end
        if other_event or any(begin <= f.start < limit for f in facts):
            shown = tokens[min(end, i + _SHOWN) - 1] if end > i else tok
            found.append(Unplaced(problem, tok.start, max(shown.end, tok.end)))
    return found
