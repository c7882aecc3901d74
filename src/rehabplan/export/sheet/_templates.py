"""
The sheet's Jinja environments: the packaged templates, and custom ones in a sandbox.

The packaged templates live in ``rehabplan/export/sheet/templates``; a custom folder is
rendered in Jinja2's sandbox, falling back to the packaged templates for any file it
does not hold. User text is data, never template source: HTML is escaped, Markdown is
backslash-escaped and ``{{ 7*7 }}`` in a title prints as written.

Part of `rehabplan.export.sheet`, which re-exports every public name.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from rehabplan._regex import LazyRegex
from rehabplan.errors import ExportError
from rehabplan.export.sheet._build import clean
from rehabplan.export.sheet._text import text_grid, text_wrap
from rehabplan.export.sheet._view import CellView, SheetView

__all__ = ["environment", "render", "sandbox"]

# CommonMark: these are special anywhere in a line; "-", "+", "#" and "1." only at its start.
_MD_SPECIAL = LazyRegex(r"([\\`*_\[\]<>|~&])")
_MD_LEADING = LazyRegex(r"^(\s*)([-+#=])")
_MD_NUMBERED = LazyRegex(r"^(\s*\d+)([.)])")


def _md(value: object) -> str:
    r"""
    Escape text for Markdown so that it prints literally, HTML and all.

    >>> print(_md("<b>3*3</b> | x-y"))
    \<b\>3\*3\</b\> \| x-y
    >>> print(_md("- 1. not a list"), _md("1. step"))
    \- 1. not a list 1\. step
    """
    text = _MD_SPECIAL.sub(r"\\\1", str(value))
    text = _MD_LEADING.sub(r"\1\\\2", text)
    return _MD_NUMBERED.sub(r"\1\\\2", text)


@functools.lru_cache(maxsize=256, typed=True)
def _cached_cell(env: jinja2.Environment, cell: CellView, box: str) -> markupsafe.Markup:
    return markupsafe.Markup(env.get_template("_macros.html").module.cell(cell, box))  # type: ignore[attr-defined]


@jinja2.pass_environment
def _cell(env: jinja2.Environment, cell: CellView, box: str) -> markupsafe.Markup:
    """
    The ``cell`` filter: the ``cell`` macro of ``_macros.html``, once per kind of cell.

    A clinic's sheets have hundreds of kinds of row (the days a week is in the window,
    every other day starting on either day) but a few dozen kinds of cell: a row
    missing the row cache is joined from cells already rendered.
    """
    return _cached_cell(env, cell, box)


@functools.lru_cache(maxsize=256, typed=True)  # typed: a Markup box is not a str one
def _cached_row_cells(
    env: jinja2.Environment, cells: tuple[CellView, ...], box: str
) -> markupsafe.Markup:
    # The row_cells macro of _macros.html, put together here from its parts: the
    # macro's loop costs several times the cached cells it joins.
    separator = env.get_template("_macros.html").module.cell_separator  # type: ignore[attr-defined]
    return markupsafe.Markup(separator).join(_cached_cell(env, c, box) for c in cells)


@jinja2.pass_environment
def _row_cells(env: jinja2.Environment, cells: tuple[CellView, ...], box: str) -> markupsafe.Markup:
    """
    The ``row_cells`` filter: the ``row_cells`` macro of ``_macros.html``, once per kind of row.

    A two-year chart has thousands of rows but few kinds of them, and rendering a row
    is most of the time a sheet takes; the cache is small (a row of 96 sessions a day
    is about 30 KB).
    """
    return _cached_row_cells(env, cells, box)


def _configure(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["row_cells"] = _row_cells
    env.filters["cell"] = _cell
    env.filters["md"] = _md
    env.filters["wrap"] = text_wrap
    env.filters["text_grid"] = text_grid
    return env


def _settings() -> dict[str, Any]:
    # One Environment with these settings (pallets/jinja docs/api.rst);
    # trim_blocks/lstrip_blocks keep the Markdown and text templates readable.
    return {
        "autoescape": jinja2.select_autoescape(),
        "undefined": jinja2.StrictUndefined,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
    }


@functools.cache
def environment() -> jinja2.Environment:
    """The environment of the packaged templates, made once."""
    # auto_reload off: the package's own templates do not change while it runs, so
    # no render needs to look at their files again.
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("rehabplan.export.sheet"), auto_reload=False, **_settings()
    )
    return _configure(env)


#: The largest text or list a custom template may build with * and the largest power.
_SANDBOX_MAX_ITEMS = 100_000
_SANDBOX_MAX_EXPONENT = 1_000


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with ``*`` and ``**`` bounded: ``'a' * 10**10`` is refused."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > _SANDBOX_MAX_EXPONENT:
            raise SecurityError(f"the exponent {right} is too large")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(n, int)
                    and len(seq) * n > _SANDBOX_MAX_ITEMS
                ):
                    raise SecurityError("a repeated text or list would be too long")
        return super().call_binop(context, operator, left, right)


def sandbox(template_dir: str | Path) -> jinja2.Environment:
    """A sandboxed environment for a folder of custom templates, over the packaged ones."""
    folder = Path(template_dir)
    if not folder.is_dir():
        raise ExportError(
            f"sheet: template folder {str(folder)!r} does not exist or is not a folder"
        )
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(folder)), jinja2.PackageLoader("rehabplan.export.sheet")]
    )
    return _configure(_Sandbox(loader=loader, **_settings()))


def render(env: jinja2.Environment, name: str, view: SheetView) -> str:
    """Render template *name* with the sheet; any failure of a template is an `ExportError`."""
    try:
        return env.get_template(name).render(sheet=view)
    except jinja2.TemplateSyntaxError as exc:
        raise ExportError(
            f"sheet: template {exc.name or name!r} line {exc.lineno}: {exc.message}"
        ) from exc
    except jinja2.TemplateError as exc:
        raise ExportError(f"sheet: template {name!r} failed: {clean(str(exc))}") from exc
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        # Template code can raise any built-in error ({{ 1/0 }}, the sandbox's
        # OverflowError for a huge range): a custom template is bad input.
        raise ExportError(
            f"sheet: template {name!r} failed: {type(exc).__name__}: {clean(str(exc))}"
        ) from exc
    except RecursionError:
        raise ExportError(f"sheet: template {name!r} recurses without end") from None
