"""The project's documents live in the project: every relative link in the README and every
``docs/`` path named in the code resolves inside the repository."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_readme_links_only_to_files_in_the_repository() -> None:
    readme = (REPO / "README.md").read_text()
    targets = re.findall(r"\]\(([^)#\s]+)", readme)
    relative = [t for t in targets if "://" not in t]
    assert relative, "the README links to its documents"
    for target in relative:
        path = (REPO / target).resolve()
        assert path.is_relative_to(REPO) and path.exists(), target


def test_nothing_points_outside_the_repository_for_its_documents() -> None:
    sources = [REPO / "README.md", *REPO.glob("benchmark/*.py"), *REPO.glob("webapp/**/*.py")]
    for source in sources:
        assert "../shared/" not in source.read_text(), source
    for named in re.findall(r"docs/[\w/.-]+\.md", (REPO / "benchmark" / "cli.py").read_text()):
        assert (REPO / named).is_file(), named
