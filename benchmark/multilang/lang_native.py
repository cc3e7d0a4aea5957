"""Go and Rust in MultiPL-E's shapes, and C, which MultiPL-E lacks: designed here alike.

C: ``int`` is ``long``, ``float`` is ``double`` (C has no overloading to prefer ``float``
for), ``bool`` from ``<stdbool.h>``, strings are ``const char *`` in and ``char *`` out; lists,
tuples and optionals are small structs declared in the prompt (as C++'s prompt declares its
unions), so a completion can build and return them. The tests compare with helpers defined
after the completion. Dictionaries, ``Any`` and unions have no faithful C spelling without
inventing a library: those problems are left out for C.

What a C program can still forge (the harness is ``harness_c.py``'s): nothing without computing
the right values. The harness is compiled into the candidate's program, so a completion can
take it over entirely (``#define main``, a constructor that runs first, ``exit(0)``, a signal
handler, undefined behaviour that scribbles on the emitters), but the expected values are in
neither the program nor its sandbox: whatever it does, each case passes only if a frame with
the right value is written for it, once. What is left is not a forgery of the verdict: a
completion may special-case the arguments it sees (the cases are literals in the program),
which passes only with the right answer for each, as a memorised test set would.
"""

from __future__ import annotations

import json

from benchmark.multilang.emit_native import go_emitter, rust_emitter
from benchmark.multilang.harness_c import c_harness_lines
from benchmark.multilang.judge import EQUAL, FRAME
from benchmark.multilang.pytypes import PyType
from benchmark.multilang.source import LeftOut, Spec
from benchmark.multilang.target import Target


class Go(Target):
    """The harness is one test function writing each case's result with ``fmt.Print``
    (unbuffered: a crash in case 5 leaves frames 0-4); the emitter is in ``emit_native``.

    What a program can still forge: nothing without the right values. It can end the process
    early (``os.Exit(0)`` in the function, in ``init`` or a ``TestMain``: the binary runs without
    ``-test.paniconexit0``), replace ``os.Stdout``, print frame-like lines, or return a
    look-alike (a string that prints like the expected list, which MultiPL-E's ``%v`` comparison
    accepted; a named type inside ``interface{}`` is written as non-JSON): each leaves a frame
    missing, doubled or unequal. What remains is printing every case's expected value, that is
    computing it or embedding answers for the public inputs, which no harness can tell apart.
    """

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
            "union": "interface{}",  # %v compares the values themselves
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
        helpers = self.helpers(spec)
        # Go rejects an unused import: "math" only where the prompt's own helper uses it.
        imports = ["testing", "fmt", *(["math"] if "math." in helpers else [])]
        head = f"package {spec.name}_test\n\nimport (\n"
        head += "".join(f'    "{i}"\n' for i in imports) + ")\n\n" + helpers
        ret = self.type_name(spec.returns)
        return f"{head}{self.comment(description, '//')}func {spec.name}({params}) {ret} {{\n"

    def abs_of(self, expr: str) -> str:
        return f"polyevalAbs({expr})"  # defined by the tests: "math" may not be imported

    def test_lines(self, spec: Spec) -> list[str]:
        lines = [] if spec.check == EQUAL else GO_ABS
        lines = [
            *lines,
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
            if spec.check != EQUAL:
                got, want = self.predicate(spec, got, case), "true"
            else:
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

    def harness_lines(self, spec: Spec) -> list[str]:
        """One test function that writes each case's result; ``fmt.Print`` is unbuffered."""
        lines = [f"func Test{spec.name.title()}(t *testing.T) {{", f"\tcandidate := {spec.name}"]
        for i, case in enumerate(spec.cases):
            got = self.call("candidate", self.args(spec, case.args))
            lines.append(f'\tfmt.Print("\\n{FRAME}{i} " + polyevalEmit({got}) + "\\n")')
        return [*lines, "}", go_emitter(self.emitted_types(spec))]

    def emitted_types(self, spec: Spec) -> list[str]:
        """The slice and map types the result can hold, for the emitter's type switch."""
        found: list[str] = []
        for t in spec.returns.walk():
            name = self.type_name(t)
            if t.kind in ("list", "dict") and name != "[]interface{}" and name not in found:
                found.append(name)
        return found


GO_ABS = [
    "func polyevalAbs(x float64) float64 {",
    "\tif x < 0 {",
    "\t\treturn -x",
    "\t}",
    "\treturn x",
    "}",
    "",
]


class Rust(Target):
    """The harness's ``main`` writes each case's result through the ``PolyevalEmit`` trait and
    flushes (a panic in case 5 leaves frames 0-4); the emitter is in ``emit_native``.

    What a program can still forge: nothing without the right values. Exiting early
    (``std::process::exit``, a panic hook that exits 0, an ``.init_array`` constructor before
    ``main``), redefining ``assert_eq!`` or printing frames leaves a frame missing, doubled or
    unequal; the harness calls std's macros by path, so a completion's ``macro_rules!`` cannot
    shadow them, and its own items cannot be redefined (a second definition or impl does not
    compile). Unsafe code could rewrite the process's output (``#[no_mangle] fn write``), but it
    would still have to write each case's expected value: compute it, or embed the answers for
    the public inputs, which no harness can tell apart.
    """

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

    def abs_of(self, expr: str) -> str:
        return f"({expr}).abs()"

    def prompt(self, spec: Spec, description: str) -> str:
        types = [spec.returns, *(t for _, t in spec.params)]
        needs_map = any(x.kind == "dict" for t in types for x in t.walk())
        head = "use std::collections::HashMap;\n\n" if needs_map else ""
        head += self.helpers(spec)
        params = ", ".join(f"{n}: {self.type_name(t)}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        return f"{head}{self.comment(description, '///')}fn {spec.name}({params}) -> {ret} {{\n"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["}", "", "fn main() {", f"    let candidate = {spec.name};"]
        for case in spec.cases:
            got = self.call("candidate", self.args(spec, case.args))
            if spec.check != EQUAL:
                lines.append(f"    assert!({self.predicate(spec, got, case)});")
            else:
                want = self.literal(case.expected, spec.returns)
                lines.append(f"    assert_eq!({got}, {want});")
        return [*lines, "}\n"]

    def harness_lines(self, spec: Spec) -> list[str]:
        lines = ["}", "", "fn main() {", f"    let candidate = {spec.name};"]
        for i, case in enumerate(spec.cases):
            got = self.call("candidate", self.args(spec, case.args))
            lines.append(f"    polyeval_frame({i}, {got});")
        return [*lines, "}", rust_emitter()]


C_SCALARS = {"int": "long", "float": "double", "bool": "bool", "str": "const char *"}
C_NAMES = {"int": "long", "float": "double", "bool": "bool", "str": "str"}


class C(Target):
    """Compound types are structs the prompt declares, named after what they hold:
    ``long_list`` ``{long *data; long size;}``, ``tuple_long_str`` ``{long f0; const char *f1;}``,
    ``optional_long`` ``{bool has_value; long value;}``, nested as needed (``long_list_list``)."""

    name, code = "C", "c"
    stop = ("\n}",)
    renames = {"strlen": "string_length"}  # <string.h> declares strlen (C++ renames it too)

    def entry_name(self, spec: Spec) -> str:
        return self.renames.get(spec.name, spec.name)

    def type_name(self, t: PyType) -> str:
        if t.kind in C_SCALARS:
            return C_SCALARS[t.kind]
        return self.struct_name(t)

    def struct_name(self, t: PyType) -> str:
        if t.kind in C_NAMES:
            return C_NAMES[t.kind]
        inner = [self.struct_name(a) for a in t.args]
        if t.kind == "list":
            return f"{inner[0]}_list"
        if t.kind == "tuple":
            return "tuple_" + "_".join(inner)
        if t.kind == "optional" and t.args[0].kind != "optional":
            return f"optional_{inner[0]}"
        raise LeftOut(f"C: no type for {t} (dictionaries, Any and unions have no C spelling)")

    def structs(self, spec: Spec) -> list[PyType]:
        """Every compound type of the signature, inner ones first, each once."""
        found: list[PyType] = []

        def visit(t: PyType) -> None:
            for a in t.args:
                visit(a)
            if t.kind not in C_SCALARS and t not in found:
                found.append(t)

        for t in [*(p for _, p in spec.params), spec.returns]:
            visit(t)
        return found

    def typedef(self, t: PyType) -> str:
        name, inner = self.type_name(t), [self.type_name(a) for a in t.args]
        if t.kind == "list":
            body = f"{inner[0]} *data; long size;"
        elif t.kind == "tuple":
            body = " ".join(f"{x} f{i};" for i, x in enumerate(inner))
        else:
            body = f"bool has_value; {inner[0]} value;"
        return f"typedef struct {{ {body} }} {name};\n"

    def list_literal(self, items: list[str], t: PyType) -> str:
        name = self.type_name(t)
        if not items:
            return f"({name}){{NULL, 0}}"
        elem = self.type_name(t.args[0])
        return f"({name}){{({elem}[]){{{', '.join(items)}}}, {len(items)}}}"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return f"({self.type_name(t)}){{{', '.join(items)}}}"

    def none_literal(self, t: PyType) -> str:
        return f"({self.type_name(t)}){{false}}"

    def some_literal(self, inner: str, t: PyType) -> str:
        return f"({self.type_name(t)}){{true, {inner}}}"

    def prompt(self, spec: Spec, description: str) -> str:
        headers = ("assert.h", "math.h", "stdbool.h", "stdlib.h", "string.h")
        head = "".join(f"#include <{h}>\n" for h in headers)
        head += "".join(self.typedef(t) for t in self.structs(spec)) + self.helpers(spec)
        params = ", ".join(f"{self.type_name(t)} {n}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        ret = "char *" if ret == "const char *" else ret
        sep = "" if ret.endswith("*") else " "
        name = self.entry_name(spec)
        return f"{head}{self.comment(description, '//')}{ret}{sep}{name}({params}) {{\n"

    def abs_of(self, expr: str) -> str:
        return f"fabs({expr})"

    def equality(self, got: str, want: str, t: PyType) -> str:
        if t.kind == "str":
            return f"strcmp({got}, {want}) == 0"
        if t.kind in C_SCALARS:
            return f"{got} == {want}"
        return f"eq_{self.type_name(t)}({got}, {want})"

    def equality_function(self, t: PyType) -> list[str]:
        name = self.type_name(t)
        lines = [f"static bool eq_{name}({name} a, {name} b) {{"]
        if t.kind == "list":
            same = self.equality("a.data[i]", "b.data[i]", t.args[0])
            lines += [
                "    if (a.size != b.size) return false;",
                f"    for (long i = 0; i < a.size; i++) if (!({same})) return false;",
                "    return true;",
            ]
        elif t.kind == "tuple":
            fields = [self.equality(f"a.f{i}", f"b.f{i}", a) for i, a in enumerate(t.args)]
            lines.append("    return " + " && ".join(f"({x})" for x in fields) + ";")
        else:
            same = self.equality("a.value", "b.value", t.args[0])
            lines.append(f"    return a.has_value == b.has_value && (!a.has_value || ({same}));")
        return [*lines, "}", ""]

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["}", ""]
        for t in self.structs(spec):
            if t in spec.returns.walk():
                lines += self.equality_function(t)
        lines.append("int main(void) {")
        for case in spec.cases:
            got = self.call(self.entry_name(spec), self.args(spec, case.args))
            if spec.check != EQUAL:
                lines.append(f"    assert({self.predicate(spec, got, case)});")
                continue
            want = self.literal(case.expected, spec.returns)
            lines.append(f"    assert({self.equality(got, want, spec.returns)});")
        return [*lines, "    return 0;", "}\n"]

    def harness_lines(self, spec: Spec) -> list[str]:
        return c_harness_lines(self, spec)
