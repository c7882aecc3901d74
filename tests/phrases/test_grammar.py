"""
The grammar compiles each rule on first use: it reads exactly as one alternation of
every rule would, and a short phrase compiles a few rules, not the whole grammar
(only rules that can start at the token and whose needs the phrase holds).
"""

from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
import sys
import zlib
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ROOT, TESTS

from rehabplan.phrases import _grammar
from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._pattern_starts import needs, starts
from rehabplan.phrases._rules import RULES
from rehabplan.phrases._tokens import tokenize

#: Every symbol the tokenizer makes, and the placeholders for numbers, times and dates.
SYMBOLS = sorted({*lx.SYMBOLS.values(), "N", "ORD", "TIME", "DATE", "MONTH", "DOW", "W", ","})


@cache
def _whole_grammar() -> re.Pattern[str]:
    """All the rules as one alternation, tried in order at each token: the reference."""
    parts = []
    for index, (_, pattern, _) in enumerate(RULES):
        renamed = re.sub(r"\(\?P<([a-z0-9_]+)>", rf"(?P<r{index}_\1>", pattern)
        parts.append(f"(?P<R{index}>{renamed})")
    return re.compile("(?<= )(?:" + "|".join(parts) + ")")


@cache
def _group_names() -> tuple[tuple[str, ...], ...]:
    """Each rule's group names, read once (more rules than `re` caches compiled patterns)."""
    return tuple(tuple(re.compile(pattern).groupindex) for _, pattern, _ in RULES)


@cache
def _rule_names() -> dict[str, str]:
    """Each pattern's rule: the first of two rules with one pattern is the one that matches."""
    return {pattern: name for name, pattern, _ in reversed(RULES)}


def _reference(syms: tuple[str, ...]) -> list[tuple[str, int, int, dict[str, tuple[int, int]]]]:
    """What the one-alternation grammar makes of *syms*: rule, first and last token, groups."""
    text = " " + "".join(sym + " " for sym in syms)
    firsts, ends, offset = {}, {}, 1
    for index, sym in enumerate(syms):
        firsts[offset] = index
        offset += len(sym) + 1
        ends[offset] = index
    found = []
    for match in _whole_grammar().finditer(text):
        key = match.lastgroup
        first, last = firsts.get(match.start()), ends.get(match.end())
        if key is None or match.end() == match.start() or first is None or last is None:
            continue
        rule = int(key[1:])
        groups = {}
        for name in _group_names()[rule]:
            g_start, g_end = match.span(f"r{rule}_{name}")
            g_first = firsts.get(g_start)
            g_last = ends.get(g_end) if g_end in ends else ends.get(g_end + 1)
            if g_start >= 0 and g_first is not None and g_last is not None:
                groups[name] = (g_first, g_last)
        found.append((RULES[rule][0], first, last, groups))
    return found


def _ours(syms: tuple[str, ...]) -> list[tuple[str, int, int, dict[str, tuple[int, int]]]]:
    names = _rule_names()
    return [
        (names[match.re.pattern], first, last, groups)
        for match, _, first, last, groups in _grammar._match_symbols(syms)
    ]


def _corpus_symbols() -> list[tuple[str, ...]]:
    texts = [
        json.loads(line)["text"]
        for path in sorted((TESTS / "data").glob("phrases-*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    return sorted({tuple(tok.sym for tok in tokenize(text)) for text in texts})


#: On CI, one corpus shape in this many is checked (chosen by a hash of its symbols, the
#: same on every run) to keep the run short; `scripts/test` elsewhere checks them all.
_CI_SHARE = 3


def test_every_corpus_phrase_matches_as_the_whole_grammar_would() -> None:
    """Each corpus phrase's tokens meet the same rules, at the same tokens, with the same groups."""
    shapes = _corpus_symbols()
    assert len(shapes) > 500
    if os.environ.get("CI"):
        shapes = [s for s in shapes if zlib.crc32(" ".join(s).encode()) % _CI_SHARE == 0]
    assert [s for s in shapes if _ours(s) != _reference(s)] == []


@given(st.lists(st.sampled_from(SYMBOLS), max_size=14).map(tuple))
def test_any_symbols_match_as_the_whole_grammar_would(syms: tuple[str, ...]) -> None:
    """Any run of symbols, read or not, meets the same rules as the one alternation."""
    assert _ours(syms) == _reference(syms)


@pytest.mark.parametrize(("name", "pattern"), [(name, pattern) for name, pattern, _ in RULES])
def test_every_rule_says_what_it_can_start_with(name: str, pattern: str) -> None:
    """
    Every rule's first characters are readable, so it is compiled only where it can
    match (write a rule in the syntax the others use if this fails).
    """
    assert starts(pattern) is not None


@given(st.data())
def test_a_rule_only_matches_text_starting_with_its_first_characters(data: st.DataObject) -> None:
    """Any text a rule matches starts with one of the characters `starts` names for it."""
    _, pattern, _ = data.draw(st.sampled_from(RULES))
    first = starts(pattern)
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    if first is not None and text and re.fullmatch(pattern, text):  # lookarounds drawn loosely
        assert text[:1] in first


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?:at least |up to )?(?P<n>N) x ", {"a", "u", "N"}),
        (r"(?!not )(?:[a-c]+ ){0,2}day ", {"a", "b", "c", "d"}),
        (r"(?:[a-c]+ ){1,2}day ", {"a", "b", "c"}),
        (r"(?=x )\+ (?P<n>N)", {"+"}),
        (r"[.,;)] |$", {".", ",", ";", ")"}),  # an empty match is never used
        (r"(?:hold )?", {"h"}),
        (r"[^a] ", None),
        (r"\w+ ", None),
        (r"(?i)hold ", None),
        (r"(?P<n>N) \1", {"N"}),
        (r"\1 ", None),
        (r"(?:a|b)|c{0,2}", {"a", "b", "c"}),
        (r"(?:a|b)|c{1,2}", {"a", "b", "c"}),
    ],
)
def test_first_characters_of_patterns(pattern: str, first: set[str] | None) -> None:
    """Unread syntax widens the answer to 'any character'; an empty match adds nothing."""
    assert starts(pattern) == (None if first is None else frozenset(first))


@given(st.data())
def test_a_rule_only_matches_text_with_what_it_needs(data: st.DataObject) -> None:
    """Any text a rule matches contains a text of each group its needs name."""
    _, pattern, _ = data.draw(st.sampled_from(RULES))
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    if re.fullmatch(pattern, text):  # lookarounds are drawn loosely
        assert all(any(need in text for need in group) for group in needs(pattern))


@pytest.mark.parametrize(
    ("pattern", "groups"),
    [
        (r"(?P<n>N) (?:sec|second) ", [{"N sec ", "N second "}]),
        (
            r"(?:for )?N (?:hour|hours) after ",
            [{"N hour after ", "N hours after ", "for N hour after ", "for N hours after "}],
        ),
        (r"N \w+ x (?:hold )?", [{" x ", " x hold "}, {"N "}]),
        (r"(?:N |ORD )+rest ", [{"N ", "ORD "}, {"N rest ", "ORD rest "}]),
        (r"(?:a|b)c.(?:dd|ee)", [{"ac", "bc"}, {"dd", "ee"}]),
        (r"(?:a. |b. )c", [{" c"}]),  # {"a", "b"}: a group with a one-letter text is left out
        (r"N (?:[a-z] ){0,2}x", [{"N "}]),
        (r"(?:N (?:[a-z]+ )?|b x )y ", [{"N ", "b x "}, {"y "}]),  # one text from each side
        (r"(?:N |.)(?:yy|zz)", [{"yy", "zz"}]),  # one side needs nothing: only the end counts
        (r"(?i)N ", []),
        (r"(?!x )N x (?=y )", [{"N x "}]),
    ],
)
def test_needs_of_patterns(pattern: str, groups: list[set[str]]) -> None:
    """Texts a match must contain, read where a literal run is whole; nothing where unsure."""
    assert needs(pattern) == frozenset(frozenset(group) for group in groups)


def test_the_table_read_ahead_of_time_is_up_to_date() -> None:
    """The first characters and needs read ahead of time are those the rules have now."""
    script = runpy.run_path(str(ROOT / "scripts" / "rule_starts.py"))
    assert script["TABLE"].read_text(encoding="utf-8") == script["table_source"](), (
        "run python scripts/rule_starts.py"
    )


def test_the_rules_patterns_are_the_same_text_in_every_process() -> None:
    """
    The table read ahead of time finds a rule by a checksum of its pattern, so a pattern
    must not depend on the hash seed (alternatives joined in a set's order would).
    """
    code = (
        "from rehabplan.phrases._pattern_starts import pattern_key\n"
        "from rehabplan.phrases._rules import RULES\n"
        "print([pattern_key(pattern) for _, pattern, _ in RULES])\n"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1


def test_a_short_phrase_compiles_a_part_of_the_grammar() -> None:
    """A fresh process reading one short phrase compiles well under the whole grammar."""
    code = (
        "from rehabplan import parse_prescription\n"
        "from rehabplan.phrases import _grammar\n"
        "parse_prescription('Heel drops 3x15 twice daily for 12 weeks')\n"
        "print(_grammar._rule.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 < int(out.stdout) < len(RULES) / 10
