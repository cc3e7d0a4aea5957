"""The result writers Java, Scala and C# harnesses append after the program (``judge.py``).

Each is a class named ``PolyevalEmit`` (a completion that defines one too does not compile)
with one entry, ``frame(i, value)``: the value as JSON, written on stdout as one frame in one
call, then flushed. Names are fully qualified (``java.lang.StringBuilder``, ``global::System``)
so that what an honest completion declares or imports (Scala's prompt imports
``scala.collection.mutable._``, whose ``StringBuilder`` and ``Map`` shadow the defaults) cannot
change them. Output is ASCII: every other character is a ``\\uXXXX`` escape, so the frame does
not depend on the JVM's or Mono's idea of the terminal's encoding, and a returned string cannot
start a line. A value of a class the writer does not know (a completion's own class, whose
``equals`` may say yes to anything) is an error: the program fails. Floats are widened to
double and printed in full (the host rounds to float32), NaN and infinities as Python's json
reads them.

Java writes with ``System.out`` as it is when the frame is written, never through
``FileDescriptor.out``: in the warm JVM that descriptor is the server's reply channel.
"""

from __future__ import annotations

JAVA = r"""final class PolyevalEmit {
    private PolyevalEmit() {}

    static void frame(int i, Object value) {
        java.lang.StringBuilder b = new java.lang.StringBuilder("\n@@polyeval-result ");
        b.append(i).append(' ');
        json(b, value);
        b.append('\n');
        java.lang.System.out.print(b.toString());
        java.lang.System.out.flush();
    }

    static void json(java.lang.StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof java.util.Optional) {
            json(b, ((java.util.Optional<?>) v).orElse(null));
        } else if (v instanceof java.lang.Float || v instanceof java.lang.Double) {
            b.append(java.lang.Double.toString(((java.lang.Number) v).doubleValue()));
        } else if (v instanceof java.lang.Long || v instanceof java.lang.Integer
                || v instanceof java.lang.Short || v instanceof java.lang.Byte
                || v instanceof java.lang.Boolean) {
            b.append(v.toString());
        } else if (v instanceof java.math.BigInteger) {
            b.append(new java.math.BigInteger(((java.math.BigInteger) v).toByteArray()).toString());
        } else if (v instanceof java.lang.Character || v instanceof java.lang.String) {
            str(b, v.toString());
        } else if (v instanceof java.util.Map) {
            b.append('{');
            boolean first = true;
            for (java.util.Map.Entry<?, ?> e : ((java.util.Map<?, ?>) v).entrySet()) {
                if (!first) b.append(',');
                first = false;
                Object k = e.getKey();
                if (k instanceof java.lang.String) {
                    str(b, (java.lang.String) k);
                } else {
                    java.lang.StringBuilder key = new java.lang.StringBuilder();
                    json(key, k);
                    str(b, key.toString());
                }
                b.append(':');
                json(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof java.lang.Iterable) {
            b.append('[');
            boolean first = true;
            for (Object x : (java.lang.Iterable<?>) v) {
                if (!first) b.append(',');
                first = false;
                json(b, x);
            }
            b.append(']');
        } else if (v.getClass().isArray()) {
            b.append('[');
            for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                if (i > 0) b.append(',');
                json(b, java.lang.reflect.Array.get(v, i));
            }
            b.append(']');
        } else {
            throw new java.lang.IllegalArgumentException(
                "PolyevalEmit: no JSON for a " + v.getClass().getName());
        }
    }

    static void str(java.lang.StringBuilder b, java.lang.String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    b.append("0123456789abcdef".charAt((c >> shift) & 15));
                }
            }
        }
        b.append('"');
    }
}
"""

SCALA = r"""object PolyevalEmit {
    def frame(i: Int, value: Any): Unit = {
        val b = new _root_.java.lang.StringBuilder("\n@@polyeval-result ")
        b.append(i).append(' ')
        json(b, value)
        b.append('\n')
        _root_.java.lang.System.out.print(b.toString)
        _root_.java.lang.System.out.flush()
    }

    def json(b: _root_.java.lang.StringBuilder, v: Any): Unit = v match {
        case null => b.append("null")
        case _root_.scala.None => b.append("null")
        case _root_.scala.Some(x) => json(b, x)
        case x: _root_.scala.Float => b.append(_root_.java.lang.Double.toString(x.toDouble))
        case x: _root_.scala.Double => b.append(_root_.java.lang.Double.toString(x))
        case x: _root_.scala.Long => b.append(x)
        case x: _root_.scala.Int => b.append(x)
        case x: _root_.scala.Short => b.append(x.toInt)
        case x: _root_.scala.Byte => b.append(x.toInt)
        case x: _root_.scala.Boolean => b.append(if (x) "true" else "false")
        case x: _root_.scala.math.BigInt => b.append(x.bigInteger.toString)
        case x: _root_.scala.Char => str(b, x.toString)
        case x: _root_.java.lang.String => str(b, x)
        case m: _root_.scala.collection.Map[_, _] =>
            b.append('{')
            var first = true
            for ((k, x) <- m) {
                if (!first) b.append(',')
                first = false
                k match {
                    case s: _root_.java.lang.String => str(b, s)
                    case _ =>
                        val key = new _root_.java.lang.StringBuilder
                        json(key, k)
                        str(b, key.toString)
                }
                b.append(':')
                json(b, x)
            }
            b.append('}')
        case s: _root_.scala.collection.TraversableOnce[_] => array(b, s.toIterator)
        case a: _root_.scala.Array[_] => array(b, a.iterator)
        case t: _root_.scala.Product if t.getClass.getName.startsWith("scala.Tuple") =>
            array(b, t.productIterator)
        case _ => throw new _root_.java.lang.IllegalArgumentException(
            "PolyevalEmit: no JSON for a " + v.getClass.getName)
    }

    def array(b: _root_.java.lang.StringBuilder, items: _root_.scala.Iterator[_]): Unit = {
        b.append('[')
        var first = true
        for (x <- items) {
            if (!first) b.append(',')
            first = false
            json(b, x)
        }
        b.append(']')
    }

    def str(b: _root_.java.lang.StringBuilder, s: _root_.java.lang.String): Unit = {
        b.append('"')
        for (c <- s) {
            if (c == '"' || c == '\\') b.append('\\').append(c)
            else if (c >= 0x20 && c < 0x7f) b.append(c)
            else {
                b.append("\\u")
                for (shift <- _root_.scala.List(12, 8, 4, 0))
                    b.append("0123456789abcdef".charAt((c >> shift) & 15))
            }
        }
        b.append('"')
    }
}
"""

CS = r"""static class PolyevalEmit {
    public static void Frame(int i, object value) {
        var b = new global::System.Text.StringBuilder("\n@@polyeval-result ");
        b.Append(i.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        b.Append(' ');
        Json(b, value);
        b.Append('\n');
        global::System.Console.Out.Write(b.ToString());
        global::System.Console.Out.Flush();
    }

    static void Json(global::System.Text.StringBuilder b, object v) {
        var invariant = global::System.Globalization.CultureInfo.InvariantCulture;
        if (v == null) {
            b.Append("null");
        } else if (v is bool) {
            b.Append((bool) v ? "true" : "false");
        } else if (v is float) {
            Number(b, (double) (float) v);
        } else if (v is double) {
            Number(b, (double) v);
        } else if (v is long || v is int || v is short || v is sbyte || v is ulong || v is uint
                   || v is ushort || v is byte || v is decimal
                   || v is global::System.Numerics.BigInteger) {
            b.Append(((global::System.IFormattable) v).ToString(null, invariant));
        } else if (v is char || v is string) {
            Str(b, v.ToString());
        } else if (v is global::System.Collections.IDictionary) {
            b.Append('{');
            bool first = true;
            foreach (global::System.Collections.DictionaryEntry e
                     in (global::System.Collections.IDictionary) v) {
                if (!first) b.Append(',');
                first = false;
                if (e.Key is string) {
                    Str(b, (string) e.Key);
                } else {
                    var key = new global::System.Text.StringBuilder();
                    Json(key, e.Key);
                    Str(b, key.ToString());
                }
                b.Append(':');
                Json(b, e.Value);
            }
            b.Append('}');
        } else if (IsTuple(v)) {
            b.Append('[');
            bool first = true;
            var type = v.GetType();
            for (int k = 1; k <= 7; k++) {
                var p = type.GetProperty("Item" + k);  // Tuple: properties; ValueTuple: fields
                var f = p == null ? type.GetField("Item" + k) : null;
                if (p == null && f == null) break;
                if (!first) b.Append(',');
                first = false;
                Json(b, p != null ? p.GetValue(v, null) : f.GetValue(v));
            }
            b.Append(']');
        } else if (v is global::System.Collections.IEnumerable) {
            b.Append('[');
            bool first = true;
            foreach (object x in (global::System.Collections.IEnumerable) v) {
                if (!first) b.Append(',');
                first = false;
                Json(b, x);
            }
            b.Append(']');
        } else {
            throw new global::System.ArgumentException(
                "PolyevalEmit: no JSON for a " + v.GetType().FullName);
        }
    }

    // Tuple<...> and ValueTuple<...> of up to 7 items (a Rest item is an eighth, not needed).
    static bool IsTuple(object v) {
        var t = v.GetType();
        return t.IsGenericType && t.Namespace == "System"
            && (t.Name.StartsWith("Tuple`") || t.Name.StartsWith("ValueTuple`"));
    }

    static void Number(global::System.Text.StringBuilder b, double d) {
        if (double.IsNaN(d)) b.Append("NaN");
        else if (double.IsPositiveInfinity(d)) b.Append("Infinity");
        else if (double.IsNegativeInfinity(d)) b.Append("-Infinity");
        else if (d == 0) b.Append(1 / d < 0 ? "-0.0" : "0.0");  // G17 drops zero's sign
        else b.Append(d.ToString("G17", global::System.Globalization.CultureInfo.InvariantCulture));
    }

    static void Str(global::System.Text.StringBuilder b, string s) {
        b.Append('"');
        foreach (char c in s) {
            if (c == '"' || c == '\\') {
                b.Append('\\').Append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.Append(c);
            } else {
                b.Append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    b.Append("0123456789abcdef"[(c >> shift) & 15]);
                }
            }
        }
        b.Append('"');
    }
}
"""
