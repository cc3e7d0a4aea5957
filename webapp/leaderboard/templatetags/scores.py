"""Formatting of scores in templates."""

from __future__ import annotations

import json
import math
import re

from django import template
from django.utils.html import escape
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
def sig(value: float | str | None, figures: int = 3) -> str:
    """The leaderboard's one number format, the same in every perplexity column: ``figures``
    significant figures, thousands separators, never scientific notation (a random model's
    2.87e+07 is "28,700,000", 7184.1 is "7,180", 12.18 is "12.2"), so one column never mixes
    formats and the digits' width shows the order of magnitude. Missing: an en dash."""
    if value is None or isinstance(value, str):  # "": an attribute the row does not have
        return MISSING
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    rounded = float(f"{value:.{figures}g}")  # rounding first: 9.996 becomes 10.0, then "10.0"
    decimals = max(figures - 1 - math.floor(math.log10(abs(rounded))), 0)
    return f"{rounded:,.{decimals}f}"


COMMIT = re.compile(r"\b[0-9a-f]{40}\b")


def short_commits(text: str) -> str:
    """Every 40-character commit in ``text`` cut to its first 7 characters."""
    return COMMIT.sub(lambda m: m.group(0)[:7], text)


@register.filter
def checkpoint_name(name: object) -> SafeString:
    """A checkpoint's name with its commit cut to 7 characters; the full name (whole commit)
    is the hover text. Escaped here, so the result is safe to insert."""
    full = str(name)
    short = short_commits(full)
    if short == full:
        return mark_safe(escape(full))  # escaped just above
    return mark_safe(f'<span title="{escape(full)}">{escape(short)}</span>')  # both escaped


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
