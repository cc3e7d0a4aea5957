"""The GPU acceptance script (tests/gpu/acceptance.py) run on the CPU against itself, so that
it keeps working between the rare runs on a lent GPU machine."""

import json

from tests.gpu.acceptance import main


def test_the_acceptance_script_passes_cpu_against_cpu(tiny_model, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--device", "cpu", "--model", str(tiny_model), "--problems", "2",
            "--new-tokens", "8", "--files-per-language", "1"]  # fmt: skip
    assert main(args) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    report = json.loads(lines[-1])
    names = [check["check"] for check in report["checks"]]
    assert report["ok"] and report["device"] == "cpu"
    for model_type in ("gpt2", "gpt_neox"):
        assert f"greedy generation, hf cpu vs hf cpu, {model_type}" in names
    assert "perplexity, hf cpu vs hf cpu, gpt_neox, rule authors (window 256)" in names
    assert "perplexity, hf cpu vs hf cpu, gpt2, rule authors (window 2048)" in names
    assert any(name.startswith("vllm") for name in names)
    assert all(line.startswith("PASS ") for line in lines[:-1])
