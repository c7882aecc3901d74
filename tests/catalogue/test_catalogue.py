"""Tests for rehabplan.catalogue: the shipped data, lookup, search and user catalogues."""

from __future__ import annotations

import importlib.resources
import json
import re
import runpy
import tomllib
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ROOT

from rehabplan import phrases
from rehabplan.catalogue import (
    CATEGORIES,
    ENTRY_KEYS,
    REGIONS,
    Catalogue,
    CatalogueEntry,
    catalogue_schema,
    default_catalogue,
    load_catalogue,
)
from rehabplan.errors import PhraseError, ProgrammeError, RehabplanError

CATALOGUE = default_catalogue()
ENTRIES = CATALOGUE.entries

#: Characters allowed in shipped text besides printable ASCII: typographic only.
TYPOGRAPHIC = set("‘’“”–—×°…·")


def _minimal(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Towel wring",
        "category": "strengthening",
        "region": "wrist and hand",
        "instructions": ["Hold a rolled towel in both hands.", "Twist it."],
    }
    data.update(changes)
    return data


# --------------------------------------------------------------------------- shipped data


def test_at_least_sixty_entries() -> None:
    """The shipped catalogue holds at least 60 exercises."""
    assert len(CATALOGUE) >= 60


def test_ids_unique_and_slug_shaped() -> None:
    """Every id is a slug (lower-case words joined by single hyphens) and used once."""
    ids = [entry.id for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) or len(i) > 60]
    assert bad == []


def test_names_unique() -> None:
    """No two shipped exercises share a name (ignoring case)."""
    names = [entry.exercise.name.casefold() for entry in ENTRIES]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_repr_is_short() -> None:
    """A catalogue's repr says how many exercises it holds instead of listing them."""
    one = Catalogue((CATALOGUE.entry("chin-tuck"),))
    assert (repr(one), repr(CATALOGUE)) == (
        "<Catalogue of 1 exercise>",
        f"<Catalogue of {len(CATALOGUE)} exercises>",
    )


def test_categories_and_regions_from_the_closed_lists_and_all_used() -> None:
    """Each entry's category and region is in the documented list, and every item is used."""
    categories = {entry.exercise.category for entry in ENTRIES}
    regions = {entry.exercise.region for entry in ENTRIES}
    assert categories == set(CATEGORIES)
    assert regions == set(REGIONS)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_instructions_are_three_to_six_plain_unnumbered_sentences(entry: CatalogueEntry) -> None:
    """Steps are 3-6 sentences, each starting with a capital and no number of its own."""
    steps = entry.exercise.instructions
    problems = [
        step
        for step in steps
        if not step[0].isupper() or not step.endswith(".") or re.match(r"\s*\d", step)
    ]
    assert (3 <= len(steps) <= 6, problems) == (True, [])


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_text_is_ascii_or_typographic(entry: CatalogueEntry) -> None:
    """All shipped text is printable ASCII or typographic marks: no control characters."""
    e = entry.exercise
    texts = [e.name, e.id, *e.equipment, *e.instructions, *entry.aliases, *entry.cautions]
    texts += [t for t in (entry.dose, entry.when, e.category, e.region) if t is not None]
    odd = {c for t in texts for c in t if not (" " <= c <= "~") and c not in TYPOGRAPHIC}
    assert odd == set()


def test_nerve_glides_cover_the_common_nerves() -> None:
    """Sliders for the sciatic, tibial, sural, median, ulnar and radial nerves, and tensioners."""
    glides = {e.id for e in CATALOGUE.search(category="nerve glide")}
    wanted = {
        f"{nerve}-nerve-slider"
        for nerve in ("sciatic", "tibial", "sural", "median", "ulnar", "radial")
    } | {"sciatic-nerve-tensioner", "median-nerve-tensioner"}
    assert wanted - glides == set()


def test_soft_tissue_release_uses_a_roller_or_a_ball() -> None:
    """Every soft-tissue release entry needs a foam roller or a spiky ball."""
    odd = [
        e.id
        for e in CATALOGUE.search(category="soft-tissue release")
        if not {"foam roller", "spiky ball"} & set(e.equipment)
    ]
    assert odd == []


def test_protocol_exercises_are_shipped() -> None:
    """The exercises the protocol templates use are in the shipped catalogue."""
    needed = {
        "eccentric-heel-drop-straight-knee",
        "eccentric-heel-drop-bent-knee",
        "askling-extender",
        "askling-diver",
        "askling-glider",
    }
    assert needed - set(CATALOGUE.ids) == set()


def test_data_file_is_in_canonical_form() -> None:
    """The shipped TOML is exactly what `to_dict` writes, so a dump reads back the same."""
    resource = importlib.resources.files("rehabplan.catalogue").joinpath("data/exercises.toml")
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    assert data == CATALOGUE.to_dict()


def test_dump_round_trip_through_json() -> None:
    """A catalogue dumped to JSON and read back is equal to the original."""
    text = json.dumps(CATALOGUE.to_dict())
    assert Catalogue.from_dict(json.loads(text)) == CATALOGUE


def _phrase_parser_ready() -> bool:
    try:
        phrases.parse_dose("3 x 15")
    except NotImplementedError:
        return False
    return True


@pytest.mark.skipif(not _phrase_parser_ready(), reason="rehabplan.phrases is not written yet")
def test_default_dose_and_timing_are_readable_phrases() -> None:
    """The usual dose and timing of every entry is a phrase the parser reads."""
    errors = []
    for entry in ENTRIES:
        for text, parse in ((entry.dose, phrases.parse_dose), (entry.when, phrases.parse_timing)):
            if text is not None:
                try:
                    parse(text)
                except PhraseError as exc:
                    errors.append(f"{entry.id}: {exc}")
    assert errors == []


def test_default_catalogue_is_read_once() -> None:
    """default_catalogue() returns the same object every time."""
    assert default_catalogue() is default_catalogue()


def test_doc_table_is_up_to_date() -> None:
    """docs/reference/catalogue.md holds the table scripts/catalogue_doc.py makes from the data."""
    script = runpy.run_path(str(ROOT / "scripts" / "catalogue_doc.py"))
    doc = (ROOT / "docs" / "reference" / "catalogue.md").read_text(encoding="utf-8")
    assert script["updated"](doc, CATALOGUE) == doc


def test_shipped_schema_is_up_to_date() -> None:
    """The JSON Schema file in the package is the one catalogue_schema() describes."""
    script = runpy.run_path(str(ROOT / "scripts" / "catalogue_doc.py"))
    resource = importlib.resources.files("rehabplan.catalogue").joinpath(
        "data/catalogue.schema.json"
    )
    assert resource.read_text(encoding="utf-8") == script["schema_text"]()


def test_schema_matches_the_loader() -> None:
    """The schema's keys, required keys and closed lists are those the loader uses."""
    entry = catalogue_schema()["properties"]["exercises"]["items"]
    assert (
        set(entry["properties"]),
        entry["required"],
        entry["properties"]["category"]["enum"],
        entry["properties"]["region"]["enum"],
    ) == (
        set(ENTRY_KEYS),
        ["name", "category", "region", "instructions"],
        [*CATEGORIES],
        [*REGIONS],
    )


def test_shipped_data_is_valid_against_the_schema() -> None:
    """Every shipped exercise validates against the JSON Schema (when jsonschema is installed)."""
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(CATALOGUE.to_dict(), catalogue_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"exercises": [{"name": "x"}]}, catalogue_schema())


def test_doc_table_lists_every_id() -> None:
    """The generated table has one row per exercise, keyed by its id."""
    script = runpy.run_path(str(ROOT / "scripts" / "catalogue_doc.py"))
    rows = re.findall(r"^\| `([a-z0-9-]+)` \|", script["table"](CATALOGUE), re.MULTILINE)
    assert sorted(rows) == sorted(CATALOGUE.ids)


# --------------------------------------------------------------------------- lookup


def test_get_returns_the_exercise() -> None:
    """get(id) returns the model Exercise with that id and its instructions."""
    exercise = CATALOGUE.get("glute-bridge")
    assert (exercise.id, exercise.category, exercise.region) == (
        "glute-bridge",
        "activation",
        "hip",
    )


def test_get_unknown_id_suggests_a_close_one() -> None:
    """An unknown id is a ProgrammeError that says which id was meant."""
    with pytest.raises(ProgrammeError) as info:
        CATALOGUE.get("calf-strech-straight-knee")
    assert str(info.value) == (
        "unknown exercise id 'calf-strech-straight-knee'; "
        "did you mean 'calf-stretch-straight-knee'?"
    )


def test_get_unknown_id_error_takes_a_path() -> None:
    """The error can be placed at a programme key path, as files.py does."""
    with pytest.raises(ProgrammeError) as info:
        CATALOGUE.get("zzzz")
    placed = info.value.at("prescriptions[2].exercise")
    assert str(placed) == (
        "prescriptions[2].exercise: unknown exercise id 'zzzz'; search the catalogue for its id"
    )


def test_iter_len_ids_contains() -> None:
    """Iteration yields exercises in catalogue order, matching ids, len and `in`."""
    assert ([e.id for e in CATALOGUE], len(list(CATALOGUE)), "clamshell" in CATALOGUE) == (
        list(CATALOGUE.ids),
        len(CATALOGUE),
        True,
    )


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"category": "core"}, "exercise.category"),
        ({"region": None}, "exercise.region"),
        ({"id": "Not A Slug"}, "exercise.id"),
        ({"instructions": ()}, "exercise.instructions"),
    ],
)
def test_entry_built_directly_is_checked_too(changes: dict[str, Any], where: str) -> None:
    """A CatalogueEntry made in code keeps the same rules as one read from a file."""
    exercise = attrs.evolve(CATALOGUE.get("chin-tuck"), **changes)
    with pytest.raises(ProgrammeError) as info:
        CatalogueEntry(exercise=exercise)
    assert info.value.where == where


def test_catalogue_rejects_duplicate_ids() -> None:
    """A Catalogue built from entries with one id twice names the second one."""
    entry = CATALOGUE.entry("clamshell")
    with pytest.raises(ProgrammeError) as info:
        Catalogue((entry, entry))
    assert info.value.where == "entries[1].id"


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("calf stretch", "calf-stretch-straight-knee"),
        ("soleus stretch", "calf-stretch-bent-knee"),
        ("clams", "clamshell"),
        ("Nordics", "nordic-hamstring-curl"),
        ("piriformis release", "piriformis-ball-release"),
        ("hamstrng stretch", "hamstring-stretch-strap"),
        ("calves", "calf-foam-roll"),
        ("carpal tunnel", "median-nerve-slider"),
        ("chin-tuck", "chin-tuck"),
    ],
)
def test_search_ranks_name_and_alias_matches_first(text: str, first: str) -> None:
    """Searching a name, an alias, an id, a plural or a near spelling finds it first."""
    assert CATALOGUE.search(text)[0].id == first


def test_search_name_match_before_instruction_match() -> None:
    """An exercise named after the words comes before one that only mentions them."""
    ids = [e.id for e in CATALOGUE.search("towel")]
    assert ids[0] == "towel-scrunches"
    assert "static-quads" in ids[1:]


def test_search_empty_text_lists_everything_by_name() -> None:
    """No text and no filter gives every exercise, sorted by name."""
    names = [e.name for e in CATALOGUE.search()]
    assert names == sorted((e.name for e in CATALOGUE), key=str.casefold)


def test_search_filters_accept_any_spelling_of_a_category() -> None:
    """Category and region filters ignore case, hyphens and spaces."""
    a = CATALOGUE.search(category="Soft-Tissue-Release", region="FOOT_AND_ANKLE")
    assert [e.id for e in a] == ["plantar-fascia-ball-release"]


def test_search_equipment_matches_a_word_of_the_item() -> None:
    """equipment="band" finds exercises that use a resistance band, and no others."""
    found = CATALOGUE.search(equipment="band")
    assert len(found) >= 5
    assert all("resistance band" in e.equipment for e in found)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"category": "strech"}, "category: unknown category 'strech'; did you mean 'stretch'?"),
        ({"region": "calve"}, "region: unknown region 'calve'; did you mean 'calf'?"),
    ],
)
def test_search_unknown_filter_is_an_error(kwargs: dict[str, str], message: str) -> None:
    """A category or region outside the closed lists is an error with a suggestion."""
    with pytest.raises(ProgrammeError) as info:
        CATALOGUE.search(**kwargs)
    assert str(info.value) == message


@given(
    text=st.text(max_size=30) | st.sampled_from(["stretch", "calf", "ball", "nerve slider", "a"]),
    category=st.none() | st.sampled_from(CATEGORIES),
    region=st.none() | st.sampled_from(REGIONS),
)
def test_search_results_are_unique_and_obey_filters(
    text: str, category: str | None, region: str | None
) -> None:
    """Search never repeats an exercise, and every result has the asked category and region."""
    found = CATALOGUE.search(text, category=category, region=region)
    ids = [e.id for e in found]
    assert len(ids) == len(set(ids))
    assert all(category in (None, e.category) and region in (None, e.region) for e in found)


@given(st.sampled_from(CATEGORIES))
def test_search_by_category_is_exactly_that_category(category: str) -> None:
    """search(category=c) returns every entry of category c and nothing else."""
    found = {e.id for e in CATALOGUE.search(category=category)}
    assert found == {e.id for e in CATALOGUE if e.category == category}


@given(st.sampled_from(ENTRIES))
def test_search_by_exact_name_finds_it_first_or_tied(entry: CatalogueEntry) -> None:
    """Searching an exercise's own name ranks it first (or tied first by name)."""
    found = CATALOGUE.search(entry.exercise.name)
    assert found[0].name.casefold() == entry.exercise.name.casefold()


# --------------------------------------------------------------------------- user catalogues

_safe_text = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=40
).filter(lambda t: t.strip() and not re.match(r"\s*(step\s*)?\d+\s*[.):-]", t, re.I))
_slug = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)


@st.composite
def entries(draw: st.DrawFn, ids: st.SearchStrategy[str] = _slug) -> CatalogueEntry:
    """Valid catalogue entries, built through from_dict."""
    data: dict[str, Any] = {
        "id": draw(ids),
        "name": draw(_safe_text),
        "category": draw(st.sampled_from(CATEGORIES)),
        "region": draw(st.sampled_from(REGIONS)),
        "instructions": draw(st.lists(_safe_text, min_size=1, max_size=6)),
        "equipment": draw(st.lists(_safe_text, max_size=3)),
        "aliases": draw(st.lists(_safe_text, max_size=3)),
        "cautions": draw(st.lists(_safe_text, max_size=2)),
    }
    for key in ("dose", "when"):
        value = draw(st.none() | _safe_text)
        if value is not None:
            data[key] = value
    return CatalogueEntry.from_dict(data)


@given(entries())
def test_entry_round_trip(entry: CatalogueEntry) -> None:
    """from_dict(to_dict(entry)) gives back an equal entry."""
    assert (
        CatalogueEntry.from_dict(entry.to_dict())
        == CatalogueEntry.from_dict(json.loads(json.dumps(entry.to_dict())))
        == entry
    )


@given(entries(ids=st.sampled_from(CATALOGUE.ids)))
def test_override_by_id_replaces_exactly_that_entry(entry: CatalogueEntry) -> None:
    """An entry with a shipped id replaces that entry in place; every other entry is kept."""
    changed = CATALOGUE.with_entries(entry)
    assert changed.ids == CATALOGUE.ids
    assert changed.entry(entry.id) == entry
    assert [e for e in changed.entries if e.id != entry.id] == [
        e for e in CATALOGUE.entries if e.id != entry.id
    ]


@given(entries(ids=_slug.filter(lambda i: i not in CATALOGUE)))
def test_new_id_is_added_at_the_end(entry: CatalogueEntry) -> None:
    """An entry with a new id is appended; the shipped entries are unchanged."""
    changed = load_catalogue({"exercises": [entry.to_dict()]})
    assert changed.entries == (*CATALOGUE.entries, entry)


def test_load_catalogue_from_toml_text_overrides_and_extends() -> None:
    """A user's TOML catalogue replaces a shipped exercise and adds a new one."""
    text = """
[[exercises]]
id = "calf-stretch-straight-knee"
name = "Wall calf stretch (our clinic)"
category = "Stretch"
region = "calf"
instructions = ["Face the wall.", "Step back and lean in.", "Hold."]

[[exercises]]
name = "Towel wring"
category = "strengthening"
region = "wrist-and-hand"
equipment = ["towel"]
instructions = ["Hold a rolled towel.", "Twist it both ways."]
"""
    catalogue = load_catalogue(tomllib.loads(text))
    assert (
        catalogue.get("calf-stretch-straight-knee").name,
        catalogue.get("towel-wring").region,
        len(catalogue) - len(CATALOGUE),
    ) == ("Wall calf stretch (our clinic)", "wrist and hand", 1)


def test_load_catalogue_on_an_empty_base() -> None:
    """With base=Catalogue() only the user's exercises are in the result."""
    catalogue = load_catalogue({"exercises": [_minimal()]}, base=Catalogue())
    assert catalogue.ids == ("towel-wring",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "catalogue: a catalogue must be a table with an 'exercises' list (got list)"),
        ({"exercise": []}, "catalogue: unknown key 'exercise'; did you mean 'exercises'?"),
        ({"exercises": {}}, "exercises: must be a list of tables (got dict)"),
        ({"exercises": ["x"]}, "exercises[0]: an exercise must be a table (got str)"),
        (
            {"exercises": [_minimal(instruction=["x"])]},
            "exercises[0]: unknown key 'instruction'; did you mean 'instructions'?",
        ),
        (
            {"exercises": [{"name": "x"}]},
            "exercises[0].category: is missing (every exercise needs name, category, region, "
            "instructions)",
        ),
        (
            {"exercises": [_minimal(instructions="Twist it.")]},
            "exercises[0].instructions: must be a list of texts (got str)",
        ),
        (
            {"exercises": [_minimal(instructions=[])]},
            "exercises[0].instructions: needs at least 1 item(s) (got none)",
        ),
        (
            {"exercises": [_minimal(instructions=["Hold it.", "2. Twist it."])]},
            "exercises[0].instructions[1]: starts with a number ('2. Twist it.'); write the step "
            "without it, steps are numbered when printed",
        ),
        (
            {"exercises": [_minimal(instructions=["Hold\tit."])]},
            "exercises[0].instructions[0]: has a control character '\\t' at character 5; write "
            "it on one line, without tabs or invisible characters",
        ),
        (
            {"exercises": [_minimal(instructions=["Step."] * 13)]},
            "exercises[0].instructions: has 13 steps; keep it to 12",
        ),
        (
            {"exercises": [_minimal(id="Towel Wring")]},
            "exercises[0].id: must be lower-case letters, digits and single hyphens, such as "
            "'towel-wring' (got 'Towel Wring')",
        ),
        (
            {"exercises": [_minimal(region="calve")]},
            "exercises[0].region: unknown region 'calve'; did you mean 'calf'?",
        ),
        (
            {"exercises": [_minimal(equipment=["band", 3])]},
            "exercises[0].equipment[1]: must be a non-empty text (got 3)",
        ),
        (
            {"exercises": [_minimal(dose="")]},
            "exercises[0].dose: must be a non-empty text (got '')",
        ),
        (
            {"exercises": [_minimal(), _minimal()]},
            "exercises[1].id: id 'towel-wring' is already used by exercises[0]; give one of them "
            "its own id",
        ),
    ],
)
def test_bad_catalogue_names_the_key_path(data: Any, message: str) -> None:
    """Every problem in a catalogue file is a ProgrammeError naming the key path."""
    with pytest.raises(ProgrammeError) as info:
        load_catalogue(data)
    assert str(info.value) == message


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from([*ENTRY_KEYS, "exercises", "x"]), inner, max_size=5)
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.just("exercises"), st.lists(_json, max_size=3)) | _json)
def test_any_data_loads_or_raises_programme_error(data: Any) -> None:
    """Arbitrary JSON-like data either loads or raises a ProgrammeError, nothing else."""
    try:
        catalogue = load_catalogue(data, base=Catalogue())
    except RehabplanError as exc:
        error: RehabplanError | None = exc
    else:
        error = None
        assert len(catalogue) == len(data.get("exercises", []))
    assert error is None or (isinstance(error, ProgrammeError) and error.where != "")


def test_entry_keeps_its_fields() -> None:
    """CatalogueEntry is a frozen value: evolve gives a changed copy, equal by value."""
    entry = CATALOGUE.entry("clamshell")
    copy = attrs.evolve(entry, dose="2 x 10")
    assert (copy.dose, entry.dose, copy == entry) == ("2 x 10", "3 x 12 each side", False)


def test_unicode_category_name_is_normalised() -> None:
    """Names in any script are kept; the id slug drops accents."""
    entry = CatalogueEntry.from_dict(_minimal(name="Étirement du mollet", region="calf"))
    assert (entry.id, unicodedata.is_normalized("NFC", entry.exercise.name)) == (
        "etirement-du-mollet",
        True,
    )
