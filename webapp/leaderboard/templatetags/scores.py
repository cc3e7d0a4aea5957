"""Formatting of scores in templates."""

from __future__ import annotations

import math

from django import template

register = template.Library()


@register.filter
def percent(value: float | None, digits: int = 1) -> str:
    """0.1234 -> '12.3 %'; missing values are shown as an en dash."""
    if value is None:
        return "–"
    return f"{100 * value:.{digits}f} %"


@register.filter
def number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    if not math.isfinite(value):
        return "∞"
    return f"{value:,.{digits}f}"


@register.filter
def get(mapping: dict[str, object], key: str) -> object:
    return mapping.get(key)
