"""Sphinx configuration: the docs site, built from the Markdown in this folder (MyST).

The API reference is generated from the docstrings (autodoc). Build it as CI does,
with warnings as errors::

    python -m sphinx -W --keep-going -b html docs /tmp/rehabplan-docs
"""

from __future__ import annotations

from importlib.metadata import version as _version

project = "rehabplan"
author = "rehabplan developers"
copyright = "rehabplan developers"
release = _version("rehabplan")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
]

# Docstrings write names in single backticks (`Dose`, `rehabplan.expand`): make those links.
default_role = "py:obj"

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# Headings become link targets ("programme-file.md#activities"), as on GitHub.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]

# The API pages list the public names of each package, that is its __all__; signatures keep
# the annotations as written, so a private module path never shows in them.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autosummary_generate = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"rehabplan {release}"
