"""Tests for rehabplan.export.sheet: content, tick boxes, escaping, sandbox, layout limits."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from tests.helpers import ZONES
from tests.strategies import course

from rehabplan import (
    Appointment,
    AsNeeded,
    Dose,
    Exercise,
    ExportError,
    Phase,
    Prescription,
    Programme,
    ScheduleError,
    Timing,
    examples,
    expand,
)
from rehabplan.export.sheet import (
    BOX,
    TEXT_BOX,
    TEXT_WIDTH,
    display_width,
    render_sheet,
    sheet_view,
)

HOSTILE = "<script>alert('x')</script> <b>bold</b> {{ 7*191 }} {% if 1 %}yes{% endif %} & | *_`#"


def _week_chunks(text: str, marker: str) -> dict[int, str]:
    """Split a rendered sheet into the text of each week, keyed by week number."""
    parts = re.split(marker, text)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}


def _expected_per_week(programme: Programme, first: dt.date, weeks: int) -> dict[int, int]:
    """Sessions per chart: charts run over whole weeks from the programme's week_start."""
    last = first + dt.timedelta(days=7 * weeks - 1)
    schedule = expand(programme, start=first, until=last)
    week_first = first - dt.timedelta(days=(first.weekday() - programme.week_start) % 7)
    charts = ((last - week_first).days + 7) // 7
    return {
        k + 1: len(
            schedule.between(
                max(first, week_first + dt.timedelta(days=7 * k)),
                min(last, week_first + dt.timedelta(days=7 * k + 6)),
            )
        )
        for k in range(charts)
    }


def _hostile_programme() -> Programme:
    return Programme(
        title=HOSTILE,
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        patient=HOSTILE,
        clinician="Dr <i>Who</i>",
        contact="{{ config }}",
        precautions=(HOSTILE,),
        prescriptions=[
            Prescription(
                exercise=Exercise(
                    name=HOSTILE, equipment=(HOSTILE,), instructions=(HOSTILE, "1. step")
                ),
                dose=Dose(3, 15),
                timing=Timing(times_per_day=2, duration_days=7),
                precautions=(HOSTILE,),
                notes=HOSTILE,
            ),
            Prescription(
                exercise=Exercise(name="PRN " + HOSTILE, id="prn"),
                timing=AsNeeded(condition=HOSTILE),
            ),
        ],
    )


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_examples_show_every_exercise_and_dose(fmt: str) -> None:
    """Each example sheet names every exercise and prints every dose, in every text format."""
    for programme in (examples.achilles(), examples.home_exercises()):
        text = render_sheet(programme, format=fmt, weeks=4)
        assert isinstance(text, str)
        missing = [
            item
            for p in programme.prescriptions
            for item in (p.name, p.dose.symbolic() if p.dose else p.name)
            if item not in text
        ]
        assert missing == []


def test_header_and_precautions() -> None:
    """The header has title, patient, clinician, contact and dates; stop rules are boxed on top."""
    html = render_sheet(examples.home_exercises(), weeks=4)
    assert isinstance(html, str)
    head = html[: html.index("Your exercises")]
    for text in (
        "Hip and glute home exercises",
        "A. Runner",
        "J. Physio",
        "Physio clinic, 01234 567890",
        "22 Mar to 18 Apr 2027",
    ):
        assert text in head
    assert '<aside class="stop">' in head
    assert "Stop and rest if calf pain goes above 3/10." in head


def test_card_content() -> None:
    """A card has name, dose in symbols and words, how often, times, equipment and steps."""
    card = sheet_view(examples.home_exercises(), weeks=4).sections[0].cards[0]
    assert (card.name, card.dose, card.dose_words, card.often, card.times, card.equipment) == (
        "Hip-flexor release",
        "1 min each side",
        "1 minute, each side",
        "Twice a day for 4 weeks",
        "morning 08:00 and evening 18:00",
        "spiky ball",
    )
    assert len(card.instructions) == 2


def test_when_keeps_weekday_names() -> None:
    """'When' starts with a capital and keeps the case of weekday names and user text."""
    programme = Programme(
        title="Weekly",
        start=dt.date(2027, 3, 1),
        timezone="Europe/London",
        prescriptions=[
            Prescription(
                exercise=Exercise(name="Squat"),
                dose=Dose(3, 8),
                timing=Timing(weekdays=(0, 2, 4), times_of_day=("morning",), duration_days=14),
            ),
            Prescription(
                exercise=Exercise(name="Massage"),
                timing=AsNeeded(condition="when the Calf tightens"),
            ),
        ],
    )
    view = sheet_view(programme, weeks=1)
    assert [
        view.sections[0].cards[0].often,
        view.as_needed[0].often,
    ] == [
        "In the morning on Mon, Wed and Fri for 2 weeks",
        "When needed (when the Calf tightens)",
    ]


def test_as_needed_listed_without_boxes() -> None:
    """As-needed items are listed on the sheet but get no tick boxes."""
    view = sheet_view(examples.home_exercises(), weeks=1)
    assert [c.name for c in view.as_needed] == ["Calf massage"]
    rows = [r.name for s in view.sections for w in s.weeks for r in w.rows]
    assert "Calf massage" not in rows


def test_twice_daily_two_boxes_every_day() -> None:
    """Twice daily gives two boxes on each of the 7 days."""
    week = sheet_view(examples.achilles(), weeks=1).sections[0].weeks[0]
    assert [c.count for c in week.rows[0].cells] == [2] * 7


def test_every_other_day_alternates_with_blank_cells() -> None:
    """Every other day gives a box on alternate days and empty cells between."""
    weeks = sheet_view(examples.home_exercises(), weeks=2).sections[0].weeks
    bridge = [
        [c.count for c in next(r for r in w.rows if r.name == "Glute bridge").cells] for w in weeks
    ]
    assert bridge == [[1, 0, 1, 0, 1, 0, 1], [0, 1, 0, 1, 0, 1, 0]]


def test_rows_leave_when_exercise_ends() -> None:
    """The two-week calf stretch has a row in weeks 1-2 and none in weeks 3-4."""
    weeks = sheet_view(examples.home_exercises(), weeks=4).sections[0].weeks
    assert [any(r.name == "Calf stretch" for r in w.rows) for w in weeks] == [
        True,
        True,
        False,
        False,
    ]


def test_partial_last_week() -> None:
    """A window that is not whole weeks pads the last chart with days outside the sheet."""
    programme = examples.achilles()
    schedule = expand(programme, until=dt.date(2027, 3, 10))
    week = sheet_view(schedule).sections[-1].weeks[-1]
    assert [d.in_window for d in week.days] == [True, True, True, False, False, False, False]
    assert week.boxes == 6


def test_schedule_source_and_window() -> None:
    """A Schedule renders the same as its programme over the same window."""
    programme = examples.home_exercises()
    schedule = expand(programme, until=dt.date(2027, 4, 18))
    assert render_sheet(schedule, format="txt", weeks=2) == render_sheet(
        programme, format="txt", weeks=2
    )


def test_from_date_moves_the_window() -> None:
    """``start`` begins the sheet on that day; weeks count from it."""
    view = sheet_view(examples.achilles(), start=dt.date(2027, 3, 10), weeks=1)
    assert (view.dates, view.boxes) == ("10 Mar to 16 Mar 2027", 14)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"format": "docx"}, "unknown format 'docx'"),
        ({"paper": "A5"}, "unknown paper 'A5'"),
        ({"weeks": 0}, "weeks must be a whole number from 1 to 520 (got 0)"),
        ({"start": dt.date(2020, 1, 1), "weeks": 1}, None),
    ],
)
def test_bad_options(kwargs: dict[str, Any], message: str | None) -> None:
    """Bad options raise ExportError naming the problem; a window outside a Schedule too."""
    source: Any = expand(examples.achilles(), until=dt.date(2027, 3, 14))
    with pytest.raises(ExportError) as info:
        render_sheet(source, **kwargs)
    assert (message or "is outside the schedule") in str(info.value)


def test_open_ended_programme_needs_weeks() -> None:
    """An open-ended programme without *weeks* cannot be expanded: ScheduleError."""
    programme = Programme(
        title="Open",
        start=dt.date(2027, 1, 4),
        timezone="UTC",
        prescriptions=[Prescription(exercise=Exercise(name="Walk"), timing=Timing())],
    )
    with pytest.raises(ScheduleError):
        render_sheet(programme)
    assert sheet_view(programme, weeks=1).boxes == 7


def test_large_print_css() -> None:
    """Large print sets body text to 16 pt and bigger tick boxes; paper size reaches @page."""
    normal = render_sheet(examples.achilles(), weeks=1)
    large = render_sheet(examples.achilles(), weeks=1, large_print=True, paper="Letter")
    assert isinstance(normal, str)
    assert isinstance(large, str)
    assert "font-size: 16pt;" in large.split("body {", 1)[1].split("}", 1)[0]
    assert "size: Letter;" in large
    assert "size: A4;" in normal

    def box_pt(html: str) -> float:
        return float(re.search(r"\.box \{[^}]*font-size: ([\d.]+)pt", html).group(1))  # type: ignore[union-attr]

    assert box_pt(large) > box_pt(normal)


def test_output_is_deterministic() -> None:
    """The same programme gives the same sheet, byte for byte."""
    assert render_sheet(examples.home_exercises(), weeks=2) == render_sheet(
        examples.home_exercises(), weeks=2
    )


# --------------------------------------------------------------------------- tick boxes


@pytest.mark.parametrize(
    ("fmt", "box", "marker"),
    [
        ("html", BOX, r'<section class="week" data-week="(\d+)">'),
        ("md", BOX, r"(?m)^### Week (\d+): "),
        ("txt", TEXT_BOX, r"(?m)^Week (\d+): "),
    ],
)
def test_boxes_per_week_match_schedule(fmt: str, box: str, marker: str) -> None:
    """In every format, each week's tick boxes are exactly that week's scheduled sessions."""
    programme = examples.home_exercises()
    text = render_sheet(programme, format=fmt, weeks=4)
    assert isinstance(text, str)
    counts = {k: chunk.count(box) for k, chunk in _week_chunks(text, marker).items()}
    assert _expected_per_week(programme, programme.start, 4) == counts


@st.composite
def _programmes(draw: st.DrawFn) -> Programme:
    prescriptions = []
    for index in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["every_days", "per_day", "weekdays", "per_week"]))
        start = draw(st.none() | st.dates(dt.date(2027, 1, 1), dt.date(2027, 1, 20)))
        days = draw(st.none() | st.integers(1, 40))
        if kind == "every_days":
            every = draw(st.integers(2, 6))
            timing = Timing(every_days=every, start=start, duration_days=course(days, every, None))
        elif kind == "per_day":
            timing = Timing(times_per_day=draw(st.integers(1, 6)), start=start, duration_days=days)
        elif kind == "weekdays":
            timing = Timing(
                weekdays=draw(st.sets(st.integers(0, 6), min_size=1)),
                times_per_day=draw(st.integers(1, 3)),
                start=start,
                duration_days=days,
            )
        else:
            per_week = draw(st.integers(1, 7))
            timing = Timing(
                times_per_week=per_week, start=start, duration_days=course(days, None, per_week)
            )
        prescriptions.append(
            Prescription(
                exercise=Exercise(name=f"Exercise {index}"), dose=Dose(2, 10), timing=timing
            )
        )
    return Programme(
        title="Generated",
        start=draw(st.dates(dt.date(2027, 1, 1), dt.date(2027, 1, 14))),
        timezone=draw(st.sampled_from(ZONES)),
        until=dt.date(2027, 3, 31),
        prescriptions=prescriptions,
    )


@given(programme=_programmes(), weeks=st.integers(1, 4), offset=st.integers(0, 10))
def test_generated_boxes_per_week_equal_sessions(
    programme: Programme, weeks: int, offset: int
) -> None:
    """For generated schedules, each week's boxes in the HTML equal that week's sessions."""
    first = programme.start + dt.timedelta(days=offset)
    html = render_sheet(programme, start=first, weeks=weeks)
    assert isinstance(html, str)
    chunks = _week_chunks(html, r'<section class="week" data-week="(\d+)">')
    counts = {k: chunk.count(BOX) for k, chunk in chunks.items()}
    assert _expected_per_week(programme, first, weeks) == counts


@given(programme=_programmes(), weeks=st.integers(1, 3))
def test_generated_text_boxes_and_width(programme: Programme, weeks: int) -> None:
    """The plain-text sheet of a generated schedule fits 80 columns and counts its boxes right."""
    text = render_sheet(programme, format="txt", weeks=weeks)
    assert isinstance(text, str)
    assert [line for line in text.splitlines() if display_width(line) > TEXT_WIDTH] == []
    chunks = _week_chunks(text, r"(?m)^Week (\d+): ")
    assert _expected_per_week(programme, programme.start, weeks) == {
        k: c.count(TEXT_BOX) for k, c in chunks.items()
    }


# --------------------------------------------------------------------------- text width


def test_text_fits_80_columns_even_with_long_user_text() -> None:
    """Every line of the plain-text sheet is at most 80 columns, whatever the user wrote."""
    long = "Supercalifragilistic" * 8 + " " + "word " * 40
    programme = attrs.evolve(
        examples.home_exercises(),
        title=long,
        patient=long,
        contact=long,
        precautions=(long, HOSTILE),
    )
    programme = attrs.evolve(
        programme,
        prescriptions=[
            attrs.evolve(
                p, exercise=attrs.evolve(p.exercise, name=long + p.name, instructions=(long,))
            )
            if not p.as_needed
            else p
            for p in programme.prescriptions
        ],
    )
    text = render_sheet(programme, format="txt", weeks=2)
    assert isinstance(text, str)
    assert [
        (n, display_width(line))
        for n, line in enumerate(text.splitlines(), 1)
        if display_width(line) > TEXT_WIDTH
    ] == []
    assert sum(_expected_per_week(programme, programme.start, 2).values()) == text.count(TEXT_BOX)


# --------------------------------------------------------------------------- escaping


def test_html_prints_user_text_literally() -> None:
    """HTML, script and Jinja syntax in user text are escaped or printed as written."""
    html = render_sheet(_hostile_programme())
    assert isinstance(html, str)
    assert "<script>" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "{{ 7*191 }}" in html
    assert "{% if 1 %}yes{% endif %}" in html
    assert "1337" not in html
    assert "{{ config }}" in html


def test_markdown_prints_user_text_literally() -> None:
    """A CommonMark renderer shows the user's text as text: no raw HTML, no emphasis."""
    md = render_sheet(_hostile_programme(), format="md")
    assert isinstance(md, str)
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    assert "<script>" not in rendered
    assert "<b>bold</b>" not in rendered
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in rendered
    assert "{{ 7*191 }}" in rendered
    assert "1337" not in rendered
    assert rendered.count("<table>") == 1


def test_text_prints_user_text_literally() -> None:
    """The plain-text sheet prints user text as written (wrapped, never evaluated)."""
    text = render_sheet(_hostile_programme(), format="txt")
    assert isinstance(text, str)
    flat = " ".join(text.split())
    assert "<script>alert('x')</script> <b>bold</b> {{ 7*191 }}" in flat
    assert "1337" not in flat


# --------------------------------------------------------------------------- custom templates


def test_custom_template_folder(tmp_path: Path) -> None:
    """A custom sheet.html is used, autoescaped, and can import the packaged macros."""
    (tmp_path / "sheet.html").write_text(
        '{% import "_macros.html" as m %}<h1>{{ sheet.title }}</h1>'
        "{% for s in sheet.sections %}{% for w in s.weeks %}{{ m.chart(w, sheet.box) }}"
        "{% endfor %}{% endfor %}\n",
        encoding="utf-8",
    )
    html = render_sheet(_hostile_programme(), template_dir=tmp_path, weeks=1)
    assert isinstance(html, str)
    assert html.startswith("<h1>&lt;script&gt;")
    assert html.count(BOX) == 14


def test_charts_macro_lays_out_weeks_as_one_chart_each(tmp_path: Path) -> None:
    """
    `charts(weeks, box)` prints what a `chart(w, box)` a week prints, each on its own
    indented line as sheet.html lays them out, however the weeks are batched.
    """
    (tmp_path / "sheet.html").write_text(
        '{% import "_macros.html" as m %}{% set weeks = sheet.sections[0].weeks %}'
        "{% for w in weeks %}\n  {{ m.chart(w, sheet.box) }}\n{% endfor %}|"
        "{% for batch in weeks|batch(3) %}\n  {{ m.charts(batch, sheet.box) }}\n{% endfor %}",
        encoding="utf-8",
    )
    one_a_week, batched = render_sheet(examples.home_exercises(), template_dir=tmp_path).split("|")
    assert one_a_week.count('<section class="week"') == 4
    assert one_a_week == batched


def test_custom_folder_falls_back_to_packaged(tmp_path: Path) -> None:
    """A folder holding only sheet.txt still renders HTML from the packaged template."""
    (tmp_path / "sheet.txt").write_text(
        "{{ sheet.title }}: {{ sheet.boxes }} boxes\n", encoding="utf-8"
    )
    assert (
        render_sheet(examples.achilles(), format="txt", weeks=1, template_dir=tmp_path)
        == "Achilles loading: 14 boxes\n"
    )
    assert render_sheet(examples.achilles(), weeks=1, template_dir=tmp_path) == render_sheet(
        examples.achilles(), weeks=1
    )


@pytest.mark.parametrize(
    "source",
    [
        "{{ sheet.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ sheet.title.format.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    ],
)
def test_sandbox_refuses_unsafe_templates(tmp_path: Path, source: str) -> None:
    """Custom templates run sandboxed: reaching Python internals is an ExportError."""
    (tmp_path / "sheet.html").write_text(source, encoding="utf-8")
    with pytest.raises(ExportError, match=r"template 'sheet\.html'"):
        render_sheet(examples.achilles(), weeks=1, template_dir=tmp_path)


def test_template_errors_name_file_and_line(tmp_path: Path) -> None:
    """A syntax error in a custom template is an ExportError naming the file and line."""
    (tmp_path / "sheet.md").write_text("ok\n{% for x in %}\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"template 'sheet.md' line 2"):
        render_sheet(examples.achilles(), format="md", template_dir=tmp_path)


def test_missing_template_folder(tmp_path: Path) -> None:
    """A template folder that does not exist is an ExportError naming it."""
    with pytest.raises(ExportError, match="does not exist"):
        render_sheet(examples.achilles(), template_dir=tmp_path / "nope")


def test_pdf_without_weasyprint(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without WeasyPrint, PDF output is an ExportError saying how to install the extra."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(ExportError) as info:
        render_sheet(examples.achilles(), format="pdf", weeks=1)
    assert "pip install 'rehabplan[pdf]'" in str(info.value)


# ----------------------------------------------------------------- phases and appointments


def _phased() -> Programme:
    base = examples.home_exercises()
    return Programme(
        title=base.title,
        start=base.start,
        timezone=base.timezone,
        prescriptions=base.prescriptions[:5],
        precautions=base.precautions,
        phases=(
            Phase(name="Phase 1: settle", start=base.start),
            Phase(name="Phase 2: <load>", start=dt.date(2027, 4, 5)),
        ),
        appointments=(
            Appointment(
                title="Review",
                date=dt.date(2027, 3, 30),
                time=dt.time(9, 30),
                location="Clinic <room 2>",
            ),
        ),
    )


def test_phases_start_new_sections() -> None:
    """Each phase is its own section (a new page in HTML), with its own cards and weeks."""
    view = sheet_view(_phased(), weeks=4)
    assert [(s.heading, len(s.weeks)) for s in view.sections] == [
        ("Phase 1: settle", 2),
        ("Phase 2: <load>", 2),
    ]
    assert "Calf stretch" not in [c.name for c in view.sections[1].cards]
    html = render_sheet(_phased(), weeks=4)
    assert isinstance(html, str)
    assert html.count('<section class="phase">') == 2
    assert ".phase + .phase { break-before: page;" in html
    assert "Phase 2: &lt;load&gt;" in html


def test_appointments_marked_on_their_day() -> None:
    """An appointment is listed in the header and marked on its day of the chart."""
    view = sheet_view(_phased(), weeks=2)
    assert view.appointments == ("Tue 30 Mar 2027, 09:30 Review (Clinic <room 2>)",)
    week = view.sections[0].weeks[1]
    assert [d.marks for d in week.days[:2]] == [(), ("09:30 Review",)]
    text = render_sheet(_phased(), format="txt", weeks=2)
    assert isinstance(text, str)
    assert "|*09:30 R|" in text


# --------------------------------------------------------------------------- command line


def test_cli_writes_sheet(tmp_path: Path) -> None:
    """``rehabplan sheet`` writes the sheet in the format of the option or the file name."""
    from rehabplan import cli

    programme = tmp_path / "plan.toml"
    programme.write_text(
        'title = "Achilles loading"\nstart = 2027-03-01\ntimezone = "Europe/London"\n'
        '[[prescriptions]]\nexercise = "Eccentric heel drops"\ndose = "3 x 15"\n'
        'when = "twice daily for 12 weeks"\n',
        encoding="utf-8",
    )
    out, err = _Capture(), _Capture()
    status = cli.main(
        [
            "sheet",
            str(programme),
            "-o",
            str(tmp_path / "s.txt"),
            "--weeks",
            "2",
            "--paper",
            "Letter",
        ],
        out=out,
        err=err,  # type: ignore[arg-type]
    )
    assert (status, err.text) == (0, "")
    assert (tmp_path / "s.txt").read_text(encoding="utf-8").count(
        TEXT_BOX
    ) == 28  # twice daily, 14 days


class _Capture:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_cli_bad_input_is_one_line(tmp_path: Path) -> None:
    """A missing programme file or bad option gives exit status 2 and one line on stderr."""
    from rehabplan import cli

    err = _Capture()
    status = cli.main(
        ["sheet", str(tmp_path / "none.toml"), "-o", str(tmp_path / "x.html")],
        out=_Capture(),
        err=err,
    )  # type: ignore[arg-type]
    assert (status, err.text.count("\n")) == (2, 1)
    assert "none.toml: cannot be read" in err.text
    err = _Capture()
    status = cli.main(["sheet", "p.toml", "-o", "x", "--paper", "A5"], out=_Capture(), err=err)  # type: ignore[arg-type]
    assert (status, (tmp_path / "x").exists()) == (2, False)


def test_chart_box_marked_safe_prints_as_markup(tmp_path: Path) -> None:
    """A custom template's box marked safe prints as markup; the same text unmarked is escaped."""
    (tmp_path / "sheet.html").write_text(
        '{% import "_macros.html" as m %}{% set w = sheet.sections[0].weeks[0] %}'
        '{{ m.chart(w, "<i>"|safe) }}|{{ m.chart(w, "<i>") }}\n',
        encoding="utf-8",
    )
    html = render_sheet(examples.achilles(), weeks=1, template_dir=tmp_path)
    assert isinstance(html, str)
    safe, plain = html.rstrip("\n").split("|")
    assert ("<i>" in safe, "<i>" in plain, "&lt;i&gt;" in plain) == (True, False, True)


def test_user_text_marked_safe_is_still_escaped() -> None:
    """A programme whose texts are Markup (an app's own HTML-safe strings) is escaped all the same."""
    import attrs
    import markupsafe

    programme = attrs.evolve(examples.achilles(), title=markupsafe.Markup("<b>Plan</b>"))
    html = render_sheet(programme, weeks=1)
    assert isinstance(html, str)
    assert "<b>Plan</b>" not in html
    assert "&lt;b&gt;Plan&lt;/b&gt;" in html


def _cells_match_sessions(programme: Programme, first: dt.date, weeks: int) -> None:
    """Every chart cell holds exactly its exercise's sessions of that day: time, slot, dose."""
    view = sheet_view(programme, start=first, weeks=weeks)
    last = first + dt.timedelta(days=7 * weeks - 1)
    schedule = expand(programme, start=first, until=last)
    wanted: dict[tuple[str, dt.date], list[tuple[str, str, str]]] = {}
    for s in schedule.sessions:
        if first <= s.day <= last:
            wanted.setdefault((s.prescription.name, s.day), []).append(
                (f"{s.start:%H:%M}", s.slot, s.dose_text)
            )
    found: dict[tuple[str, dt.date], list[tuple[str, str, str]]] = {}
    for section in view.sections:
        for week in section.weeks:
            for row in week.rows:
                for day, cell in zip(week.days, row.cells, strict=True):
                    assert day.day is not None
                    assert cell.in_window == (first <= day.day <= last)
                    if cell.boxes:
                        found[(row.name, day.day)] = [(b.time, b.slot, b.dose) for b in cell.boxes]
    assert found == wanted


@given(programme=_programmes(), weeks=st.integers(1, 6), offset=st.integers(0, 10))
def test_generated_cells_hold_each_days_sessions(
    programme: Programme, weeks: int, offset: int
) -> None:
    """Rows shared between weeks still show each day's own sessions, and only in the window."""
    _cells_match_sessions(programme, programme.start + dt.timedelta(days=offset), weeks)


@pytest.mark.parametrize("name", ["achilles", "calf_runner", "home_exercises"])
def test_example_cells_hold_each_days_sessions(name: str) -> None:
    """The examples' doses progress week by week: each cell still shows its own day's dose."""
    programme = getattr(examples, name)()
    _cells_match_sessions(programme, programme.start, 8)


def test_html_cells_show_their_own_times_and_boxes() -> None:
    """Each rendered cell's title and boxes are its own day's, whichever sheet rendered it first."""
    for name in ("home_exercises", "achilles", "calf_runner"):
        programme = getattr(examples, name)()
        view = sheet_view(programme, weeks=4)
        html = render_sheet(programme, weeks=4)
        assert isinstance(html, str)
        rendered = re.findall(r'<td class="ticks" title="([^"]*)">(.*?)</td>', html)
        cells = [
            c
            for section in view.sections
            for week in section.weeks
            for row in week.rows
            for c in row.cells
            if c.boxes
        ]
        assert [(t, body.count(BOX)) for t, body in rendered] == [(c.title, c.count) for c in cells]


def test_row_cells_filter_equals_the_macro(tmp_path: Path) -> None:
    """The filter joins cached cells itself; what it gives is the ``row_cells`` macro's text."""
    (tmp_path / "sheet.html").write_text(
        '{% import "_macros.html" as m %}'
        "{% for s in sheet.sections %}{% for w in s.weeks %}{% for r in w.rows %}"
        "{{ r.cells|row_cells(sheet.box) }}@@{{ m.row_cells(r.cells, sheet.box) }}##"
        "{% endfor %}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    for name in ("home_exercises", "achilles", "calf_runner"):
        html = render_sheet(getattr(examples, name)(), weeks=3, template_dir=tmp_path)
        assert isinstance(html, str)
        pairs = [row.split("@@") for row in html.split("##")[:-1]]
        assert pairs
        assert all(len(p) == 2 and p[0] == p[1] and "<td" in p[0] for p in pairs)
