import hashlib
import json

from benchmark.corpus import load_corpus
from benchmark.languages import LANGUAGES, PYGMENTS_COUNT_VERSION
from benchmark.pygments_count import PygmentsCounter
from benchmark.tiny_model import TRAIN_DIR, training_files


def test_seed_corpus_covers_all_twelve_languages() -> None:
    corpus = load_corpus("seed-v1")
    assert {f.language for f in corpus.files} == set(LANGUAGES)
    assert all(len(corpus.for_language(lang)) >= 2 for lang in LANGUAGES)


def test_manifest_matches_the_files_and_pinned_pygments_counts(
    pygments_counter: PygmentsCounter,
) -> None:
    corpus = load_corpus("seed-v1")
    assert corpus.pygments_version == PYGMENTS_COUNT_VERSION
    texts = [corpus.read(entry) for entry in corpus.files]  # checks sha256
    counts = pygments_counter.count(
        [(t, e.language) for t, e in zip(texts, corpus.files, strict=True)]
    )
    for entry, text, count in zip(corpus.files, texts, counts, strict=True):
        assert len(text.encode()) == entry.bytes
        assert count == entry.pygments_tokens >= 100
        license_name = entry.package.removeprefix("@").replace("/", "-")
        assert (corpus.root / "LICENSES" / f"{license_name}.txt").is_file(), entry.package


def test_tiny_model_training_files_are_disjoint_from_the_corpus() -> None:
    corpus_hashes = {f.sha256 for f in load_corpus("seed-v1").files}
    train_hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in training_files()}
    assert train_hashes and not (train_hashes & corpus_hashes)
    manifest = [
        json.loads(line) for line in (TRAIN_DIR / "manifest.jsonl").read_text().splitlines()
    ]
    assert not ({m["package"] for m in manifest} & {f.package for f in load_corpus().files})
