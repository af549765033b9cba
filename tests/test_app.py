"""The Streamlit app under AppTest: the map page (status map, evidence beside it, permalinks, filters, downloads)."""

import json
import re
import time

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import data
from geodata import paths
from geodata.views import Filters, country_view, filter_claims

APP = str(paths.ROOT / "dashboard" / "app.py")
HOSTILE = "<img src=x onerror=alert(1)>"  # as in the hostile_build fixture (conftest.py)


def unescape(text: str) -> str:
    """What a reader sees of escaped Markdown."""
    return text.replace("\\", "")


def run_app(build_dir, monkeypatch, query: dict | None = None) -> AppTest:
    monkeypatch.setenv("POLICE_MAP_BUILD", str(build_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def the_map(at: AppTest):
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name == "dashboard.app_map.country_map"]
    return component


def map_args(at: AppTest) -> dict:
    """What the page sent the map component on its last run."""
    return json.loads(the_map(at).proto.json_args)


def click(at: AppTest, iso3: str) -> AppTest:
    """What the map component sends back when a country is clicked: its iso3 and a new id for the click."""
    at.session_state["country_map"] = {"iso3": iso3, "click": time.monotonic_ns()}
    return at.run()


def open_tab(at: AppTest, label: str) -> AppTest:
    """Only the open tab runs: open another one as a reader would."""
    at.session_state["tab"] = label
    return at.run()


def texts(at: AppTest) -> list[str]:
    return [unescape(e.value) for kind in ("text", "markdown", "caption", "subheader", "info", "warning")
            for e in getattr(at, kind)]


@pytest.fixture
def app(built, monkeypatch) -> AppTest:
    at = run_app(built, monkeypatch)
    assert not at.exception
    return at


def test_the_app_runs_with_a_compact_header_headline_figures_and_tabs(app):
    assert [tab.label for tab in app.tabs] == ["Map", "Table", "Sources", "About & downloads"]
    header = app.caption[0].value
    assert "More than 100 stations" in unescape(header) and "at least 13 vs at least 12" in header
    assert "(articles disagree)" in unescape(header)


def test_the_status_map_is_the_default_colouring(app):
    assert app.selectbox(key="measure").value == "status"
    legend = map_args(app)["legend"]
    assert legend["title"] == "What happened where" and ["Official statement only", "#bcbddc"] in legend["items"]
    assert map_args(app)["countries"]["NLD"]["fill"] == dict(legend["items"])["Closure ordered"]


def test_clicking_the_netherlands_shows_its_evidence_beside_the_map_with_who_says_so(app):
    at = click(app, "NLD")
    assert not at.exception and at.selectbox(key="country").value == "NLD"
    shown = texts(at)
    assert "Netherlands" in shown
    assert "Closure ordered. 4 claims from 3 articles, 2 independent sources" in shown
    assert not any(t.startswith("Articles disagree") for t in shown)
    assert any(t.startswith("Says: CNN, via article 001") for t in shown)
    assert at.query_params["country"] in ("NLD", ["NLD"])


def test_every_evidence_card_names_who_says_so_and_offers_a_citation(app):
    at = click(app, "FRA")
    cards = [t for t in texts(at) if t.startswith("Says: ")]
    assert cards and all("Safeguard Defenders" in t for t in cards)
    assert all("1 source, in" in t for t in cards)
    citations = [c.value for c in at.code if c.language != "html"]
    assert citations and all("according to Safeguard Defenders" in c for c in citations)


def test_a_permalink_opens_that_country_and_colouring_without_a_click(built, monkeypatch):
    at = run_app(built, monkeypatch, {"country": "NLD", "measure": "shutdown"})
    assert not at.exception
    assert at.selectbox(key="country").value == "NLD" and at.selectbox(key="measure").value == "shutdown"
    assert "Netherlands" in texts(at)


def test_a_click_on_the_country_clicked_last_counts_after_another_was_picked_from_the_list(app):
    at = click(app, "ITA")
    at.selectbox(key="country").select("FRA").run()
    assert at.selectbox(key="country").value == "FRA"
    at = click(at, "ITA")
    assert at.selectbox(key="country").value == "ITA"


def test_a_country_without_reports_says_so(app):
    shown = texts(click(app, "CHN"))
    assert "No claim about China in these articles." in shown


def test_changing_the_colouring_changes_the_map_and_keeps_the_country(app):
    at = click(app, "ITA")
    before = map_args(at)
    at = at.selectbox(key="measure").select("shutdown").run()
    after = map_args(at)
    assert after["legend"]["title"] == "Closure" and before["legend"]["title"] == "What happened where"
    assert after["countries"]["ITA"]["fill"] != before["countries"]["ITA"]["fill"]
    assert after["shapes"] == before["shapes"], "the shapes stay in the browser: only the styles change"
    assert at.selectbox(key="country").value == "ITA" and after["selected"] == "ITA"


def test_the_country_and_the_colouring_stay_while_the_reader_looks_at_another_tab(app):
    at = click(app, "ITA").selectbox(key="measure").select("shutdown").run()
    at = open_tab(open_tab(at, "Table"), "Map")
    assert at.selectbox(key="country").value == "ITA" and at.selectbox(key="measure").value == "shutdown"
    assert map_args(at)["selected"] == "ITA" and map_args(at)["legend"]["title"] == "Closure"


def test_the_map_sends_its_shapes_once_as_a_static_file_and_leaflet_comes_from_the_app(app):
    args = map_args(app)
    shapes = paths.DASHBOARD_STATIC / args["shapes"]
    assert shapes.is_file() and args["shapes"].startswith("shapes/")
    features = json.loads(shapes.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["iso3"] for f in features} >= {"ITA", "NLD", "CHN", "USA"}
    assert "geometry" not in json.dumps({k: v for k, v in args.items() if k != "shapes"})
    assert (paths.DASHBOARD_STATIC / "leaflet" / "leaflet.js").is_file()
    page = (paths.ROOT / "dashboard" / "app_map_frontend" / "index.html").read_text(encoding="utf-8")
    assert "../../app/static/leaflet/leaflet.js" in page and "http" not in page


def test_two_independent_sources_hides_single_source_facts_from_map_and_table(app):
    at = app.slider(key="min_sources").set_value(2).run()
    assert not at.exception
    assert "FRA" not in map_args(at)["countries"] and "ITA" in map_args(at)["countries"]  # France: the basemap
    at = open_tab(at, "Table")
    table = [d.value for d in at.dataframe if "Country" in d.value.columns][0]
    assert "France" not in set(table.Country) and "Italy" in set(table.Country)


def test_the_table_has_readable_headers_and_no_none(app):
    table = [d.value for d in open_tab(app, "Table").dataframe if "Country" in d.value.columns][0]
    assert "iso3" not in table.columns and "Furthest stage reported" in table.columns
    assert "Station: number" in table.columns and not table.isna().any().any()
    assert "closure ordered" not in set(table["Furthest stage reported"]) and "Closure ordered" in set(
        table["Furthest stage reported"])
    single = " ".join(table["Single-source facts"])  # categories by their labels, as in the headers
    assert "Official response" in single and "official_response" not in single and "patrol_agreement" not in single


def test_the_downloads_offer_this_view_everything_and_the_map_for_print_and_the_web(app):
    app = open_tab(app, "About & downloads")
    labels = [b.label for b in app.get("download_button")]
    for label in ["This view (countries.csv)", "This view (claims.csv)", "Everything (zip, with the data dictionary)",
                  "Map as PNG (print, social)", "Map as SVG (editable text)", "Map as a web page (offline)"]:
        assert label in labels
    assert any("<iframe" in c.value for c in app.code)


def test_the_about_tab_shows_each_status_colour_as_a_swatch_with_its_meaning():
    from dashboard.map import BASEMAP_COLOUR, NO_REPORTS, STATUS_LEGEND, status_table
    html = status_table().to_html()
    for label, colour in [*STATUS_LEGEND.values(), (NO_REPORTS, BASEMAP_COLOUR)]:
        assert label in html and f"background-color: {colour}" in html


def test_nothing_a_reader_sees_names_a_rule_a_file_or_a_command(app):
    at = click(app, "ITA")
    shown = " ".join(texts(at))
    assert not re.search(r"proposed by rule|python -m|\.csv\b|seeds/|build/", shown)


def test_a_missing_build_says_which_command_to_run(tmp_path, monkeypatch):
    at = run_app(tmp_path / "empty", monkeypatch)
    assert "could not be loaded" in at.error[0].value
    assert "make build" in at.code[0].value and str(tmp_path / "empty") in at.code[0].value


def test_hostile_article_text_is_shown_as_plain_text_only(hostile_build, monkeypatch):
    at = click(run_app(hostile_build, monkeypatch), "ITA")
    assert not at.exception
    assert any(HOSTILE in t.value for t in at.text)  # st.text: shown verbatim, never parsed
    hostile = [e.value for kind in ("markdown", "caption", "subheader", "info", "warning")
               for e in getattr(at, kind) if "alert" in e.value or "tracker" in e.value]
    assert hostile  # the metadata does reach Markdown elements: escaped, every special character
    for value in (re.sub(r":orange\[(.*)\]$", r"\1", v) for v in hostile):  # our own colour markup
        assert not re.search(r"(?<!\\)[<>\[\]()$`!]", value), value
    at = click(at, "FRA")
    assert [e.proto.url for e in at.get("link_button")] == ["https://example.org/a"]


def test_evidence_for_a_country_whose_articles_mix_a_link_and_no_link_shows_without_error(seeds_copy, tmp_path,
                                                                                            monkeypatch):
    from geodata import build

    articles = paths.articles_csv(seeds_copy)
    text = articles.read_text(encoding="utf-8")
    articles.write_text(text.replace(",,,CNN\n003", ",https://example.org/002,,CNN\n003", 1), encoding="utf-8")
    build.write_build(seeds_copy, tmp_path / "build")
    at = click(run_app(tmp_path / "build", monkeypatch), "ITA")
    assert not at.exception
    assert [e.proto.url for e in at.get("link_button")] == ["https://example.org/002"] * 2


# The views the page calls (geodata.views), on the built fixture ledger.

def test_filters_select_claims_by_category_article_and_number_of_sources(built):
    claims = data.load_build(built).claims
    assert set(filter_claims(claims, Filters(categories=("shutdown",))).category) == {"shutdown"}
    assert set(filter_claims(claims, Filters(outlets=("article 004",))).article) == {"004_93c3f7158df3345d.txt"}
    twice = filter_claims(claims, Filters(min_sources=2))
    assert twice.groupby(["iso3", "category"]).first_hand.nunique().min() >= 2


def test_without_filters_the_view_is_countries_csv_and_recomputing_it_gives_the_same(built):
    import pandas as pd

    build = data.load_build(built)
    assert country_view(build.countries, build.claims) is build.countries
    recomputed = country_view(build.countries, build.claims, Filters(categories=tuple(data.CATEGORY_LABELS)))
    pd.testing.assert_frame_equal(recomputed.reset_index(drop=True), build.countries.reset_index(drop=True),
                                  check_dtype=False)


def test_only_http_and_https_addresses_become_links():
    from geodata.views import safe_link

    assert safe_link("https://example.org/a") == "https://example.org/a"
    for bad in ["javascript:alert(1)", "data:text/html,x", "ftp://x.org", "", "unknown", "//evil.org", None]:
        assert safe_link(bad) == ""


def test_markdown_escaping_leaves_no_link_image_or_formula():
    escaped = data.escape_markdown("![p](http://t.example/p.png) <b>x</b> $x^2$ :red[y] **z**")
    assert not re.search(r"(?<!\\)[<>\[\]()$`!*:]", escaped), escaped
    assert unescape(escaped) == "![p](http://t.example/p.png) <b>x</b> $x^2$ :red[y] **z**"
