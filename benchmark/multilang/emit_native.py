"""The Go and Rust emitters a harness defines after the completion (``judge.py``'s frames).

Each turns a returned value into the JSON the host parses: strings escaped (``"``, ``\\`` and
every control character, so a returned string cannot start a frame of its own), floats in their
shortest round-trip form with NaN and the infinities spelled as Python's ``json`` reads them.
Their names (``polyevalEmit...``, ``PolyevalEmit``) cannot collide with a completion's.

Go: the prompt imports only ``fmt`` and ``testing`` and a file's imports come before its
declarations, so the emitter uses nothing else (no ``encoding/json``, which cannot write NaN
anyway, no ``reflect``): a type switch over the scalars and ``[]interface{}`` (tuples), plus one
case per slice or map type the signature returns (``go_cases``), through generic helpers.
``fmt.Print`` writes to ``os.Stdout`` unbuffered, one write per frame.

Rust: a trait implemented for the types the signature can hold; std's macros are called by
path (``::std::write!``), so a completion's ``macro_rules!`` of the same name cannot reach them.
"""

from __future__ import annotations

from benchmark.multilang.judge import FRAME

GO_EMITTER = r"""
func polyevalEmitString(s string) string {
	out := []byte{'"'}
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			out = append(out, '\\', byte(r))
		case r < 0x20:
			out = append(out, fmt.Sprintf("\\u%04x", r)...)
		default:
			out = append(out, string(r)...)
		}
	}
	return string(append(out, '"'))
}

func polyevalEmitFloat(f float64) string {
	switch {
	case f != f:
		return "NaN"
	case f > 1.7976931348623157e308:
		return "Infinity"
	case f < -1.7976931348623157e308:
		return "-Infinity"
	}
	return fmt.Sprint(f) // %v: the shortest form that reads back as the same float64
}

func polyevalEmitList[T any](xs []T) string {
	out := []byte{'['}
	for i, x := range xs {
		if i > 0 {
			out = append(out, ", "...)
		}
		out = append(out, polyevalEmit(x)...)
	}
	return string(append(out, ']'))
}

func polyevalEmitMap[K comparable, V any](m map[K]V) string {
	out := []byte{'{'}
	for k, v := range m {
		if len(out) > 1 {
			out = append(out, ", "...)
		}
		key := polyevalEmit(k)
		if key[0] != '"' {
			key = polyevalEmitString(key) // JSON keys are strings
		}
		out = append(out, key+": "+polyevalEmit(v)...)
	}
	return string(append(out, '}'))
}

func polyevalEmit(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(x)
	case float64:
		return polyevalEmitFloat(x)
	case float32:
		return polyevalEmitFloat(float64(x))
	case string:
		return polyevalEmitString(x)
	case []interface{}:
		return polyevalEmitList(x)
@CASES@	}
	return fmt.Sprintf("unsupported(%T)", v) // not JSON: the host fails the case
}
"""

RUST_EMITTER = r"""
trait PolyevalEmit {
    fn polyeval_emit(&self, out: &mut String);
}

fn polyeval_push(out: &mut String, args: ::std::fmt::Arguments) {
    let _ = ::std::fmt::Write::write_fmt(out, args);
}

fn polyeval_emit_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c < ' ' => polyeval_push(out, ::std::format_args!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

macro_rules! polyeval_emit_display {
    ($($t:ty),*) => {$(
        impl PolyevalEmit for $t {
            fn polyeval_emit(&self, out: &mut String) {
                polyeval_push(out, ::std::format_args!("{}", self));
            }
        }
    )*};
}
polyeval_emit_display!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, bool);

impl PolyevalEmit for f64 {
    fn polyeval_emit(&self, out: &mut String) {
        if self.is_nan() {
            out.push_str("NaN");
        } else if self.is_infinite() {
            out.push_str(if *self > 0.0 { "Infinity" } else { "-Infinity" });
        } else {
            // {:?}: the shortest form that reads back as the same f64 (1.0, 0.1, 1e-7, 1e21)
            polyeval_push(out, ::std::format_args!("{:?}", self));
        }
    }
}

impl PolyevalEmit for f32 {
    fn polyeval_emit(&self, out: &mut String) {
        (*self as f64).polyeval_emit(out);
    }
}

impl PolyevalEmit for str {
    fn polyeval_emit(&self, out: &mut String) {
        polyeval_emit_str(self, out);
    }
}

impl PolyevalEmit for String {
    fn polyeval_emit(&self, out: &mut String) {
        polyeval_emit_str(self, out);
    }
}

impl PolyevalEmit for char {
    fn polyeval_emit(&self, out: &mut String) {
        polyeval_emit_str(self.encode_utf8(&mut [0; 4]), out);
    }
}

impl<T: PolyevalEmit + ?Sized> PolyevalEmit for &T {
    fn polyeval_emit(&self, out: &mut String) {
        (**self).polyeval_emit(out);
    }
}

impl<T: PolyevalEmit + ?Sized> PolyevalEmit for Box<T> {
    fn polyeval_emit(&self, out: &mut String) {
        (**self).polyeval_emit(out);
    }
}

impl<T: PolyevalEmit> PolyevalEmit for Option<T> {
    fn polyeval_emit(&self, out: &mut String) {
        match self {
            Some(x) => x.polyeval_emit(out),
            None => out.push_str("null"),
        }
    }
}

fn polyeval_emit_items<'a, T, I>(items: I, out: &mut String)
where
    T: PolyevalEmit + 'a,
    I: Iterator<Item = &'a T>,
{
    out.push('[');
    for (i, x) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        x.polyeval_emit(out);
    }
    out.push(']');
}

impl<T: PolyevalEmit> PolyevalEmit for [T] {
    fn polyeval_emit(&self, out: &mut String) {
        polyeval_emit_items(self.iter(), out);
    }
}

impl<T: PolyevalEmit> PolyevalEmit for Vec<T> {
    fn polyeval_emit(&self, out: &mut String) {
        polyeval_emit_items(self.iter(), out);
    }
}

macro_rules! polyeval_emit_tuple {
    ($($name:ident $index:tt),*) => {
        impl<$($name: PolyevalEmit),*> PolyevalEmit for ($($name,)*) {
            fn polyeval_emit(&self, out: &mut String) {
                out.push('[');
                $(
                    if $index > 0 {
                        out.push_str(", ");
                    }
                    self.$index.polyeval_emit(out);
                )*
                out.push(']');
            }
        }
    };
}
polyeval_emit_tuple!(A 0, B 1);
polyeval_emit_tuple!(A 0, B 1, C 2);
polyeval_emit_tuple!(A 0, B 1, C 2, D 3);

impl<K: PolyevalEmit, V: PolyevalEmit, S> PolyevalEmit for ::std::collections::HashMap<K, V, S> {
    fn polyeval_emit(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let mut key = String::new();
            k.polyeval_emit(&mut key);
            if key.starts_with('"') {
                out.push_str(&key);
            } else {
                polyeval_emit_str(&key, out); // JSON keys are strings
            }
            out.push_str(": ");
            v.polyeval_emit(out);
        }
        out.push('}');
    }
}

fn polyeval_frame<T: PolyevalEmit>(index: usize, value: T) {
    let mut text = String::from("\n@FRAME@");
    polyeval_push(&mut text, ::std::format_args!("{} ", index));
    value.polyeval_emit(&mut text);
    text.push('\n');
    let mut stdout = ::std::io::stdout().lock();
    let _ = ::std::io::Write::write_all(&mut stdout, text.as_bytes());
    let _ = ::std::io::Write::flush(&mut stdout);
}
"""


def go_emitter(cases: list[str]) -> str:
    """The Go emitter with a type-switch case for each of ``cases`` (slice and map types)."""
    lines = "".join(f"\tcase {c}:\n\t\treturn {_go_helper(c)}(x)\n" for c in cases)
    return GO_EMITTER.replace("@CASES@", lines)


def rust_emitter() -> str:
    return RUST_EMITTER.replace("@FRAME@", FRAME)


def _go_helper(type_name: str) -> str:
    return "polyevalEmitMap" if type_name.startswith("map[") else "polyevalEmitList"
