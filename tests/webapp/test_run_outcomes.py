"""The run page's outcomes: filtered by outcome, problem and exception class, counted per
outcome and per exception class, served alone as a fragment; the record folded away; the
worst-predicted files linked to their text."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client

from benchmark.corpus import load_corpus
from benchmark.suites import SuiteConfig
from tests.factories import make_finished_run as make_run
from tests.factories import visible_text
from webapp.evaluations.errors import error_type
from webapp.evaluations.models import FileResult, Run, Sample
from webapp.evaluations.outcomes import OutcomeFilter, error_counts

pytestmark = pytest.mark.django_db
VERDICTS = [("passed", ""), ("failed", "AssertionError"), ("failed", "KeyError: 'x'"),
            ("timeout", "time limit exceeded"), ("failed", "exit status 1")]  # fmt: skip


def run_with_verdicts(problems: int = 4, per_problem: int = 5) -> Run:
    """Each problem gets the five verdicts above, in turn."""
    run = make_run("outcomes", 0.1)
    Sample.objects.bulk_create(
        Sample(run=run, task_id=f"HumanEval/{p}", temperature=0.8, index=i,
               completion=f"    return {p * 10 + i}\n", status=VERDICTS[i % 5][0],
               detail=VERDICTS[i % 5][1], error_type=error_type(VERDICTS[i % 5][1]))
        for p in range(problems)
        for i in range(per_problem)
    )  # fmt: skip
    return run


def shown(html: str) -> list[str]:
    """The statuses of the samples listed."""
    return re.findall(r'<details class="sample" data-status="(\w+)">', html)


def text_of(html: str) -> str:
    return " ".join(visible_text(html).split())


@pytest.mark.parametrize(
    ("detail", "expected"),
    [("AssertionError", "AssertionError"), ("KeyError: 'x'", "KeyError"),
     ("json.decoder.JSONDecodeError: bad", "json.decoder.JSONDecodeError"),
     ("exit status 1", ""), ("killed by SIGKILL", ""), ("timeout", ""), ("", "")],
)  # fmt: skip
def test_the_exception_class_is_read_from_the_stored_detail(detail: str, expected: str) -> None:
    assert error_type(detail) == expected


def test_filtering_by_outcome_lists_only_those_samples_and_says_how_many(client: Client) -> None:
    run = run_with_verdicts()
    html = client.get(f"/runs/{run.pk}/?status=failed").content.decode()
    assert shown(html) == ["failed"] * 12
    assert "12 samples with outcome failed" in text_of(html)


def test_filtering_by_problem_and_by_exception_class(client: Client) -> None:
    run = run_with_verdicts()
    by_problem = client.get(f"/runs/{run.pk}/?problem=HumanEval/2").content.decode()
    assert len(shown(by_problem)) == 5 and "HumanEval/1<" not in by_problem
    by_error = client.get(f"/runs/{run.pk}/?error=KeyError").content.decode()
    assert shown(by_error) == ["failed"] * 4
    assert "4 samples raising KeyError" in text_of(by_error)


def test_counts_per_outcome_and_per_exception_class_cover_the_whole_run(client: Client) -> None:
    run = run_with_verdicts()
    assert error_counts(run) == [("AssertionError", 4), ("KeyError", 4)]
    text = text_of(client.get(f"/runs/{run.pk}/?status=timeout").content.decode())
    assert "Samples by status: passed 4, failed 12, timeout 4" in text
    assert "By exception: AssertionError 4, KeyError 4" in text


def test_an_unknown_outcome_is_ignored_not_an_error(client: Client) -> None:
    run = run_with_verdicts()
    response = client.get(f"/runs/{run.pk}/?status=<script>")
    assert response.status_code == 200 and len(shown(response.content.decode())) == 20
    assert OutcomeFilter.from_query({"status": "bogus"}) == OutcomeFilter()


def test_page_links_keep_the_filter(client: Client) -> None:
    run = run_with_verdicts(problems=30)  # 90 failed samples: two pages
    html = client.get(f"/runs/{run.pk}/?status=failed").content.decode()
    assert 'href="?status=failed&amp;page=2"' in html
    second = client.get(f"/runs/{run.pk}/?status=failed&page=2").content.decode()
    assert shown(second) == ["failed"] * 40


def test_the_outcomes_fragment_is_the_section_alone(client: Client) -> None:
    run = run_with_verdicts()
    html = client.get(f"/runs/{run.pk}/outcomes/?status=timeout").content.decode()
    assert "<html" not in html and "Reproducibility" not in html
    assert shown(html) == ["timeout"] * 4


def test_the_record_is_folded_away_behind_a_summary_line(client: Client) -> None:
    run = make_run("recorded", 0.1)
    Run.objects.filter(pk=run.pk).update(
        record={"python": "3.11.7", "polyeval": "0.1", "suite": {"sha256": "ab" * 32}}
    )
    html = client.get(f"/runs/{run.pk}/").content.decode()
    folded = re.search(r'<details class="folded" id="record"><summary>(.*?)</summary>', html, re.S)
    assert folded is not None
    assert "Python 3.11.7" in folded.group(1) and "abababababab…" in folded.group(1)
    assert "<details open" not in html


def scored_file(run: Run) -> FileResult:
    corpus = SuiteConfig.from_dict(run.suite_config).perplexity.corpus  # type: ignore[union-attr]
    entry = load_corpus(corpus).files[0]
    return FileResult.objects.create(
        run=run, language=entry.language, file=entry.file, sha256=entry.sha256, nll=5000.0,
        model_tokens=800, pygments_tokens=700, bytes=entry.bytes,
    )  # fmt: skip


def test_a_worst_file_links_to_its_text_and_scores_without_server_paths(client: Client) -> None:
    run = make_run("ppl", 0.1)
    scored = scored_file(run)
    page = client.get(f"/runs/{run.pk}/").content.decode()
    link = f"/runs/{run.pk}/files/{scored.pk}/"
    assert f'href="{link}"' in page
    html = client.get(link).content.decode()
    corpus = load_corpus(SuiteConfig.from_dict(run.suite_config).perplexity.corpus)  # type: ignore[union-attr]
    first_line = corpus.read(corpus.files[0]).strip().splitlines()[0].strip()
    assert first_line in visible_text(html)
    assert "PPL / model token" in html and scored.sha256 in html
    assert str(settings.REPO_DIR) not in html and str(corpus.root) not in html


def test_a_file_that_no_longer_matches_the_corpus_says_so(client: Client) -> None:
    run = make_run("changed", 0.1)
    scored = scored_file(run)
    FileResult.objects.filter(pk=scored.pk).update(sha256="f" * 64)
    html = client.get(f"/runs/{run.pk}/files/{scored.pk}/").content.decode()
    assert "no longer in the corpus" in html
    assert client.get(f"/runs/{run.pk + 1}/files/{scored.pk}/").status_code == 404
