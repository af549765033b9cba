"""The map builder: every country drawn, tooltips and legend, only Leaflet, article text escaped."""

import re

import folium
import pytest

from dashboard import data
from dashboard.map import (MEASURES, NO_REPORTS, TOOLTIP_FIELDS, build_map, classify, feature_properties,
                           legend_items)

REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)

HOSTILE = "<img src=x onerror=alert(1)>"  # as in the hostile_build fixture (conftest.py)
TEMPLATE = "${alert(1)}"


@pytest.fixture(scope="module")
def build(built):
    return data.load_build(built)


@pytest.fixture(scope="module")
def frame(build):
    return data.map_frame(build, data.country_view(build))


def layers(m: folium.Map) -> dict[str, folium.GeoJson]:
    return {child.layer_name: child for child in m._children.values() if isinstance(child, folium.GeoJson)}


def feature_of(m: folium.Map, iso3: str) -> dict:
    for layer in layers(m).values():
        for feature in layer.data["features"]:
            if feature["properties"]["iso3"] == iso3:
                return feature
    raise KeyError(iso3)


def test_every_country_is_drawn_once(build, frame):
    m = build_map(frame)
    drawn = [f["properties"]["iso3"] for layer in layers(m).values() for f in layer.data["features"]]
    assert sorted(drawn) == sorted(build.shapes.iso3)
    assert len(drawn) >= 200


def test_countries_with_claims_are_a_layer_of_their_own_and_carry_iso3(build, frame):
    reports = layers(build_map(frame))["reports"]
    assert {f["properties"]["iso3"] for f in reports.data["features"]} == set(build.countries.iso3)


def test_web_shapes_lose_no_country(build):
    assert not build.shapes.geometry.is_empty.any()
    assert not build.shapes.geometry.isna().any()
    assert build.shapes.set_index("iso3").geometry["VAT"].geom_type == "Point"  # too small to keep a polygon


def test_the_tooltip_names_the_country_each_category_in_words_stations_articles_and_outlets(frame):
    m = build_map(frame, "station")
    tooltip = next(c for c in layers(m)["reports"]._children.values() if isinstance(c, folium.GeoJsonTooltip))
    assert tooltip.fields == list(TOOLTIP_FIELDS)
    assert tooltip.aliases[:3] == ["Country", "Stations", "Investigation"]
    assert {"Articles", "Outlets", "Sources disagree"} <= set(tooltip.aliases)
    italy = feature_of(m, "ITA")["properties"]
    assert italy["name"] == "Italy"
    assert italy["stations_words"] == "reported (11 stations)"
    assert italy["patrol_agreement_words"] == "reported (2016-2018)"
    assert italy["shutdown_words"] == "not reported"
    assert italy["n_articles"] == "4"
    assert "article 004, via The Guardian" in italy["sources"]


def test_a_country_without_claims_says_so(frame):
    china = feature_of(build_map(frame), "CHN")["properties"]
    assert china["class"] == NO_REPORTS and "none" in china["reports"]


@pytest.mark.parametrize("measure", MEASURES)
def test_each_measure_has_a_legend_with_no_reports_and_every_country_falls_in_one_class(frame, measure):
    labels = [label for label, _ in legend_items(measure)]
    assert labels[-1] == NO_REPORTS
    assert len(set(colour for _, colour in legend_items(measure))) == len(labels)
    classes = {classify(row, measure) for _, row in frame.iterrows()}
    assert classes <= set(labels)
    page = build_map(frame, measure).get_root().render()
    assert all(label in page for label in labels)


def test_italy_is_in_the_darkest_station_class_and_the_netherlands_reports_a_shutdown(frame):
    rows = frame.set_index("iso3")
    assert classify({**rows.loc["ITA"], "iso3": "ITA"}, "station") == "10 or more stations"
    assert classify({**rows.loc["NLD"], "iso3": "NLD"}, "shutdown") == "Shutdown reported"
    assert classify({**rows.loc["CAN"], "iso3": "CAN"}, "shutdown") == "Other reports only"


@pytest.mark.parametrize("inline", [False, True])
def test_the_page_loads_only_leaflet_and_nothing_from_another_host(frame, inline):
    m = build_map(frame, inline_leaflet=inline)
    page = m.get_root().render()
    assert not REMOTE.search(page)
    assert not re.search(r"cdn|jquery|bootstrap|fontawesome|d3\.v|tile\.openstreetmap", page, re.I)
    if inline:
        assert "Leaflet 1.9.3" in page and "<script src=" not in page and "sourceMappingURL" not in page
    else:
        assert [url for _, url in m.default_js] == ["/app/static/leaflet/leaflet.js"]
        assert [url for _, url in m.default_css] == ["/app/static/leaflet/leaflet.css"]


def test_an_unknown_measure_is_refused(frame):
    with pytest.raises(ValueError, match="unknown measure"):
        build_map(frame, "rumours")


def test_hostile_article_text_reaches_the_page_escaped_only(hostile_build):
    build = data.load_build(hostile_build)
    frame = data.map_frame(build, data.country_view(build))
    m = build_map(frame, "station")
    italy = feature_of(m, "ITA")["properties"]
    assert italy["sources"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert all("<" not in value and ">" not in value for value in italy.values())
    page = m.get_root().render()
    assert HOSTILE not in page and "onerror=alert(1)>" not in page
    assert "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in page  # &lt;...&gt;, JSON-escaped by folium
    # ${...} only runs inside a JavaScript template literal (folium.Tooltip/Popup): none carries it.
    assert TEMPLATE in page
    template_literals = page.split("`")[1::2]  # the test data has no backtick of its own
    assert template_literals and not any("alert(1)" in literal for literal in template_literals)
    assert not any(isinstance(c, (folium.Tooltip, folium.Popup)) for layer in layers(m).values()
                   for c in layer._children.values())


def test_feature_properties_escape_every_string():
    row = {"iso3": "ITA", "name": "<b>Italy</b>", "has_claims": True, "station": "yes", "stations": "11",
           "investigation": "no", "patrol_agreement": "no", "shutdown": "no", "forced_return": "no",
           "official_response": "no", "patrol_years": "", "forced_returns": "", "n_articles": 1,
           "sources": f"{HOSTILE}; \"quoted\" & 'single'", "conflicts": "<script>x</script>"}
    props = feature_properties(row, "any")
    assert props["name"] == "&lt;b&gt;Italy&lt;/b&gt;"
    assert props["sources"] == "&lt;img src=x onerror=alert(1)&gt;; &quot;quoted&quot; &amp; &#x27;single&#x27;"
    assert props["conflicts"] == "&lt;script&gt;x&lt;/script&gt;"
