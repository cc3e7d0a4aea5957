"""JavaScript, TypeScript, PHP, Ruby and Python, in MultiPL-E's prompt and harness shapes.

JavaScript, TypeScript, PHP and Ruby run PolyEval's harness (``harness_lines``) after the
completion: it calls the function on each recorded case and writes the result as a frame
through the emitter of ``emit_dynamic``; the host compares (``judge.py``). Python keeps its
own grader, which already runs the tests outside the candidate's process.

What forging remains in these four: none without computing the right values. The expected
values are neither in the program nor anywhere in its sandbox. A completion runs before the
harness and may replace what the emitter uses (``JSON.stringify``, ``process.stdout.write``,
Ruby's ``Integer#to_s`` or ``$stdout``; PHP cannot replace a function), but what a replaced
emitter prints is a value the completion computed, which its function could as well have
returned. Exiting before the harness (``process.exit(0)``, ``exit(0)``, ``exit!``) leaves the
frames missing; frames the completion prints, from its body, an ``at_exit`` hook or a
``register_shutdown_function``, carry wrong values or duplicate the harness's (both fail); a
returned string is escaped, so it cannot open a frame; a ``toJSON`` method is never called.
Nor can one sample help another: warm, every program is still a process of its own (the node
server runs them as children; it ran them in its own process before, where a hook left in its
``fs`` replayed an earlier sample's results into a later one), killed with all it started.
The one hole: what the function computes is unconstrained, so a completion that knows
HumanEval's answers (a lookup table keyed by the arguments) passes, as in any harness.
"""

from __future__ import annotations

import json

from benchmark.humaneval import Problem
from benchmark.multilang.emit_dynamic import PHP_EMIT, RUBY_EMIT, TS_EMIT, js_emitter
from benchmark.multilang.judge import EQUAL
from benchmark.multilang.pytypes import PyType
from benchmark.multilang.source import LeftOut, Spec, multipl_e_id
from benchmark.multilang.target import Target, Translation


class JavaScript(Target):
    """The harness is a block after the completion: the emitter's names are the block's own,
    so a completion can neither call nor replace them (forging: the module docstring)."""

    name, code = "JavaScript", "js"
    doubles = True  # -9999999999999999 (HumanEval/114) is -1e16 here, as in MultiPL-E's tests
    stop = ("\nfunction ", "\n/*", "\n//", "\nconsole.log")
    typed = False

    def prompt(self, spec: Spec, description: str) -> str:
        params = ", ".join(n for n, _ in spec.params)
        doc = self.helpers(spec) + self.comment(description, "//", "//")
        return f"{doc}function {spec.name}({params})" + "{\n"

    def none_literal(self, t: PyType) -> str:
        return "undefined"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"

    def header(self) -> list[str]:
        return ["const assert = require('node:assert');\n"]

    def test_lines(self, spec: Spec) -> list[str]:
        lines = [*self.header(), "", "function test() {", f"  let candidate = {spec.name};"]
        for case in spec.cases:
            got = self.call("candidate", self.args(spec, case.args))
            if spec.check != EQUAL:
                lines.append(f"  assert.ok({self.predicate(spec, got, case)});")
                continue
            lines.append(f"  assert.deepEqual({got},{self.literal(case.expected, spec.returns)});")
        return [*lines, "}", "", "test();"]

    def harness_lines(self, spec: Spec) -> list[str]:
        lines = self.emitter()
        for i, case in enumerate(spec.cases):
            lines.append(
                f"  polyeval_emit({i}, {self.call(spec.name, self.args(spec, case.args))});"
            )
        return [*lines, "}", ""]

    def emitter(self) -> list[str]:
        return ["{", js_emitter()]


class TypeScript(JavaScript):
    """JavaScript's harness, annotated: ``tsc`` checks it with the completion. ``process`` is
    reached through ``globalThis``, which needs no declaration (forging: the module docstring).
    """

    name, code = "TypeScript", "ts"
    stop = ("\nfunction ", "\n/*", "\n//", "\nclass")
    typed = True

    def type_name(self, t: PyType) -> str:
        simple = {
            "int": "number",
            "float": "number",
            "bool": "boolean",
            "str": "string",
            "any": "any",
        }
        if t.kind in simple:
            return simple[t.kind]
        inner = [self.type_name(a) for a in t.args]
        if t.kind == "list":
            return inner[0] + "[]"
        if t.kind == "tuple":
            return "[" + ", ".join(inner) + "]"
        if t.kind == "dict":
            # An index signature takes string or number only: mixed keys (HumanEval/95) are
            # strings to JavaScript anyway.
            key = inner[0] if t.args[0].kind in ("int", "float", "str") else "string"
            return "{" + f"[key: {key}]: {inner[1]}" + "}"
        if t.kind == "optional":
            return inner[0] + " | undefined"
        if t.kind == "union":
            return "| ".join(inner)
        return "undefined"

    def literal(self, value: object, t: PyType) -> str:
        # TypeScript checks what JavaScript accepts: a union's value is typed by itself.
        return super().literal(value, t)

    def prompt(self, spec: Spec, description: str) -> str:
        params = ", ".join(f"{n}: {self.type_name(t)}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        doc = self.helpers(spec) + self.comment(description, "//", "//")
        return f"{doc}function {spec.name}({params}): {ret} " + "{\n"

    def header(self) -> list[str]:
        return ["declare var require: any;\nconst assert = require('node:assert');\n"]

    def emitter(self) -> list[str]:
        # MultiPL-E's tests declare ``require`` (a completion may call it): so does the harness.
        return ["declare var require: any;", "{", TS_EMIT]


class Php(Target):
    """The emitter writes on ``STDOUT`` itself (a completion's output buffering cannot hold or
    filter it) and sets ``serialize_precision`` before each frame. An array is a JSON array
    when it is a list (MultiPL-E's ``!==`` compares keys too), an object otherwise and, where
    the function returns a dictionary, always (``array()`` is HumanEval's ``{}``). Forging:
    the module docstring."""

    name, code = "PHP", "php"
    stop = ("\nfunction", "\n?>", "\n//", "\n#")
    typed = False
    # HumanEval entry points that are PHP functions already (checked with function_exists on
    # PHP 8.2): declaring one is a fatal error whatever the completion, so no sample can pass.
    builtins = frozenset({"strlen"})

    def translate(self, spec: Spec) -> Translation:
        if spec.name in self.builtins:
            raise LeftOut(f"PHP: {spec.name}() is a PHP builtin; it cannot be declared again")
        return super().translate(spec)

    def prompt(self, spec: Spec, description: str) -> str:
        params = ", ".join("$" + n for n, _ in spec.params)
        doc = self.helpers(spec) + self.comment(description, "//")
        return "<?php\n" + doc + f"function {spec.name}({params}) {{\n"

    def str_literal(self, value: str) -> str:
        # In double quotes PHP interpolates "$name": escape the dollar too.
        return json.dumps(value, ensure_ascii=False).replace("$", "\\$")

    def none_literal(self, t: PyType) -> str:
        return "null"

    def abs_of(self, expr: str) -> str:
        return f"abs({expr})"

    def list_literal(self, items: list[str], t: PyType) -> str:
        return "array(" + ", ".join(items) + ")"

    tuple_literal = list_literal

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        return "array(" + ", ".join(f"{k} => {v}" for k, v in pairs) + ")"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = [
            "function candidate(...$args) {",
            f"    return {spec.name}(...$args);",
            "}",
            "",
            "function test(): void {",
        ]
        for case in spec.cases:
            got = self.call("candidate", self.args(spec, case.args))
            if spec.check != EQUAL:
                failed = f"!({self.predicate(spec, got, case)})"
            else:
                failed = f"{got} !== {self.literal(case.expected, spec.returns)}"
            lines.append(f'    if ({failed}) {{ throw new Exception("Test failed!"); }}')
        return [*lines, "}", "", "test();"]

    def harness_lines(self, spec: Spec) -> list[str]:
        as_object = ", true" if spec.returns.kind == "dict" else ""
        lines = [PHP_EMIT]
        for i, case in enumerate(spec.cases):
            got = self.call(spec.name, self.args(spec, case.args))
            lines.append(f"polyeval_emit({i}, {got}{as_object});")
        return [*lines, ""]


class Ruby(Target):
    """The emitter is a module of its own (``PolyevalEmit``) whose serializer needs no library
    (``json`` is never loaded); a Hash's keys are written as strings. Monkeypatching ``==`` or
    ``assert_equal`` changes nothing: no comparison runs in the program (forging: the module
    docstring)."""

    name, code = "Ruby", "rb"
    stop = ("\nclass", "\ndef", "\n#", "\n\n")
    typed = False

    def prompt(self, spec: Spec, description: str) -> str:
        params = ", ".join(n for n, _ in spec.params).lower()
        doc = self.helpers(spec) + self.comment(description, "#")
        return doc + f"def {spec.name}({params})\n"

    def str_literal(self, value: str) -> str:
        # In double quotes Ruby interpolates "#{...}": escape the hash too.
        return json.dumps(value, ensure_ascii=False).replace("#", "\\#")

    def none_literal(self, t: PyType) -> str:
        return "nil"

    def abs_of(self, expr: str) -> str:
        return f"({expr}).abs"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        return "{" + ", ".join(f"{k} => {v}" for k, v in pairs) + "}"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = [
            "require 'test/unit'",
            "class TestHumanEval < Test::Unit::TestCase",
            f"  def test_{spec.name}",
            f"    candidate = method(:{spec.name})",
        ]
        for case in spec.cases:
            got = "candidate.call(" + ", ".join(self.args(spec, case.args)) + ")"
            if spec.check != EQUAL:
                lines.append(f"    assert({self.predicate(spec, got, case)})")
                continue
            lines.append(f"    assert_equal({self.literal(case.expected, spec.returns)}, {got})")
        return [*lines, "  end", "end", ""]

    def harness_lines(self, spec: Spec) -> list[str]:
        lines = [RUBY_EMIT]
        for i, case in enumerate(spec.cases):
            lines.append(
                f"PolyevalEmit.emit({i}, {self.call(spec.name, self.args(spec, case.args))})"
            )
        return [*lines, ""]


class Python(Target):
    """HumanEval's own prompt (as the paper suite) and its own ``check``, called as
    MultiPL-E's Python harness calls it."""

    name, code = "Python", "py"
    stop = ("\ndef", "\n#", "\nif", "\nclass")
    typed = False

    def translate_problem(self, problem: Problem) -> Translation:
        tests = (
            problem.test + "\n\ndef test_check():\n" + f"    check({problem.entry_point})\n"
            "\ntest_check()\n"
        )
        return Translation(multipl_e_id(problem), problem.prompt, tests)
