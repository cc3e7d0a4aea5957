"""Suites as data: the multilingual suites' settings, and every suite read back from what a run
stores (also suites stored before the multilingual part existed)."""

from __future__ import annotations

import pytest

from benchmark.multilang.languages import NAMES
from benchmark.multilang.run_steps import sample_count, select_problems
from benchmark.suites import SUITES, MultiLangConfig, SuiteConfig, get_suite


@pytest.mark.parametrize("name", sorted(SUITES))
def test_every_suite_reads_back_from_its_stored_form(name: str) -> None:
    suite = get_suite(name)
    assert SuiteConfig.from_dict(suite.to_dict()) == suite


def test_a_suite_stored_before_the_multilingual_part_reads_back_without_it() -> None:
    stored = get_suite("paper").to_dict()
    assert "multilang" not in stored  # so its sha256 is what it was
    assert SuiteConfig.from_dict(stored).multilang is None


def test_the_multilingual_suite_covers_the_12_languages_and_leaves_python_suites_alone() -> None:
    suite = get_suite("multilingual")
    assert suite.humaneval is None and suite.perplexity is None
    assert suite.multilang is not None
    assert set(suite.multilang.languages) == set(NAMES) and len(NAMES) == 12
    assert suite.multilang.task_ids is None and suite.multilang.top_p == 0.95
    assert get_suite("paper").multilang is None


def test_the_multilingual_demo_suite_is_small_enough_for_cpu() -> None:
    config = get_suite("multilingual-demo").multilang
    assert config is not None
    assert len(config.languages) == 12
    assert sample_count(config) <= 100 and config.max_new_tokens <= 64
    for code in config.languages:
        assert len(select_problems(config, code)) == 3


def test_task_ids_round_trip_per_language() -> None:
    config = MultiLangConfig(
        languages=("c", "go"), task_ids=(("c", ("HumanEval_53_add",)), ("go", ())), n_samples=1
    )
    suite = SuiteConfig("x", 1, None, None, multilang=config)
    back = SuiteConfig.from_dict(suite.to_dict())
    assert back == suite and back.multilang is not None
    assert back.multilang.tasks_for("c") == ("HumanEval_53_add",)


def test_task_ids_must_name_the_suites_languages_and_codes_must_be_known() -> None:
    with pytest.raises(ValueError):
        MultiLangConfig(languages=("c",), task_ids=(("go", ()),))
    with pytest.raises(ValueError):
        MultiLangConfig(languages=("C++",))
