"""Completions highlighted in their own language (a multilingual run's samples)."""

from __future__ import annotations

from functools import cache

from django import template
from django.utils.safestring import SafeString, mark_safe
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name

register = template.Library()
# MultiPL-E code -> Pygments lexer name. PHP completions continue a prompt that opened
# ``<?php``, so the lexer starts inline.
LEXERS = {"c": "c", "cpp": "cpp", "cs": "csharp", "go": "go", "java": "java",
          "js": "javascript", "php": "php", "py": "python", "rb": "ruby", "rs": "rust",
          "scala": "scala", "ts": "typescript"}  # fmt: skip
_HTML = HtmlFormatter(nowrap=True)


@cache
def _lexer(code: str) -> Lexer:
    options = {"startinline": True} if code == "php" else {}
    return get_lexer_by_name(LEXERS.get(code, "python"), **options)


@register.filter
def code_in(source: str, language: str) -> SafeString:
    """Highlighted in ``language`` (a MultiPL-E code; blank: Python). Pygments escapes every
    token it emits, so a hostile completion (``<script>``) stays text."""
    return mark_safe(highlight(source, _lexer(language or "py"), _HTML))
