"""``python -m benchmark``: the command-line contract of docs/DESIGN.md.

Progress goes to stderr; with ``--json`` exactly one JSON object is the last line of stdout.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmark.languages import PYGMENTS_COUNT_VERSION
from benchmark.metrics import PAPER_KS
from benchmark.pygments_count import PinnedPygments

Handler = Callable[[argparse.Namespace], dict[str, Any]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        summary = args.handler(args)
    except (ValueError, KeyError, FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        if args.json:
            print(json.dumps({"error": str(exc)}))
        return 1
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print(json.dumps(summary, indent=2, sort_keys=True))
    if summary.get("error"):  # a result that falls short: printed whole, then a failing exit
        print(f"error: {summary['error']}", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmark", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    _exec_samples(commands.add_parser("exec-samples", help="execute HumanEval samples"))
    _generate(commands.add_parser("generate", help="sample HumanEval completions"))
    _perplexity(commands.add_parser("perplexity", help="score code files in one language"))
    _run(commands.add_parser("run", help="a whole suite for one model"))
    _tiny(commands.add_parser("make-tiny-model", help="write a small local test model"))
    _corpus(commands.add_parser("build-corpus", help="build the polyeval-v1 perplexity corpus"))
    _import_unseen(
        commands.add_parser("import-polycoder-unseen", help="import the paper's test set")
    )
    _recount(commands.add_parser("recount-corpus", help="recount a corpus's Pygments tokens"))
    _problems(commands.add_parser("problems", help="print one language's HumanEval problems"))
    _build_multilang(
        commands.add_parser("build-multilang", help="translate HumanEval into the 12 languages")
    )
    return parser


def _common(parser: argparse.ArgumentParser, handler: Handler) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON summary on stdout")
    parser.set_defaults(handler=handler)


def _pygments_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pygments-dir",
        type=Path,
        default=None,
        help=f"the pinned Pygments {PYGMENTS_COUNT_VERSION} (default: what make setup "
        f"installs, {sys.prefix}/pygments-{PYGMENTS_COUNT_VERSION})",
    )


def _pinned(args: argparse.Namespace) -> PinnedPygments:
    if args.pygments_dir is not None:
        return PinnedPygments(args.pygments_dir)
    return PinnedPygments.beside(sys.prefix)


def _model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", required=True, help="local directory or Hugging Face id")
    parser.add_argument("--revision", default=None)
    parser.add_argument("--backend", default="hf", choices=["hf", "vllm"])
    parser.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    parser.add_argument("--dtype", default="float32")


def _exec_samples(p: argparse.ArgumentParser) -> None:
    p.add_argument("samples", type=Path, help="JSONL lines with task_id and completion")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--timeout", type=float, default=3.0)
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--k", default=",".join(map(str, PAPER_KS)))
    p.add_argument("--language", default=None, help="multilingual samples: every line's language")
    p.add_argument(
        "--cold",
        action="store_true",
        help="multilingual samples: one fresh compiler and run per program, no warm servers",
    )
    p.add_argument(
        "--sandbox",
        default="bwrap",
        choices=["bwrap", "unisolated-process"],
        help="bwrap (default) or the weaker unisolated-process, which must be asked for",
    )
    _common(p, _cmd_exec_samples)


def _generate(p: argparse.ArgumentParser) -> None:
    _model_args(p)
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--temperature", type=float, required=True)
    p.add_argument("--top-p", type=float, default=0.95)
    p.add_argument("--max-new-tokens", type=int, default=256)
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--tasks", default=None, help="comma-separated task ids (default: all 164)")
    p.add_argument("--prompts-per-batch", type=int, default=1)
    p.add_argument("--out", type=Path, required=True)
    _common(p, _cmd_generate)


def _perplexity(p: argparse.ArgumentParser) -> None:
    _model_args(p)
    p.add_argument("--language", required=True)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--files", type=Path, nargs="+")
    source.add_argument("--corpus")
    p.add_argument("--max-files", type=int, default=None)
    window = p.add_mutually_exclusive_group()
    window.add_argument(
        "--window",
        "--context-length",
        dest="window",
        type=int,
        default=None,
        help="tokens of model input per window (default: the model's context)",
    )
    window.add_argument(
        "--window-rule",
        default=None,
        help="model_context, neox_half or authors (the authors' window for "
        "this model: GPT-NeoX conversions use half their context)",
    )
    _pygments_arg(p)
    _common(p, _cmd_perplexity)


def _run(p: argparse.ArgumentParser) -> None:
    _model_args(p)
    p.add_argument("--suite", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sandbox", default="bwrap", choices=["bwrap", "unisolated-process"])
    _common(p, _cmd_run)


def _tiny(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path)
    p.add_argument("--width", type=int, default=64)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--heads", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--train-steps", type=int, default=0, help="0: random weights only")
    p.add_argument("--save-at", default="", help="also save DIR-stepN at these steps (1,2,..)")
    _common(p, _cmd_tiny)


def _corpus(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, help="corpus folder to write")
    p.add_argument("--work", type=Path, default=Path("/tmp/polyeval-corpus-work"),
                   help="where sources are downloaded and unpacked (reused)")  # fmt: skip
    p.add_argument("--per-language", type=int, default=100)
    p.add_argument("--max-bytes", type=int, default=32768, help="per-file size cap")
    p.add_argument("--no-fetch", action="store_true", help="use only what --work holds")
    _pygments_arg(p)
    _common(p, _cmd_corpus)


def _import_unseen(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        help="the extracted Evaluation/test_sets (or Code-sampled100): one folder per language",
    )
    p.add_argument("--out", type=Path, default=None, help="default: the committed corpus folder")
    _pygments_arg(p)
    _common(p, _cmd_import_unseen)


def _recount(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="a corpus under benchmark/data/corpus")
    _pygments_arg(p)
    _common(p, _cmd_recount)


def _problems(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", required=True, help="one of the 12 names or MultiPL-E's codes")
    p.add_argument("--jsonl", action="store_true", help="one line per problem, then the summary")
    _common(p, _cmd_problems)


def _build_multilang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=None, help="default: benchmark/data/multilang")
    _common(p, _cmd_build_multilang)


def _cmd_problems(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.multilang.problems import print_problems

    args.json = args.json or args.jsonl  # the summary is then one JSON line too
    return print_problems(args.language, sys.stdout if args.jsonl else io.StringIO())


def _cmd_build_multilang(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.multilang.build import DATA_DIR, write

    return write(args.out or DATA_DIR)


def _load(args: argparse.Namespace) -> Any:
    from benchmark.backends import ModelSpec, load_backend

    spec = ModelSpec(args.model, args.revision, args.dtype, args.device)
    return load_backend(args.backend, spec)


def _cmd_exec_samples(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.commands import exec_samples
    from benchmark.execution import ExecutionSettings
    from benchmark.multilang.exec_samples import exec_multilingual, is_multilingual
    from benchmark.sandbox import SandboxLimits

    ks = [int(k) for k in args.k.split(",") if k.strip()]
    settings = ExecutionSettings(
        args.sandbox, SandboxLimits(timeout_s=args.timeout), args.workers, warm=not args.cold
    )
    if args.sandbox != "bwrap":
        print(
            f"WARNING: sandbox mode {args.sandbox}: no network or filesystem isolation",
            file=sys.stderr,
        )
    if args.language or is_multilingual(args.samples):
        return exec_multilingual(args.samples, args.out, args.language, settings, ks)
    return exec_samples(args.samples, args.out, settings, ks)


def _cmd_generate(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.commands import generate
    from benchmark.sampling import SamplingConfig

    sampling = SamplingConfig(args.n, args.temperature, args.top_p, args.max_new_tokens, args.seed)
    tasks = args.tasks.split(",") if args.tasks else None
    return generate(_load(args), sampling, tasks, args.out, args.prompts_per_batch)


def _cmd_perplexity(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.commands import perplexity
    from benchmark.steps import choose_window
    from benchmark.windows import FIXED, MODEL_CONTEXT

    rule = FIXED if args.window is not None else args.window_rule or MODEL_CONTEXT
    backend = _load(args)
    window = choose_window(backend, rule, args.window)
    return perplexity(
        backend,
        args.language,
        args.files,
        args.corpus,
        args.max_files,
        window,
        pygments=_pinned(args),
    )


def _cmd_run(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.runner import run_suite
    from benchmark.suites import get_suite

    suite = get_suite(args.suite)
    return run_suite(_load(args), suite, args.out, args.sandbox, args.model, args.revision)


def _cmd_corpus(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.corpus_build import build_corpus

    summary = dict(
        build_corpus(
            args.out,
            args.work,
            _pinned(args),
            args.per_language,
            not args.no_fetch,
            args.max_bytes,
        )
    )
    short = summary["short_languages"]
    if isinstance(short, list) and short:  # the corpus is written, but not the one asked for
        summary["error"] = f"fewer than {args.per_language} files in {', '.join(short)}"
    return summary


def _cmd_import_unseen(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.corpus_polycoder import import_polycoder_unseen

    if args.out is None:
        return import_polycoder_unseen(args.source, _pinned(args))
    return import_polycoder_unseen(args.source, _pinned(args), args.out)


def _cmd_recount(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.corpus import CORPORA_DIR, available_corpora
    from benchmark.corpus_polycoder import recount_manifest

    if args.name not in available_corpora():
        raise ValueError(f"unknown corpus {args.name!r} (available: {available_corpora()})")
    return recount_manifest(CORPORA_DIR / args.name, _pinned(args))


def _cmd_tiny(args: argparse.Namespace) -> dict[str, Any]:
    from benchmark.tiny_model import TinyModelConfig, make_tiny_model

    save_at = tuple(int(s) for s in args.save_at.split(",") if s.strip())
    config = TinyModelConfig(
        width=args.width,
        layers=args.layers,
        heads=args.heads,
        seed=args.seed,
        train_steps=args.train_steps,
        save_at=save_at,
    )
    return make_tiny_model(args.dir, config)
