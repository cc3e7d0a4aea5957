"""What every language's translation shares: typed literals, the doc comment, the doctests.

A target renders Python *values* at known *types* (``PyType``), so an argument ``1`` of a
``float`` parameter is written ``1.0``, an empty list gets its element type, ``None`` of an
``Optional`` becomes the language's empty value. MultiPL-E coerces after the fact from the
literal's own type; the results are the same literals, reached from the signature instead.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from typing import Any

from benchmark.multilang.helpers import helper_code
from benchmark.multilang.judge import CLOSE, EQUAL
from benchmark.multilang.pytypes import PyType, infer, settle, union_member
from benchmark.multilang.source import Case, LeftOut, Spec, doctests

# MultiPL-E's DOCSTRING_LINESTART_RE. Its Ruby and TypeScript translators use "\n(\s+)",
# which leaves a docstring line without indentation uncommented (HumanEval/51's doctest holds
# a newline): a syntax error. Every language here comments every line.
LINESTART_STAR = re.compile("\n(\\s*)")
INT64 = 1 << 63


@dataclass(frozen=True)
class Translation:
    task_id: str
    prompt: str
    tests: str  # MultiPL-E's self-checking tests, exported for interop
    harness: str = ""  # what PolyEval runs: results written out, judged by the host (judge.py)


class Target:
    """One language. Subclasses set the class attributes and the ``*_literal`` methods."""

    name = ""
    code = ""  # MultiPL-E's language code
    stop: tuple[str, ...] = ()
    linestart = LINESTART_STAR
    typed = True  # statically typed: Any and Union need the language's own support
    float32 = False  # the language's ``float`` (MultiPL-E's choice) is 32-bit
    doubles = False  # every number is an IEEE double (JavaScript's), integers included

    def translate(self, spec: Spec) -> Translation:
        if self.float32 and not spec.float32_ok:
            raise LeftOut(
                f"{self.name}: float is 32-bit (MultiPL-E's choice) and no float32 result "
                f"passes HumanEval's tolerance ({spec.check})"
            )
        for t in [*(p for _, p in spec.params), spec.returns]:
            self.type_name(t)  # LeftOut early for types the language cannot say
        description = self.translate_doctests(spec, spec.description)
        harness = "\n".join(self.harness_lines(spec))
        return Translation(spec.task_id, self.prompt(spec, description), self.tests(spec), harness)

    # -- to override ----------------------------------------------------------------------
    def prompt(self, spec: Spec, description: str) -> str:
        raise NotImplementedError

    def test_lines(self, spec: Spec) -> list[str]:
        raise NotImplementedError

    def harness_lines(self, spec: Spec) -> list[str]:
        """After the completion: each case's result written as a frame (``judge.FRAME``); no
        expected value in the program. Empty: the language still runs ``tests`` itself."""
        return []

    def type_name(self, t: PyType) -> str:
        return ""

    def abs_of(self, expr: str) -> str:
        """The language's absolute value of a float expression."""
        return f"Math.abs({expr})"

    def poly_call(self, coeffs: str, x: str) -> str:
        """A call of HumanEval/32's ``poly`` as the prompt's helper spells it."""
        return self.call("poly", [coeffs, x])

    def scalar(self, value: Any, t: PyType) -> str:
        if t.kind == "bool":
            return "true" if value else "false"
        if t.kind == "int":
            return self.int_literal(int(value))
        if t.kind == "float":
            return self.float_literal(float(value))
        if t.kind == "str":
            return self.str_literal(value)
        raise LeftOut(f"{self.name}: no literal for {t}")

    def int_literal(self, value: int) -> str:
        if self.typed and not -INT64 <= value < INT64:
            raise LeftOut(f"{self.name}: {value} does not fit a 64-bit integer")
        return str(value)

    def float_literal(self, value: float) -> str:
        return repr(value)

    def str_literal(self, value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    def list_literal(self, items: list[str], t: PyType) -> str:
        return "[" + ", ".join(items) + "]"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return "[" + ", ".join(items) + "]"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        raise LeftOut(f"{self.name}: no dictionaries")

    def none_literal(self, t: PyType) -> str:
        raise LeftOut(f"{self.name}: no optional values")

    def some_literal(self, inner: str, t: PyType) -> str:
        return inner

    def union_literal(self, inner: str, t: PyType) -> str:
        return inner

    # -- shared ---------------------------------------------------------------------------
    def tests(self, spec: Spec) -> str:
        return "\n".join(self.test_lines(spec))

    def helpers(self, spec: Spec) -> str:
        """The prompt's helper functions in this language (before the entry point's doc)."""
        if not spec.helpers:
            return ""
        code = helper_code(self.code, spec.original_id)
        if not code:
            names = ", ".join(spec.helpers)
            raise LeftOut(f"{self.name}: the helper functions ({names}) are not translated")
        return code

    def predicate(self, spec: Spec, got: str, case: Case) -> str:
        """HumanEval's test where it is not an equality, as a boolean expression on ``got``
        (the candidate's call): within 1e-6 (``close``), or a root of ``poly``."""
        assert spec.check != EQUAL
        if spec.check == CLOSE:
            want = self.literal(case.expected, spec.returns)
            return f"{self.abs_of(f'{got} - {want}')} < 1e-6"
        coeffs = self.literal(case.expected, spec.params[0][1])
        return f"{self.abs_of(self.poly_call(coeffs, got))} < 1e-4"

    def literal(self, value: Any, t: PyType) -> str:
        kind = t.kind
        if kind == "any" or (kind == "union" and not self.typed):
            return self.literal(value, settle(infer(value)))  # the value's own type
        if kind == "union":
            member = union_member(value, t)
            return self.union_literal(self.literal(value, member), t)
        if kind == "str" and value == []:
            return self.str_literal("")  # HumanEval/78's empty input, as MultiPL-E's coercion
        if kind == "list" and isinstance(value, tuple):
            value = list(value)  # a variable-length tuple (HumanEval/148)
        if kind == "optional":
            if value is None:
                return self.none_literal(t)
            return self.some_literal(self.literal(value, t.args[0]), t)
        if kind == "list":
            return self.list_literal([self.literal(v, t.args[0]) for v in value], t)
        if kind == "tuple":
            if len(value) != len(t.args):
                raise LeftOut(f"{self.name}: a tuple of {len(value)} where {t} was expected")
            items = [self.literal(v, a) for v, a in zip(value, t.args, strict=True)]
            return self.tuple_literal(items, t)
        if kind == "dict":
            k, v = t.args
            return self.dict_literal(
                [(self.literal(a, k), self.literal(b, v)) for a, b in value.items()], t
            )
        if kind == "none" and value is None:
            return self.none_literal(t)
        return self.scalar(value, t)

    def args(self, spec: Spec, values: tuple[Any, ...]) -> list[str]:
        return [self.literal(v, t) for v, (_, t) in zip(values, spec.params, strict=True)]

    def call(self, name: str, args: list[str]) -> str:
        return f"{name}({', '.join(args)})"

    def comment(self, description: str, start: str, first_start: str | None = None) -> str:
        """MultiPL-E's docstring-to-comment: each line's indentation becomes the marker."""
        head = start + " " if first_start is None else first_start
        return head + self.linestart.sub("\n" + start + " ", description.strip()) + "\n"

    def translate_doctests(self, spec: Spec, description: str) -> str:
        """Each ``>>> f(x)`` / result pair in the target's syntax, as MultiPL-E; a pair that
        does not parse as a call on literals stays as it was."""
        out, pos = [], 0
        for start, end, call, result in doctests(description):
            out.append(description[pos:start])
            pos = end
            try:
                out.append(
                    f">>> {self._doctest_call(spec, call)}\n    "
                    f"{self.literal(ast.literal_eval(result), spec.returns)}\n"
                )
            except (ValueError, SyntaxError, LeftOut, TypeError, KeyError, AttributeError):
                out.append(description[start:end])
        return "".join(out) + description[pos:]

    def _doctest_call(self, spec: Spec, call: str) -> str:
        node = ast.parse(call, mode="eval").body
        if not isinstance(node, ast.Call) or len(node.args) != len(spec.params) or node.keywords:
            raise ValueError("not a call on the entry point")
        values = tuple(ast.literal_eval(a) for a in node.args)
        return self.call(self.entry_name(spec), self.args(spec, values))

    def entry_name(self, spec: Spec) -> str:
        return spec.name


def camel(snake: str, upper_first: bool = False) -> str:
    """MultiPL-E's to_camel_case (Java, Scala) and its C# variant (``upper_first``)."""
    parts = snake.split("_")
    head = parts[0].title() if upper_first else parts[0]
    return head + "".join(p.title() for p in parts[1:])
