from benchmark.humaneval import STOP_SEQUENCES, build_program, load_dataset, truncate


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


def test_program_is_guard_prompt_completion_test_check_and_nonce() -> None:
    problem = load_dataset().problems[0]
    program = build_program(problem, "    return False\n", "NONCE")
    guard_end = program.index(problem.prompt)
    assert program.startswith("def _polyeval_guard_")
    assert program[guard_end:].startswith(problem.prompt + "    return False\n")
    assert problem.test in program
    guard = program.split("(", 1)[0].removeprefix("def ")
    assert program.rstrip().endswith(f"check({guard}({problem.entry_point}))\nprint('NONCE')")


def test_each_program_gets_its_own_guard_name() -> None:
    problem = load_dataset().problems[0]
    first, second = (build_program(problem, "", "N").split("(", 1)[0] for _ in range(2))
    assert first != second
