"""The corpora pages: every committed corpus, its provenance, its suites and its files."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from benchmark.corpus import available_corpora, load_corpus
from benchmark.suites import SUITES
from webapp.corpora.summary import all_corpora, suites_using


def test_the_index_lists_every_corpus_with_its_provenance_and_counting_version(
    client: Client,
) -> None:
    page = client.get(reverse("corpora:index")).content.decode()
    for name in available_corpora():
        corpus = load_corpus(name)
        assert reverse("corpora:detail", args=[name]) in page
        assert corpus.manifest_sha256 in page
        assert escape(corpus.info().provenance) in page
        assert f"Pygments {corpus.pygments_version}" in page
    assert "65d2838b58288d5124a1d8e5a72fcc6ef56b7b0b" in page
    assert "not held out" in page.lower()


def test_each_corpus_names_the_suites_that_score_it() -> None:
    for summary in all_corpora():
        expected = [
            s.name for s in SUITES.values() if s.perplexity and s.perplexity.corpus == summary.name
        ]
        assert list(summary.suites) == expected == list(suites_using(summary.name))
    used = {s.perplexity.corpus for s in SUITES.values() if s.perplexity}
    assert used <= set(available_corpora())


def test_the_summary_adds_up_the_manifest() -> None:
    (summary,) = [s for s in all_corpora() if s.name == "polycoder-unseen"]
    corpus = load_corpus("polycoder-unseen")
    assert summary.files == len(corpus.files) == sum(n for _, n in summary.languages)
    assert summary.bytes == sum(f.bytes for f in corpus.files)
    assert summary.in_pile == sum(f.in_pile for f in corpus.files)
    assert next(s for s in all_corpora() if s.name == "polyeval-v1").in_pile is None


def test_the_detail_page_lists_each_file_with_its_path_bytes_and_tokens(client: Client) -> None:
    corpus = load_corpus("polycoder-unseen")
    response = client.get(reverse("corpora:detail", args=["polycoder-unseen"]), {"language": "C"})
    page = response.content.decode()
    c_files = corpus.for_language("C")
    assert page.count("<tr>") == len(c_files) + 1  # the header row
    spaced = next(f for f in corpus.files if " " in f.path)
    assert spaced.path not in page  # another language
    first = c_files[0]
    assert first.path in page and f"<td>{first.pygments_tokens}</td>" in page
    all_page = client.get(reverse("corpora:detail", args=["polycoder-unseen"])).content.decode()
    assert all_page.count("<tr>") == len(corpus.files) + 1
    assert spaced.path in all_page


def test_files_of_repositories_in_the_pile_get_a_badge(client: Client) -> None:
    corpus = load_corpus("polycoder-unseen")
    page = client.get(reverse("corpora:detail", args=["polycoder-unseen"])).content.decode()
    assert page.count(">also in the Pile</span>") == sum(f.in_pile for f in corpus.files)


def test_unknown_corpora_and_languages_are_not_found(client: Client) -> None:
    assert client.get("/corpora/nope/").status_code == 404
    assert client.get("/corpora/../").status_code == 404
    url = reverse("corpora:detail", args=["seed-v1"])
    assert client.get(url, {"language": "Cobol"}).status_code == 404
    assert client.get(url, {"language": "C#"}).status_code == 200
