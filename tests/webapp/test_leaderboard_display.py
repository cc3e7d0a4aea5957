import pytest
from django.test import Client

from tests.factories import make_finished_run
from webapp.evaluations.models import PassAtK
from webapp.leaderboard.serializers import spreadsheet_safe

pytestmark = pytest.mark.django_db


def table_body(client: Client, query: str) -> str:
    html = client.get("/" + query).content.decode()
    return html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]


def set_interval(run_name: str, low: float, high: float) -> None:
    PassAtK.objects.filter(run__checkpoint__slug=run_name).update(ci_low=low, ci_high=high)


def test_reported_rows_are_labelled_and_can_be_hidden(client: Client) -> None:
    make_finished_run("ours", 0.5)
    html = client.get("/").content.decode()
    assert "Codex 12B" in html and "reported</span>" in html and "72.31 %" in html
    measured_only = table_body(client, "?kind=measured")
    assert "Codex 12B" not in measured_only and "ours" in measured_only
    assert "ours" not in table_body(client, "?kind=reported")


def test_models_with_overlapping_intervals_share_a_rank(client: Client) -> None:
    make_finished_run("first", 0.50, "smoke")  # a board without reported rows
    make_finished_run("close", 0.45, "smoke")
    make_finished_run("far", 0.10, "smoke")
    set_interval("first", 0.40, 0.60)
    set_interval("close", 0.35, 0.55)
    set_interval("far", 0.05, 0.15)
    rows = table_body(client, "?suite=smoke").split("<tr")[1:]
    assert [r.split("<td>")[1].split("</td>")[0] for r in rows] == ["1", "1", "3"]


def test_sorting_and_filtering_live_in_the_url(client: Client) -> None:
    make_finished_run("alpha", 0.2)
    make_finished_run("beta", 0.3)
    ascending = client.get("/?kind=measured&sort=pass@1").content.decode()
    descending = client.get("/?kind=measured&sort=pass@1&dir=desc").content.decode()
    assert ascending.index("alpha") < ascending.index("beta")
    assert descending.index("beta") < descending.index("alpha")
    searched = table_body(client, "?q=polycoder")
    assert "PolyCoder 2.7B" in searched and "Codex" not in searched and "alpha" not in searched
    body = table_body(client, "?kind=reported&min_params=1000&max_params=3000")
    assert "GPT-Neo 2.7B" in body and "GPT-J 6B" not in body and "GPT-Neo 125M" not in body


def test_column_groups_can_be_hidden(client: Client) -> None:
    make_finished_run("m", 0.2)
    html = client.get("/?hide=perplexity").content.decode()
    head = html.split("<thead>")[1].split("</thead>")[0]
    assert "TypeScript" not in head and "pass@10" in head
    assert "hide=humaneval%2Cperplexity" in html  # the link keeps the current state


def test_reported_perplexity_appears_only_in_its_own_normalisation(client: Client) -> None:
    assert ">3.61<" in table_body(client, "?kind=reported")
    assert ">3.61<" not in table_body(client, "?kind=reported&norm=bits_per_byte")


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_csv_text_cell_a_spreadsheet_would_run_gets_a_leading_quote(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("cell", ["model", "", "a=b", -0.5, -3, 0.25, None])
def test_other_csv_cells_and_every_number_are_written_as_they_are(cell: object) -> None:
    assert spreadsheet_safe(cell) == cell
