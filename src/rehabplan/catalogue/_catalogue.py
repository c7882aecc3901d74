"""
The catalogue: exercises by id, search, and the packaged data.

Part of `rehabplan.catalogue`, which documents it and re-exports its public names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from rehabplan.catalogue._entry import (
    CATEGORIES,
    ID,
    MAX_STEPS,
    MAX_TEXT,
    REGIONS,
    REQUIRED_KEYS,
    TOP_KEYS,
    CatalogueEntry,
    check_keys,
    closed,
    closest,
    entry_tuple,
    score,
    similarity,
    unique_ids,
    words,
)
from rehabplan.errors import ProgrammeError, check_unique_ids
from rehabplan.model import Exercise, checked

__all__ = ["Catalogue", "catalogue_schema", "default_catalogue", "load_catalogue"]


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
        default=(), converter=entry_tuple, validator=unique_ids
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
            close = closest(text, self._by_id)
            if close is not None and similarity(text, close) >= 0.85:
                names = [close]
            else:
                names = [e.id for rank, e in self._ranked(words(text)) if rank <= 2][:3]
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
            None if category is None else closed(category, CATEGORIES, "category", "category")
        )
        wanted_region = None if region is None else closed(region, REGIONS, "region", "region")
        tool = " ".join(words(equipment)) if equipment is not None else None
        ranked = self._ranked(words(text), wanted_category, wanted_region, tool)
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
                f" {tool} " in f" {' '.join(words(item))} " for item in exercise.equipment
            ):
                continue
            rank = score(entry, query)
            if rank is not None:
                ranked.append((rank, exercise.name.casefold(), exercise.id, exercise))
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
        check_keys(data, TOP_KEYS, "")
        raw = data.get("exercises", [])
        if isinstance(raw, str) or not isinstance(raw, Sequence):
            raise ProgrammeError(
                f"must be a list of tables (got {type(raw).__name__})", where="exercises"
            )
        entries = [
            CatalogueEntry.from_dict(item, where=f"exercises[{index}]")
            for index, item in enumerate(raw)
        ]
        check_unique_ids((f"exercises[{index}]", entry.id) for index, entry in enumerate(entries))
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


@checked()
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
    text = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}
    texts = {"type": "array", "items": text}
    entry = {
        "type": "object",
        "additionalProperties": False,
        "required": list(REQUIRED_KEYS),
        "properties": {
            "name": {**text, "description": "the name patients see"},
            "category": {"enum": list(CATEGORIES)},
            "region": {"enum": list(REGIONS)},
            "instructions": {
                **texts,
                "minItems": 1,
                "maxItems": MAX_STEPS,
                "description": "plain steps without numbers; they are numbered when printed",
            },
            "id": {
                "type": "string",
                "pattern": "^" + ID.pattern + "$",
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
