"""Catalogue entries: one exercise with its aliases, usual dose and cautions, checked as read.

Part of `rehabplan.catalogue`, which re-exports every public name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from rehabplan._regex import LazyRegex
from rehabplan.errors import ProgrammeError, check_unique_ids
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import Exercise, listed, slugify

__all__ = ["CATEGORIES", "ENTRY_KEYS", "REGIONS", "CatalogueEntry"]


def similarity(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio()


#: The closed list of exercise categories.
CATEGORIES: tuple[str, ...] = (
    "stretch",
    "strengthening",
    "activation",
    "soft-tissue release",
    "nerve glide",
    "balance",
    "mobility",
)

#: The closed list of body regions, from the foot up.
REGIONS: tuple[str, ...] = (
    "foot and ankle",
    "calf",
    "knee",
    "quadriceps",
    "hamstring",
    "hip",
    "lumbar",
    "thoracic",
    "neck",
    "shoulder",
    "elbow",
    "wrist and hand",
)

#: The keys of one exercise in a catalogue file; the first three are required.
ENTRY_KEYS: tuple[str, ...] = (
    "name",
    "category",
    "region",
    "instructions",
    "id",
    "aliases",
    "equipment",
    "dose",
    "when",
    "cautions",
)
REQUIRED_KEYS = ("name", "category", "region", "instructions")
TOP_KEYS = ("exercises",)
ID = LazyRegex(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: "1. Stand", "2) Lift", "Step 3: Lower": a number a printer would repeat.
_NUMBERED = LazyRegex(r"\s*(?:step\s*)?\d+\s*[.):-]", re.IGNORECASE)
MAX_TEXT = 300
MAX_STEPS = 12


def closest(word: str, options: Iterable[str]) -> str | None:
    found = _close_matches(word, list(options), n=1)
    return found[0] if found else None


def _suggest(word: str, options: Sequence[str]) -> str:
    near = closest(word, options)
    return f"; did you mean {near!r}?" if near else f"; use one of: {', '.join(options)}"


def closed(value: str, options: tuple[str, ...], what: str, where: str) -> str:
    """The canonical spelling of a category or region; any case, hyphens or spaces."""
    if not isinstance(value, str):
        raise ProgrammeError(f"must be a text (got {value!r})", where=where, value=value)
    by_slug = {slugify(option): option for option in options}
    found = by_slug.get(slugify(value))
    if found is None:
        raise ProgrammeError(
            f"unknown {what} {value[:60]!r}{_suggest(value, options)}", where=where, value=value
        )
    return found


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProgrammeError(f"must be a non-empty text (got {value!r})", where=where, value=value)
    for index, char in enumerate(value):
        if unicodedata.category(char).startswith("C"):
            raise ProgrammeError(
                f"has a control character {char!r} at character {index + 1}; "
                "write it on one line, without tabs or invisible characters",
                where=where,
                value=value,
            )
    if len(value) > MAX_TEXT:
        raise ProgrammeError(
            f"is {len(value)} characters long; keep it to {MAX_TEXT}", where=where, value=value
        )
    return value.strip()


def _texts(value: Any, where: str, *, at_least: int = 0) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ProgrammeError(
            f"must be a list of texts (got {type(value).__name__})", where=where, value=value
        )
    if len(value) < at_least:
        raise ProgrammeError(f"needs at least {at_least} item(s) (got none)", where=where)
    return tuple(_text(item, f"{where}[{index}]") for index, item in enumerate(value))


def check_keys(data: Mapping[Any, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ProgrammeError(
                f"unknown key {str(key)[:60]!r}{_suggest(str(key), allowed)}",
                where=where or "catalogue",
                value=key,
            )


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    return listed(value, "a list of texts", "aliases", of=str, each="a text")


def _cautions(value: Iterable[str]) -> tuple[str, ...]:
    return listed(value, "a list of texts", "cautions", of=str, each="a text")


def _optional_text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise ProgrammeError(
            f"must be a phrase or None (got {type(value).__name__})",
            where=attribute.name,
            value=value,
        )


def entry_tuple(value: Iterable[CatalogueEntry]) -> tuple[CatalogueEntry, ...]:
    """The entries of a catalogue, as a tuple of `CatalogueEntry` values."""
    return listed(
        value,
        "a list of CatalogueEntry values",
        "entries",
        of=CatalogueEntry,
        each="a CatalogueEntry",
    )


def words(text: str) -> list[str]:
    """Lower-case ASCII words of a text: the unit of search."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", ascii_text.lower())


@frozen(kw_only=True)
class CatalogueEntry:
    """
    One exercise of a catalogue, with what a clinician usually prescribes for it.

    *exercise* is the `rehabplan.Exercise` (id, name, category, region, equipment,
    instructions); *aliases* are other names it is searched by; *dose* and *when*
    are the usual dose and timing as phrases ("3 x 30 s hold each side", "twice
    daily"); *cautions* what the patient should watch for.

    >>> from rehabplan.catalogue import default_catalogue
    >>> entry = default_catalogue().entry("clamshell")
    >>> entry.dose, entry.when
    ('3 x 12 each side', 'every other day')

    .. versionadded:: 0.1
    """

    exercise: Exercise = field()
    aliases: tuple[str, ...] = field(default=(), converter=_aliases)
    dose: str | None = field(default=None, validator=_optional_text)
    when: str | None = field(default=None, validator=_optional_text)
    cautions: tuple[str, ...] = field(default=(), converter=_cautions)

    @exercise.validator
    def _check(self, _attribute: attrs.Attribute[Any], value: Exercise) -> None:
        if not isinstance(value, Exercise):
            raise ProgrammeError(
                f"must be an Exercise (got {type(value).__name__})", where="exercise"
            )
        for name, options in (("category", CATEGORIES), ("region", REGIONS)):
            given = getattr(value, name)
            if given not in options:
                raise ProgrammeError(
                    f"unknown {name} {given!r}{_suggest(str(given), options)}",
                    where=f"exercise.{name}",
                    value=given,
                )
        if not ID.fullmatch(value.id):
            raise ProgrammeError(
                f"must be lower-case letters, digits and single hyphens (got {value.id!r})",
                where="exercise.id",
                value=value.id,
            )
        if not value.instructions:
            raise ProgrammeError("needs at least one step", where="exercise.instructions")

    @property
    def id(self) -> str:
        """The exercise's id."""
        return self.exercise.id

    @classmethod
    def from_dict(cls, data: Any, *, where: str = "") -> CatalogueEntry:
        """
        Read one exercise table of a catalogue file; *where* prefixes error paths.

        >>> CatalogueEntry.from_dict({"name": "Wall angel", "category": "Mobility",
        ...     "region": "shoulder", "instructions": ["Stand with your back to a wall."]}).id
        'wall-angel'

        Raises:
            ProgrammeError: a missing or unknown key, or a bad value; the message
                names its key path, such as ``exercises[3].instructions[0]``.

        """
        here = f"{where}." if where else ""
        if not isinstance(data, Mapping):
            raise ProgrammeError(
                f"an exercise must be a table (got {type(data).__name__})",
                where=where or "exercise",
                value=data,
            )
        check_keys(data, ENTRY_KEYS, where)
        for key in REQUIRED_KEYS:
            if key not in data:
                raise ProgrammeError(
                    f"is missing (every exercise needs {', '.join(REQUIRED_KEYS)})",
                    where=here + key,
                )
        name = _text(data["name"], here + "name")
        exercise_id = data.get("id", slugify(name))
        if not isinstance(exercise_id, str) or not ID.fullmatch(exercise_id):
            raise ProgrammeError(
                f"must be lower-case letters, digits and single hyphens, such as "
                f"{slugify(str(exercise_id))!r} (got {exercise_id!r})",
                where=here + "id",
                value=exercise_id,
            )
        instructions = _texts(data["instructions"], here + "instructions", at_least=1)
        if len(instructions) > MAX_STEPS:
            raise ProgrammeError(
                f"has {len(instructions)} steps; keep it to {MAX_STEPS}",
                where=here + "instructions",
            )
        for index, step in enumerate(instructions):
            if _NUMBERED.match(step):
                raise ProgrammeError(
                    f"starts with a number ({step[:20]!r}); write the step without it, "
                    "steps are numbered when printed",
                    where=f"{here}instructions[{index}]",
                    value=step,
                )
        optional = {
            key: None if data.get(key) is None else _text(data[key], here + key)
            for key in ("dose", "when")
        }
        return cls(
            exercise=Exercise(
                name=name,
                id=exercise_id,
                category=closed(data["category"], CATEGORIES, "category", here + "category"),
                region=closed(data["region"], REGIONS, "region", here + "region"),
                equipment=_texts(data.get("equipment", []), here + "equipment"),
                instructions=instructions,
            ),
            aliases=_texts(data.get("aliases", []), here + "aliases"),
            dose=optional["dose"],
            when=optional["when"],
            cautions=_texts(data.get("cautions", []), here + "cautions"),
        )

    def to_dict(self) -> dict[str, Any]:
        """
        The entry as a table of a catalogue file; `from_dict` reads it back.

        >>> from rehabplan.catalogue import default_catalogue
        >>> entry = default_catalogue().entry("chin-tuck")
        >>> CatalogueEntry.from_dict(entry.to_dict()) == entry
        True
        """
        exercise = self.exercise
        data: dict[str, Any] = {
            "id": exercise.id,
            "name": exercise.name,
            "category": exercise.category,
            "region": exercise.region,
            "equipment": list(exercise.equipment),
            "instructions": list(exercise.instructions),
        }
        if self.aliases:
            data["aliases"] = list(self.aliases)
        if self.dose is not None:
            data["dose"] = self.dose
        if self.when is not None:
            data["when"] = self.when
        if self.cautions:
            data["cautions"] = list(self.cautions)
        return data

    def _names(self) -> list[list[str]]:
        return [words(t) for t in (self.exercise.name, self.id, *self.aliases)]

    def _body(self) -> list[str]:
        e = self.exercise
        return words(" ".join((e.category or "", e.region or "", *e.equipment, *e.instructions)))


def unique_ids(
    _instance: Any, _attribute: attrs.Attribute[Any], value: tuple[CatalogueEntry, ...]
) -> None:
    for index, entry in enumerate(value):
        if not isinstance(entry, CatalogueEntry):
            raise ProgrammeError(
                f"must be a CatalogueEntry (got {type(entry).__name__})", where=f"entries[{index}]"
            )
    check_unique_ids((f"entries[{index}]", entry.id) for index, entry in enumerate(value))


def _prefix_match(query: str, word: str) -> bool:
    """A query word matches a word it begins; plurals too ("drops", "calves")."""
    stems = [query]
    if len(query) > 3 and query.endswith("s"):
        stems.append(query[:-1])
        if query.endswith("ves"):
            stems.append(query[:-3] + "f")
    return any(word.startswith(stem) for stem in stems)


def _all_found(query: list[str], words: list[str]) -> bool:
    return all(any(_prefix_match(q, w) for w in words) for q in query)


def score(entry: CatalogueEntry, query: list[str]) -> int | None:
    """
    How well *entry* matches the query words; lower is better, None is no match.

    0: a name, id or alias is the query; 1: one begins with it; 2: every query word
    begins a word of the name, id or aliases; 3: of the other text (category,
    region, equipment, instructions); 4: every word is close to a name word.
    """
    if not query:
        return 0
    names = entry._names()
    if any(words == query for words in names):
        return 0
    if any(words[: len(query)] == query for words in names):
        return 1
    name_words = [w for words in names for w in words]
    if _all_found(query, name_words):
        return 2
    if _all_found(query, name_words + entry._body()):
        return 3
    if all(_close_matches(q, name_words, n=1, cutoff=0.8) for q in query):
        return 4
    return None
