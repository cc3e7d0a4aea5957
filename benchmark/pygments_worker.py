"""The pinned-Pygments token counter, run as a script in a subprocess (stdlib only).

``python pygments_worker.py DIR VERSION`` puts DIR first on ``sys.path``, imports Pygments from
it and checks that it is VERSION and comes from DIR; otherwise it writes the reason to stderr
and exits with status 2. It then writes one JSON line ``{"version": ..., "file": ...}`` and
answers requests: each stdin line is a JSON list of ``[lexer_alias, text]`` pairs and gets one
stdout line, the JSON list of their counts. A count is
``len(list(get_lexer_by_name(alias).get_tokens(text)))``, the authors' ``count_words``
(``lm_eval/tasks/code.py``): every token, whitespace included, after Pygments' own
preprocessing (a leading BOM dropped, newlines stripped at both ends, one ensured at the end).

This file imports nothing from ``benchmark``: that package would import the newer Pygments
of the environment first.
"""

import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any


def _load(folder: str, version: str) -> tuple[ModuleType, Callable[..., Any]]:
    sys.path.insert(0, folder)
    try:
        import pygments
    except ImportError as exc:
        raise SystemExit(_fail(f"cannot import Pygments from {folder}: {exc}")) from None
    found = Path(pygments.__file__ or folder).resolve()
    if pygments.__version__ != version or Path(folder).resolve() not in found.parents:
        raise SystemExit(_fail(f"found Pygments {pygments.__version__} at {found}"))
    from pygments.lexers import get_lexer_by_name

    return pygments, get_lexer_by_name


def _fail(message: str) -> int:
    print(message, file=sys.stderr, flush=True)
    return 2


def main(argv: list[str]) -> int:
    folder, version = argv
    pygments, get_lexer_by_name = _load(folder, version)
    lexers: dict[str, Any] = {}
    print(json.dumps({"version": pygments.__version__, "file": pygments.__file__}), flush=True)
    for line in sys.stdin:
        counts = []
        for alias, text in json.loads(line):
            lexer = lexers.get(alias) or lexers.setdefault(alias, get_lexer_by_name(alias))
            counts.append(len(list(lexer.get_tokens(text))))
        print(json.dumps(counts), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
