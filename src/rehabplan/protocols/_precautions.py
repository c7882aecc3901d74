"""Reusable precaution sets: stop rules a clinician adds to any programme.

Part of `rehabplan.protocols`, which re-exports every public name.
"""

from __future__ import annotations

from rehabplan.model import (
    StopRule,
)

__all__ = ["NERVE_RED_FLAGS"]

#: Red flags for nerve-root (sciatic) pain: any of them means urgent medical care
#: (in the UK, A&E or 999), because they can be cauda equina syndrome.
#: From the NHS sciatica page and NHS trusts' cauda equina leaflets (Royal Free
#: London, Chesterfield Royal Hospital); add them to a programme's *stop_rules*.
NERVE_RED_FLAGS: tuple[StopRule, ...] = tuple(
    StopRule(what=what, action="seek urgent medical care")
    for what in (
        "you get numbness or pins and needles around your genitals or back passage, "
        "or between your inner thighs (the saddle area)",
        "you have new trouble starting to pee, cannot pee, cannot control your "
        "bladder, or cannot feel when it is full",
        "you cannot control your bowels or do not notice when you need to poo",
        "weakness in a leg or foot gets worse, such as a foot that drags or slaps",
        "you get sciatica, numbness or weakness in both legs",
        "you notice a change in feeling in your genitals or in sexual function",
    )
)
