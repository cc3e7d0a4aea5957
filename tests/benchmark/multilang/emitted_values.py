"""Values every language's result writer must write so that Python's json reads them back
unchanged: NaN and infinities, floats at their extremes, a string with quotes, control
characters, non-ASCII and a frame inside it, nested lists and maps, a widened float32 0.1,
and the smallest 64-bit integer."""

from __future__ import annotations

import math
from typing import Any

from benchmark.multilang.judge import FRAME

TRICKY = 'a"b\\c\n\t\x01\x1f\x7fé😀\n' + FRAME + "9 1"
FLOATS = [0.1, 1e21, 1e-7, 1.0, -0.0, 5e-324, 1.7976931348623157e308]
EXPECTED: list[Any] = [
    math.nan,
    math.inf,
    -math.inf,
    FLOATS,
    TRICKY,
    [3, None],
    {'k"': 1},
    [[1, "x", True, 2.5]],
    {"3": [True]},
    [],
    0.10000000149011612,  # a float32 0.1, widened
    -(1 << 63),
]
