"""
Write src/rehabplan/phrases/rule_starts.json: the characters each grammar rule can start
with and the texts its matches need, read ahead of time (reading the rules' patterns costs
more than reading a first phrase).

Run ``python scripts/rule_starts.py`` after changing the grammar's rules; with ``--check``
it exits with status 1 when the file is out of date. tests/phrases/test_grammar.py runs
the same comparison. Until the file is rewritten, a changed or new rule is read when a
phrase first needs the grammar, which is slower but reads the same.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rehabplan.phrases._pattern_starts import needs, pattern_key, starts
from rehabplan.phrases._rules import RULES

__all__ = ["TABLE", "main", "table_source"]

TABLE = Path(__file__).resolve().parents[1] / "src" / "rehabplan" / "phrases" / "rule_starts.json"


def table_source() -> str:
    """
    The text of the table for the grammar's rules as they are now: one JSON object, one
    line a rule, each pattern's key to its first characters (null: any), its groups of
    needs (joined by newlines, each group's texts by tabs) and the rule's name.
    """
    lines = []
    seen = set()
    for name, pattern, _ in RULES:
        key = pattern_key(pattern)
        if key in seen:
            continue
        seen.add(key)
        heads = starts(pattern)
        first = None if heads is None else "".join(sorted(heads))
        groups = sorted(sorted(group) for group in needs(pattern))
        needs_text = "\n".join("\t".join(group) for group in groups)
        row = json.dumps([first, needs_text, name], ensure_ascii=False)
        lines.append(f"{json.dumps(str(key))}: {row}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str]) -> int:
    """Rewrite the table, or with ``--check`` report whether it is up to date."""
    text = table_source()
    if "--check" in argv:
        if TABLE.read_text(encoding="utf-8") != text:
            print(f"{TABLE} is out of date: run python scripts/rule_starts.py", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
