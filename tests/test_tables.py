"""The per-country table and the figures, on the real seeds and on tiny frames."""

import pandas as pd
import pytest

from geodata.country_table import country_table
from geodata.figures import agreement


@pytest.fixture(scope="module")
def countries(built):
    table = pd.read_csv(built / "countries.csv", dtype=str, keep_default_na=False)
    return table.set_index("iso3")


@pytest.fixture(scope="module")
def claims(built):
    return pd.read_csv(built / "claims.csv", dtype=str, keep_default_na=False)


def test_italy_has_11_stations_supported_by_three_articles(countries, claims):
    assert countries.loc["ITA", "stations"] == "11"
    eleven = claims[(claims.iso3 == "ITA") & (claims.category == "station") & (claims.value == "11")]
    assert eleven.article.nunique() == 3


def test_irelands_shutdown_is_there(countries):
    assert countries.loc["IRL", "shutdown"] == "yes"


def test_the_netherlands_shows_shutdown_and_investigation_with_the_disagreement_flagged(countries):
    nld = countries.loc["NLD"]
    assert (nld.shutdown, nld.investigation) == ("yes", "yes")
    assert "shut down per article 001" in nld.conflicts
    assert "investigation underway" in nld.conflicts and "article 004" in nld.conflicts


@pytest.mark.parametrize("iso3", ["GBR", "CHN", "RUS", "CUB"])
def test_no_row_for_the_traps(countries, iso3):
    assert iso3 not in countries.index


def test_claim_ids_are_unique_and_stable(claims):
    assert claims.claim_id.is_unique
    assert claims.claim_id.str.fullmatch(r"[0-9a-f]{12}").all()


def claim(article, category, value="", source=None):
    return {"article": article, "iso3": "XXX", "country": "Testland", "category": category, "value": value,
            "city": "", "source": source or article}


def test_two_different_counts_are_a_conflict_in_words():
    frame = pd.DataFrame([claim("a", "station", "11"), claim("b", "station", "5"), claim("c", "station")])
    row = country_table(frame).iloc[0]
    assert row.stations == "11"
    assert row.conflicts == "stations differ: 11 (a) vs 5 (b)"


def test_a_missing_count_is_not_a_conflict():
    frame = pd.DataFrame([claim("a", "station", "11"), claim("b", "station")])
    assert country_table(frame).iloc[0].conflicts == ""


def test_a_shutdown_reported_with_an_investigation_in_the_same_article_is_not_a_conflict():
    frame = pd.DataFrame([claim("a", "shutdown"), claim("a", "investigation")])
    assert country_table(frame).iloc[0].conflicts == ""


def test_single_source_categories_are_listed():
    frame = pd.DataFrame([claim("a", "station"), claim("b", "station"), claim("a", "investigation")])
    assert country_table(frame).iloc[0].single_source == "investigation"


def test_figures_that_disagree_are_shown_side_by_side(built):
    figures = pd.read_csv(built / "figures.csv", dtype=str, keep_default_na=False)
    investigating = figures[figures.figure == "countries_investigating"]
    assert set(investigating.value) == {">=12", ">=13"}
    assert investigating.agreement.iloc[0].startswith("sources disagree: at least 12 (article 004")
    titles = figures[figures.figure == "report_title"]
    assert set(titles.value) == {"Patrol and Persuade", "Patrol and Reassurance"}


def test_figures_that_agree_say_so():
    group = pd.DataFrame({"value": ["54", "54"], "source": ["a", "b"]})
    assert agreement(group) == "2 source(s) agree"
