"""The result-writing harnesses of C and C++ (``judge.py``'s frames), kept out of the targets.

C has no generics: one ``polyeval_emit_<struct>`` function is generated per type of the
return value, inner types first, mirroring the tests' ``eq_<struct>`` helpers. C++ gets one
class, ``PolyevalEmit``, whose overloaded ``put`` covers every type a C++ signature here can
return. Both build the JSON themselves rather than through ``printf("%f")`` or ``std::cout``'s
formatting, so a completion's ``setlocale``, ``std::fixed`` or ``std::setprecision`` cannot
change what a frame says; each frame is written after the call returns (the candidate's own
prints never land inside one) and flushed before the next call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmark.multilang.judge import FRAME
from benchmark.multilang.pytypes import PyType
from benchmark.multilang.source import Spec

if TYPE_CHECKING:
    from benchmark.multilang.lang_jvm_like import Cpp
    from benchmark.multilang.lang_native import C

# A value no JSON parser accepts: what an emitter writes for a value it cannot show (a list
# with a negative size), so that the case fails as "not JSON" instead of crashing the rest.
C_INVALID = "!invalid"

C_SCALAR_EMITTERS = r"""
#include <stdio.h>

static void polyeval_emit_long(long v) { printf("%ld", v); }

static void polyeval_emit_bool(bool v) { fputs(v ? "true" : "false", stdout); }

static void polyeval_emit_double(double v) {
    char text[40];
    if (isnan(v)) { fputs("NaN", stdout); return; }
    if (isinf(v)) { fputs(v > 0 ? "Infinity" : "-Infinity", stdout); return; }
    snprintf(text, sizeof text, "%.17g", v);
    for (char *p = text; *p; p++) if (*p == ',') *p = '.';  /* a completion's setlocale */
    fputs(text, stdout);
}

static void polyeval_emit_str(const char *s) {
    if (s == NULL) { fputs("null", stdout); return; }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') { putchar('\\'); putchar(*p); }
        else if (*p < 0x20 || *p == 0x7f) printf("\\u%04x", *p);
        else putchar(*p);
    }
    putchar('"');
}
"""


def c_harness_lines(target: C, spec: Spec) -> list[str]:
    """``}``, the emitters, then ``main``: one frame per case, in order."""
    ret = spec.returns
    lines = ["}", C_SCALAR_EMITTERS]
    for t in target.structs(spec):
        if t in ret.walk():
            lines += _c_emitter(target, t)
    lines += [
        f"static void polyeval_frame(int i, {target.type_name(ret)} v) {{",
        f'    printf("\\n{FRAME}%d ", i);',
        f"    {_c_emit(target, ret)}(v);",
        "    putchar('\\n');",
        "    fflush(stdout);",
        "}",
        "",
        "int main(void) {",
    ]
    for i, case in enumerate(spec.cases):
        got = target.call(target.entry_name(spec), target.args(spec, case.args))
        lines.append(f"    polyeval_frame({i}, {got});")
    return [*lines, "    return 0;", "}\n"]


def _c_emit(target: C, t: PyType) -> str:
    return f"polyeval_emit_{target.struct_name(t)}"


def _c_emitter(target: C, t: PyType) -> list[str]:
    name = target.type_name(t)
    lines = [f"static void {_c_emit(target, t)}({name} v) {{"]
    if t.kind == "list":
        lines += [
            "    if (v.size < 0 || (v.size > 0 && v.data == NULL)) {",
            f'        fputs("{C_INVALID}", stdout);',
            "        return;",
            "    }",
            "    putchar('[');",
            "    for (long i = 0; i < v.size; i++) {",
            "        if (i > 0) putchar(',');",
            f"        {_c_emit(target, t.args[0])}(v.data[i]);",
            "    }",
            "    putchar(']');",
        ]
    elif t.kind == "tuple":
        lines.append("    putchar('[');")
        for i, a in enumerate(t.args):
            lines += ["    putchar(',');"] if i else []
            lines.append(f"    {_c_emit(target, a)}(v.f{i});")
        lines.append("    putchar(']');")
    else:
        inner = _c_emit(target, t.args[0])
        lines.append(f'    if (v.has_value) {inner}(v.value); else fputs("null", stdout);')
    return [*lines, "}", ""]


CPP_EMITTER = r"""
class PolyevalEmit {
  public:
    template <class T> static void frame(long i, const T &value) {
        PolyevalEmit e;
        e.out = "\n@@polyeval-result " + std::to_string(i) + " ";
        e.put(value);
        e.out += "\n";
        std::cout.write(e.out.data(), (std::streamsize)e.out.size());  // no format flags
        std::cout.flush();
    }

  private:
    std::string out;
    void put(bool v) { out += v ? "true" : "false"; }
    void put(long v) { out += std::to_string(v); }
    void put(float v) { put((double)v); }  // widened: the host rounds back to float32
    void put(double v) {
        char text[40];
        if (std::isnan(v)) { out += "NaN"; return; }
        if (std::isinf(v)) { out += v > 0 ? "Infinity" : "-Infinity"; return; }
        std::snprintf(text, sizeof text, "%.17g", v);
        for (char *p = text; *p; p++) if (*p == ',') *p = '.';  // a completion's setlocale
        out += text;
    }
    void put(const std::string &v) {
        char escape[8];
        out += '"';
        for (unsigned char c : v) {
            if (c == '"' || c == '\\') { out += '\\'; out += (char)c; }
            else if (c < 0x20 || c == 0x7f) {
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                out += escape;
            } else out += (char)c;
        }
        out += '"';
    }
    template <class T> void put(const std::vector<T> &v) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); i++) {
            if (i > 0) out += ',';
            put(static_cast<const T &>(v[i]));
        }
        out += ']';
    }
    template <class... T> void put(const std::tuple<T...> &v) {
        bool first = true;
        out += '[';
        auto each = [&](const auto &...x) {
            ((out += first ? "" : ",", first = false, put(x)), ...);
        };
        std::apply(each, v);
        out += ']';
    }
    template <class T> void put(const std::optional<T> &v) {
        if (v) put(*v); else out += "null";
    }
    template <class... T> void put(const std::variant<T...> &v) {
        std::visit([&](const auto &x) { put(x); }, v);
    }
    template <class K, class V> void put(const std::map<K, V> &v) {
        bool first = true;
        out += '{';
        for (const auto &[key, value] : v) {
            if (!first) out += ',';
            first = false;
            PolyevalEmit k;
            k.put(key);
            if (k.out.empty() || k.out[0] != '"') {  // JSON keys are strings
                std::string raw = k.out;
                k.out.clear();
                k.put(raw);
            }
            out += k.out;
            out += ':';
            put(value);
        }
        out += '}';
    }
    void put(const std::any &v) {
        if (auto p = std::any_cast<long>(&v)) put(*p);
        else if (auto p = std::any_cast<float>(&v)) put(*p);
        else if (auto p = std::any_cast<double>(&v)) put(*p);
        else if (auto p = std::any_cast<bool>(&v)) put(*p);
        else if (auto p = std::any_cast<std::string>(&v)) put(*p);
        else if (auto p = std::any_cast<const char *>(&v)) put(std::string(*p));
        else if (auto p = std::any_cast<int>(&v)) put((long)*p);
        else out += "!invalid";
    }
};
"""


def cpp_harness_lines(target: Cpp, spec: Spec) -> list[str]:
    """``}``, ``PolyevalEmit``, then ``main`` calling ``candidate`` as the tests do."""
    lines = ["}", CPP_EMITTER, "int main() {", f"    auto candidate = {target.var(spec.name)};"]
    for i, case in enumerate(spec.cases):
        got = target.call("candidate", [f"({a})" for a in target.args(spec, case.args)])
        lines.append(f"    PolyevalEmit::frame({i}, {got});")
    return [*lines, "    return 0;", "}\n"]
