"""``python -m rehabplan``: the command line."""

from rehabplan.cli import main

raise SystemExit(main())
