"""The data that crosses between the candidate process and the trusted checker: a tagged codec.

Runs inside the sandbox (stdlib only; bundled into the fork server's source, so it imports no
sibling module). ``marshal`` and ``pickle`` are not used for data that comes *from* the
candidate: both can build arbitrary objects and neither is hardened against crafted input.
This decoder rebuilds only value types (see ``TAGS``) and refuses anything else with
``WireError``, within a byte limit (``MAX_FRAME``), a nesting limit (``MAX_DEPTH``) and an item
limit (``MAX_ITEMS``). Every count is checked against the bytes left before anything is built.

What the encoder sends for a value, so that the trusted side compares values it built itself:

- exact built-in values as themselves (int, float incl. nan/inf, complex, str, bytes,
  bytearray, bool, None, list, tuple, dict, set, frozenset, range);
- ``Counter``, ``OrderedDict``, ``defaultdict`` (no factory: comparison never needs one),
  ``Fraction`` and ``Decimal`` as those types (their ``==`` differs from a plain dict/float);
- other subclasses of int, float, complex, str, bytes, list, tuple (a namedtuple too), dict,
  set and frozenset as their base value (``==`` of an honest subclass is its base's);
- generators and other iterators as an iterator over their items (``gen == [..]`` is False
  there too, ``list(gen)`` works); dict views as dict views; numpy scalars as their ``item()``.

Anything else raises ``Unsendable`` naming the type.
"""

import collections
import decimal
import fractions
import struct

MAX_FRAME = 16 << 20
MAX_DEPTH = 100
MAX_ITEMS = 1 << 20
_LEN = struct.Struct(">I")
_FLOAT = struct.Struct(">d")
_COMPLEX = struct.Struct(">dd")


class WireError(ValueError):
    """Bytes the decoder refuses: malformed, too large, too deep, or of an unknown tag."""


class Unsendable(TypeError):
    """A value the encoder cannot send; ``args[0]`` names it ("an object of type X", or a
    value too large or too deep)."""


# --- encoder ------------------------------------------------------------------------------


def encode(value):
    """The bytes for ``value``; raises ``Unsendable`` for a type outside the list above."""
    out = bytearray()
    _enc(value, out, 0)
    if len(out) > MAX_FRAME:
        raise Unsendable(f"a value of {len(out)} bytes (the limit is {MAX_FRAME})")
    return bytes(out)


def _enc(value, out, depth):
    if depth > MAX_DEPTH:
        raise Unsendable(f"a value nested more than {MAX_DEPTH} deep")
    if len(out) > MAX_FRAME:
        raise Unsendable(f"a value of more than {MAX_FRAME} bytes")
    kind = type(value)
    handler = _EXACT.get(kind)
    if handler is not None:
        handler(value, out, depth)
        return
    for base, handler in _SUBCLASSES:
        if isinstance(value, base):
            handler(value, out, depth)
            return
    _enc_other(value, out, depth)


def _enc_other(value, out, depth):
    kind = type(value)
    if kind.__module__ == "numpy" and getattr(value, "ndim", None) == 0:
        _enc(value.item(), out, depth + 1)
    elif _is_iterator(value):
        _enc_items(b"I", list(_bounded(value)), out, depth)
    else:
        raise Unsendable(f"an object of type {kind.__name__}")


def _is_iterator(value):
    try:
        return hasattr(type(value), "__next__") and iter(value) is value
    except Exception:
        return False


def _bounded(iterator):
    for count, item in enumerate(iterator):
        if count >= MAX_ITEMS:
            raise Unsendable(f"an iterator of more than {MAX_ITEMS} items")
        yield item


def _enc_none(value, out, depth):
    out += b"N"


def _enc_bool(value, out, depth):
    out += b"T" if value else b"F"


def _enc_int(value, out, depth):
    value = int.__index__(value)
    size = (value.bit_length() + 8) // 8
    out += b"i" + _LEN.pack(size) + value.to_bytes(size, "big", signed=True)


def _enc_float(value, out, depth):
    out += b"f" + _FLOAT.pack(float.__float__(value))


def _enc_complex(value, out, depth):
    value = complex.__complex__(value)
    out += b"x" + _COMPLEX.pack(value.real, value.imag)


def _enc_str(value, out, depth):
    data = str.__str__(value).encode("utf-8", "surrogatepass")
    out += b"s" + _LEN.pack(len(data)) + data


def _enc_bytes(value, out, depth):
    data = bytes(memoryview(value))
    out += (b"A" if isinstance(value, bytearray) else b"y") + _LEN.pack(len(data)) + data


def _enc_items(tag, items, out, depth):
    out += tag + _LEN.pack(len(items))
    for item in items:
        _enc(item, out, depth + 1)


def _enc_pairs(tag, value, out, depth):
    pairs = list(dict.items(value))
    out += tag + _LEN.pack(len(pairs))
    for key, item in pairs:
        _enc(key, out, depth + 1)
        _enc(item, out, depth + 1)


def _sequence(tag, base):
    return lambda value, out, depth: _enc_items(tag, list(base.__iter__(value)), out, depth)


def _mapping(tag):
    return lambda value, out, depth: _enc_pairs(tag, value, out, depth)


def _enc_fraction(value, out, depth):
    out += b"Q"
    _enc_int(value.numerator, out, depth)
    _enc_int(value.denominator, out, depth)


def _enc_decimal(value, out, depth):
    out += b"M"
    _enc_str(decimal.Decimal.__str__(value), out, depth)


def _enc_range(value, out, depth):
    out += b"r"
    for part in (value.start, value.stop, value.step):
        _enc_int(part, out, depth)


def _view(tag):
    return lambda value, out, depth: _enc_items(tag, list(value), out, depth)


_EXACT = {
    type(None): _enc_none, bool: _enc_bool, int: _enc_int, float: _enc_float,
    complex: _enc_complex, str: _enc_str, bytes: _enc_bytes, bytearray: _enc_bytes,
    list: _sequence(b"l", list), tuple: _sequence(b"t", tuple), set: _sequence(b"e", set),
    frozenset: _sequence(b"z", frozenset), dict: _mapping(b"d"), range: _enc_range,
    collections.Counter: _mapping(b"C"), collections.OrderedDict: _mapping(b"O"),
    collections.defaultdict: _mapping(b"D"), fractions.Fraction: _enc_fraction,
    decimal.Decimal: _enc_decimal, type({}.keys()): _view(b"K"),
    type({}.values()): _view(b"V"), type({}.items()): _view(b"W"),
}  # fmt: skip

# Order matters: the more specific type first (bool before int, Counter before dict).
_SUBCLASSES = (
    (bool, _enc_bool), (int, _enc_int), (float, _enc_float), (complex, _enc_complex),
    (str, _enc_str), (bytes, _enc_bytes), (bytearray, _enc_bytes),
    (collections.Counter, _mapping(b"C")), (collections.OrderedDict, _mapping(b"O")),
    (collections.defaultdict, _mapping(b"D")), (dict, _mapping(b"d")),
    (list, _sequence(b"l", list)), (tuple, _sequence(b"t", tuple)),
    (set, _sequence(b"e", set)), (frozenset, _sequence(b"z", frozenset)),
    (fractions.Fraction, _enc_fraction), (decimal.Decimal, _enc_decimal),
)  # fmt: skip


# --- decoder ------------------------------------------------------------------------------


def decode(data):
    """The value ``data`` encodes, built from the allowed types only, or ``WireError``."""
    if not isinstance(data, (bytes, bytearray)) or len(data) > MAX_FRAME:
        raise WireError(f"a frame must be bytes of at most {MAX_FRAME}")
    reader = _Reader(bytes(data))
    try:
        value = reader.value(0)
    except WireError:
        raise
    except (ValueError, TypeError, OverflowError, decimal.DecimalException, ZeroDivisionError,
            RecursionError, MemoryError) as exc:  # fmt: skip
        raise WireError(f"malformed frame: {type(exc).__name__}") from None
    if reader.pos != len(reader.data):
        raise WireError("trailing bytes after the value")
    return value


class _Reader:
    def __init__(self, data):
        self.data, self.pos, self.items = data, 0, 0

    def take(self, size):
        end = self.pos + size
        if end > len(self.data):
            raise WireError("truncated frame")
        chunk, self.pos = self.data[self.pos : end], end
        return chunk

    def length(self):
        (size,) = _LEN.unpack(self.take(4))
        if size > len(self.data) - self.pos:
            raise WireError("a length larger than the frame")
        return size

    def count(self):
        size = self.length()  # every item takes at least one byte: bounded by what is left
        self.items += size
        if self.items > MAX_ITEMS:
            raise WireError(f"more than {MAX_ITEMS} items")
        return size

    def value(self, depth):
        if depth > MAX_DEPTH:
            raise WireError(f"nested more than {MAX_DEPTH} deep")
        tag = self.take(1)
        build = _DECODERS.get(tag)
        if build is None:
            raise WireError(f"unknown tag {tag!r}")
        return build(self, depth)

    def values(self, depth):
        return [self.value(depth + 1) for _ in range(self.count())]

    def pairs(self, depth):
        return [(self.value(depth + 1), self.value(depth + 1)) for _ in range(self.count())]

    def int_(self):
        if self.take(1) != b"i":
            raise WireError("expected an int")
        return int.from_bytes(self.take(self.length()), "big", signed=True)


def _dec_fraction(reader, depth):
    numerator, denominator = reader.int_(), reader.int_()
    if denominator <= 0:
        raise WireError("a Fraction needs a positive denominator")
    return fractions.Fraction(numerator, denominator)


def _dec_decimal(reader, depth):
    if reader.take(1) != b"s":
        raise WireError("expected a str")
    text = reader.take(reader.length()).decode("utf-8")
    if len(text) > 4000:
        raise WireError("a Decimal longer than 4000 characters")
    return decimal.Decimal(text)


def _dec_range(reader, depth):
    start, stop, step = reader.int_(), reader.int_(), reader.int_()
    return range(start, stop, step)


_DECODERS = {
    b"N": lambda r, d: None,
    b"T": lambda r, d: True,
    b"F": lambda r, d: False,
    b"i": lambda r, d: int.from_bytes(r.take(r.length()), "big", signed=True),
    b"f": lambda r, d: _FLOAT.unpack(r.take(8))[0],
    b"x": lambda r, d: complex(*_COMPLEX.unpack(r.take(16))),
    b"s": lambda r, d: r.take(r.length()).decode("utf-8", "surrogatepass"),
    b"y": lambda r, d: r.take(r.length()),
    b"A": lambda r, d: bytearray(r.take(r.length())),
    b"l": lambda r, d: r.values(d),
    b"t": lambda r, d: tuple(r.values(d)),
    b"e": lambda r, d: set(r.values(d)),
    b"z": lambda r, d: frozenset(r.values(d)),
    b"d": lambda r, d: dict(r.pairs(d)),
    b"C": lambda r, d: collections.Counter(dict(r.pairs(d))),
    b"O": lambda r, d: collections.OrderedDict(r.pairs(d)),
    b"D": lambda r, d: collections.defaultdict(None, r.pairs(d)),
    b"Q": _dec_fraction,
    b"M": _dec_decimal,
    b"r": _dec_range,
    b"I": lambda r, d: iter(r.values(d)),
    b"K": lambda r, d: dict.fromkeys(r.values(d)).keys(),
    b"V": lambda r, d: dict(enumerate(r.values(d))).values(),
    b"W": lambda r, d: dict(r.values(d)).items(),
}


# --- frames -------------------------------------------------------------------------------


def send_frame(sock, payload):
    """One frame: a 4-byte big-endian length, then the payload."""
    sock.sendall(_LEN.pack(len(payload)) + payload)


def recv_frame(sock, limit=MAX_FRAME):
    """The next frame's payload; None at end of stream; ``WireError`` past ``limit``."""
    header = recv_exact(sock, 4)
    if header is None:
        return None
    (size,) = _LEN.unpack(header)
    if size > limit:
        raise WireError(f"a frame of {size} bytes (the limit is {limit})")
    payload = recv_exact(sock, size)
    if payload is None:
        raise WireError("the stream ended inside a frame")
    return payload


def recv_exact(sock, size):
    """Exactly ``size`` bytes from ``sock``; None if the stream ends first."""
    chunks, remaining = [], size
    while remaining:
        chunk = sock.recv(min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
