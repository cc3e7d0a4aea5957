"""Formatting of scores in templates."""

from __future__ import annotations

import json
import math

from django import template
from django.utils.safestring import SafeString, mark_safe
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from webapp.evaluations.models import Suite
from webapp.leaderboard.boards import Board

register = template.Library()
MISSING = "\N{EN DASH}"
# Made once: a formatter builds its style sheet when made (most of a sample's cost on a run
# page of 50); neither keeps state between calls.
_PYTHON, _HTML = PythonLexer(), HtmlFormatter(nowrap=True)


@register.filter
def percent(value: float | None, digits: int = 1) -> str:
    """0.1234 -> '12.3 %'; missing values are shown as an en dash."""
    if value is None:
        return MISSING
    return f"{100 * value:.{digits}f} %"


@register.filter
def number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return MISSING
    if not math.isfinite(value):
        return "∞"
    if abs(value) >= 1e4:
        return f"{value:.3g}"  # a random model's perplexity: 2.38e+05, not 238,093.4
    if abs(value) >= 100:
        return f"{value:,.1f}"
    return f"{value:,.{digits}f}"


@register.filter
def parameters(value: int | None) -> str:
    """493312 -> '0.49 M', 2_700_000_000 -> '2.70 B'."""
    if value is None:
        return MISSING
    if value >= 1_000_000_000:
        return f"{value / 1e9:.2f} B"
    return f"{value / 1e6:.2f} M"


@register.filter
def get(mapping: dict[str, object], key: str) -> object:
    return mapping.get(key)


@register.filter
def as_json(value: object) -> str:
    """Pretty JSON for settings and records (autoescaped by the template like any text)."""
    return json.dumps(value, indent=2, sort_keys=True)


@register.filter
def python_code(source: str) -> SafeString:
    """Highlighted Python. Pygments escapes every token it emits, so hostile completions
    (``<script>``) stay text; the result is then safe to insert."""
    html = highlight(source, _PYTHON, _HTML)
    return mark_safe(html)  # built by Pygments' formatter, which escapes every token


@register.filter
def split(value: str, separator: str = ",") -> list[str]:
    return value.split(separator)


@register.filter
def getint(mapping: dict[int, object], key: str) -> object:
    """Look up an integer key from a template string ("10" -> mapping[10])."""
    return mapping.get(int(key))


@register.filter
def board_query(suite: Suite) -> str:
    """The leaderboard query of a stored suite's board (``?suite=demo``; empty for the default)."""
    return Board(suite.name, suite.version, suite.config).querystring()
