"""
Limbs placed for another movement: "Cross each of your arms over your chest and sit up 10
times" counts the sit-ups, not each arm.
"""

from __future__ import annotations

import itertools

from rehabplan.phrases._patterns import SENTENCE_ENDS
from rehabplan.phrases._tok import Tok

__all__ = ["another_movement_counted"]


def another_movement_counted(after: list[Tok]) -> bool:
    """
    Whether the words after "each of your legs" go on, past "and" or "then", to another
    movement that holds the count: a movement of the whole body ("and sit up 10 times",
    "and bridge 8-12 times") or of another part ("to 90 degrees and lift your hips 10
    times"); not the limb's own ("up and down 10 times", "and hold 30 seconds").

    >>> from rehabplan.phrases import read
    >>> read("Cross each of your arms over your chest and sit up 10 times").per_side
    False
    """
    words = [t.raw.lower() for t in after[:14]]
    syms = [t.sym for t in after[:14]]
    for k, word in enumerate(words):
        if syms[k] in SENTENCE_ENDS:
            return False
        if word not in {"and", "then"}:
            continue
        rest = [w for w in words[k + 1 :] if w not in _MANNER]
        # ("and curl your toes", "and squeeze the ball": the limb's own, with its object)
        moved = rest[:1] and rest[0] in _WHOLE_BODY and rest[1:2] not in _AN_OBJECT
        part = " ".join(rest[2:4]) if rest[2:3] == ["upper"] else "".join(rest[2:3])
        moved = moved or (rest[1:2] in (["your"], ["the"]) and part in _OTHER_PARTS)
        # ("and squeeze a pillow between them": both together, not each side)
        held = not _HELD_BETWEEN.isdisjoint(
            rest[: rest.index("between")] if "between" in rest else []
        )
        moved = moved or (
            held
            and any(
                a == "between" and (b in _BETWEEN_THEM or b.isdigit())
                for a, b in itertools.pairwise([*rest[:7], ","])
            )
        )
        if moved and "N" in syms[k + 1 : k + 7]:
            return True
    return False


#: Movements of the whole body, which the limbs are placed for: "and sit up 10 times".
_WHOLE_BODY = frozenset(
    "sit bridge squat rock roll curl crunch tuck squeeze stand march lunge".split()
)
#: Parts other than a limb, whose movement holds the count: "and lift your hips 10 times".
_OTHER_PARTS = frozenset(
    """hips hip bottom buttocks bum pelvis head chest trunk body back tummy stomach
    shoulders""".split()
) | {"upper body"}
#: What a thing squeezed between the limbs is between: "between them", "between your knees".
_HELD_BETWEEN = frozenset("squeeze squeezing place put hold holding grip press clamp trap".split())
_BETWEEN_THEM = frozenset({"them", "your", "the", "both", "these", "those", "'em", ","})
#: Words that begin an object of a movement: "curl your toes" moves the limb's own part.
_AN_OBJECT = [[w] for w in ("your", "the", "a", "an", "my", "each", "both", "it", "them")]
#: Words of manner before the next movement: "and then slowly sit up".
_MANNER = frozenset({"then", "slowly", "gently", "now"})
