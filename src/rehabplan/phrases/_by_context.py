"""
Words whose meaning their neighbours decide: a weekday abbreviation that is also a word
("sat", "wed"), a month name that is also a word ("may", "march"), and weekday letters
("M/W/F", but not the shapes "Y-T-W").
"""

from __future__ import annotations

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tok import Tok

__all__ = [
    "LETTER_DAY_RAWS",
    "MEAL_CODE_RAWS",
    "UNDECIDED",
    "by_context",
    "day_letters",
    "meal_codes",
    "verb_am",
]


_LIST_CONTEXT = frozenset(
    {"on", "each", "except", "until", "from", "DOW", ",", "and", "&", "/", "-", "to"}
)


#: Marks after which a weekday and a colon head a plan's day.
_STOPS = frozenset({",", ";", ".", "("})


def _other_days(tokens: list[Tok], i: int) -> bool:
    """True when the phrase names another weekday than the word at *i*."""
    return any(t.sym in {"DOW", "DOW?"} for k, t in enumerate(tokens) if k != i)


#: Weekday codes that are no English word: one not read as a day is flagged, never
#: passed over ("sat", "sun" and "we" are words; "mo" is a month).
_NOT_A_WORD = frozenset({"tu", "th", "fr", "sa", "su"})

#: Weekday abbreviations that are also words ("sun", "sat", "wed"): one beside a dose is
#: a day ("3 x 10 Sun", "Sun only, 3 x 10", "Wed, 3 x 10").
_SHORT_DAY_WORDS = frozenset({"sun", "sat", "wed"})


def _beside_a_dose(tokens: list[Tok], i: int) -> bool:
    n = len(tokens)
    prev = tokens[i - 1].sym if i else ""
    nxt = tokens[i + 1].sym if i + 1 < n else ""
    return (
        nxt == "only"
        or (i == 0 and nxt == "," and any(t.sym == "N" for t in tokens))
        or (i == n - 1 and prev in {"N", "reps", "sets"})
        # "3 x 10 squats, Sat": a day after a dose, at the end (stops may close it: "Sat.",
        # "Sat!", "Sat..")
        or (
            all(t.sym in _CLOSING for t in tokens[i + 1 :])
            and prev == ","
            and any(t.sym == "N" for t in tokens[: i - 1])
        )
    )


#: Marks that may close a phrase after a day said last: "3 x 10 squats, Sat!".
_CLOSING = frozenset({".", "!", "?", "…"})

#: What follows "we" when it is Wednesday in a list of days ("Mo We Fr", "Mon, We: 3 x 10");
#: before any other word it is the pronoun.
_AFTER_A_DAY_CODE = frozenset(
    {"", ",", "/", "-", "&", "and", ":", ";", ")", ".", "DOW", "DOW?", "N", "only"}
)

#: A weekday's symbols, decided or not.
_DAY_CODE_SYMS = frozenset({"DOW", "DOW?"})

#: The symbols of words whose meaning their neighbours decide.
UNDECIDED = frozenset({"DOW?", "MONTH?"})


#: Words before "sat" that make it a saturation: "oxygen sat at 10am".
_SATURATION = frozenset({"oxygen", "o2", "spo2", "sats"})
#: Measures listed before "and sat": "Record HR, BP and sat at 8am" (oxygen saturation).
_MEASURES = frozenset(
    "hr bp pulse rr temp temperature obs observations pressure rate glucose sugar".split()
)


def _sat_by(tokens: list[Tok], i: int) -> bool:
    """
    True for "sat" after a person ("I sat at 10am"), oxygen ("oxygen sat at 10am") or
    another measure in a list with no day in it ("Record HR, BP and sat at 8am").
    """
    before = tokens[i - 1].raw.lower() if i else ""
    if before in _PERSONS:
        return True
    if tokens[i].raw.lower() != "sat":
        return False
    listed = (
        before in {"and", "&", ","}
        and not _MEASURES.isdisjoint(t.raw.lower() for t in tokens[max(0, i - 8) : i])
        and not _other_days(tokens, i)
    )
    return before in _SATURATION or listed


def _at_a_time(tokens: list[Tok], i: int) -> bool:
    return [t.sym for t in tokens[i + 1 : i + 3]] in (["at", "TIME"], ["@", "TIME"])


#: Words before "sun" that make it a word: "in the sun 11-3pm" ("the Sat 10am class" is a day).
_SUNNY = frozenset({"the", "full", "direct", "midday", "strong", "hot", "of"})
#: Who may have sat or sunned themselves at a time: "I sat at 10am".
_PERSONS = frozenset({"i", "we", "he", "she", "they", "you", "who"})


def by_context(tokens: list[Tok]) -> list[Tok]:
    """Decide weekday abbreviations ("sat", "we") and month names ("may") by context."""
    n = len(tokens)
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.sym == "DOW?" and n == 1:
            out[i] = tok.evolve("DOW")  # "Sun", "WED" on their own
        elif tok.sym == "DOW?":
            prev = tokens[i - 1].sym if i else ""
            nxt = tokens[i + 1].sym if i + 1 < n else ""
            near = {tokens[k].sym for k in range(max(0, i - 2), min(n, i + 3)) if k != i}
            if tok.raw.lower() == "we" and nxt not in _AFTER_A_DAY_CODE:
                out[i] = tok.evolve("we")  # "On Saturdays, we meet": the pronoun
            elif (
                prev in {"on", "each", "except"}
                # "Wed: run 2 mins", "Wed – strength": a plan's day heading, first or
                # after a stop ("Wed: Hydro, Saturday: Arms")
                or (i == 0 and (nxt == ":" or (nxt == "-" and tok.raw.lower() != "we")))
                or (
                    nxt == ":"
                    and tok.raw.lower() != "we"
                    and (prev in _STOPS or _other_days(tokens, i))
                )
                or "DOW" in near
                # "Sat 10am", "Sun at 9:00-11:00", "Wed 2-7pm": a day and its time ("we sat
                # at 10am", "time in the sun 11-3pm": a word)
                or (
                    not (tok.raw.lower() == "sun" and prev in _SUNNY)
                    and (
                        nxt == "TIME"
                        or [t.sym for t in tokens[i + 1 : i + 4]]
                        in (["N", "-", "TIME"], ["N", "to", "TIME"])
                    )
                )
                or (_at_a_time(tokens, i) and not _sat_by(tokens, i))
                # "Tues, Thurs, and Sat": the end of a list of days
                or (
                    prev in {"and", "or", "&"}
                    and nxt in {"", ".", ",", ";", ")", "at", "from", "TIME", "morning", "evening"}
                    and "DOW" in {t.sym for t in tokens[max(0, i - 3) : i]}
                )
                # "Sun only, 3 x 10", "Wed, 3 x 10", "3 x 10 Sun": a day beside a dose
                or (tok.raw.lower() in _SHORT_DAY_WORDS and _beside_a_dose(tokens, i))
                or (nxt in {",", "and", "/", "-", "&"} and "DOW?" in near)
                or ("DOW?" in near and prev in _LIST_CONTEXT)
                # "Tu Th Sa", "Mo We Fr": day codes side by side
                or {prev, nxt} & _DAY_CODE_SYMS
            ):
                out[i] = tok.evolve("DOW")
            elif tok.raw.lower() in _NOT_A_WORD:
                out[i] = tok.evolve("DAYCODE")  # "3 x 30 sa": no day, and no word either
            else:
                out[i] = tok.evolve(lx.SYMBOLS.get(tok.raw, tok.raw))
        elif tok.sym == "MONTH?":
            prev = tokens[i - 1].sym if i else ""
            nxt = tokens[i + 1].sym if i + 1 < n else ""
            prev2 = tokens[i - 2].sym if i > 1 else ""
            dated = {"N", "ORD"} & {prev, nxt} or (prev == "of" and prev2 == "ORD")
            if tok.raw.lower() == "mo" and nxt in _DAY_CODE_SYMS and not dated:
                out[i] = tok.evolve("DOW")  # "Mo We Fr": Monday, not a month
                continue
            out[i] = tok.evolve("MONTH" if dated else tok.raw)
    return out


_LETTER_DAYS = {"m": 0, "t": 1, "tu": 1, "w": 2, "th": 3, "r": 3, "f": 4, "sa": 5, "su": 6}
LETTER_DAY_RAWS = frozenset(_LETTER_DAYS)


def day_letters(tokens: list[Tok], i: int, out: list[Tok]) -> int:
    """Read "M/W/F" and "T/Th" (weekday letters between slashes) as weekdays."""
    n = len(tokens)
    if tokens[i].raw not in _LETTER_DAYS:
        return 0
    j = i
    days: list[Tok] = []
    seps: list[str] = []
    while j < n and tokens[j].raw in _LETTER_DAYS:
        days.append(tokens[j])
        if j + 2 < n and tokens[j + 1].sym in {"/", "-", ","} and tokens[j + 2].raw in _LETTER_DAYS:
            seps.append(tokens[j + 1].sym)
            j += 2
        else:
            break
    if _in_a_letter_list(tokens, i, -1) or _in_a_letter_list(tokens, j, 1):
        # "Y-T-W": the letters of a list of shapes, not weekdays; the whole run is
        # passed on as it is, so that no part of it is read as days
        out.extend(tokens[i : j + 1])
        return j + 1 - i
    limb_after = j + 1 < n and tokens[j + 1].sym in {"leg", "legs", "side", "sides"}
    if len(days) == 2 and days[0].raw == "w" and seps == ["/"] and limb_after:
        return 0  # "Repeat w/R foot": with the right foot, no Wednesday and Thursday
    if len(days) >= 2 and (len(days) >= 3 or seps != [","]):
        values = [_LETTER_DAYS[t.raw] for t in days]
        if seps == ["-"]:  # "M-F": a range of days
            a, b = values
            values = list(range(a, b + 1)) if a <= b else [*range(a, 7), *range(b + 1)]
        out.extend(Tok("DOW", days[0].raw, days[0].start, days[-1].end, v) for v in values)
        return j + 1 - i
    return 0


def _in_a_letter_list(tokens: list[Tok], i: int, step: int) -> bool:
    """True when a letter that is no weekday is joined to token *i* by a dash or slash."""
    sep, letter = i + step, i + 2 * step
    return (
        0 <= letter < len(tokens)
        and tokens[sep].sym in {"/", "-"}
        and len(tokens[letter].raw) == 1
        and tokens[letter].raw.isalpha()
        and tokens[letter].raw not in _LETTER_DAYS
        and tokens[letter].raw not in {"a", "i", "s"}  # an article; "S/M/W/F" is a day
    )


#: Words after "am" that make it the verb: "and am now at level 6", "and am much stronger".
_AFTER_THE_VERB = frozenset(
    "now not still also able unable going doing currently just feeling trying back at so "
    "very already finally getting starting much more less sure happy glad aware tired well "
    "fine better worse stronger weaker".split()
)


#: Times of day that make "and am" another time: "pm and am".
_A_TIME_BEFORE = frozenset(
    {"pm", "morning", "noon", "afternoon", "evening", "night", "bedtime", "bed", "TIME"}
)
#: Words that join a second verb to the same subject: "I walk daily and am in less pain".
_JOINING = frozenset({"and", "but", "so"})


def _said_by_i(tokens: list[Tok], i: int) -> bool:
    """An "I" earlier in the sentence of token ``i``: "am" after "and" shares its subject."""
    for tok in reversed(tokens[:i]):
        if tok.sym in {".", ";", "?", "!"}:
            return False
        if tok.raw == "i":
            return True
    return False


#: Words a Roman numeral "I" follows: "Stage I AM: 10 reps" is stage one, in the morning.
_NUMBERED = frozenset({"stage", "grade", "level", "phase", "type", "class", "part", "step"})


def verb_am(tokens: list[Tok]) -> list[Tok]:
    """
    "am" as the verb ("I am", "and am now at level 6") is no morning: it is read as an
    ordinary word, which no rule reads.
    """
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.sym != "am":
            continue
        before = tokens[i - 1].raw.lower() if i else ""
        after = tokens[i + 1].raw.lower() if i + 1 < len(tokens) else ""
        numeral = i > 1 and tokens[i - 2].raw.lower() in _NUMBERED  # "Stage I AM"
        verb_after = after in _AFTER_THE_VERB or after.endswith("ing")
        joined = (
            before in _JOINING
            and bool(after)
            and tokens[i - 2].sym not in _A_TIME_BEFORE  # "I stretch pm and am"
            and _said_by_i(tokens, i - 1)
        )
        if (before == "i" and not numeral) or verb_after or joined:
            out[i] = tok.evolve("am-verb")
    return out


#: Medicine's codes for before and after meals, which are also letters of other things.
MEAL_CODE_RAWS = frozenset({"ac", "pc"})
#: Nouns "AC" and "PC" name: the acromioclavicular joint, the pubococcygeus muscle, and
#: airway clearance.
_NAMED_BY_A_CODE = frozenset(
    "joint joints jt muscle muscles ligament ligaments separation sprain shear technique "
    "techniques routine routines exercise exercises squeezes contractions".split()
)
#: Words before the letters that make them a noun: "ice the AC", "sitting at your PC".
_ARTICLES = frozenset({"the", "your", "my", "an", "a", "his", "her", "their", "our"})


def meal_codes(tokens: list[Tok]) -> list[Tok]:
    """
    "ac" and "pc" before a noun they name ("the AC joint", "an AC technique", "PC muscle")
    are letters of a name, not before or after meals: read as ordinary words, which no
    rule reads. "1 tab ac", "Ac bid", "1 tablet AC daily" keep the codes.
    """
    out: list[Tok] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        code = tok.raw in MEAL_CODE_RAWS and i + 1 < n and tokens[i + 1].start == tok.start
        named = i + 2 < n and tokens[i + 2].raw in _NAMED_BY_A_CODE
        if code and (named or (i > 0 and tokens[i - 1].raw in _ARTICLES)):
            out.append(tok.evolve(tok.raw))
            i += 2  # the code's two tokens, one word
            continue
        out.append(tok)
        i += 1
    return out
