"""The exception class a sample's stored detail names, for counting failures by kind."""

from __future__ import annotations

import re

# "AssertionError: nope", "ZeroDivisionError", "json.decoder.JSONDecodeError: …": a (dotted)
# name whose last part is capitalised, then a colon or the end. Sandbox notes ("exit status
# 1", "killed by SIGKILL", "timeout") have spaces before any colon or no capital.
_CLASS = re.compile(r"((?:[A-Za-z_]\w*\.)*[A-Z]\w*)(?::|$)")


def error_type(detail: str) -> str:
    """``"AssertionError: nope"`` -> ``"AssertionError"``; ``""`` when no class is named."""
    found = _CLASS.match(detail.strip())  # match: from the start, so "exit 1: X" names none
    return found.group(1)[:100] if found else ""
