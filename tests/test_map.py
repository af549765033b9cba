"""The map builder: every country drawn, tooltips and legend, only Leaflet, article text escaped."""

import re

import folium
import pytest

from dashboard import data
from dashboard.map import (MEASURES, NO_REPORTS, STATUS, build_map, classify, feature_properties, legend_items,
                           quantised_ring)
from geodata.views import country_view

REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)

HOSTILE = "<img src=x onerror=alert(1)>"  # as in the hostile_build fixture (conftest.py)
TEMPLATE = "${alert(1)}"


@pytest.fixture(scope="module")
def build(built):
    return data.load_build(built)


@pytest.fixture(scope="module")
def frame(build):
    return data.map_frame(build, country_view(build.countries, build.claims))


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


def test_the_tooltip_is_compact_and_says_only_what_is_reported_and_who_says_so(frame):
    m = build_map(frame)
    tooltip = next(c for c in layers(m)["reports"]._children.values() if isinstance(c, folium.GeoJsonTooltip))
    assert tooltip.fields == ["name", "status", "reported", "conflicts"]  # about five short lines
    assert "max-width: 260px" in tooltip.style
    italy = feature_of(m, "ITA")["properties"]
    assert italy["name"] == "Italy" and italy["status"] == "Investigation reported \u00b7 5 sources, 4 articles"
    assert italy["reported"].startswith("Reported: station (11), investigation, joint policing (2016-2018)")
    assert "not reported" not in italy["reported"] and "closure" not in italy["reported"]
    france = feature_of(m, "FRA")["properties"]
    assert france["status"] == "Station reported \u00b7 1 source (Safeguard Defenders), 4 articles"


def test_a_country_without_claims_carries_only_its_name(frame):
    china = feature_of(build_map(frame), "CHN")["properties"]
    assert china["class"] == NO_REPORTS and set(china) == {"iso3", "name", "class"}


def test_the_status_map_is_the_default_and_a_statement_of_concern_is_not_a_station(frame):
    rows = frame.set_index("iso3")
    assert classify({**rows.loc["USA"], "iso3": "USA"}, STATUS) == "Official statement only"
    assert classify({**rows.loc["NLD"], "iso3": "NLD"}, STATUS) == "Closure ordered"
    assert classify({**rows.loc["IRL"], "iso3": "IRL"}, STATUS) == "Station closed"
    assert classify({**rows.loc["ITA"], "iso3": "ITA"}, STATUS) == "Investigation reported"
    assert "What happened where" in build_map(frame).get_root().render()


def test_geometry_is_sent_quantised_and_decodes_to_the_same_points():
    ring = [[12.34, 41.9], [12.35, 41.91], [12.35, 41.91], [12.3, 41.95]]
    q = quantised_ring(ring)
    assert q == [1234, 4190, 1, 1, -5, 4]
    x = y = 0
    decoded = []
    for dx, dy in zip(q[::2], q[1::2]):
        x, y = x + dx, y + dy
        decoded.append([x / 100, y / 100])
    assert decoded == [[12.34, 41.9], [12.35, 41.91], [12.3, 41.95]]


def test_station_cities_are_points_with_their_own_tooltip(build, frame):
    m = build_map(frame, places=build.places)
    cities = {f["properties"]["name"] for f in layers(m)["places"].data["features"]}
    assert {"Prato", "Venice", "Rome", "Milan", "Stockholm", "Paris"} <= cities


@pytest.mark.parametrize("measure", MEASURES)
def test_each_measure_has_a_legend_with_no_reports_and_every_country_falls_in_one_class(frame, measure):
    labels = [label for label, _ in legend_items(measure)]
    assert labels[-1] == NO_REPORTS
    assert len(set(colour for _, colour in legend_items(measure))) == len(labels)
    classes = {classify(row, measure) for _, row in frame.iterrows()}
    assert classes <= set(labels)
    page = build_map(frame, measure).get_root().render()
    assert all(label in page for label in labels)


def test_italy_is_in_the_darkest_station_class_and_the_netherlands_reports_a_closure(frame):
    rows = frame.set_index("iso3")
    assert classify({**rows.loc["ITA"], "iso3": "ITA"}, "station") == "10 or more stations"
    assert classify({**rows.loc["NLD"], "iso3": "NLD"}, "shutdown") == "Closure reported"
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
    frame = data.map_frame(build, country_view(build.countries, build.claims))
    m = build_map(frame, "station")
    italy = feature_of(m, "ITA")["properties"]
    assert italy["status"].endswith("1 source (&lt;img src=x onerror=alert(1)&gt;), 1 article")
    assert all("<" not in value and ">" not in value for value in italy.values())
    page = m.get_root().render()
    assert HOSTILE not in page and "onerror=alert(1)>" not in page
    assert "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in page  # &lt;...&gt;, JSON-escaped by folium
    # ${...} only runs inside a JavaScript template literal (folium.Tooltip/Popup): none carries it.
    template_literals = page.split("`")[1::2]  # the test data has no backtick of its own
    assert template_literals and not any("alert(1)" in literal for literal in template_literals)
    assert not any(isinstance(c, (folium.Tooltip, folium.Popup)) for layer in layers(m).values()
                   for c in layer._children.values())


def test_feature_properties_escape_every_string():
    row = {"iso3": "ITA", "name": "<b>Italy</b>", "has_claims": True, "status": "station reported",
           "station": "reported", "station_count": "11", "investigation": "not reported",
           "patrol_agreement": "not reported", "patrol_agreement_years": "", "shutdown": "not reported",
           "shutdown_stage": "", "forced_return": "not reported", "forced_return_count": "",
           "official_response": "not reported", "n_articles": 1, "n_sources": 1,
           "sources": f"{HOSTILE}; \"quoted\" & 'single'", "conflicts": "<script>x</script>"}
    props = feature_properties(row, STATUS)
    assert props["name"] == "&lt;b&gt;Italy&lt;/b&gt;"
    assert "&lt;img src=x onerror=alert(1)&gt;; &quot;quoted&quot; &amp; &#x27;single&#x27;" in props["status"]
