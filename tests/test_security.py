"""
Security from the hostile angle: user text is escaped in HTML and Markdown,
no ``javascript:`` link ever appears, custom templates run sandboxed and cannot read
files, and no user text reaches a shell or a file path.
"""

from __future__ import annotations

import ast
import html.parser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from tests.helpers import ROOT
from tests.strategies import TEXT_CHARACTERS

from rehabplan.errors import ExportError
from rehabplan.export.sheet import render_sheet
from rehabplan.files import programme_from_dict

SRC = ROOT / "src" / "rehabplan"

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "{{ 7*7 }} {% raw %}",
    "`code` *em* _u_ | pipe | ~~s~~ &amp; &lt;",
    "[31m red \u202e",  # an escape sequence without its ESC, which the model refuses
]


def _programme(text: str) -> Any:
    return programme_from_dict(
        {
            "title": f"Plan {text}",
            "start": "2027-03-01",
            "timezone": "Europe/London",
            "patient": text,
            "clinician": text,
            "contact": text,
            "precautions": [f"Stop {text}"],
            "prescriptions": [
                {
                    "exercise": {"name": f"Calf {text}", "instructions": [f"Step {text}"]},
                    "dose": "3 x 15",
                    "when": "twice daily for 1 week",
                    "precautions": [f"Careful {text}"],
                    "notes": f"Note {text}",
                }
            ],
            "appointments": [
                {
                    "title": f"Review {text}",
                    "date": "2027-03-03",
                    "time": "09:30",
                    "clinician": text,
                    "location": text,
                    "notes": text,
                }
            ],
        }
    )


class _Tags(html.parser.HTMLParser):
    """Collect every tag and attribute of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def _parse(document: str) -> _Tags:
    tags = _Tags()
    tags.feed(document)
    return tags


def _dangerous(tags: _Tags) -> list[str]:
    found = [t for t in tags.tags if t in {"script", "img", "iframe", "a", "object", "embed"}]
    found += [
        f"{k}={v}"
        for k, v in tags.attrs
        if k.startswith("on") or "javascript:" in (v or "").lower().replace(" ", "")
    ]
    return found


BASELINE_TAGS = set(_parse(render_sheet(_programme("x"), format="html", weeks=1)).tags)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_sheet_escapes_user_text(payload: str) -> None:
    """User text in every field adds no tag, no event handler and no javascript: link."""
    document = render_sheet(_programme(payload), format="html", weeks=1)
    tags = _parse(document)
    assert set(tags.tags) == BASELINE_TAGS
    assert _dangerous(tags) == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_sheet_renders_no_link_or_html(payload: str) -> None:
    """The Markdown sheet, rendered by a CommonMark renderer with raw HTML on, has no links or scripts."""
    document = render_sheet(_programme(payload), format="md", weeks=1)
    rendered = MarkdownIt("commonmark").render(document)
    tags = _parse(rendered)
    assert _dangerous(tags) == []
    assert "{{" not in payload or "{{ 7*7 }}" in document.replace("\\", "")


# Control characters are refused where a programme is built (a ProgrammeError), so they
# never reach a sheet.
@given(text=st.text(TEXT_CHARACTERS, min_size=1, max_size=40).filter(str.strip))
@settings(max_examples=30)
def test_any_user_text_is_escaped(text: str) -> None:
    """Any title text: the HTML sheet has only its own tags, the Markdown no links."""
    programme = _programme(text)
    document = render_sheet(programme, format="html", weeks=1)
    assert _dangerous(_parse(document)) == []
    rendered = MarkdownIt("commonmark").render(render_sheet(programme, format="md", weeks=1))
    assert _dangerous(_parse(rendered)) == []


SSTI = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ sheet.__class__.__init__.__globals__ }}",
    "{{ sheet.title.format.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% import '/etc/hostname' as h %}",
    "{{ range(10**9)|list }}",
    "{{ 'a' * 10**9 }}",
    "{{ [1] * 10**9 }}",
    "{% set n = 10 ** 8 %}{{ 7 ** n }}",
    "{{ 1 / 0 }}",
    "{{ 'a' + 1 }}",
    "{{ sheet.weeks[10**6] }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
]


@pytest.mark.parametrize("template", SSTI)
def test_custom_template_is_sandboxed(tmp_path: Path, template: str) -> None:
    """Template injection and file reads in a custom template end as an ExportError."""
    (tmp_path / "sheet.html").write_text(template, encoding="utf-8")
    with pytest.raises(ExportError):
        render_sheet(_programme("x"), format="html", weeks=1, template_dir=tmp_path)


def _calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Name):
            names.add(node.id)
    return names


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: p.name)
def test_no_shell_anywhere(path: Path) -> None:
    """No module runs a shell or a subprocess, or evaluates text as code."""
    used = _calls(path)
    assert used & {"system", "popen", "Popen", "check_output", "eval", "exec", "shell"} == set()
