"""The per-country table, the claims table and the figures: on the fixture ledger and on tiny frames."""

import pandas as pd
import pytest

from geodata.countries import country_table
from geodata.figures import agreement
from geodata.outputs import COUNTRIES
from geodata.sources import said_by


@pytest.fixture(scope="module")
def countries(built):
    table = pd.read_csv(built / "countries.csv", dtype=str, keep_default_na=False)
    return table.set_index("iso3")


@pytest.fixture(scope="module")
def claims(built):
    return pd.read_csv(built / "claims.csv", dtype=str, keep_default_na=False)


def test_italy_has_11_stations_supported_by_three_articles(countries, claims):
    assert countries.loc["ITA", "station_count"] == "11"
    eleven = claims[(claims.iso3 == "ITA") & (claims.category == "station") & (claims.value == "11")]
    assert eleven.article.nunique() == 3


def test_every_country_counts_first_hand_sources_next_to_articles(countries, claims):
    by_country = claims.groupby("iso3")
    assert countries.n_sources.astype(int).to_dict() == by_country.first_hand.nunique().to_dict()
    assert countries.n_articles.astype(int).to_dict() == by_country.article.nunique().to_dict()


def test_four_articles_about_france_are_one_source_safeguard_defenders(countries):
    france = countries.loc["FRA"]
    assert (france.n_articles, france.n_sources, france.sources) == ("4", "1", "Safeguard Defenders")
    assert set(france.single_source.split("; ")) == {"station", "forced_return"}


def test_the_netherlands_is_ordered_closed_with_the_investigation_an_earlier_stage_not_a_disagreement(countries):
    nld = countries.loc["NLD"]
    assert nld.status == "ordered closed" and nld.shutdown_stage == "ordered"
    assert nld.investigation == "reported" and nld.conflicts == ""


def test_ireland_ordered_then_closed_is_closed_not_a_disagreement(countries, claims):
    ireland = claims[(claims.iso3 == "IRL") & (claims.category == "shutdown")]
    assert set(ireland.value) == {"ordered", "closed"}
    assert (countries.loc["IRL", "status"], countries.loc["IRL", "conflicts"]) == ("closed", "")


def test_a_statement_of_concern_is_a_statement_not_a_station(countries):
    assert countries.loc["USA", "status"] == "statement only"
    assert countries.loc["USA", "station"] == "not reported"


def test_the_table_says_reported_and_not_reported_never_yes_or_no(countries):
    for column in ["station", "investigation", "patrol_agreement", "shutdown", "forced_return", "official_response"]:
        assert set(countries[column]) <= {"reported", "not reported"}
    assert countries.loc["CAN", "station"] == "not reported"


def test_every_claim_names_who_says_so_as_a_chain(claims):
    assert (claims.said_by != "").all()
    france = claims[(claims.iso3 == "FRA") & (claims.article.str.startswith("000"))].iloc[0]
    assert france.said_by == "Safeguard Defenders, via CNN, via wionews.com"
    assert france.first_hand == "Safeguard Defenders" and france.first_hand_kind == "ngo"
    wray = claims[claims.iso3 == "USA"].iloc[0]
    assert wray.said_by == "FBI Director Christopher Wray, via article 001" and wray.first_hand_kind == "police"


def test_every_claim_carries_a_ready_citation_with_its_quote_and_who_says_so(claims):
    row = claims[(claims.iso3 == "IRL") & (claims.value == "closed")].iloc[0]
    assert row.citation == ("article 002, \u201cChina allegedely set up more than \u2018100 police stations\u2019 across "
                            "the world to secretly spy and repatriate Chinese citizens living in exile\u201d, date "
                            "unknown, address unknown: \u201cIreland has shut down the Chinese police station found on "
                            "its territory, CNN reported.\u201d (according to CNN, via article 002)")


@pytest.mark.parametrize("iso3, category, quote_part", [
    ("SRB", "forced_return", "forcibly returned from Europe \u2013 one in Serbia"),
    ("ROU", "patrol_agreement", "joint policing initiatives between China and several European nations have played"),
    ("HRV", "station", "The countries involved in this network are Serbia, Croatia"),
])
def test_the_corrected_rows_quote_what_carries_the_claim(claims, iso3, category, quote_part):
    rows = claims[(claims.iso3 == iso3) & (claims.category == category)]
    assert any(quote_part in quote for quote in rows.quote), list(rows.quote)


def test_station_cities_are_where_the_stations_are(claims, countries):
    italy = set(countries.loc["ITA", "cities"].split("; "))
    assert {"Venice", "Prato", "Rome", "Milan"} <= italy
    assert "Zagreb" not in countries.loc["HRV", "cities"] and "Belgrade" not in countries.loc["SRB", "cities"]
    paris = claims[(claims.iso3 == "FRA") & (claims.category == "station")]
    assert set(paris.city) == {"near Paris"}


def test_the_italian_investigation_note_says_who_is_unknown_and_what_was_found(claims):
    note = claims[(claims.iso3 == "ITA") & (claims.category == "investigation")].note.iloc[0]
    assert "does not say who" in note and "had not revealed any illegal activity" in note


def claim(article, category, value="", first_hand=None):
    return {"article": article, "iso3": "XXX", "country": "Testland", "category": category, "value": value,
            "city": "", "source": article, "first_hand": first_hand or article}


def test_two_different_counts_are_a_conflict_in_words():
    frame = pd.DataFrame([claim("a", "station", "11"), claim("b", "station", "5"), claim("c", "station")])
    row = country_table(frame).iloc[0]
    assert row.station_count == "11"
    assert row.conflicts == "Station differs: 11 (a) vs 5 (b)"


def test_a_hedged_count_that_fits_is_no_conflict_and_one_that_does_not_is():
    fits = pd.DataFrame([claim("a", "station", "11"), claim("b", "station", ">=2")])
    assert country_table(fits).iloc[0].conflicts == ""
    assert country_table(fits).iloc[0].station_count == "11"
    clash = pd.DataFrame([claim("a", "station", "3"), claim("b", "station", ">10")])
    assert country_table(clash).iloc[0].conflicts == "Station differs: 3 (a) vs more than 10 (b)"


def test_a_missing_count_is_not_a_conflict():
    frame = pd.DataFrame([claim("a", "station", "11"), claim("b", "station")])
    assert country_table(frame).iloc[0].conflicts == ""


def test_an_investigation_and_a_closure_in_different_articles_are_stages_not_a_conflict():
    frame = pd.DataFrame([claim("a", "shutdown", "ordered"), claim("b", "investigation"),
                          claim("c", "shutdown", "closed")])
    row = country_table(frame).iloc[0]
    assert (row.status, row.shutdown_stage, row.conflicts) == ("closed", "closed", "")


def test_single_source_facts_count_first_hand_sources_not_articles():
    frame = pd.DataFrame([claim("a", "station", first_hand="NGO"), claim("b", "station", first_hand="NGO"),
                          claim("c", "investigation", first_hand="Police")])
    row = country_table(frame).iloc[0]
    assert (row.n_articles, row.n_sources, row.single_source) == (3, 2, "station; investigation")


def test_the_table_has_exactly_the_declared_columns():
    frame = pd.DataFrame([claim("a", "station")])
    assert list(country_table(frame).columns) == COUNTRIES.names


def test_the_chain_names_who_says_so_then_each_relay():
    assert said_by("Safeguard Defenders; CNN", "CNN", "wionews.com") == "Safeguard Defenders, via CNN, via wionews.com"
    assert said_by("", "The Guardian", "article 004") == "The Guardian, via article 004"
    assert said_by("", "", "Reuters") == "Reuters"


def test_figures_that_disagree_are_shown_side_by_side(built):
    figures = pd.read_csv(built / "figures.csv", dtype=str, keep_default_na=False)
    investigating = figures[figures.figure == "countries_investigating"]
    assert set(investigating.value) == {">=12", ">=13"}
    assert investigating.agreement.iloc[0].startswith("articles disagree: at least 12 (article 004")
    titles = figures[figures.figure == "report_title"]
    assert set(titles.value) == {"Patrol and Persuade", "Patrol and Reassurance"}


def test_the_53_countries_are_police_jurisdictions_as_the_articles_say(built):
    figures = pd.read_csv(built / "figures.csv", dtype=str, keep_default_na=False)
    jurisdictions = figures[figures.figure == "countries_with_jurisdictions"]
    assert set(jurisdictions.value) == {">=53"} and "police jurisdictions" in jurisdictions.label.iloc[0]
    assert "countries_with_stations" not in set(figures.figure)


def test_figures_that_agree_say_so():
    group = pd.DataFrame({"value": ["54", "54"], "source": ["a", "b"]})
    assert agreement(group) == "2 article(s) agree"
