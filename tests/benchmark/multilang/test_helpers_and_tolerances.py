"""HumanEval/2, /4 and /32 (tests that are not equalities) and /10, /32, /38, /50 (prompts
that define helper functions) are translated in every language, or left out with a reason."""

from __future__ import annotations

import pytest

from benchmark.humaneval import load_dataset
from benchmark.multilang.build import TARGETS, translate_language
from benchmark.multilang.judge import CLOSE, EQUAL, POLY_ROOT, judge, matches
from benchmark.multilang.source import LeftOut, Spec, read_spec
from benchmark.multilang.target import Target

NEW = {
    "HumanEval/2": "HumanEval_2_truncate_number",
    "HumanEval/4": "HumanEval_4_mean_absolute_deviation",
    "HumanEval/10": "HumanEval_10_make_palindrome",
    "HumanEval/32": "HumanEval_32_find_zero",
    "HumanEval/38": "HumanEval_38_decode_cyclic",
    "HumanEval/50": "HumanEval_50_decode_shift",
}
HELPER_NAMES = {"HumanEval/10": "is_palindrome", "HumanEval/32": "poly"}
HELPER_NAMES |= {"HumanEval/38": "encode_cyclic", "HumanEval/50": "encode_shift"}
NOT_FLOAT32 = ("HumanEval/2", "HumanEval/32")


def spec(task_id: str) -> Spec:
    return read_spec(load_dataset().by_id()[task_id])


def spelled(code: str, name: str) -> str:
    """The helper's name as the language spells its functions (Java, C#, Scala: camel)."""
    head, *rest = name.split("_")
    if code in ("java", "scala"):
        return head + "".join(p.title() for p in rest)
    if code == "cs":
        return "".join(p.title() for p in name.split("_"))
    return name


def test_the_tolerance_problems_keep_humaneval_s_predicates_and_values() -> None:
    assert spec("HumanEval/2").check == spec("HumanEval/4").check == CLOSE
    assert spec("HumanEval/2").cases[1].expected == pytest.approx(0.33)
    assert spec("HumanEval/32").check == POLY_ROOT
    assert spec("HumanEval/10").check == spec("HumanEval/38").check == EQUAL


def test_find_zero_s_cases_expect_the_coefficients_and_its_canonical_roots_pass() -> None:
    problem = load_dataset().by_id()["HumanEval/32"]
    namespace: dict[str, object] = {}
    exec(problem.prompt + problem.canonical_solution, namespace)
    find_zero = namespace["find_zero"]
    assert callable(find_zero)
    found = spec("HumanEval/32")
    assert found.returns.kind == "float" and str(found.params[0][1]) == "List[int]"
    assert len(found.cases) > 90
    for case in found.cases:
        assert case.expected == case.args[0]
        assert matches(find_zero(list(case.args[0])), case.expected, POLY_ROOT)
    assert not matches(0.0, [1, 1], POLY_ROOT)


def test_the_helper_functions_are_named_in_the_spec() -> None:
    assert spec("HumanEval/10").helpers == ("is_palindrome",)
    assert spec("HumanEval/32").helpers == ("poly",)
    assert spec("HumanEval/0").helpers == ()


def test_float32_cannot_meet_two_tolerances_but_meets_the_third() -> None:
    assert not spec("HumanEval/2").float32_ok and not spec("HumanEval/32").float32_ok
    assert spec("HumanEval/4").float32_ok


@pytest.mark.parametrize("code", sorted(c for c in TARGETS if c != "py"))
def test_every_language_translates_the_six_or_says_why(code: str) -> None:
    rows, left_out = translate_language(code, load_dataset())
    by_id = {r["original_id"]: r for r in rows}
    for original, task_id in NEW.items():
        if TARGETS[code].float32 and original in NOT_FLOAT32:
            assert "float is 32-bit" in left_out[task_id]
            continue
        assert task_id not in left_out, left_out.get(task_id)
        prompt = by_id[original]["prompt"]
        if original in HELPER_NAMES:
            helper = spelled(code, HELPER_NAMES[original])
            entry = spelled(code, original_id_entry(task_id))
            assert helper in prompt and prompt.index(helper) < prompt.rindex(entry), prompt
    assert len(rows) >= 158


def original_id_entry(task_id: str) -> str:
    return task_id.split("_", 2)[2]


@pytest.mark.parametrize("code", ["c", "go", "rs", "js", "php", "rb"])
def test_the_self_checking_tests_compare_within_the_tolerance(code: str) -> None:
    rows, _ = translate_language(code, load_dataset())
    by_id = {r["original_id"]: r for r in rows}
    assert "1e-6" in by_id["HumanEval/2"]["tests"] and "1e-6" in by_id["HumanEval/4"]["tests"]
    assert "poly(" in by_id["HumanEval/32"]["tests"] and "1e-4" in by_id["HumanEval/32"]["tests"]


def test_a_language_without_the_helpers_translated_leaves_the_problem_out() -> None:
    class Bare(Target):
        name, code = "Bare", "bare"

    with pytest.raises(LeftOut, match="helper functions"):
        Bare().helpers(spec("HumanEval/38"))


def test_the_host_judges_the_new_problems_from_the_data_s_expected_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where a language writes frames, the rows carry the check and the expected values the
    host needs: the coefficients for find_zero, the canonical values for the tolerances."""
    monkeypatch.setattr(type(TARGETS["rs"]), "harness_lines", lambda self, s: ["// frames"])
    rows, _ = translate_language("rs", load_dataset())
    by_id = {r["original_id"]: r for r in rows}
    zero, mad = by_id["HumanEval/32"], by_id["HumanEval/4"]
    assert zero["check"] == POLY_ROOT and zero["expected"][0] == [-10, -2]
    assert mad["check"] == CLOSE and by_id["HumanEval/38"]["check"] == EQUAL
    root = "\n@@polyeval-result 0 -5.0\n"  # -10 - 2x = 0
    assert judge(root, zero["expected"][:1], POLY_ROOT).passed
    missed = judge("\n@@polyeval-result 0 -4.9\n", zero["expected"][:1], POLY_ROOT)
    assert missed.detail == "test 0: expected a root of poly([-10, -2]), got -4.9"

    def frames(error: float) -> str:
        return "".join(
            f"\n@@polyeval-result {i} {v + error}\n" for i, v in enumerate(mad["expected"])
        )

    assert judge(frames(1e-7), mad["expected"], CLOSE).passed
    assert not judge(frames(1e-5), mad["expected"], CLOSE).passed
