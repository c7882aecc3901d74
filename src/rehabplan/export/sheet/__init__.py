"""
The printed home-exercise sheet: HTML (print CSS), Markdown, plain text or PDF.

The sheet is what a patient sticks on the fridge: a header, the stop rules in a box,
one card per exercise and a weekly tick chart whose boxes are exactly the scheduled
sessions (twice daily: two boxes a day; every other day: a box every second day).

Templates get a view model of pre-formatted text built here, so they hold loops, not
logic. The packaged templates live in ``rehabplan/export/sheet/templates``; a custom folder is
rendered in Jinja2's sandbox, falling back to the packaged templates for any file it
does not hold. User text is data, never template source: HTML is escaped, Markdown is
backslash-escaped and ``{{ 7*7 }}`` in a title prints as written.

>>> from rehabplan import examples
>>> text = render_sheet(examples.achilles(), format="txt", weeks=1)
>>> print(text.splitlines()[0])
ACHILLES LOADING
>>> text.count("[ ]")
14

.. versionadded:: 0.1
"""

from rehabplan.export.sheet import _view
from rehabplan.export.sheet._build import PAPERS, sheet_view
from rehabplan.export.sheet._render import FORMATS, render_sheet
from rehabplan.export.sheet._text import display_width, text_grid, wrap_lines

# The view model's names are listed once, in its own `__all__`.
from rehabplan.export.sheet._view import *  # noqa: F403

__all__ = [
    "FORMATS",
    "PAPERS",
    "display_width",
    "render_sheet",
    "sheet_view",
    "text_grid",
    "wrap_lines",
]
__all__ += _view.__all__
