"""The result emitters of JavaScript, TypeScript, PHP and Ruby harnesses (``lang_dynamic``).

Each one writes a case's frame (``judge.FRAME``) with one write and flushes, so a crash in one
case leaves the earlier frames. Numbers go through the language's own number-to-text, which
prints NaN and the infinities as Python's ``json`` reads them and a double's shortest
round-trip text; strings are escaped (``"``, ``\\`` and every control character), so a
returned string cannot open a frame of its own. A value with no JSON form (a function, a
Symbol) stops the program, failing the sample, rather than printing something that might
compare equal. No expected value is ever written here: the host keeps them.
"""

from __future__ import annotations

from benchmark.multilang.judge import FRAME

# TypeScript; JavaScript is the same without the annotations (``js_emitter``).
TS_EMIT = r"""  const polyeval_json = (v: any): string => {
    if (v === null || v === undefined) return "null";
    const kind = typeof v;
    if (kind === "number" || kind === "bigint") return "" + v;
    if (kind === "boolean") return v ? "true" : "false";
    if (kind === "string") return JSON.stringify(v);
    if (kind !== "object") throw new TypeError("polyeval: a " + kind + " result has no JSON form");
    const parts: string[] = [];
    if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) parts.push(polyeval_json(v[k]));
      return "[" + parts.join(",") + "]";
    }
    for (const k of Object.keys(v)) parts.push(JSON.stringify(k) + ":" + polyeval_json(v[k]));
    return "{" + parts.join(",") + "}";
  };
  const polyeval_emit = (i: number, v: any): void => {
    (globalThis as any).process.stdout.write("\n@@FRAME" + i + " " + polyeval_json(v) + "\n");
  };""".replace("@@FRAME", FRAME)

TS_ONLY = (
    ("(v: any): string =>", "(v) =>"),
    ("const parts: string[] =", "const parts ="),
    ("(i: number, v: any): void =>", "(i, v) =>"),
    ("(globalThis as any).process", "process"),
)

PHP_EMIT = r"""function polyeval_emit_json($v, bool $object = false): string {
    if (is_float($v) && is_nan($v)) return 'NaN';
    if (is_float($v) && is_infinite($v)) return $v > 0 ? 'Infinity' : '-Infinity';
    if (is_array($v)) {
        $parts = array();
        if (!$object && array_is_list($v)) {
            foreach ($v as $x) { $parts[] = polyeval_emit_json($x); }
            return '[' . implode(',', $parts) . ']';
        }
        foreach ($v as $k => $x) {
            $parts[] = polyeval_emit_json((string) $k) . ':' . polyeval_emit_json($x);
        }
        return '{' . implode(',', $parts) . '}';
    }
    $text = json_encode($v, JSON_PRESERVE_ZERO_FRACTION | JSON_UNESCAPED_UNICODE
        | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
    if ($text === false) {
        throw new Exception('polyeval: the result has no JSON form: ' . json_last_error_msg());
    }
    return $text;
}
function polyeval_emit(int $i, $v, bool $object = false): void {
    ini_set('serialize_precision', '-1');  // a double's shortest round-trip text
    fwrite(STDOUT, "\n@@FRAME" . $i . ' ' . polyeval_emit_json($v, $object) . "\n");
    fflush(STDOUT);
}""".replace("@@FRAME", FRAME)

RUBY_EMIT = r"""module PolyevalEmit
  ESCAPES = { '"' => '\"', '\\' => '\\\\', "\n" => '\n', "\t" => '\t' }.freeze

  def self.json(v)
    case v
    when nil then 'null'
    when true then 'true'
    when false then 'false'
    when Integer then v.to_s
    when Float then float(v)
    when Rational then float(v.to_f)
    when String then string(v)
    when Array then '[' + v.map { |x| json(x) }.join(',') + ']'
    when Hash then '{' + v.map { |k, x| string(k.to_s) + ':' + json(x) }.join(',') + '}'
    else raise TypeError, "polyeval: a #{v.class} result has no JSON form"
    end
  end

  def self.float(v)
    return 'NaN' if v.nan?
    return (v > 0 ? 'Infinity' : '-Infinity') if v.infinite?
    v.to_s
  end

  def self.string(s)
    s = s.dup.force_encoding(Encoding::UTF_8).scrub("\uFFFD")
    '"' + s.gsub(/["\\\x00-\x1f]/) { |c| ESCAPES[c] || format('\u%04x', c.ord) } + '"'
  end

  def self.emit(i, v)
    $stdout.write("\n@@FRAME#{i} #{json(v)}\n")
    $stdout.flush
  end
end""".replace("@@FRAME", FRAME)


def js_emitter() -> str:
    text = TS_EMIT
    for typed, plain in TS_ONLY:
        assert typed in text, typed
        text = text.replace(typed, plain)
    return text
