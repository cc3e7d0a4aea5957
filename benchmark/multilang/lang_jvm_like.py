"""C++, Java, C# and Scala, in MultiPL-E's prompt and harness shapes (its C++ family).

Types as MultiPL-E's: ``int`` is a 64-bit ``long``, ``float`` a 32-bit ``float`` (literals
with ``f``). One deliberate difference, in C#: MultiPL-E compares collections with
``.Equals``, which is reference equality for ``List`` and ``Dictionary`` (a correct solution
fails), so collection results are compared by a structural ``Same`` helper in the tests.

What a C++ program can still forge (its harness is ``harness_c.py``'s ``PolyevalEmit``): as in
C, nothing without computing the right values. A completion can rewrite or bypass the harness
(macros, a static object's constructor, ``std::set_terminate``, ``std::exit``) and set
``std::cout``'s flags, which the emitter does not use; the expected values stay with the host,
so each case still needs its right value written once. Floats are widened to ``double`` and
compared as float32 by the host, so a result off by less than a float32 step is equal, as
MultiPL-E's ``== 0.5f`` tests had it.
"""

from __future__ import annotations

from benchmark.multilang import emit_jvm_like
from benchmark.multilang.harness_c import cpp_harness_lines
from benchmark.multilang.judge import EQUAL
from benchmark.multilang.pytypes import PyType
from benchmark.multilang.source import Case, LeftOut, Spec
from benchmark.multilang.target import Target, camel

PRIMITIVE_KINDS = ("int", "float", "bool")


class Cpp(Target):
    name, code = "C++", "cpp"
    stop = ("\n}",)
    float32 = True  # MultiPL-E's C++, Java, C# and Scala all spell Python's float ``float``
    keywords = {"operator": "op", "strlen": "string_length"}

    def type_name(self, t: PyType) -> str:
        simple = {
            "int": "long",
            "float": "float",
            "bool": "bool",
            "str": "std::string",
            "any": "std::any",
        }
        if t.kind in simple:
            return simple[t.kind]
        inner = [self.type_name(a) for a in t.args]
        if t.kind == "list":
            return f"std::vector<{inner[0]}>"
        if t.kind == "tuple":
            return f"std::tuple<{', '.join(inner)}>"
        if t.kind == "dict":
            return f"std::map<{inner[0]},{inner[1]}>"
        if t.kind == "optional":
            return f"std::optional<{inner[0]}>"
        if t.kind == "union":
            return f"std::variant<{', '.join(inner)}>"
        raise LeftOut(f"{self.name}: no type for {t}")

    def union_literal(self, inner: str, t: PyType) -> str:
        return f"{self.type_name(t)}({inner})"

    def abs_of(self, expr: str) -> str:
        return f"std::abs({expr})"

    def var(self, name: str) -> str:
        return self.keywords.get(name, name)

    def float_literal(self, value: float) -> str:
        return repr(value) + "f"

    def list_literal(self, items: list[str], t: PyType) -> str:
        elem = self.type_name(t.args[0])
        if t.args[0].kind in PRIMITIVE_KINDS:
            items = [f"({elem}){i}" for i in items]
        return f"std::vector<{elem}>({{{', '.join(items)}}})"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return f"std::make_tuple({', '.join(items)})"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        body = ", ".join(f"{{{k}, {v}}}" for k, v in pairs)
        return f"{self.type_name(t)}({{{body}}})"

    def none_literal(self, t: PyType) -> str:
        return "std::nullopt"

    def some_literal(self, inner: str, t: PyType) -> str:
        return f"{self.type_name(t)}({inner})"

    def prompt(self, spec: Spec, description: str) -> str:
        params = ", ".join(f"{self.type_name(t)} {self.var(n)}" for n, t in spec.params)
        head = "#include<assert.h>\n#include<bits/stdc++.h>\n" + self.helpers(spec)
        ret = self.type_name(spec.returns)
        return f"{head}{self.comment(description, '//')}{ret} {self.var(spec.name)}({params}) {{\n"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["}", "int main() {", f"    auto candidate = {self.var(spec.name)};"]
        for case in spec.cases:
            got = self.call("candidate", [f"({a})" for a in self.args(spec, case.args)])
            if spec.check != EQUAL:
                lines.append(f"    assert({self.predicate(spec, got, case)});")
                continue
            lines.append(f"    assert({got} == ({self.literal(case.expected, spec.returns)}));")
        return [*lines, "}\n"]

    def harness_lines(self, spec: Spec) -> list[str]:
        if type(self) is not Cpp:  # Java, C# and Scala inherit from Cpp: theirs are their own
            return Target.harness_lines(self, spec)
        return cpp_harness_lines(self, spec)


class Java(Cpp):
    """What a Java program can still forge: nothing, without computing the right values. The
    expected values are not in the program, nor in the warm JVM (the host keeps them). Exiting
    0 early (``System.exit``, ``halt``, in a static initializer), replacing what MultiPL-E's
    tests compared with (an ``equals`` that says yes, a nested ``ArrayList`` shadowing
    java.util's), printing frames, shadowing the harness's ``PolyevalEmit`` or filtering
    ``System.out`` only write values the program computed itself: a missing or repeated frame
    fails, and a result of a class of its own is refused by the writer (``emit_jvm_like``).
    Warm, the program shares the server's JVM (``warm_execute``): it can reach the server by
    reflection and forge its reply, but the reply only says that the program ended; its stdout
    is read from the program's file and judged. With ``sun.misc.Unsafe`` a program can change
    JDK state that the next programs in the same JVM share (the boxed ``Long`` cache, say), to
    spoil or fake what their results print as: after every program the server checks the boxing
    caches and is replaced where any differs (``Integrity`` in ``warm/WarmJava.java``, tested);
    subtler shared state (a JDK class's static field) stays possible, limited to the same run's
    later samples, and to pass a wrong one it would need that sample's right answer.
    """

    name, code = "Java", "java"
    stop = ("\n    }\n",)
    boxes = {"long": "Long", "float": "Float", "boolean": "Boolean"}

    def type_name(self, t: PyType) -> str:
        simple = {
            "int": "long",
            "float": "float",
            "bool": "boolean",
            "str": "String",
            "any": "Object",
            "union": "Object",  # as Any: the value's own class decides equals
        }
        if t.kind in simple:
            return simple[t.kind]
        inner = [self.box(self.type_name(a)) for a in t.args]
        if t.kind == "list":
            return f"ArrayList<{inner[0]}>"
        if t.kind == "tuple" and len(inner) == 2:
            return f"Pair<{', '.join(inner)}>"
        if t.kind == "dict":
            return f"HashMap<{inner[0]},{inner[1]}>"
        if t.kind == "optional":
            return f"Optional<{inner[0]}>"
        raise LeftOut(f"{self.name}: no type for {t}")

    def union_literal(self, inner: str, t: PyType) -> str:
        return inner  # an Object: the value's own class

    def box(self, name: str) -> str:
        return self.boxes.get(name, name)

    def entry_name(self, spec: Spec) -> str:
        return camel(spec.name)

    def int_literal(self, value: int) -> str:
        return super().int_literal(value) + "l"

    def list_literal(self, items: list[str], t: PyType) -> str:
        elem = self.type_name(t.args[0])
        if t.args[0].kind in PRIMITIVE_KINDS:
            items = [f"({elem}){i}" for i in items]
        return f"new ArrayList<{self.box(elem)}>(Arrays.asList({', '.join(items)}))"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return f"Pair.with({', '.join(items)})"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        entries = ", ".join(f"Map.entry({k}, {v})" for k, v in pairs)
        return f"new {self.type_name(t)}(Map.ofEntries({entries}))"

    def none_literal(self, t: PyType) -> str:
        return "Optional.empty()"

    def some_literal(self, inner: str, t: PyType) -> str:
        return f"Optional.of({inner})"

    def prompt(self, spec: Spec, description: str) -> str:
        imports = [
            "java.util.*",
            "java.lang.reflect.*",
            "org.javatuples.*",
            "java.security.*",
            "java.math.*",
            "java.io.*",
            "java.util.stream.*",
        ]
        head = "".join(f"import {i};\n" for i in imports) + "class Problem {\n"
        head += self.helpers(spec)
        params = ", ".join(f"{self.type_name(t)} {n}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        sig = f"    public static {ret} {self.entry_name(spec)}({params}) {{\n"
        return head + self.comment(description, "    //") + sig

    def abs_of(self, expr: str) -> str:
        return f"Math.abs({expr})"

    def case_line(self, spec: Spec, case: Case) -> str:
        got = self.call(self.entry_name(spec), self.args(spec, case.args))
        if spec.check != EQUAL:
            return self.truth(self.predicate(spec, got, case))
        return self.assertion(got, self.literal(case.expected, spec.returns), spec)

    def truth(self, predicate: str) -> str:
        return f"    assert({predicate});"

    def assertion(self, got: str, want: str, spec: Spec) -> str:
        if spec.returns.kind in PRIMITIVE_KINDS:
            return f"    assert({got} == {want});"
        return f"    assert({got}.equals({want}));"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["    }", "    public static void main(String[] args) {"]
        lines += [self.case_line(spec, case) for case in spec.cases]
        return [*lines, "    }\n", "}\n"]

    def harness_lines(self, spec: Spec) -> list[str]:
        main = "    public static void main(String[] args) {"
        return self.emit_lines(spec, main, "PolyevalEmit.frame({}, {});", emit_jvm_like.JAVA)

    def emit_lines(self, spec: Spec, main: str, frame: str, writer: str) -> list[str]:
        """``main`` writing each case's result with ``frame`` (index, call), then ``writer``."""
        calls = [self.call(self.entry_name(spec), self.args(spec, c.args)) for c in spec.cases]
        lines = ["        " + frame.format(i, call) for i, call in enumerate(calls)]
        return ["    }", main, *lines, "    }", "}", "", writer]


CS_SAME = """    static bool Same(object a, object b) {
        if (a is System.Collections.IDictionary da && b is System.Collections.IDictionary db) {
            if (da.Count != db.Count) return false;
            foreach (var k in da.Keys) if (!db.Contains(k) || !Same(da[k], db[k])) return false;
            return true;
        }
        if (a is string || b is string || !(a is System.Collections.IEnumerable ea)
            || !(b is System.Collections.IEnumerable eb)) return Equals(a, b);
        var x = ea.Cast<object>().ToList(); var y = eb.Cast<object>().ToList();
        return x.Count == y.Count && x.Zip(y, Same).All(s => s);
    }"""


class CSharp(Java):
    """What a C# program can still forge: nothing, without computing the right values. It runs
    as its own ``mono`` process, warm too (the compile server only compiles), and the expected
    values are not in it: ``Environment.Exit(0)`` before the harness (or in a static
    constructor), clearing ``Trace.Listeners`` so that a ``Debug.Assert`` says nothing, or a
    nested ``PolyevalEmit`` shadowing the harness's writer change nothing the host reads, and
    frames it prints itself need the right values to pass.
    """

    name, code = "C#", "cs"
    keywords = {
        "operator": "op",
        "strlen": "string_length",
        "string": "str",
        "base": "numBase",
        "decimal": "decimalNum",
    }

    def type_name(self, t: PyType) -> str:
        simple = {"int": "long", "float": "float", "bool": "bool", "str": "string", "any": "object"}
        simple["union"] = "object"
        if t.kind in simple:
            return simple[t.kind]
        inner = [self.type_name(a) for a in t.args]
        if t.kind == "list":
            return f"List<{inner[0]}>"
        if t.kind == "tuple":
            return f"Tuple<{', '.join(inner)}>"
        if t.kind == "dict":
            return f"Dictionary<{inner[0]},{inner[1]}>"
        if t.kind == "optional":
            return f"Nullable<{inner[0]}>" if t.args[0].kind in PRIMITIVE_KINDS else inner[0]
        raise LeftOut(f"{self.name}: no type for {t}")

    def entry_name(self, spec: Spec) -> str:
        return camel(spec.name, upper_first=True)

    def int_literal(self, value: int) -> str:
        return Target.int_literal(self, value) + "L"

    def list_literal(self, items: list[str], t: PyType) -> str:
        elem = self.type_name(t.args[0])
        if not items:
            return f"new List<{elem}>()"
        if t.args[0].kind in PRIMITIVE_KINDS:
            items = [f"({elem}){i}" for i in items]
        return f"new List<{elem}>(new {elem}[]{{{', '.join(items)}}})"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return f"Tuple.Create({', '.join(items)})"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        body = ", ".join(f"{{{k}, {v}}}" for k, v in pairs)
        return f"new {self.type_name(t)}(){{{body}}}"

    def none_literal(self, t: PyType) -> str:
        return f"({self.type_name(t)})null" if t.kind == "optional" else "null"

    def some_literal(self, inner: str, t: PyType) -> str:
        return inner

    def prompt(self, spec: Spec, description: str) -> str:
        usings = [
            "System",
            "System.Numerics",
            "System.Diagnostics",
            "System.Collections.Generic",
            "System.Linq",
            "System.Text",
            "System.Security.Cryptography",
        ]
        head = "".join(f"using {u};\n" for u in usings) + "class Problem {\n" + self.helpers(spec)
        params = ", ".join(f"{self.type_name(t)} {self.var(n)}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        sig = f"\n    public static {ret} {self.entry_name(spec)}({params}) {{\n"
        return head + self.comment(description, "    //").rstrip("\n") + sig

    def abs_of(self, expr: str) -> str:
        return f"Math.Abs({expr})"

    def truth(self, predicate: str) -> str:
        return f"    Debug.Assert({predicate});"

    def assertion(self, got: str, want: str, spec: Spec) -> str:
        ret = spec.returns
        inner = ret.args[0].kind if ret.kind == "optional" else ret.kind
        if inner in (*PRIMITIVE_KINDS, "str"):  # == on object (an Optional[Any]) is identity
            return f"    Debug.Assert({got} == {want});"
        return f"    Debug.Assert(Same({got}, {want}));"

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["    }", CS_SAME, "    public static void Main(string[] args) {"]
        lines += [self.case_line(spec, case) for case in spec.cases]
        return [*lines, "    }\n", "}\n"]

    def harness_lines(self, spec: Spec) -> list[str]:
        main = "    public static void Main(string[] args) {"
        return self.emit_lines(spec, main, "PolyevalEmit.Frame({}, {});", emit_jvm_like.CS)


class Scala(Java):
    """What a Scala program can still forge: as in Java (a JVM, cold and warm, and the same
    warm caveat), nothing without computing the right values: ``sys.exit(0)``, a ``def
    assert`` shadowing Predef's or an ``equals`` of its own change nothing the host reads. Warm,
    the program's loader sees the server's classes (the Scala library is shared through it), so
    by reflection it can set the server's recorded exit status: a status is not a result either.
    """

    name, code = "Scala", "scala"

    def type_name(self, t: PyType) -> str:
        simple = {"int": "Long", "float": "Float", "bool": "Boolean", "str": "String", "any": "Any"}
        simple["union"] = "Any"
        if t.kind in simple:
            return simple[t.kind]
        inner = [self.type_name(a) for a in t.args]
        if t.kind == "list":
            return f"List[{inner[0]}]"
        if t.kind == "tuple":
            return f"Tuple{len(inner)}[{', '.join(inner)}]"
        if t.kind == "dict":
            return f"Map[{inner[0]},{inner[1]}]"
        if t.kind == "optional":
            return f"Option[{inner[0]}]"
        raise LeftOut(f"{self.name}: no type for {t}")

    def list_literal(self, items: list[str], t: PyType) -> str:
        elem = self.type_name(t.args[0])
        return f"List[{elem}]({', '.join(items)})"

    def tuple_literal(self, items: list[str], t: PyType) -> str:
        return f"({', '.join(items)})"

    def dict_literal(self, pairs: list[tuple[str, str]], t: PyType) -> str:
        return f"{self.type_name(t)}({', '.join(f'{k} -> {v}' for k, v in pairs)})"

    def none_literal(self, t: PyType) -> str:
        return "None"

    def some_literal(self, inner: str, t: PyType) -> str:
        return f"Some({inner})"

    def prompt(self, spec: Spec, description: str) -> str:
        head = "import scala.math._\nimport scala.collection.mutable._\nobject Problem {\n"
        head += self.helpers(spec)
        params = ", ".join(f"{n} : {self.type_name(t)}" for n, t in spec.params)
        ret = self.type_name(spec.returns)
        sig = f"    def {self.entry_name(spec)}({params}) : {ret} = {{\n"
        return head + self.comment(description, "    //") + sig

    def test_lines(self, spec: Spec) -> list[str]:
        lines = ["    }", "    def main(args: Array[String]) = {"]
        lines += [self.case_line(spec, case) for case in spec.cases]
        return [*lines, "    }\n", "}\n"]

    def harness_lines(self, spec: Spec) -> list[str]:
        main = "    def main(args: Array[String]) = {"
        return self.emit_lines(spec, main, "PolyevalEmit.frame({}, {})", emit_jvm_like.SCALA)
