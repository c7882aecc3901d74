"""Phrase language: text to `Dose`, `Timing` and `Prescription` (being written)."""

from __future__ import annotations

from rehabplan.model import AsNeeded, Dose, Prescription, Timing

__all__ = ["parse_dose", "parse_prescription", "parse_timing"]


def parse_dose(text: str) -> Dose:
    """Read a dose such as "3 x 15"."""
    raise NotImplementedError


def parse_timing(text: str) -> Timing | AsNeeded:
    """Read a timing such as "twice daily for 2 weeks"."""
    raise NotImplementedError


def parse_prescription(text: str) -> Prescription:
    """Read "Eccentric heel drops 3x15 twice daily for 12 weeks"."""
    raise NotImplementedError
