"""The paper's 12 languages, and how Pygments tokenises each (its tokenizer-independent unit)."""

from __future__ import annotations

# The Pygments release every committed token count is made with: the authors' harness pins it
# (frankxu2004/lm-evaluation-harness, requirements.txt). Counting: benchmark.pygments_count.
PYGMENTS_COUNT_VERSION = "2.11.2"

# Display name -> Pygments lexer alias. The authors looked lexers up by the display name in
# lower case ("c++", "c#"): the same lexer classes, with default options.
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
