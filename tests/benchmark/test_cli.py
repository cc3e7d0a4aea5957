import json
import subprocess
import sys
from pathlib import Path

from benchmark.cli import main
from benchmark.corpus import load_corpus
from benchmark.pygments_count import PinnedPygments, PygmentsCounter


def last_json(capsys) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_importing_benchmark_does_not_import_torch_or_django() -> None:
    code = (
        "import sys, benchmark.cli, benchmark.execution, benchmark.suites; "
        "print('torch' in sys.modules, 'django' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_perplexity_command_prints_the_design_summary(tiny_model: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = [
        "perplexity",
        "--model",
        str(tiny_model),
        "--language",
        "go",
        "--corpus",
        "seed-v1",
        "--max-files",
        "1",
        "--json",
    ]
    assert main(args) == 0
    summary = last_json(capsys)
    expected = {
        "language",
        "files",
        "bytes",
        "model_tokens",
        "pygments_tokens",
        "nll",
        "ppl_model_token",
        "ppl_pygments_token",
        "bits_per_byte",
    }
    assert expected <= set(summary)
    assert summary["language"] == "Go" and summary["files"] == 1


def test_perplexity_of_explicit_files_counts_with_the_pinned_pygments(  # type: ignore[no-untyped-def]
    tiny_model: Path,
    tmp_path: Path,
    capsys,
    pinned_pygments: PinnedPygments,
    pygments_counter: PygmentsCounter,
) -> None:
    source = tmp_path / "a.ts"
    source.write_text("let x: number = 1;\n" * 5)
    args = ["perplexity", "--model", str(tiny_model), "--language", "TypeScript"]
    args += ["--files", str(source), "--pygments-dir", str(pinned_pygments.folder), "--json"]
    assert main(args) == 0
    summary = last_json(capsys)
    assert summary["bytes"] == len(source.read_bytes())
    assert summary["pygments_version"] == "2.11.2"
    assert [summary["pygments_tokens"]] == pygments_counter.count(
        [(source.read_text(), "TypeScript")]
    )


def test_perplexity_of_files_without_the_pinned_pygments_says_how_to_fix(  # type: ignore[no-untyped-def]
    tiny_model: Path, tmp_path: Path, capsys
) -> None:
    source = tmp_path / "a.py"
    source.write_text("x = 1\n")
    args = ["perplexity", "--model", str(tiny_model), "--language", "Python", "--files"]
    args += [str(source), "--pygments-dir", str(tmp_path / "none"), "--json"]
    assert main(args) == 1
    assert "make setup" in last_json(capsys)["error"]


def test_perplexity_on_the_papers_test_set_records_the_corpus(tiny_model: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["perplexity", "--model", str(tiny_model), "--language", "C"]
    args += ["--corpus", "polycoder-unseen", "--max-files", "2", "--json"]
    assert main(args) == 0
    summary = last_json(capsys)
    corpus = load_corpus("polycoder-unseen")
    assert summary["corpus"] == "polycoder-unseen" and summary["files"] == 2
    assert summary["manifest_sha256"] == corpus.manifest_sha256
    assert summary["pygments_version"] == "2.11.2"
    assert summary["pygments_tokens"] == sum(
        f.pygments_tokens for f in corpus.for_language("C")[:2]
    )


def test_generate_writes_n_samples_per_problem(tiny_model: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "samples.jsonl"
    assert (
        main(
            [
                "generate",
                "--model",
                str(tiny_model),
                "--n",
                "2",
                "--temperature",
                "0.8",
                "--max-new-tokens",
                "16",
                "--tasks",
                "HumanEval/1,HumanEval/7",
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    assert last_json(capsys)["n_samples"] == 4
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["task_id"] for r in rows] == ["HumanEval/1"] * 2 + ["HumanEval/7"] * 2


def test_run_executes_a_whole_suite_without_django(
    tiny_model: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(
            [
                "run",
                "--model",
                str(tiny_model),
                "--suite",
                "smoke",
                "--out",
                str(tmp_path / "out"),
                "--json",
            ]
        )
        == 0
    )
    summary = last_json(capsys)
    assert summary["humaneval"]["by_temperature"]["0.8"]["pass@1"] == 0.0
    assert set(summary["perplexity"]["languages"]) == {"Python", "C"}
    assert (tmp_path / "out" / "samples.jsonl").read_text().count("\n") == 6


def test_missing_model_is_a_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        [
            "perplexity",
            "--model",
            str(tmp_path / "nope"),
            "--language",
            "C",
            "--corpus",
            "seed-v1",
            "--json",
        ]
    )
    assert code == 1
    assert "could not be loaded" in last_json(capsys)["error"]


def test_perplexity_records_the_window_its_rule_and_what_it_ran_on(
    tiny_model: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from benchmark.languages import PYGMENTS_COUNT_VERSION

    base = ["perplexity", "--model", str(tiny_model), "--language", "C", "--corpus", "seed-v1",
            "--max-files", "1", "--json"]  # fmt: skip
    assert main(base) == 0
    default = last_json(capsys)
    assert (default["window"], default["window_rule"]) == (2048, "model_context")
    assert default["pygments_version"] == PYGMENTS_COUNT_VERSION == "2.11.2"
    assert (default["backend"], default["device"], default["dtype"]) == ("hf", "cpu", "float32")
    assert default["corpus"] == "seed-v1" and default["window_reason"]
    assert main([*base, "--window", "100"]) == 0
    fixed = last_json(capsys)
    assert (fixed["window"], fixed["window_rule"]) == (100, "fixed")
    assert fixed["nll"] != default["nll"]
    assert main([*base, "--context-length", "100"]) == 0  # the old flag's name still works
    assert last_json(capsys)["nll"] == fixed["nll"]
    assert main([*base, "--window-rule", "neox_half"]) == 0
    assert last_json(capsys)["window"] == 1024


def test_a_window_beyond_the_models_context_is_a_clear_error(tiny_model: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["perplexity", "--model", str(tiny_model), "--language", "C", "--corpus", "seed-v1",
            "--window", "4096", "--json"]  # fmt: skip
    assert main(args) == 1
    assert "exceeds the model's context of 2048" in last_json(capsys)["error"]
