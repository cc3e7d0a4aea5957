"""The codec between candidate and checker: values round-trip, crafted bytes are refused."""

import collections
import decimal
import fractions
import math
import struct

import pytest

from benchmark.grader_wire import (
    MAX_DEPTH,
    MAX_FRAME,
    MAX_ITEMS,
    Unsendable,
    WireError,
    decode,
    encode,
)

Point = collections.namedtuple("Point", "x y")


class Word(str):
    pass


VALUES = [
    None, True, False, 0, -1, 2**200, -(2**70), 1.5, float("inf"), -0.0, 3 + 4j, "", "héllo",
    "\udc80", b"\x00\xff", bytearray(b"ab"), [1, [2, [3]]], (1, "a"), {1, 2}, frozenset({3}),
    {"a": [1], 2: (3,)}, collections.Counter("abca"), collections.OrderedDict(b=1, a=2),
    fractions.Fraction(1, 3), decimal.Decimal("1.10"), range(1, 10, 3),
]  # fmt: skip


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_values_round_trip_with_their_type(value: object) -> None:
    back = decode(encode(value))
    assert back == value and type(back) is type(value)


def test_nan_stays_nan() -> None:
    assert math.isnan(decode(encode(float("nan"))))


def test_defaultdict_comes_back_as_a_defaultdict_without_a_factory() -> None:
    back = decode(encode(collections.defaultdict(list, {"a": [1]})))
    assert type(back) is collections.defaultdict and back == {"a": [1]}
    assert back.default_factory is None


def test_subclasses_come_back_as_their_base_value() -> None:
    assert type(decode(encode(Word("x")))) is str
    assert decode(encode(Point(1, 2))) == (1, 2) and type(decode(encode(Point(1, 2)))) is tuple


def test_a_generator_comes_back_as_an_iterator_not_equal_to_a_list() -> None:
    back = decode(encode(x for x in [1, 2]))
    assert back != [1, 2]
    assert list(back) == [1, 2]


def test_dict_views_keep_their_comparison_semantics() -> None:
    assert decode(encode({1: 2}.keys())) == {1}
    assert decode(encode({1: 2}.items())) == {(1, 2)}


def test_an_object_of_another_type_is_unsendable_by_name() -> None:
    class Anything:
        def __eq__(self, other: object) -> bool:
            return True

    with pytest.raises(Unsendable, match="an object of type Anything"):
        encode([Anything()])


def test_a_self_referencing_list_is_unsendable() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(Unsendable, match="nested more than"):
        encode(loop)


def length(n: int) -> bytes:
    return struct.pack(">I", n)


HOSTILE = {
    "empty": b"",
    "unknown tag": b"P",
    "pickle opcode": b"\x80\x04\x95",
    "truncated int": b"i" + length(8) + b"\x01",
    "length past the frame": b"s" + length(1 << 30),
    "count past the frame": b"l" + length(1 << 30),
    "truncated float": b"f\x00\x00",
    "invalid utf-8": b"s" + length(1) + b"\xff",
    "trailing bytes": b"N" + b"N",
    "unhashable dict key": b"d" + length(1) + b"l" + length(0) + b"N",
    "unhashable set item": b"e" + length(1) + b"l" + length(0),
    "fraction with zero denominator": b"Q"
    + b"i"
    + length(1)
    + b"\x01"
    + b"i"
    + length(1)
    + b"\x00",
    "fraction with a str numerator": b"Q" + b"s" + length(0),
    "decimal from garbage": b"M" + b"s" + length(3) + b"abc",
    "range with zero step": b"r" + (b"i" + length(1) + b"\x00") * 3,
    "items view of non-pairs": b"W" + length(1) + b"N",
    "too deep": b"l" + length(1) * 1 + (b"l" + length(1)) * (MAX_DEPTH + 5) + b"N",
    "too many items": b"l" + length(MAX_ITEMS + 1) + b"N" * (MAX_ITEMS + 1),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_crafted_bytes_are_refused(name: str) -> None:
    with pytest.raises(WireError):
        decode(HOSTILE[name])


def test_a_frame_over_the_limit_is_refused_before_parsing() -> None:
    with pytest.raises(WireError):
        decode(b"y" + length(MAX_FRAME) + bytes(MAX_FRAME))
