"""The committed polycoder-unseen corpus (the paper's test set) and its importer."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from pathlib import Path

import pytest

from benchmark.corpus import Corpus, CorpusError, CorpusFile, load_corpus
from benchmark.corpus_polycoder import (
    CODE_LMS_COMMIT,
    EXPECTED_FILES,
    NAME,
    TEST_SETS,
    import_polycoder_unseen,
    overlapped_repos,
    read_manifest,
    unseen_row,
)
from benchmark.languages import LANGUAGES, PYGMENTS_COUNT_VERSION
from benchmark.pygments_count import PinnedPygments, PygmentsCounter


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    return load_corpus(NAME)


def test_every_committed_file_matches_its_manifest_sha256(corpus) -> None:  # type: ignore[no-untyped-def]
    for entry in corpus.files:
        raw = (corpus.root / entry.file).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == entry.sha256, entry.file
        assert len(raw) == entry.bytes
    on_disk = {p.relative_to(corpus.root).as_posix() for p in corpus.root.rglob("files/**/*")}
    assert {f.file for f in corpus.files} == {p for p in on_disk if (corpus.root / p).is_file()}


def test_each_language_has_the_authors_number_of_files(corpus) -> None:  # type: ignore[no-untyped-def]
    assert Counter(f.language for f in corpus.files) == Counter(EXPECTED_FILES)
    assert set(EXPECTED_FILES) == set(LANGUAGES)
    assert len(corpus.for_language("C")) == EXPECTED_FILES["C"]


@pytest.mark.slow  # recounts the whole test set
def test_counts_are_pygments_2_11_2s(corpus, pygments_counter: PygmentsCounter) -> None:  # type: ignore[no-untyped-def]
    assert corpus.pygments_version == PYGMENTS_COUNT_VERSION
    texts = [(corpus.read(f), f.language) for f in corpus.files]
    assert pygments_counter.count(texts) == [f.pygments_tokens for f in corpus.files]


def test_flags_follow_the_harness_rules(corpus) -> None:  # type: ignore[no-untyped-def]
    overlap = overlapped_repos()
    for entry in corpus.files:
        language, owner, repo = entry.path.removeprefix(f"{TEST_SETS}/").split("/")[:3]
        assert (language, f"{owner}/{repo}") == (entry.language, entry.package)
        assert entry.in_pile == (entry.package in overlap)
        assert entry.authors_keep == bool(corpus.read(entry).strip())


def test_text_is_read_as_the_harness_reads_it_bom_included(corpus) -> None:  # type: ignore[no-untyped-def]
    with_bom = [
        f for f in corpus.files if (corpus.root / f.file).read_bytes()[:3] == b"\xef\xbb\xbf"
    ]
    assert with_bom
    assert all(corpus.read(f).startswith("\ufeff") for f in with_bom)


def test_files_with_spaces_in_their_paths_load(corpus) -> None:  # type: ignore[no-untyped-def]
    spaced = [f for f in corpus.files if " " in f.file]
    assert spaced
    assert all(corpus.read(f) for f in spaced)


def test_provenance_names_the_commit_and_the_license(corpus) -> None:  # type: ignore[no-untyped-def]
    sources = (corpus.root / "SOURCES.md").read_text(encoding="utf-8")
    assert CODE_LMS_COMMIT in sources and "6363556" in sources
    info = corpus.info()
    assert "license" in info.license and "redistributed" in info.license


@pytest.mark.slow  # rebuilds the whole test set
def test_importing_an_extracted_copy_rebuilds_the_same_manifest(
    corpus,
    tmp_path: Path,
    pinned_pygments: PinnedPygments,  # type: ignore[no-untyped-def]
) -> None:
    source = tmp_path / "test_sets"
    shutil.copytree(corpus.root / "files", source)
    summary = import_polycoder_unseen(source, pinned_pygments, tmp_path / "out")
    assert summary["manifest_sha256"] == corpus.manifest_sha256
    assert (tmp_path / "out" / "SOURCES.md").read_bytes() == (
        corpus.root / "SOURCES.md"
    ).read_bytes()
    assert read_manifest(tmp_path / "out" / "manifest.jsonl")[0]["source"].endswith(CODE_LMS_COMMIT)


def test_an_incomplete_copy_is_refused(tmp_path: Path, pinned_pygments: PinnedPygments) -> None:
    (tmp_path / "C" / "o" / "r").mkdir(parents=True)
    (tmp_path / "C" / "o" / "r" / "a.c").write_text("int x;\n")
    with pytest.raises(CorpusError, match=r"C: 1 files, the authors' set has 62"):
        import_polycoder_unseen(tmp_path, pinned_pygments, tmp_path / "out")
    shutil.rmtree(tmp_path / "C")
    with pytest.raises(CorpusError, match=r"C is missing"):
        import_polycoder_unseen(tmp_path, pinned_pygments, tmp_path / "out")


def test_a_blank_file_is_flagged_as_the_harness_skips_it_and_not_scored(tmp_path: Path) -> None:
    blank = unseen_row("C", "C/o/r/blank.c", b" \n\t\n", frozenset({"o/r"}))
    code = unseen_row("C", "C/p/q/a.c", b"\xef\xbb\xbfint x;\n", frozenset({"o/r"}))
    assert (blank["authors_keep"], blank["in_pile"]) == (False, True)
    assert (code["authors_keep"], code["in_pile"]) == (True, False)
    assert code["package"] == "p/q" and code["path"] == f"{TEST_SETS}/C/p/q/a.c"
    entries = tuple(
        CorpusFile("C", str(r["file"]), "x", "", "", "0", 1, 1, "2.11.2", authors_keep=keep)
        for r, keep in ((blank, False), (code, True))
    )
    corpus = Corpus("t", tmp_path, "0" * 64, entries)
    assert [f.file for f in corpus.for_language("C")] == ["files/C/p/q/a.c"]


def test_text_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(CorpusError, match="not UTF-8"):
        unseen_row("C", "C/o/r/a.c", b"\xff\xfe", frozenset())
