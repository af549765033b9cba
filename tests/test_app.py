"""The Streamlit app under AppTest, and the data functions behind what it shows."""

import json
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import data
from geodata import paths

APP = str(paths.ROOT / "dashboard" / "app.py")

HOSTILE = "<img src=x onerror=alert(1)>"  # as in the hostile_build fixture (conftest.py)


def unescape(text: str) -> str:
    """What a reader sees of escaped Markdown."""
    return text.replace("\\", "")


def run_app(build_dir, monkeypatch) -> AppTest:
    monkeypatch.setenv("POLICE_MAP_BUILD", str(build_dir))
    return AppTest.from_file(APP, default_timeout=60).run()


def the_map(at: AppTest):
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    return component


def click(at: AppTest, iso3: str, name: str) -> AppTest:
    """What streamlit-folium sends back when a country is clicked: the feature with its properties."""
    feature = {"type": "Feature", "properties": {"iso3": iso3, "name": name},
               "geometry": {"type": "Point", "coordinates": [12.5, 42.8]}}
    at.session_state[the_map(at).key] = {"last_active_drawing": feature}
    return at.run()


def country_table(at: AppTest) -> pd.DataFrame:
    (table,) = [d.value for d in at.dataframe if "iso3" in d.value.columns]
    return table


def texts(at: AppTest) -> list[str]:
    return [unescape(e.value) for kind in ("text", "markdown", "caption", "subheader", "info", "warning")
            for e in getattr(at, kind)]


@pytest.fixture
def app(built, monkeypatch) -> AppTest:
    at = run_app(built, monkeypatch)
    assert not at.exception
    return at


def test_the_app_runs_with_title_tabs_and_headline_figures(app):
    assert "police stations" in app.title[0].value
    assert [tab.label for tab in app.tabs] == ["Map", "Table", "Sources", "About & downloads"]
    shown = texts(app)
    assert "### more than 100" in shown and "### at least 53" in shown


def test_disagreeing_figures_show_both_values_each_with_its_source(app):
    shown = texts(app)
    assert "### at least 13 vs at least 12" in shown
    assert "at least 12: article 004, via The Guardian" in shown
    assert any(t.startswith("at least 13: wionews.com") for t in shown)
    assert any("Patrol and Persuade" in t and "Patrol and Reassurance" in t for t in shown)


def test_the_date_of_the_newest_article_is_said_to_be_unknown(app):
    assert any("Newest article: date unknown" in t for t in texts(app))


def test_clicking_italy_shows_its_evidence_11_stations_from_three_articles(app):
    at = click(app, "ITA", "Italy")
    assert not at.exception
    assert at.selectbox(key="country").value == "ITA"
    shown = texts(at)
    assert "Evidence for Italy" in shown
    assert "8 claims from 4 articles" in shown
    stations = [i for i, t in enumerate(shown) if t == "**Station** · 11 stations"]
    assert len(stations) == 3
    sources = {t.split(" · ")[0] for t in shown if t.startswith("article 00") and "published" in t}
    assert {"article 002, via CNN", "article 003, via CNN", "article 004, via The Guardian"} <= sources
    assert "\u201cItaly, which is home to 330,000 Chinese citizens, hosts the highest number, 11, of these " \
           "police stations\u201d" in shown
    assert any("single source" in t for t in shown)


def test_the_netherlands_evidence_flags_the_disagreement(app):
    shown = texts(click(app, "NLD", "Netherlands"))
    assert any(t.startswith("Sources disagree: status differs") for t in shown)
    assert any("sources differ on status" in t for t in shown)


def test_a_country_without_reports_says_so(app):
    shown = texts(click(app, "CHN", "China"))
    assert "No claim about China in these articles." in shown


def test_changing_the_measure_changes_the_map_data(app):
    before = json.loads(the_map(app).proto.json_args)["script"]
    at = app.radio(key="measure").set_value("shutdown").run()
    after = json.loads(the_map(at).proto.json_args)["script"]
    assert before != after
    assert "Shutdown reported" in after and "Shutdown reported" not in before


def test_the_map_loads_leaflet_from_the_app_itself(app):
    args = json.loads(the_map(app).proto.json_args)
    assert args["js_links"] == ["/app/static/leaflet/leaflet.js"]
    assert args["css_links"] == ["/app/static/leaflet/leaflet.css"]
    assert args["returned_objects"] == ["last_active_drawing"]
    assert (paths.DASHBOARD_STATIC / "leaflet" / "leaflet.js").is_file()


def test_a_click_survives_a_change_of_measure(app):
    at = click(app, "ITA", "Italy")
    at = at.radio(key="measure").set_value("station").run()
    assert at.selectbox(key="country").value == "ITA"
    assert "Evidence for Italy" in texts(at)


def test_at_least_two_articles_hides_single_source_facts_from_map_and_table(app):
    at = app.slider[0].set_value(2).run()
    table = country_table(at)
    assert "CAN" not in set(table.iso3) and "ITA" in set(table.iso3)
    canada = json.loads(the_map(at).proto.json_args)["script"].split('"iso3": "CAN"')[1][:300]
    assert '"reports": "none in these articles"' in canada


def test_the_table_sorts_stations_as_numbers(app):
    table = country_table(app)
    assert str(table.stations.dtype) == "Int64"
    assert table.set_index("iso3").stations["ITA"] == 11


def test_the_downloads_are_offered(app):
    labels = [b.label for b in app.get("download_button")]
    for name in ["countries.csv", "claims.csv", "countries.geojson", "map.html (this map, offline)",
                 "data_dictionary.md"]:
        assert name in labels


def test_a_missing_build_says_which_command_to_run(tmp_path, monkeypatch):
    at = run_app(tmp_path / "empty", monkeypatch)
    assert "could not be loaded" in at.error[0].value
    assert "make build" in at.code[0].value and str(tmp_path / "empty") in at.code[0].value


def test_hostile_article_text_is_shown_as_plain_text_only(hostile_build, monkeypatch):
    at = click(run_app(hostile_build, monkeypatch), "ITA", "Italy")
    assert not at.exception
    quotes = [t.value for t in at.text]
    assert any(HOSTILE in q for q in quotes)  # st.text: shown verbatim, never parsed
    hostile = [e.value for kind in ("markdown", "caption", "subheader", "info", "warning")
               for e in getattr(at, kind) if "alert" in e.value or "tracker" in e.value]
    assert hostile  # the metadata does reach Markdown elements: escaped, every special character
    for value in hostile:
        assert not re.search(r"(?<!\\)[<>\[\]()$`!]", value), value
    at = click(at, "FRA", "France")
    links = [e.proto.url for e in at.get("link_button")]
    assert links == ["https://example.org/a"]


# The data functions behind the page.

def test_filters_select_claims_by_category_source_and_number_of_articles(built):
    claims = data.load_build(built).claims
    assert set(data.filter_claims(claims, data.Filters(categories=("shutdown",))).category) == {"shutdown"}
    guardian = data.filter_claims(claims, data.Filters(sources=("article 004, via The Guardian",)))
    assert set(guardian.article) == {"004_93c3f7158df3345d.txt"}
    twice = data.filter_claims(claims, data.Filters(min_articles=2))
    assert twice.groupby(["iso3", "category"]).article.nunique().min() >= 2


def test_without_filters_the_view_is_countries_csv_and_recomputing_it_gives_the_same(built):
    build = data.load_build(built)
    assert data.country_view(build) is build.countries
    recomputed = data.country_view(build, data.Filters(min_articles=1, categories=tuple(data.CATEGORY_LABELS)))
    pd.testing.assert_frame_equal(recomputed.reset_index(drop=True), build.countries.reset_index(drop=True))


def test_only_http_and_https_addresses_become_links():
    assert data.safe_link("https://example.org/a") == "https://example.org/a"
    for bad in ["javascript:alert(1)", "data:text/html,x", "ftp://x.org", "", "unknown", "//evil.org"]:
        assert data.safe_link(bad) == ""


def test_markdown_escaping_leaves_no_link_image_or_formula():
    escaped = data.escape_markdown("![p](http://t.example/p.png) <b>x</b> $x^2$ :red[y] **z**")
    assert not re.search(r"(?<!\\)[<>\[\]()$`!*:]", escaped), escaped
    assert unescape(escaped) == "![p](http://t.example/p.png) <b>x</b> $x^2$ :red[y] **z**"


def test_evidence_for_a_country_whose_articles_mix_a_link_and_no_link_shows_without_error(seeds_copy, tmp_path,
                                                                                            monkeypatch):
    from geodata import build

    articles = paths.articles_csv(seeds_copy)
    text = articles.read_text(encoding="utf-8")
    articles.write_text(text.replace("002_16b92b9d41bb28c0.txt,unknown,", "002_16b92b9d41bb28c0.txt,Test Outlet,")
                        .replace(",,,CNN\n003", ",https://example.org/002,,CNN\n003", 1), encoding="utf-8")
    build.run(seeds_copy, tmp_path / "build")
    at = click(run_app(tmp_path / "build", monkeypatch), "ITA", "Italy")
    assert not at.exception
    assert [e.proto.url for e in at.get("link_button")] == ["https://example.org/002"] * 2
