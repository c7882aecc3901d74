"""
The version of rehabplan: the one place it is written.

The build reads it from here (``[tool.hatch.version]`` in pyproject.toml), and
`rehabplan.__version__`, ``rehabplan --version`` and the calendar's PRODID import it,
so the three never disagree and none pays for reading package metadata.

>>> from rehabplan._version import __version__
>>> __version__.count(".")
2
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
