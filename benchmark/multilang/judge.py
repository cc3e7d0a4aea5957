"""The host's verdict on a multilingual program's results: the tests run outside the program.

The harness appended to a completion calls the function on each recorded case and writes the
result, one frame per case, on stdout::

    \\n@@polyeval-result <i> <JSON of the returned value>\\n

The expected values never enter the program: they stay with the host (``expected`` in the
data), which parses the frames and compares. Whatever a program does to its own process
(exiting 0 before the tests, redefining ``assert`` or equality, printing fake frames), a wrong
answer cannot pass: it would have to print the right values, that is, solve the problem.

Equality is HumanEval's: Python's ``==`` on the parsed values (``1 == 1.0 == True``), tuples as
lists, with two refinements: where a language's ``float`` is 32-bit (MultiPL-E's C++, Java, C#
and Scala), floats compare after rounding both sides to float32, as MultiPL-E's own tests
(``== 0.5f``) do; and two problems whose tests are not equalities keep HumanEval's
predicates: ``close`` is ``|actual - expected| < 1e-6`` (HumanEval/2 and /4), ``poly_root`` is
``|poly(xs, actual)| < 1e-4`` where the case's expected value holds ``xs`` (HumanEval/32).
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

FRAME = "@@polyeval-result "
EQUAL, CLOSE, POLY_ROOT = "equal", "close", "poly_root"
CHECKS = (EQUAL, CLOSE, POLY_ROOT)


@dataclass(frozen=True)
class Judgement:
    passed: bool
    detail: str  # why not, for a failed program: "" when passed


def frames(stdout: str) -> tuple[dict[int, str], str]:
    """``{case index: raw JSON}`` from the program's stdout, and a complaint ("" if none): a
    frame written twice, or one that names no case, fails the program."""
    found: dict[int, str] = {}
    for line in stdout.split("\n"):
        if not line.startswith(FRAME):
            continue
        index, _, raw = line[len(FRAME) :].rstrip("\r").partition(" ")
        if not index.isdigit():
            return found, f"a result frame without a case number: {line[:80]!r}"
        if int(index) in found:
            return found, f"test {index}'s result was written twice"
        found[int(index)] = raw
    return found, ""


def judge(
    stdout: str,
    expected: Sequence[Any],
    check: str = EQUAL,
    float32: bool = False,
    doubles: bool = False,
) -> Judgement:
    """Every case's frame present once and equal to its expected value."""
    found, complaint = frames(stdout)
    if complaint:
        return Judgement(False, complaint)
    numbers = Numbers(float32, doubles)
    for i, want in enumerate(expected):
        if i not in found:
            return Judgement(False, f"stopped before test {i}'s result ({i} of {len(expected)})")
        try:
            got = json.loads(found[i])
        except ValueError:
            return Judgement(False, f"test {i}: the result is not JSON: {found[i][:80]!r}")
        if not matches(got, want, check, numbers):
            what = f"a root of poly({_show(want)})" if check == POLY_ROOT else _show(want)
            return Judgement(False, f"test {i}: expected {what}, got {found[i][:120]}")
    extra = sorted(set(found) - set(range(len(expected))))
    if extra:
        return Judgement(False, f"a result for test {extra[0]}, which does not exist")
    return Judgement(True, "")


@dataclass(frozen=True)
class Numbers:
    """How a language's numbers compare: ``float32``, its floats are 32-bit (MultiPL-E's C++,
    Java, C#, Scala); ``doubles``, every number is a double, integers included (JavaScript:
    HumanEval/114's -9999999999999999 is -1e16 there, and MultiPL-E's ``deepEqual`` agrees)."""

    float32: bool = False
    doubles: bool = False


EXACT = Numbers()


def matches(got: Any, want: Any, check: str = EQUAL, numbers: Numbers = EXACT) -> bool:
    if check == CLOSE:
        return _number(got) and abs(got - want) < 1e-6
    if check == POLY_ROOT:
        return _number(got) and abs(_poly(want, got)) < 1e-4
    return same(got, want, numbers)


def same(got: Any, want: Any, numbers: Numbers = EXACT) -> bool:
    """Python's ``==`` over JSON-shaped values, numbers as the language has them."""
    if isinstance(want, tuple):
        want = list(want)
    if _number(got) and _number(want):
        if numbers.float32 and (isinstance(got, float) or isinstance(want, float)):
            return _f32(got) == _f32(want)
        if numbers.doubles:
            return _f64(got) == _f64(want)
        return bool(got == want)
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(got) == len(want)
            and all(same(g, w, numbers) for g, w in zip(got, want, strict=True))
        )
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return False
        keys = {str(k): v for k, v in want.items()}
        return set(got) == set(keys) and all(same(got[k], keys[k], numbers) for k in keys)
    return bool(got == want) and type(got) is type(want)


def to_json(value: Any) -> Any:
    """A Python value as it is stored: tuples as lists, dictionary keys as strings."""
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def _number(x: Any) -> bool:
    return isinstance(x, int | float)


def _f32(x: float) -> float:
    try:
        return float(struct.unpack("f", struct.pack("f", float(x)))[0])
    except OverflowError:
        return math.copysign(math.inf, x)


def _f64(x: float) -> float:
    try:
        return float(x)
    except OverflowError:
        return math.copysign(math.inf, x)


def _poly(xs: list[float], x: float) -> float:
    """HumanEval/32's ``poly``: xs[0] + xs[1] * x + xs[2] * x^2 + ..."""
    try:
        return math.fsum(c * math.pow(x, i) for i, c in enumerate(xs))
    except OverflowError:
        return math.inf


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:119] + "…"
