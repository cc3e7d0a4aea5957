"""The candidate process's runtime: run the completion, then answer calls to its entry point.

Runs inside the sandbox (stdlib only; bundled into the fork server's source). The program
(prompt + completion, or a full program) is executed as openai/human-eval does it,
``exec(program, {})``: fresh globals, so ``__name__`` is not ``"__main__"`` and an
``if __name__ == "__main__":`` block does not run. This process never holds the tests, the
expected values or any proof of completion: it only receives arguments and sends back results
as data (``grader_wire``). Whatever this process does to itself (trace hooks, patched builtins,
rigged ``__eq__``) stays in this process; the trusted checker compares values it rebuilt.

Messages sent (each one encoded value per frame): ``("ready",)``, ``("load_error", exc)``,
``("return", value, mutated)``, ``("raise", exc)``, ``("boundary", why)`` where ``exc`` is
``(type name, args or None, message, built-in bases)`` and ``mutated`` lists ``(position or
keyword, new value)`` for list/dict/set/bytearray arguments the call changed (mirrored back
by the checker, so that a test that reuses an argument sees what human-eval's shared objects
would show).
"""

import contextlib

from benchmark.grader_wire import Unsendable, decode, encode, recv_frame, send_frame  # bundled

MESSAGE_CHARS = 2000
_MUTABLE = (list, dict, set, bytearray)


def serve_candidate(program, entry_point, sock):
    """Load ``program`` and serve calls until the checker closes the socket."""
    namespace: dict[str, object] = {}
    try:
        exec(compile(program, "<string>", "exec"), namespace)
        function = namespace[entry_point] if entry_point in namespace else _missing(entry_point)
    except BaseException as exc:
        send_frame(sock, encode(("load_error", describe_exception(exc))))
        return
    send_frame(sock, encode(("ready",)))
    while True:
        frame = recv_frame(sock)
        if frame is None:
            return
        args, kwargs = decode(frame)
        send_frame(sock, answer(function, args, kwargs))


def _missing(entry_point):
    raise NameError(f"name {entry_point!r} is not defined")


def answer(function, args, kwargs):
    """The encoded reply to one call: its value (or exception) and the arguments it changed."""
    before = _snapshots(args, kwargs)
    try:
        result = function(*args, **kwargs)
    except BaseException as exc:
        return encode(("raise", describe_exception(exc)))
    try:
        return encode(("return", result, _mutated(before, args, kwargs)))
    except Unsendable as why:
        return encode(("boundary", str(why.args[0]) if why.args else "an unknown value"))
    except BaseException as exc:
        return encode(("raise", describe_exception(exc)))


def _snapshots(args, kwargs):
    items = list(enumerate(args)) + list(kwargs.items())
    snapshots = {}
    for key, value in items:
        if type(value) in _MUTABLE:
            with contextlib.suppress(Unsendable):
                snapshots[key] = encode(value)
    return snapshots


def _mutated(before, args, kwargs):
    changed = []
    for key, old in before.items():
        value = args[key] if isinstance(key, int) else kwargs[key]
        try:
            if encode(value) != old:
                changed.append((key, value))
        except Unsendable:
            pass
    return changed


def describe_exception(exc):
    """``(type name, args if they can be sent, message, built-in bases)``; never raises. The
    bases (built-in classes in its MRO) let the checker rebuild a custom ``ValueError``
    subclass as a ``ValueError``, so a test's ``except ValueError`` still catches it."""
    name, args, message, bases = "Exception", None, "", ["Exception"]
    try:
        name = str(type(exc).__name__)[:100]
        bases = [c.__name__ for c in type(exc).__mro__ if c.__module__ == "builtins"][:20]
        args = exc.args
        encode(args)
    except BaseException:
        args = None
    try:
        message = str(exc)[:MESSAGE_CHARS]
    except BaseException:
        message = ""
    return (name, args, message, bases)
