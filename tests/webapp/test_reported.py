"""The paper's reported rows: who measured each and how, their sources, the footnote where
sources disagree, percent on the page and fractions in the data and API."""

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from django.test import Client

from benchmark.suites import SUITES
from tests.webapp.test_leaderboard_display import table_body
from webapp.leaderboard import display, entries, page
from webapp.leaderboard.reported import CORPUS, ReportedValue, reported

pytestmark = pytest.mark.django_db

CODE_LMS = Path("/work/.mirror/VHellendoorn+Code-LMs/repo")


def row(name: str):  # type: ignore[no-untyped-def]
    return next(r for r in reported().rows if r.name == name)


def body_row(client: Client, name: str) -> str:
    body = table_body(client, "?kind=reported")
    return next(tr for tr in body.split("<tr")[1:] if f">{name} <" in tr or f"{name} <span" in tr)


def test_each_reported_row_says_who_measured_it_and_how(client: Client) -> None:
    names = ("PolyCoder 2.7B", "Codex 12B", "GPT-Neo 1.3B", "CodeParrot 1.5B")
    polycoder, codex, neo, parrot = (row(n) for n in names)
    assert "PolyCoder authors" in polycoder.humaneval.measured_by
    assert polycoder.humaneval.n_samples == 100
    assert codex.humaneval.measured_by.startswith("Chen et al. 2021")
    assert codex.humaneval.n_samples == neo.humaneval.n_samples == 200
    assert (
        "model card" in parrot.humaneval.measured_by
        and "codeparrot-card" in parrot.humaneval.sources
    )
    html = body_row(client, "Codex 12B")
    assert "Chen et al. 2021" in html and "n = 200" in html and "72.31 %" in html
    assert "n = 100" in body_row(client, "PolyCoder 400M")


def test_the_disagreeing_pass_at_10_of_polycoder_has_a_footnote(client: Client) -> None:
    ((text, sources),) = row("PolyCoder 2.7B").footnotes
    assert (
        "9.87 %" in text
        and "9.84 %" in text
        and set(sources) == {"code-lms-readme", "codeparrot-space"}
    )
    html = client.get("/").content.decode()
    assert 'href="#footnote-polycoder-27b-1"' in html and 'id="footnote-polycoder-27b-1"' in html
    assert "9.87 %" in body_row(client, "PolyCoder 2.7B")  # the README's value is shown


def test_pass_at_k_is_percent_on_the_page_and_fractions_in_the_api(client: Client) -> None:
    assert row("Codex 12B").pass_at[1] == pytest.approx(0.2881)
    models = client.get("/api/leaderboard/").json()["reported"]["models"]
    codex = next(m for m in models if m["name"] == "Codex 12B")
    assert codex["pass_at"]["1"] == pytest.approx(0.2881)
    expected = {"measured_by": "Chen et al. 2021, Table 1", "n_samples": 200}
    assert codex["humaneval"] == expected | {"sources": ["code-lms-readme", "chen2021"]}
    assert "28.81 %" in body_row(client, "Codex 12B")


def test_figure_6_perplexities_are_marked_approximate_and_kept_apart(client: Client) -> None:
    neo = row("GPT-Neo 2.7B")
    assert neo.tolerance == 0.02 and neo.perplexity["C"] == ReportedValue(3.70, approximate=True)
    assert "fig6" in neo.perplexity_by.sources
    html = body_row(client, "GPT-NeoX 20B")
    assert '<td class="approximate"' in html and "≈2.36" in html
    assert 'class="approximate"' not in table_body(client, "?kind=reported&norm=bits_per_byte")
    api = next(m for m in client.get("/api/leaderboard/").json()["reported"]["models"]
               if m["name"] == "GPT-J 6B")  # fmt: skip
    assert api["perplexity"] == {} and api["perplexity_approximate"]["C"]["value"] == 2.82
    assert all(not r.perplexity for r in reported().rows if r.family == "Codex")  # per Codex token


def test_a_clipped_bar_is_shown_as_a_lower_bound(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = ReportedValue(4.0, approximate=True, at_least=True)
    clipped = replace(row("GPT-J 6B"), name="Clipped 1B", perplexity={"Ruby": bar})
    paper = replace(reported(), rows=(clipped,))
    for module in (page, entries, display):  # the board's rows are built from it (entries)
        monkeypatch.setattr(module, "reported", lambda: paper)
    html = body_row(client, "Clipped 1B")
    assert ">≥4</td>" in html and "4.000" not in html and "≈4" not in html


def git_show(path: str) -> str:
    args = ["git", f"--git-dir={CODE_LMS}", "show", f"570feba:{path}"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not CODE_LMS.is_dir(), reason="needs the Code-LMs mirror")
def test_the_values_match_the_code_lms_readme() -> None:
    readme = git_show("README.md")
    cell = r"\s*\|\s*([\d.]+)%"
    table = re.findall(r"^\|\s*([\w-]+) \(([\d.]+[MB])\)" + cell * 3, readme, re.M)
    assert len(table) == 12
    for family, size, *percents in table:
        ours = row(f"{family} {size}").pass_at
        assert [round(100 * ours[k], 2) for k in (1, 10, 100)] == [float(p) for p in percents]
    ppl = dict(re.findall(r"^\|\s*([A-Za-z#+]+)\s*\|\s*([\d.]+)\s*\|$", readme, re.M))
    exact = row("PolyCoder 2.7B").perplexity
    assert {lang: v.value for lang, v in exact.items()} == {k: float(v) for k, v in ppl.items()}


def test_the_paper_board_warns_when_its_corpus_is_not_the_papers(client: Client) -> None:
    suite = SUITES["paper"]
    corpus = suite.perplexity.corpus if suite.perplexity else None
    html = client.get("/").content.decode()
    assert ('id="corpus-warning"' in html) == (corpus != CORPUS)
    assert 'id="corpus-warning"' not in client.get("/?suite=smoke").content.decode()
