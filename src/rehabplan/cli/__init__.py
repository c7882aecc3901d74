"""
The ``rehabplan`` command line: a thin client of the library.

The only package that reads files named on a command line, the clock or the environment. Every
`RehabplanError` (and every bad option) becomes one line on stderr and exit status 2;
output files are written whole or not at all.
"""

from rehabplan.cli._main import build_parser, main

__all__ = ["build_parser", "main"]
