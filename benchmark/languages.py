"""The paper's 12 languages, and how Pygments tokenises each (its tokenizer-independent unit)."""

from __future__ import annotations

from functools import cache

from pygments import lex
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name

# Display name -> Pygments lexer alias.
LEXERS: dict[str, str] = {
    "C": "c",
    "C#": "csharp",
    "C++": "cpp",
    "Go": "go",
    "Java": "java",
    "JavaScript": "javascript",
    "PHP": "php",
    "Python": "python",
    "Ruby": "ruby",
    "Rust": "rust",
    "Scala": "scala",
    "TypeScript": "typescript",
}
LANGUAGES: tuple[str, ...] = tuple(LEXERS)

# The authors' Pygments pin (lm-evaluation-harness requirements.txt:1): token counts for the
# paper's corpus are made with this version.
PYGMENTS_COUNT_VERSION = "2.11.2"


def check_language(name: str) -> str:
    """Accept a display name case-insensitively ("c++", "csharp" for C#) and return it."""
    aliases = {lang.lower(): lang for lang in LANGUAGES} | {"csharp": "C#", "cpp": "C++"}
    try:
        return aliases[name.lower()]
    except KeyError:
        raise ValueError(f"unknown language {name!r}; choose from {', '.join(LANGUAGES)}") from None


@cache
def _lexer(language: str) -> Lexer:
    # Default options, as PolyCoder used them (PHP files start with "<?php").
    return get_lexer_by_name(LEXERS[language])


def count_pygments_tokens(text: str, language: str) -> int:
    """Tokens as PolyCoder counted them: every token Pygments yields, whitespace included."""
    return sum(1 for _ in lex(text, _lexer(language)))
