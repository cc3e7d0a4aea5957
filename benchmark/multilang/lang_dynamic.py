"""JavaScript, TypeScript, PHP, Ruby and Python, in MultiPL-E's prompt and harness shapes."""

from __future__ import annotations

import json

from benchmark.humaneval import Problem
from benchmark.multilang.judge import EQUAL
from benchmark.multilang.pytypes import PyType
from benchmark.multilang.source import Spec, multipl_e_id
from benchmark.multilang.target import Target, Translation


class JavaScript(Target):
    name, code = "JavaScript", "js"
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


class TypeScript(JavaScript):
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


class Php(Target):
    name, code = "PHP", "php"
    stop = ("\nfunction", "\n?>", "\n//", "\n#")
    typed = False

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


class Ruby(Target):
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
