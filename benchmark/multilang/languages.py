"""The 12 languages' display names and MultiPL-E's codes for them."""

from __future__ import annotations

CODES: dict[str, str] = {
    "C": "c",
    "C#": "cs",
    "C++": "cpp",
    "Go": "go",
    "Java": "java",
    "JavaScript": "js",
    "PHP": "php",
    "Python": "py",
    "Ruby": "rb",
    "Rust": "rs",
    "Scala": "scala",
    "TypeScript": "ts",
}
NAMES: dict[str, str] = {code: name for name, code in CODES.items()}
EXTRA_ALIASES = {
    "csharp": "cs",
    "c++": "cpp",
    "javascript": "js",
    "typescript": "ts",
    "python": "py",
    "ruby": "rb",
    "rust": "rs",
    "golang": "go",
    "go_test.go": "go",  # the ``language`` of MultiPL-E's Go prompts and completion files
}


def language_code(name: str) -> str:
    """MultiPL-E's code for a display name or code, case-insensitively ("C++", "cpp", "rb")."""
    key = name.strip().lower()
    aliases = {n.lower(): c for n, c in CODES.items()} | {c: c for c in NAMES} | EXTRA_ALIASES
    try:
        return aliases[key]
    except KeyError:
        choices = ", ".join(f"{n} ({c})" for n, c in CODES.items())
        raise ValueError(f"unknown language {name!r}; choose from {choices}") from None
