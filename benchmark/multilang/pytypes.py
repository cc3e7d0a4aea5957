"""Python types of HumanEval signatures: parsed from annotations, or inferred from test values.

HumanEval annotates only its first 30 or so problems. For the rest the types are inferred from
the values the problem's own tests pass and expect (``source.record_tests``), joined over every
test case, so each translation's signature is what the tests really exercise.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PyType:
    """``kind`` is one of int, float, bool, str, none, unknown (an empty container's element),
    any, list, tuple, dict, optional, union; ``args`` holds the parameters."""

    kind: str
    args: tuple[PyType, ...] = ()

    def __str__(self) -> str:
        names = {
            "list": "List",
            "tuple": "Tuple",
            "dict": "Dict",
            "optional": "Optional",
            "union": "Union",
            "any": "Any",
            "none": "None",
            "unknown": "?",
        }
        name = names.get(self.kind, self.kind)
        return f"{name}[{', '.join(map(str, self.args))}]" if self.args else name

    def walk(self) -> list[PyType]:
        """This type and every type inside it."""
        return [self, *(inner for arg in self.args for inner in arg.walk())]


INT, FLOAT, BOOL, STR = PyType("int"), PyType("float"), PyType("bool"), PyType("str")
NONE, UNKNOWN, ANY = PyType("none"), PyType("unknown"), PyType("any")
SCALARS = {"int": INT, "float": FLOAT, "bool": BOOL, "str": STR, "Any": ANY, "None": NONE}
GENERICS = {
    "List": "list",
    "list": "list",
    "Tuple": "tuple",
    "tuple": "tuple",
    "Dict": "dict",
    "dict": "dict",
    "Optional": "optional",
    "Union": "union",
}


def list_of(t: PyType) -> PyType:
    return PyType("list", (t,))


def parse_annotation(node: ast.expr) -> PyType:
    """``List[int]`` and friends; ``ValueError`` for anything else."""
    match node:
        case ast.Name(id=name) if name in SCALARS:
            return SCALARS[name]
        case ast.Constant(value=None):
            return NONE
        case ast.Subscript(value=ast.Name(id=name), slice=inner) if name in GENERICS:
            parts = inner.elts if isinstance(inner, ast.Tuple) else [inner]
            return PyType(GENERICS[name], tuple(parse_annotation(p) for p in parts))
    raise ValueError(f"unsupported annotation {ast.unparse(node)}")


def infer(value: Any) -> PyType:
    """The type of one test value (``bool`` before ``int``: True is an int in Python)."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, str):
        return STR
    if value is None:
        return NONE
    if isinstance(value, list):
        return list_of(join_all([infer(v) for v in value]))
    if isinstance(value, tuple):
        return PyType("tuple", tuple(infer(v) for v in value))
    if isinstance(value, dict):
        keys = join_all([infer(k) for k in value])
        return PyType("dict", (keys, join_all([infer(v) for v in value.values()])))
    raise ValueError(f"no type for test value {value!r}")


def join_all(types: list[PyType]) -> PyType:
    result = UNKNOWN
    for t in types:
        result = join(result, t)
    return result


def join(a: PyType, b: PyType) -> PyType:
    """The least type holding both; ``any`` when they share none."""
    if a == b or b.kind == "unknown":
        return a
    if a.kind == "unknown":
        return b
    if {a.kind, b.kind} == {"int", "float"}:
        return FLOAT
    if a.kind == "none" or b.kind == "none":
        other = b if a.kind == "none" else a
        return other if other.kind == "optional" else PyType("optional", (other,))
    if a.kind == "optional" or b.kind == "optional":
        inner = a.args[0] if a.kind == "optional" else a
        other = b.args[0] if b.kind == "optional" else b
        return PyType("optional", (join(inner, other),))
    if (a.kind == b.kind and a.kind in ("list", "dict")) or (
        a.kind == b.kind == "tuple" and len(a.args) == len(b.args)
    ):
        return PyType(a.kind, tuple(join(x, y) for x, y in zip(a.args, b.args, strict=True)))
    return union_of(a, b)


def union_of(a: PyType, b: PyType) -> PyType:
    """``Union[a, b]``, flattened, an ``int`` absorbed by a ``float`` member."""
    members: list[PyType] = []
    for t in (*(a.args if a.kind == "union" else (a,)), *(b.args if b.kind == "union" else (b,))):
        if t not in members:
            members.append(t)
    if FLOAT in members and INT in members:
        members.remove(INT)
    return members[0] if len(members) == 1 else PyType("union", tuple(members))


def union_member(value: Any, union: PyType) -> PyType:
    """The member of ``union`` a test value belongs to (an int may be a float member)."""
    own = settle(infer(value))
    for member in union.args:
        if member == own or (own == INT and member == FLOAT) or member.kind == own.kind:
            return member
    raise ValueError(f"{value!r} is none of {union}")


def settle(t: PyType) -> PyType:
    """Element types only ever seen empty become ``int`` (as MultiPL-E's default)."""
    if t.kind == "unknown":
        return INT
    return PyType(t.kind, tuple(settle(a) for a in t.args))
