"""Signature types inferred from the values HumanEval's tests use."""

from __future__ import annotations

import ast

import pytest

from benchmark.multilang.pytypes import (
    FLOAT,
    INT,
    STR,
    PyType,
    infer,
    join,
    list_of,
    parse_annotation,
    settle,
    union_member,
)


def test_ints_and_floats_join_to_float_and_none_makes_optional() -> None:
    assert join(INT, FLOAT) == FLOAT
    assert join(infer(None), STR) == PyType("optional", (STR,))
    assert join(PyType("optional", (INT,)), FLOAT) == PyType("optional", (FLOAT,))


def test_an_empty_list_takes_its_element_type_from_the_others_or_int() -> None:
    assert join(infer([]), infer([1.5])) == list_of(FLOAT)
    assert settle(infer([])) == list_of(INT)


def test_values_of_no_common_type_make_a_flat_union() -> None:
    union = join(join(INT, STR), FLOAT)
    assert union == PyType("union", (STR, FLOAT))
    assert union_member(3, union) == FLOAT and union_member("x", union) == STR


def test_annotations_parse_and_unknown_ones_are_refused() -> None:
    parsed = parse_annotation(ast.parse("Dict[str, List[Optional[int]]]", mode="eval").body)
    assert str(parsed) == "Dict[str, List[Optional[int]]]"
    with pytest.raises(ValueError, match="unsupported"):
        parse_annotation(ast.parse("Callable[[int], int]", mode="eval").body)


def test_a_bool_is_not_an_int() -> None:
    assert infer(True).kind == "bool" and infer((1, "a")) == PyType("tuple", (INT, STR))
