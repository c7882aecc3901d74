"""
Prescriptions in stages: "twice daily for 2 weeks, then once daily for 4 weeks".

Each "then" cuts the phrase into stages; each stage is read on its own (its facts
folded apart from the others'), and a stage that gives no dose keeps the one before.
"""

from __future__ import annotations

from collections.abc import Sequence

from rehabplan.errors import PhraseError, ProgrammeError
from rehabplan.model import AsNeeded, Dose, Stage, Timing
from rehabplan.phrases._facts import Fact
from rehabplan.phrases._merge import Merge, merge
from rehabplan.phrases._settle import settle
from rehabplan.phrases._to_values import to_dose, to_timing

__all__ = ["read_stages", "refuse_stages", "stage_cuts", "stages_after"]


def stage_cuts(facts: Sequence[Fact]) -> list[Fact]:
    """
    The "then" of each later stage, in the order said.

    >>> from rehabplan.phrases._reader import scan
    >>> [c.kind for c in stage_cuts(scan("daily for 2 weeks then every other day")[1])]
    ['stage']
    """
    return [f for f in facts if f.kind == "stage"]


def refuse_stages(text: str, facts: Sequence[Fact], what: str) -> None:
    """
    Refuse a phrase in stages where one *what* (a dose or a timing) is wanted.

    >>> from rehabplan.phrases._reader import scan
    >>> refuse_stages("daily for 2 weeks then every other day",
    ...               scan("daily for 2 weeks then every other day")[1], "timing")
    Traceback (most recent call last):
    ...
    rehabplan.errors.PhraseError: cannot read 'daily for 2 weeks then every other day': ...
    """
    cuts = stage_cuts(facts)
    if cuts:
        raise PhraseError.problem(
            text,
            f"a later stage makes this more than one {what}; read the stages with "
            "parse_prescription, or give a programme file's prescription its 'stages'",
            cuts[0].start,
            cuts[0].end,
        )


def read_stages(text: str, facts: Sequence[Fact], *, accept_defaults: bool) -> list[Merge]:
    """
    The facts of each stage folded on their own, every question settled.

    >>> from rehabplan.phrases._reader import scan
    >>> text = "3 x 10 daily for 2 weeks, then 3 x 15 every other day"
    >>> [str(to_dose(m)) for m in read_stages(text, scan(text)[1], accept_defaults=False)]
    ['3 x 10', '3 x 15']
    """
    cuts = stage_cuts(facts)
    buckets: list[list[Fact]] = [[] for _ in range(len(cuts) + 1)]
    for fact in facts:
        if fact.kind != "stage":
            buckets[sum(cut.start <= fact.start for cut in cuts)].append(fact)
    pieces = []
    for bucket in buckets:
        merged = merge(text, bucket, strict=True)
        settle(merged, accept_defaults=accept_defaults)
        pieces.append(merged)
    return pieces


def stages_after(
    text: str,
    facts: Sequence[Fact],
    pieces: Sequence[Merge],
    first: tuple[Timing | AsNeeded, Dose | None],
) -> tuple[Stage, ...]:
    """
    The stages after the first (whose timing and dose are *first*), each from its piece.

    A stage that gives no dose keeps the dose of the stage before; every stage but the
    last needs a length, or the next one would have no start.

    >>> from rehabplan.phrases._reader import scan
    >>> text = "twice daily for 2 weeks then once daily for 4 weeks"
    >>> facts = scan(text)[1]
    >>> pieces = read_stages(text, facts, accept_defaults=False)
    >>> [str(s) for s in stages_after(text, facts, pieces, (to_timing(pieces[0]), None))]
    ['once daily for 4 weeks']
    """
    cuts = stage_cuts(facts)
    previous, dose = first
    begins = min((f.start for f in facts if f.kind != "stage"), default=0)
    stages: list[Stage] = []
    for number, (cut, piece) in enumerate(zip(cuts, pieces[1:], strict=True)):
        ends = cuts[number + 1].start if number + 1 < len(cuts) else len(text)
        if not isinstance(previous, Timing) or previous.duration_days is None:
            said = text[begins : cut.start].strip(" ,;.")
            raise PhraseError.problem(
                text,
                f"how long is {said!r} done before the next stage? give it a length, "
                f"such as '{said} for 2 weeks'",
                begins,
                cut.start,
            )
        timing = to_timing(piece)
        if not isinstance(timing, Timing):
            raise PhraseError.problem(
                text,
                "a later stage needs its timing, such as 'then once daily for 4 weeks'",
                cut.start,
                ends,
            )
        dose = to_dose(piece) or dose
        try:
            stages.append(Stage(timing=timing, dose=dose))
        except ProgrammeError as error:
            raise PhraseError.problem(text, str(error), cut.start, ends) from None
        previous, begins = timing, cut.end
    return tuple(stages)
