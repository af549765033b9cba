"""The map: `build_map(frame, measure) -> folium.Map`, the same for the app and the static export.

Every country is drawn as a light basemap (no tile server); countries with claims are coloured by
the measure the user picks, with a categorical legend that includes "No reports". Colours are
Okabe-Ito (yes/no measures) and ColorBrewer OrRd (station counts), both colour-blind safe.

Article text is untrusted and folium does not escape it: every string that reaches a feature's
properties is html.escape()d, the legend and captions are built with textContent from JSON, and
no folium Tooltip/Popup is ever made from article text.
"""

import html
import json

import folium
import geopandas as gpd
import pandas as pd
import shapely
from branca.element import MacroElement
from jinja2 import Template

from dashboard import leaflet
from dashboard.data import CATEGORY_LABELS, value_words

NO_REPORTS = "No reports"
OTHER_REPORTS = "Other reports only"
BASEMAP_COLOUR = "#ececec"
OTHER_COLOUR = "#bdbdbd"
SEA_COLOUR = "#f4f8fb"
MEASURES = {
    "any": "Any report",
    "station": "Stations",
    "investigation": "Investigation",
    "patrol_agreement": "Patrol agreement",
    "shutdown": "Shutdown",
    "forced_return": "Forced return",
    "official_response": "Official response",
}
# Okabe-Ito, one hue per yes/no measure.
MEASURE_COLOURS = {
    "any": "#0072B2",
    "investigation": "#E69F00",
    "patrol_agreement": "#009E73",
    "shutdown": "#CC79A7",
    "forced_return": "#D55E00",
    "official_response": "#56B4E9",
}
# ColorBrewer OrRd, light to dark: (label, lowest count or None for "number not given", colour).
STATION_CLASSES = [
    ("Station reported, number not given", None, "#fdcc8a"),
    ("1 to 4 stations", 1, "#fc8d59"),
    ("5 to 9 stations", 5, "#e34a33"),
    ("10 or more stations", 10, "#b30000"),
]
# What the tooltip shows for a country with claims: property -> row label.
TOOLTIP_FIELDS = {
    "name": "Country",
    "stations_words": "Stations",
    **{f"{c}_words": CATEGORY_LABELS[c] for c in CATEGORY_LABELS if c != "station"},
    "n_articles": "Articles",
    "sources": "Outlets",
    "conflicts": "Sources disagree",
}
BASEMAP_TOOLTIP_FIELDS = {"name": "Country", "reports": "Reports"}
TOOLTIP_STYLE = "width: 340px; white-space: normal; font-size: 13px;"
BASEMAP_TOOLTIP_STYLE = "white-space: nowrap; font-size: 13px;"


def legend_items(measure: str) -> list[tuple[str, str]]:
    """(label, colour) for each class of a measure, darkest first, "No reports" last."""
    if measure == "any":
        return [("Reported", MEASURE_COLOURS["any"]), (NO_REPORTS, BASEMAP_COLOUR)]
    if measure == "station":
        return [(label, colour) for label, _, colour in reversed(STATION_CLASSES)] + [
            ("Other reports, no station", OTHER_COLOUR), (NO_REPORTS, BASEMAP_COLOUR)]
    return [(f"{CATEGORY_LABELS[measure]} reported", MEASURE_COLOURS[measure]),
            (OTHER_REPORTS, OTHER_COLOUR), (NO_REPORTS, BASEMAP_COLOUR)]


def classify(row, measure: str) -> str:
    """The legend label a country falls in for a measure."""
    if not row["has_claims"]:
        return NO_REPORTS
    if measure == "any":
        return "Reported"
    if measure == "station":
        if row["station"] != "yes":
            return "Other reports, no station"
        label = STATION_CLASSES[0][0]
        for name, lowest, _ in STATION_CLASSES[1:]:
            if row["stations"] and int(row["stations"]) >= lowest:
                label = name
        return label
    if row[measure] == "yes":
        return f"{CATEGORY_LABELS[measure]} reported"
    return OTHER_REPORTS


def category_words(row, category: str) -> str:
    """'reported (2016-2018)', 'not reported', ... for one category of one country."""
    if row[category] != "yes":
        return "not reported"
    value = {"station": row["stations"], "patrol_agreement": row["patrol_years"],
             "forced_return": row["forced_returns"]}.get(category, "")
    if category == "station" and not value:
        return "reported, number not given"
    return f"reported ({value_words(category, value)})" if value else "reported"


def feature_properties(row, measure: str) -> dict:
    """The properties a feature carries: iso3 (for clicks), its class and tooltip text, all escaped."""
    props = {"iso3": row["iso3"], "name": row["name"], "class": classify(row, measure)}
    if row["has_claims"]:
        props["stations_words"] = category_words(row, "station")
        for category in CATEGORY_LABELS:
            if category != "station":
                props[f"{category}_words"] = category_words(row, category)
        props["n_articles"] = str(row["n_articles"])
        props["sources"] = row["sources"]
        props["conflicts"] = row["conflicts"] or "none"
    else:
        props["reports"] = "none in these articles"
    return {key: html.escape(str(value)) for key, value in props.items()}


def features(frame: gpd.GeoDataFrame, measure: str) -> list[dict]:
    """GeoJSON features; the geometry comes ready-made in the frame's `geojson` column when there is one."""
    rows = pd.DataFrame(frame).to_dict("records")
    geometries = (frame["geojson"] if "geojson" in frame else
                  [shapely.geometry.mapping(g) if g is not None else None for g in frame.geometry])
    return [{"type": "Feature", "id": i, "properties": feature_properties(row, measure), "geometry": geometry}
            for i, (row, geometry) in enumerate(zip(rows, geometries)) if geometry is not None]


def js_literal(value) -> str:
    """JSON safe to paste inside a <script> element (no '<', '>' or '&' left to close it)."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


class TextControl(MacroElement):
    """A Leaflet control box of text lines (and colour swatches), built with textContent only."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var control = L.control({position: {{ this.position_js }}});
            control.onAdd = function () {
                var box = L.DomUtil.create("div", {{ this.class_js }});
                box.style.cssText = "background: rgba(255,255,255,0.94); padding: 6px 9px; "
                    + "border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); "
                    + "font: 12px/1.45 system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; "
                    + "color: #222; max-width: 360px;";
                {{ this.lines_js }}.forEach(function (line) {
                    var row = L.DomUtil.create("div", "", box);
                    if (line.style) { row.style.cssText = line.style; }
                    if (line.colour) {
                        var swatch = L.DomUtil.create("span", "", row);
                        swatch.style.cssText = "display: inline-block; width: 14px; height: 11px; "
                            + "margin-right: 6px; vertical-align: -1px; border: 1px solid #777; "
                            + "background: " + line.colour + ";";
                    }
                    row.appendChild(document.createTextNode(line.text));
                });
                L.DomEvent.disableClickPropagation(box);
                return box;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, lines: list[dict], position: str = "bottomright", class_name: str = "map-text"):
        super().__init__()
        self._name = "TextControl"
        self.lines_js = js_literal(lines)
        self.position_js = js_literal(position)
        self.class_js = js_literal(class_name)


class Legend(TextControl):
    def __init__(self, title: str, items: list[tuple[str, str]]):
        lines = [{"text": title, "style": "font-weight: 600; margin-bottom: 2px;"}]
        lines += [{"text": label, "colour": colour} for label, colour in items]
        super().__init__(lines, position="bottomright", class_name="map-legend")


class MapStyle(MacroElement):
    """The sea colour (there are no tiles: the sea is the map's container) and no focus box around a
    clicked country."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>path.leaflet-interactive:focus { outline: none; }</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.getContainer().style.background = {{ this.colour_js }};
        {% endmacro %}
    """)

    def __init__(self, colour: str = SEA_COLOUR):
        super().__init__()
        self._name = "MapStyle"
        self.colour_js = js_literal(colour)


def tooltip(fields: dict[str, str], style: str, class_name: str) -> folium.GeoJsonTooltip:
    return folium.GeoJsonTooltip(fields=list(fields), aliases=[html.escape(a) for a in fields.values()],
                                 sticky=True, style=style, class_name=class_name, opacity=1)


def build_map(frame: gpd.GeoDataFrame, measure: str = "any", *, inline_leaflet: bool = False,
              height: str | int = "100%") -> folium.Map:
    """All countries (frame from dashboard.data.map_frame), coloured by `measure`, with tooltips and a
    legend; Leaflet from the app's static files, or inlined into the page for the static export."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}")
    colours = dict(legend_items(measure))
    m = folium.Map(location=[30, 10], zoom_start=2, min_zoom=1, max_zoom=8, tiles=None,
                   height=height, control_scale=False, world_copy_jump=False)
    (leaflet.use_inline_leaflet if inline_leaflet else leaflet.use_app_leaflet)(m)
    m.add_child(MapStyle())

    def style(feature):
        reported = feature["properties"].get("class") != NO_REPORTS
        return {"fillColor": colours[html.unescape(feature["properties"]["class"])], "fillOpacity": 1,
                "color": "#555555" if reported else "#ffffff", "weight": 0.8 if reported else 0.5}

    def highlight(feature):
        return {"weight": 2, "color": "#111111"}

    layers = [("basemap", ~frame["has_claims"], BASEMAP_TOOLTIP_FIELDS, BASEMAP_TOOLTIP_STYLE),
              ("reports", frame["has_claims"], TOOLTIP_FIELDS, TOOLTIP_STYLE)]
    for name, rows, fields, tooltip_style in layers:
        if not rows.any():  # folium cannot draw an empty layer with tooltips (all filtered out)
            continue
        collection = {"type": "FeatureCollection", "features": features(frame[rows], measure)}
        folium.GeoJson(collection, name=name, style_function=style, highlight_function=highlight,
                       marker=folium.CircleMarker(radius=6), control=False,
                       tooltip=tooltip(fields, tooltip_style, f"tooltip-{name}")).add_to(m)
    m.add_child(Legend(MEASURES[measure], legend_items(measure)))
    return m
