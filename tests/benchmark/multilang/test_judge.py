"""The host's comparison of a program's result frames with the expected values."""

from benchmark.multilang.judge import (
    CLOSE,
    FRAME,
    POLY_ROOT,
    Numbers,
    judge,
    matches,
    same,
    to_json,
)


def out(*results: str) -> str:
    return "".join(f"\n{FRAME}{i} {r}\n" for i, r in enumerate(results))


def test_every_frame_equal_passes() -> None:
    assert judge(out("[1, 2]", '"a"'), [[1, 2], "a"]).passed


def test_the_programs_own_prints_around_frames_are_ignored() -> None:
    stdout = "debug: start" + out("3") + "more debug"
    assert judge(stdout, [3]).passed


def test_a_missing_frame_fails_naming_the_case() -> None:
    judged = judge(out("1"), [1, 2])
    assert not judged.passed
    assert "test 1" in judged.detail


def test_no_frames_at_all_fails_as_exiting_before_the_tests_would() -> None:
    assert not judge("", [True]).passed


def test_a_frame_written_twice_fails_even_if_one_copy_is_right() -> None:
    stdout = f"\n{FRAME}0 false\n\n{FRAME}0 true\n"
    judged = judge(stdout, [True])
    assert not judged.passed
    assert "twice" in judged.detail


def test_a_frame_for_a_case_that_does_not_exist_fails() -> None:
    assert not judge(out("1", "2"), [1]).passed


def test_a_wrong_value_fails_with_expected_and_actual() -> None:
    judged = judge(out("[1, 3]"), [[1, 2]])
    assert judged.detail == "test 0: expected [1, 2], got [1, 3]"


def test_a_frame_that_is_not_json_fails() -> None:
    assert "not JSON" in judge(out("[1,"), [[1]]).detail


def test_equality_is_pythons_so_ints_floats_and_bools_compare_by_value() -> None:
    assert same(1.0, 1) and same(1, True) and same([0.5, 2], (0.5, 2.0))
    assert not same("1", 1) and not same(None, 0) and not same([1], [1, 1])


def test_dictionaries_compare_with_their_keys_as_strings() -> None:
    assert same({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert not same({"a": 1}, {"a": 1, "b": 2}) and not same([["a", 1]], {"a": 1})


def test_float32_languages_compare_after_rounding_to_float32() -> None:
    widened = 0.33000001311302185  # float32(0.33) printed as a double
    assert same(widened, 0.33, Numbers(float32=True))
    assert not same(widened, 0.33)
    assert not same(0.3300001, 0.33, Numbers(float32=True))


def test_javascripts_numbers_compare_as_doubles_integers_included() -> None:
    assert same(-1e16, -9999999999999999, Numbers(doubles=True))
    assert not same(-1e16, -9999999999999999)
    assert not same(-1e16, -9999999999999990, Numbers(doubles=True))


def test_close_is_humanevals_tolerance() -> None:
    assert matches(0.33 + 1e-9, 0.33, CLOSE) and not matches(0.34, 0.33, CLOSE)
    assert not matches("0.33", 0.33, CLOSE)


def test_poly_root_checks_the_polynomial_at_the_answer() -> None:
    assert matches(1.0, [-1.0, 1.0], POLY_ROOT)  # -1 + x
    assert not matches(2.0, [-1.0, 1.0], POLY_ROOT)
    assert not matches(1e308, [0.0, 0.0, 1.0], POLY_ROOT)


def test_stored_values_have_lists_for_tuples_and_string_keys() -> None:
    assert to_json({1: (2, [3])}) == {"1": [2, [3]]}
