"""A TCP listener on the host that records who connected: the hostile catalogs (Python's and
each language's) check that no program in the sandbox ever reaches it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def counting_listener() -> Iterator[tuple[int, list[str]]]:
    """``(port, connections)``: the list grows with each peer address that connected."""
    listener = socket.create_server(("127.0.0.1", 0))
    connections: list[str] = []

    def accept() -> None:
        while True:
            try:
                conn, addr = listener.accept()
            except OSError:  # closed: the catalog is done
                return
            connections.append(str(addr))
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield listener.getsockname()[1], connections
    finally:
        listener.close()
