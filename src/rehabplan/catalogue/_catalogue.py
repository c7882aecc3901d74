"""
The exercise catalogue: common rehab exercises by id, with their instructions.

rehabplan ships a catalogue of stretches, strengthening, activation, soft-tissue
release, nerve glides, balance and mobility exercises across the body, each with
an id, a name, a category, a body region, the equipment it needs and numbered
instructions written for rehabplan.
Programme files refer to them by id; a user's catalogue file (a TOML or JSON
table with the same keys) adds exercises or replaces shipped ones by id.

>>> catalogue = default_catalogue()
>>> catalogue.get("calf-stretch-straight-knee").name
'Calf stretch, straight knee'
>>> [e.id for e in catalogue.search("heel drop")][:2]
['eccentric-heel-drop-bent-knee', 'eccentric-heel-drop-straight-knee']

The catalogue data is read from the package once, when it is first used.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from rehabplan.errors import ProgrammeError
from rehabplan.errors import close_matches as _close_matches
from rehabplan.model import Exercise, slugify

__all__ = [
    "CATEGORIES",
    "ENTRY_KEYS",
    "REGIONS",
    "Catalogue",
    "CatalogueEntry",
    "catalogue_schema",
    "default_catalogue",
    "load_catalogue",
]


def _similarity(a: str, b: str) -> float:
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
_REQUIRED_KEYS = ("name", "category", "region", "instructions")
_TOP_KEYS = ("exercises",)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: "1. Stand", "2) Lift", "Step 3: Lower": a number a printer would repeat.
_NUMBERED = re.compile(r"\s*(?:step\s*)?\d+\s*[.):-]", re.IGNORECASE)
_MAX_TEXT = 300
_MAX_STEPS = 12


def _close(word: str, options: Iterable[str]) -> str | None:
    found = _close_matches(word, list(options), n=1)
    return found[0] if found else None


def _suggest(word: str, options: Sequence[str]) -> str:
    close = _close(word, options)
    return f"; did you mean {close!r}?" if close else f"; use one of: {', '.join(options)}"


def _closed(value: str, options: tuple[str, ...], what: str, where: str) -> str:
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
    if len(value) > _MAX_TEXT:
        raise ProgrammeError(
            f"is {len(value)} characters long; keep it to {_MAX_TEXT}", where=where, value=value
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


def _check_keys(data: Mapping[Any, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ProgrammeError(
                f"unknown key {str(key)[:60]!r}{_suggest(str(key), allowed)}",
                where=where or "catalogue",
                value=key,
            )


def _text_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _entry_tuple(value: Iterable[CatalogueEntry]) -> tuple[CatalogueEntry, ...]:
    return tuple(value)


def _words(text: str) -> list[str]:
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

    >>> entry = default_catalogue().entry("clamshell")
    >>> entry.dose, entry.when
    ('3 x 12 each side', 'every other day')

    .. versionadded:: 0.1
    """

    exercise: Exercise = field()
    aliases: tuple[str, ...] = field(default=(), converter=_text_tuple)
    dose: str | None = None
    when: str | None = None
    cautions: tuple[str, ...] = field(default=(), converter=_text_tuple)

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
        if not _ID.fullmatch(value.id):
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
        _check_keys(data, ENTRY_KEYS, where)
        for key in _REQUIRED_KEYS:
            if key not in data:
                raise ProgrammeError(
                    f"is missing (every exercise needs {', '.join(_REQUIRED_KEYS)})",
                    where=here + key,
                )
        name = _text(data["name"], here + "name")
        exercise_id = data.get("id", slugify(name))
        if not isinstance(exercise_id, str) or not _ID.fullmatch(exercise_id):
            raise ProgrammeError(
                f"must be lower-case letters, digits and single hyphens, such as "
                f"{slugify(str(exercise_id))!r} (got {exercise_id!r})",
                where=here + "id",
                value=exercise_id,
            )
        instructions = _texts(data["instructions"], here + "instructions", at_least=1)
        if len(instructions) > _MAX_STEPS:
            raise ProgrammeError(
                f"has {len(instructions)} steps; keep it to {_MAX_STEPS}",
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
                category=_closed(data["category"], CATEGORIES, "category", here + "category"),
                region=_closed(data["region"], REGIONS, "region", here + "region"),
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
        return [_words(t) for t in (self.exercise.name, self.id, *self.aliases)]

    def _body(self) -> list[str]:
        e = self.exercise
        return _words(" ".join((e.category or "", e.region or "", *e.equipment, *e.instructions)))


def _unique_ids(
    _instance: Any, _attribute: attrs.Attribute[Any], value: tuple[CatalogueEntry, ...]
) -> None:
    seen: dict[str, int] = {}
    for index, entry in enumerate(value):
        if not isinstance(entry, CatalogueEntry):
            raise ProgrammeError(
                f"must be a CatalogueEntry (got {type(entry).__name__})", where=f"entries[{index}]"
            )
        if entry.id in seen:
            raise ProgrammeError(
                f"id {entry.id!r} is already used by entries[{seen[entry.id]}]; "
                "give one of them its own id",
                where=f"entries[{index}].id",
                value=entry.id,
            )
        seen[entry.id] = index


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


def _score(entry: CatalogueEntry, query: list[str]) -> int | None:
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


@frozen(repr=False)
class Catalogue:
    """
    Exercises by id: look one up, search them, or add and override entries.

    Iterating gives the `rehabplan.Exercise` values in catalogue order; *entries*
    holds them with their aliases, usual dose and timing, and cautions.

    >>> catalogue = default_catalogue()
    >>> len(catalogue) >= 60
    True
    >>> catalogue.get("clamshel")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: unknown exercise id 'clamshel'; did you mean 'clamshell'?

    .. versionadded:: 0.1
    """

    entries: tuple[CatalogueEntry, ...] = field(
        default=(), converter=_entry_tuple, validator=_unique_ids
    )
    _by_id: Mapping[str, CatalogueEntry] = field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: {e.id: e for e in self.entries}, takes_self=True),
    )

    def __repr__(self) -> str:
        count = len(self.entries)
        return f"<Catalogue of {count} exercise{'' if count == 1 else 's'}>"

    def __iter__(self) -> Iterator[Exercise]:
        return (entry.exercise for entry in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of every exercise, in catalogue order."""
        return tuple(entry.id for entry in self.entries)

    def entry(self, exercise_id: str) -> CatalogueEntry:
        """
        The entry with this id.

        Raises:
            ProgrammeError: no exercise has this id; the message suggests a close one.

        """
        found = self._by_id.get(exercise_id)
        if found is None:
            text = str(exercise_id)
            # A close spelling of an id first ("clamshel"), else what a search finds
            # by name ("heel-drop"), but only from names, not from near spellings.
            close = _close(text, self._by_id)
            if close is not None and _similarity(text, close) >= 0.85:
                names = [close]
            else:
                names = [e.id for score, e in self._ranked(_words(text)) if score <= 2][:3]
                names = names or ([close] if close else [])
            hint = (
                "; did you mean " + " or ".join(repr(n) for n in names) + "?"
                if names
                else "; search the catalogue for its id"
            )
            raise ProgrammeError(f"unknown exercise id {text[:60]!r}{hint}", value=exercise_id)
        return found

    def get(self, exercise_id: str) -> Exercise:
        """
        The exercise with this id.

        >>> default_catalogue().get("glute-bridge").equipment
        ('mat',)

        Raises:
            ProgrammeError: no exercise has this id; the message suggests a close one.

        """
        return self.entry(exercise_id).exercise

    def search(
        self,
        text: str = "",
        *,
        category: str | None = None,
        region: str | None = None,
        equipment: str | None = None,
    ) -> tuple[Exercise, ...]:
        """
        The exercises that match *text* and every filter given, best match first.

        Exercises whose name, id or an alias is or begins with *text* come first,
        then those whose name words contain every word of *text*, then those
        whose other text (category, region, equipment, instructions) does, then
        near spellings; ties go by name.
        *category* and *region* must be from `CATEGORIES` and `REGIONS` (any case,
        with hyphens or spaces); *equipment* keeps exercises that use it ("band"
        finds "resistance band").
        Empty *text* with no filter gives every exercise, by name.

        >>> [e.name for e in default_catalogue().search("sciatic")]
        ['Sciatic nerve slider', 'Sciatic nerve tensioner']
        >>> [e.id for e in default_catalogue().search(category="balance", region="knee")]
        ['single-leg-balance-reach']

        Raises:
            ProgrammeError: *category* or *region* is not in its closed list.

        """
        wanted_category = (
            None if category is None else _closed(category, CATEGORIES, "category", "category")
        )
        wanted_region = None if region is None else _closed(region, REGIONS, "region", "region")
        tool = " ".join(_words(equipment)) if equipment is not None else None
        ranked = self._ranked(_words(text), wanted_category, wanted_region, tool)
        return tuple(exercise for _, exercise in ranked)

    def _ranked(
        self,
        query: list[str],
        category: str | None = None,
        region: str | None = None,
        tool: str | None = None,
    ) -> list[tuple[int, Exercise]]:
        """(score, exercise) of every match, best first; ties by name, then id."""
        ranked: list[tuple[int, str, str, Exercise]] = []
        for entry in self.entries:
            exercise = entry.exercise
            if category is not None and exercise.category != category:
                continue
            if region is not None and exercise.region != region:
                continue
            if tool is not None and not any(
                f" {tool} " in f" {' '.join(_words(item))} " for item in exercise.equipment
            ):
                continue
            score = _score(entry, query)
            if score is not None:
                ranked.append((score, exercise.name.casefold(), exercise.id, exercise))
        ranked.sort(key=lambda row: row[:3])
        return [(row[0], row[3]) for row in ranked]

    def with_entries(self, *entries: CatalogueEntry) -> Catalogue:
        """
        A catalogue with *entries* added; an entry whose id is already here replaces it.

        Replaced entries keep their place; new ones go at the end, in the order given.

        >>> base = default_catalogue()
        >>> mine = CatalogueEntry.from_dict({"id": "clamshell", "name": "Clams with a band",
        ...     "category": "strengthening", "region": "hip",
        ...     "instructions": ["Lie on your side with a band around your knees."]})
        >>> changed = base.with_entries(mine)
        >>> changed.get("clamshell").name, len(changed) == len(base)
        ('Clams with a band', True)
        """
        latest = {entry.id: entry for entry in entries}
        kept = [latest.pop(e.id, e) for e in self.entries]
        return Catalogue((*kept, *latest.values()))

    @classmethod
    def from_dict(cls, data: Any) -> Catalogue:
        """
        Read a catalogue file's table: ``{"exercises": [{...}, ...]}``.

        Raises:
            ProgrammeError: a bad key or value, named by its key path such as
                ``exercises[3].instructions``; an id used twice.

        """
        if not isinstance(data, Mapping):
            raise ProgrammeError(
                f"a catalogue must be a table with an 'exercises' list (got {type(data).__name__})",
                where="catalogue",
            )
        _check_keys(data, _TOP_KEYS, "")
        raw = data.get("exercises", [])
        if isinstance(raw, str) or not isinstance(raw, Sequence):
            raise ProgrammeError(
                f"must be a list of tables (got {type(raw).__name__})", where="exercises"
            )
        entries: list[CatalogueEntry] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(raw):
            entry = CatalogueEntry.from_dict(item, where=f"exercises[{index}]")
            if entry.id in seen:
                raise ProgrammeError(
                    f"id {entry.id!r} is already used by exercises[{seen[entry.id]}]; "
                    "give one of them its own id",
                    where=f"exercises[{index}].id",
                    value=entry.id,
                )
            seen[entry.id] = index
            entries.append(entry)
        return cls(entries)

    def to_dict(self) -> dict[str, Any]:
        """
        The catalogue as a catalogue file's table; `from_dict` reads it back.

        >>> Catalogue.from_dict(default_catalogue().to_dict()) == default_catalogue()
        True
        """
        return {"exercises": [entry.to_dict() for entry in self.entries]}


@functools.cache
def default_catalogue() -> Catalogue:
    """
    The catalogue shipped with rehabplan, read from the package on first use.

    >>> default_catalogue() is default_catalogue()
    True
    """
    # Imported here: importlib.resources and tomllib cost about 15 ms that
    # `import rehabplan` should not pay.
    import importlib.resources
    import tomllib

    resource = importlib.resources.files("rehabplan.catalogue").joinpath("data/exercises.toml")
    with resource.open("rb") as stream:
        data = tomllib.load(stream)
    return Catalogue.from_dict(data)


def load_catalogue(data: Any, *, base: Catalogue | None = None) -> Catalogue:
    """
    Read a user's catalogue table (from TOML or JSON) on top of *base*.

    *base* defaults to `default_catalogue`; each exercise in *data* is added, or
    replaces the base entry with the same id.
    Pass ``base=Catalogue()`` for the user's exercises alone.

    >>> user = {"exercises": [{"name": "Towel wring", "category": "strengthening",
    ...          "region": "wrist and hand",
    ...          "instructions": ["Hold a rolled towel in both hands.",
    ...                           "Twist it as if wringing out water."]}]}
    >>> load_catalogue(user).get("towel-wring").instructions[1]
    'Twist it as if wringing out water.'
    >>> load_catalogue({"exercises": [{"name": "Plank", "category": "core",
    ...     "region": "lumbar", "instructions": ["Hold."]}]})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: exercises[0].category: unknown category 'core'; use one of: ...

    Raises:
        ProgrammeError: a bad key or value, named by its key path.

    """
    mine = Catalogue.from_dict(data)
    return (default_catalogue() if base is None else base).with_entries(*mine.entries)


def catalogue_schema() -> dict[str, Any]:
    """
    A JSON Schema (draft 2020-12) of catalogue files, for editors and other programs.

    The package ships it as ``rehabplan/catalogue/data/catalogue.schema.json``.
    It is a little stricter than `load_catalogue`, which also accepts categories
    and regions in any case or with hyphens.

    >>> schema = catalogue_schema()
    >>> schema["properties"]["exercises"]["items"]["required"]
    ['name', 'category', 'region', 'instructions']
    """
    text = {"type": "string", "minLength": 1, "maxLength": _MAX_TEXT}
    texts = {"type": "array", "items": text}
    entry = {
        "type": "object",
        "additionalProperties": False,
        "required": list(_REQUIRED_KEYS),
        "properties": {
            "name": {**text, "description": "the name patients see"},
            "category": {"enum": list(CATEGORIES)},
            "region": {"enum": list(REGIONS)},
            "instructions": {
                **texts,
                "minItems": 1,
                "maxItems": _MAX_STEPS,
                "description": "plain steps without numbers; they are numbered when printed",
            },
            "id": {
                "type": "string",
                "pattern": "^" + _ID.pattern + "$",
                "description": "defaults to the name as a slug",
            },
            "aliases": {**texts, "description": "other names to search by"},
            "equipment": texts,
            "dose": {**text, "description": "the usual dose as a phrase, such as '3 x 15'"},
            "when": {**text, "description": "the usual timing as a phrase, such as 'twice daily'"},
            "cautions": texts,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "rehabplan exercise catalogue",
        "type": "object",
        "additionalProperties": False,
        "properties": {"exercises": {"type": "array", "items": entry}},
    }
