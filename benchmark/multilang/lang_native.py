"""Go and Rust in MultiPL-E's shapes, and C, which MultiPL-E lacks: designed here alike.

C: ``int`` is ``long``, ``float`` is ``double`` (C has no overloading to prefer ``float``
for), ``bool`` from ``<stdbool.h>``, strings are ``const char *`` in and ``char *`` out, and a
list is a small struct ``{T *data; long size;}`` declared in the prompt (as C++'s prompt
declares its unions), so a completion can build and return one. The tests compare with
helpers defined after the completion. Dictionaries, optionals, tuples and ``Any`` have no
faithful C spelling without inventing a library: those problems are left out for C.
"""

from __future__ import annotations

import json

from benchmark.multilang.pytypes import PyType
from benchmark.multilang.source import LeftOut, Spec
from benchmark.multilang.target import Target


class Go(Target):
    name, code = "Go", "go"
    stop = ("\nfunc", "struct", "\n// ")
    renames = {"string": "myString", "int": "myInt", "float": "myFloat", "bool": "myBool"}

    def type_name(self, t: PyType) -> str:
        simple = {
            "int": "int",
            "float": "float64",
            "bool": "bool",
            "str": "string",
            "any": "interface{}",
        }
        if t.kind in simple:
            return simple[t.kind]
        if t.kind == "list":
            return "[]" + self.type_name(t.args[0])
        if t.kind == "tuple":
            for a in t.args:
                self.type_name(a)
            return "[]interface{}"
        if t.kind == "dict":
            return f"map[{self.type_name(t.args[0])}]{self.type_name(t.args[1])}"
        raise LeftOut(f"Go: no type for {t} (MultiPL-E rejects Optional and Union)")

    def list_literal(self, items: list[str], t: PyType) -> str:
        return f"{self.type_name(t)}{{{', '.join(items)}}}"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return "[]interface{}{" + ", ".join(items) + "}"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        return f"{self.type_name(t)}{{{', '.join(f'{k}: {v}' for k, v in pairs)}}}"

    def prompt(self, spec: Spec, description: str) -> str:
        params = ", ".join(f"{self.renames.get(n, n)} {self.type_name(t)}" for n, t in spec.params)
        head = f'package {spec.name}_test\n\nimport (\n    "testing"\n    "fmt"\n)\n\n'
        ret = self.type_name(spec.returns)
        return f"{head}{self.comment(description, '//')}func {spec.name}({params}) {ret} {{\n"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = [
            f"func Test{spec.name.title()}(t *testing.T) {{",
            f"  candidate := {spec.name}",
            "\ttype test struct {",
            "\t\tactual   interface{}",
            "\t\texpected interface{}",
            "\t}",
            "   tests := []test{",
        ]
        for case in spec.cases:
            got = self.call("candidate", self.args(spec, case.args))
            want = self.literal(case.expected, spec.returns)
            lines.append(f"     {{ actual: {got}, expected: {want} }},")
        return [
            *lines,
            "   }\n",
            "\tfor i, tc := range tests {",
            '\t\tt.Run(fmt.Sprintf("test num % d", i), func(t *testing.T) {',
            '\t\t\tif fmt.Sprintf("%v", tc.actual) != fmt.Sprintf("%v", tc.expected) {',
            "\t\t\t\tt.Errorf(\"expected '%s', got '%s'\", tc.expected, tc.actual)",
            "\t\t\t}",
            "\t\t})",
            "\t}",
            "}\n",
        ]


class Rust(Target):
    name, code = "Rust", "rs"
    stop = ("\n}",)

    def type_name(self, t: PyType) -> str:
        simple = {"int": "isize", "float": "f64", "bool": "bool", "str": "String"}
        if t.kind in simple:
            return simple[t.kind]
        inner = [self.type_name(a) for a in t.args]
        if t.kind == "list":
            return f"Vec<{inner[0]}>"
        if t.kind == "tuple":
            return "(" + ", ".join(inner) + ")"
        if t.kind == "dict":
            return f"HashMap<{inner[0]}, {inner[1]}>"
        if t.kind == "optional":
            return f"Option<{inner[0]}>"
        raise LeftOut(f"Rust: no type for {t} (MultiPL-E rejects Any and Union)")

    def float_literal(self, value: float) -> str:
        text = repr(value)
        return text if any(c in text for c in ".en") else text + ".0"

    def str_literal(self, value: str) -> str:
        return f"String::from({json.dumps(value, ensure_ascii=False)})"

    def list_literal(self, items: list[str], t: PyType) -> str:
        return (
            f"Vec::<{self.type_name(t.args[0])}>::new()"
            if not items
            else f"vec![{', '.join(items)}]"
        )

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return "(" + ", ".join(items) + ")"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        return "HashMap::from([" + ", ".join(f"({k}, {v})" for k, v in pairs) + "])"

    def none_literal(self, t: PyType) -> str:
        return "None"

    def some_literal(self, inner: str, t: PyType) -> str:
        return f"Some({inner})"

    def prompt(self, spec: Spec, description: str) -> str:
        types = [spec.returns, *(t for _, t in spec.params)]
        needs_map = any(x.kind == "dict" for t in types for x in t.walk())
        head = "use std::collections::HashMap;\n\n" if needs_map else ""
        params = ", ".join(f"{n}: {self.type_name(t)}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        return f"{head}{self.comment(description, '///')}fn {spec.name}({params}) -> {ret} {{\n"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["}", "", "fn main() {", f"    let candidate = {spec.name};"]
        for case in spec.cases:
            got = self.call("candidate", self.args(spec, case.args))
            lines.append(f"    assert_eq!({got}, {self.literal(case.expected, spec.returns)});")
        return [*lines, "}\n"]


C_SCALARS = {"int": "long", "float": "double", "bool": "bool", "str": "const char *"}
C_LISTS = {"int": "long_list", "float": "double_list", "bool": "bool_list", "str": "str_list"}
C_EQ = {
    "long_list": "a.data[i] == b.data[i]",
    "double_list": "a.data[i] == b.data[i]",
    "bool_list": "a.data[i] == b.data[i]",
    "str_list": "strcmp(a.data[i], b.data[i]) == 0",
}


class C(Target):
    name, code = "C", "c"
    stop = ("\n}",)
    renames = {"strlen": "string_length"}  # <string.h> declares strlen (C++ renames it too)

    def entry_name(self, spec: Spec) -> str:
        return self.renames.get(spec.name, spec.name)

    def type_name(self, t: PyType) -> str:
        if t.kind in C_SCALARS:
            return C_SCALARS[t.kind]
        if t.kind == "list" and t.args[0].kind in C_LISTS:
            return C_LISTS[t.args[0].kind]
        raise LeftOut(f"C: no type for {t} (only scalars, strings and lists of them)")

    def list_literal(self, items: list[str], t: PyType) -> str:
        name = self.type_name(t)
        if not items:
            return f"({name}){{NULL, 0}}"
        elem = C_SCALARS[t.args[0].kind]
        return f"({name}){{({elem}[]){{{', '.join(items)}}}, {len(items)}}}"

    def prompt(self, spec: Spec, description: str) -> str:
        head = "".join(
            f"#include <{h}>\n" for h in ("assert.h", "math.h", "stdbool.h", "stdlib.h", "string.h")
        )
        lists = sorted(
            {
                self.type_name(x)
                for t in [spec.returns, *(p for _, p in spec.params)]
                for x in t.walk()
                if x.kind == "list"
            }
        )
        for name in lists:
            elem = {v: k for k, v in C_LISTS.items()}[name]
            head += f"typedef struct {{ {C_SCALARS[elem]} *data; long size; }} {name};\n"
        params = ", ".join(f"{self.type_name(t)} {n}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        ret = "char *" if ret == "const char *" else ret
        sep = "" if ret.endswith("*") else " "
        name = self.entry_name(spec)
        return f"{head}{self.comment(description, '//')}{ret}{sep}{name}({params}) {{\n"

    def equality(self, got: str, want: str, t: PyType) -> str:
        if t.kind == "str":
            return f"strcmp({got}, {want}) == 0"
        if t.kind == "list":
            return f"{self.type_name(t)}_eq({got}, {want})"
        return f"{got} == {want}"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["}", ""]
        if spec.returns.kind == "list":
            name = self.type_name(spec.returns)
            lines += [
                f"static bool {name}_eq({name} a, {name} b) {{",
                "    if (a.size != b.size) return false;",
                f"    for (long i = 0; i < a.size; i++) if (!({C_EQ[name]})) return false;",
                "    return true;",
                "}",
                "",
            ]
        lines.append("int main(void) {")
        for case in spec.cases:
            got = self.call(self.entry_name(spec), self.args(spec, case.args))
            want = self.literal(case.expected, spec.returns)
            lines.append(f"    assert({self.equality(got, want, spec.returns)});")
        return [*lines, "    return 0;", "}\n"]
