"""The map: `build_map(frame, measure) -> folium.Map`, the same for the app and the static export.

Every country is drawn as a light basemap (no tile server); countries with claims are coloured by the
measure: the status map by default (the furthest stage reported, and a light class for countries mentioned
only through an official statement), or one category (its colour from geodata/data/categories.csv, counts
in classes). Station cities are drawn as points sized by the count reported. Colours are colour-blind safe
(ColorBrewer OrRd for stages and counts, Okabe-Ito and Paul Tol for categories).

Article text is untrusted and folium does not escape it: every string that reaches a feature's properties
is html.escape()d, the legend and captions are built with textContent from JSON, and no folium
Tooltip/Popup is ever made from article text.
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
from geodata.outputs import REPORTED, STATUSES
from geodata.vocabulary import CATEGORIES, count_number

NO_REPORTS = "No reports in these articles"
OTHER_REPORTS = "Other reports only"
BASEMAP_COLOUR = "#ececec"
OTHER_COLOUR = "#bdbdbd"
SEA_COLOUR = "#f4f8fb"
STATUS = "status"
MEASURES = {STATUS: "What happened where", **{name: c.label for name, c in CATEGORIES.items()}}
# The status map: one colour per furthest stage (ColorBrewer OrRd, light to dark), light classes for the rest.
STATUS_LEGEND = {
    "closed": ("Station closed", "#b30000"),
    "ordered closed": ("Closure ordered", "#e34a33"),
    "investigated": ("Investigation reported", "#fc8d59"),
    "station reported": ("Station reported", "#fdcc8a"),
    "other reports": ("Joint policing or forced return only", "#9ecae1"),
    "statement only": ("Official statement only", "#bcbddc"),
}
# Count classes (label, lowest count or None for "number not given"), light to dark.
COUNT_CLASSES = [("number not given", None), ("1 to 4", 1), ("5 to 9", 5), ("10 or more", 10)]
COUNT_COLOURS = ["#fdcc8a", "#fc8d59", "#e34a33", "#b30000"]
TOOLTIP_STYLE = "width: max-content; max-width: 260px; white-space: normal; font-size: 12px; line-height: 1.35;"
POINT_COLOUR = "#222222"


def count_unit(category: str) -> str:
    return {"station": "stations", "forced_return": "people"}.get(category, "reports")


def legend_items(measure: str) -> list[tuple[str, str]]:
    """(label, colour) for each class of a measure, furthest or darkest first, "No reports" last."""
    if measure == STATUS:
        return [*STATUS_LEGEND.values(), (NO_REPORTS, BASEMAP_COLOUR)]
    category = CATEGORIES[measure]
    if category.value == "count":
        unit = count_unit(measure)
        items = [(f"{label} {unit}" if lowest else f"{category.label} reported, {label}", colour)
                 for (label, lowest), colour in zip(COUNT_CLASSES, COUNT_COLOURS)]
        return [*reversed(items), (OTHER_REPORTS, OTHER_COLOUR), (NO_REPORTS, BASEMAP_COLOUR)]
    return [(f"{category.label} reported", category.colour), (OTHER_REPORTS, OTHER_COLOUR),
            (NO_REPORTS, BASEMAP_COLOUR)]


def classify(row, measure: str) -> str:
    """The legend label a country falls in for a measure."""
    if not row["has_claims"]:
        return NO_REPORTS
    if measure == STATUS:
        return STATUS_LEGEND[row["status"]][0]
    if row[measure] != REPORTED:
        return OTHER_REPORTS
    category = CATEGORIES[measure]
    if category.value == "count":
        items = legend_items(measure)
        number = count_number(row[category.value_column])
        index = 0 if number is None else max(i for i, (_, lowest) in enumerate(COUNT_CLASSES) if lowest and number >= lowest)
        return list(reversed(items[:len(COUNT_CLASSES)]))[index][0]
    return f"{category.label} reported"


def reported_words(row) -> str:
    """'Reported: station (11), investigation, joint policing (2016-2018)': only what is reported, short."""
    parts = []
    for name, category in CATEGORIES.items():
        if row[name] != REPORTED:
            continue
        value = row[category.value_column] if category.value_column and category.value != "stage" else ""
        parts.append(f"{category.label.lower()} ({value})" if value else category.label.lower())
    return "Reported: " + ", ".join(parts)


def sources_words(row) -> str:
    """'1 source (Safeguard Defenders), 4 articles': the name when a single source stands behind it all."""
    n, m = int(row["n_sources"]), int(row["n_articles"])
    who = f"1 source ({row['sources']})" if n == 1 else f"{n} sources"
    return f"{who}, {m} article{'s' if m != 1 else ''}"


def tooltip_lines(row) -> dict:
    """A country with claims in a tooltip, as plain text: its status and sources, what is reported, and
    whether articles disagree (empty when they do not)."""
    return {"status": f"{STATUS_LEGEND[row['status']][0]} \u00b7 {sources_words(row)}",
            "reported": reported_words(row),
            "conflicts": "Articles disagree (click for both versions)" if row["conflicts"] else ""}


def feature_properties(row, measure: str) -> dict:
    """What a feature carries: iso3 (for clicks), its class and its tooltip lines, all escaped."""
    props = {"iso3": row["iso3"], "name": row["name"], "class": classify(row, measure)}
    if row["has_claims"]:
        props.update(tooltip_lines(row))
    return {key: html.escape(str(value)) for key, value in props.items()}


def quantised_ring(ring, scale: int = 100) -> list[int]:
    """A ring as integers: the first point times `scale`, then each point's difference from the one before."""
    out, last = [], (0, 0)
    for x, y in ring:
        point = (round(x * scale), round(y * scale))
        if out and point == last:
            continue
        out += [point[0] - last[0], point[1] - last[1]]
        last = point
    return out


def quantised(geometry: dict) -> dict:
    """A GeoJSON polygon geometry with its coordinates as quantised deltas (`q`), about half the bytes;
    the page decodes it (QuantisedGeometry) before Leaflet reads it. Points stay as they are."""
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [], "q": [quantised_ring(r) for r in geometry["coordinates"]]}
    if geometry["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [],
                "q": [[quantised_ring(r) for r in p] for p in geometry["coordinates"]]}
    return geometry


def features(frame: gpd.GeoDataFrame, measure: str) -> list[dict]:
    """GeoJSON features with quantised geometry; the geometry comes ready-made in the frame's `geojson`
    column when there is one."""
    rows = pd.DataFrame(frame).to_dict("records")
    geometries = (frame["geojson"] if "geojson" in frame else
                  [shapely.geometry.mapping(g) if g is not None else None for g in frame.geometry])
    return [{"type": "Feature", "id": i, "properties": feature_properties(row, measure), "geometry": quantised(geometry)}
            for i, (row, geometry) in enumerate(zip(rows, geometries)) if geometry is not None]


def js_literal(value) -> str:
    """JSON safe to paste inside a <script> element (no '<', '>' or '&' left to close it)."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


class TextControl(MacroElement):
    """A Leaflet control box of text lines (and colour swatches), built with textContent only. With
    `collapsible`, a button hides and shows it, and it starts hidden on screens narrower than 800 px."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var control = L.control({position: {{ this.position_js }}});
            control.onAdd = function () {
                var box = L.DomUtil.create("div", {{ this.class_js }});
                box.style.cssText = "background: rgba(255,255,255,0.94); padding: 6px 9px; "
                    + "border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); "
                    + "font: 12px/1.45 system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; "
                    + "color: #222; max-width: 320px;";
                var body = box;
                if ({{ this.collapsible_js }}) {
                    var toggle = L.DomUtil.create("button", "map-caption-toggle", box);
                    toggle.type = "button";
                    toggle.style.cssText = "float: right; margin-left: 6px; font: inherit; cursor: pointer;";
                    body = L.DomUtil.create("div", "map-caption-body", box);
                    var show = function (open) {
                        body.style.display = open ? "" : "none";
                        toggle.textContent = open ? "Hide" : "About this map";
                        toggle.setAttribute("aria-expanded", open ? "true" : "false");
                    };
                    show(window.innerWidth >= 800);
                    toggle.onclick = function () { show(body.style.display === "none"); };
                }
                {{ this.lines_js }}.forEach(function (line) {
                    var row = L.DomUtil.create("div", "", body);
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
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, lines: list[dict], position: str = "bottomright", class_name: str = "map-text",
                 collapsible: bool = False):
        super().__init__()
        self._name = "TextControl"
        self.lines_js = js_literal(lines)
        self.position_js = js_literal(position)
        self.class_js = js_literal(class_name)
        self.collapsible_js = js_literal(collapsible)


class Legend(TextControl):
    def __init__(self, title: str, items: list[tuple[str, str]]):
        lines = [{"text": title, "style": "font-weight: 600; margin-bottom: 2px;"}]
        lines += [{"text": label, "colour": colour} for label, colour in items]
        super().__init__(lines, position="bottomleft", class_name="map-legend")


class QuantisedGeometry(MacroElement):
    """Teaches Leaflet's GeoJSON layer to read quantised geometry (see `quantised`): added to the map before
    its layers."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            if (L.GeoJSON.prototype._quantised) { return; }
            var addData = L.GeoJSON.prototype.addData;
            function ring(q) {
                var out = [], x = 0, y = 0;
                for (var i = 0; i < q.length; i += 2) { x += q[i]; y += q[i + 1]; out.push([x / 100, y / 100]); }
                return out;
            }
            L.GeoJSON.prototype.addData = function (data) {
                var g = data && data.geometry;
                if (g && g.q) {
                    g.coordinates = g.type === "Polygon" ? g.q.map(ring)
                        : g.q.map(function (polygon) { return polygon.map(ring); });
                    delete g.q;
                }
                return addData.call(this, data);
            };
            L.GeoJSON.prototype._quantised = true;
        })();
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "QuantisedGeometry"


class MapStyle(MacroElement):
    """The sea colour (there are no tiles: the sea is the map's container), no focus box around a clicked
    country, tooltips that wrap and stay inside the map's edges, and a tap on the map (not on a country) closes any
    open tooltip."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
        path.leaflet-interactive:focus { outline: none; }
        .leaflet-tooltip { width: max-content; max-width: 260px; white-space: normal; }
        .leaflet-tooltip .tip-name { font-weight: 600; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.getContainer().style.background = {{ this.colour_js }};
        {{ this._parent.get_name() }}.on("click", function () {
            {{ this._parent.get_name() }}.eachLayer(function (layer) { if (layer.closeTooltip) { layer.closeTooltip(); } });
        });
        if (!L.Tooltip.prototype._keptInMap) {  // a tooltip is shifted back inside the map's edges after Leaflet places it
            L.Tooltip.prototype._keptInMap = true;
            var placeTooltip = L.Tooltip.prototype._setPosition;
            L.Tooltip.prototype._setPosition = function (pos) {
                placeTooltip.call(this, pos);
                var map = this._map, box = this._container;
                if (!map || !box) { return; }
                var size = map.getSize(), at = L.DomUtil.getPosition(box), corner = map.layerPointToContainerPoint(at);
                var dx = Math.max(4 - corner.x, Math.min(0, size.x - 4 - corner.x - box.offsetWidth));
                var dy = Math.max(4 - corner.y, Math.min(0, size.y - 4 - corner.y - box.offsetHeight));
                if (dx || dy) { L.DomUtil.setPosition(box, at.add([dx, dy])); }
            };
        }
        {% endmacro %}
    """)

    def __init__(self, colour: str = SEA_COLOUR):
        super().__init__()
        self._name = "MapStyle"
        self.colour_js = js_literal(colour)


def tooltip(fields: list[str], class_name: str) -> folium.GeoJsonTooltip:
    return folium.GeoJsonTooltip(fields=fields, labels=False, sticky=True, style=TOOLTIP_STYLE,
                                 class_name=class_name, opacity=1)


def reported_bounds(frame: gpd.GeoDataFrame, stations_first: bool = True) -> list[list[float]] | None:
    """[[south, west], [north, east]] around the countries where a station is reported (else any report):
    the default view, where the story is, or None when nothing is reported; with stations_first=False,
    around every country with a report."""
    reported = frame[frame["has_claims"] & frame.geometry.notna()]
    stations = reported[reported["station"] == REPORTED] if "station" in reported and stations_first else reported
    reported = stations if len(stations) else reported
    if reported.empty:
        return None
    mainland = [max(g.geoms, key=lambda part: part.area) if g.geom_type == "MultiPolygon" else g
                for g in reported.geometry]  # France without French Guiana
    west, south, east, north = gpd.GeoSeries(mainland).total_bounds
    return [[max(south, -60), max(west, -170)], [min(north, 75), min(east, 170)]]


def place_tip(row) -> str:
    """'Prato (Italy): station (1 source)': a city point's tooltip, plain text."""
    return f"{row.city} ({row.country}): {row.what}"


def place_points(places: pd.DataFrame | None, m: folium.Map) -> None:
    """Station cities as circles sized by the count reported, with a short tooltip (escaped)."""
    if places is None or places.empty:
        return
    features_ = []
    for row in places.itertuples():
        props = {"iso3": row.iso3, "name": row.city, "tip": place_tip(row)}
        features_.append({"type": "Feature", "properties": {k: html.escape(str(v)) if isinstance(v, str) else v
                                                            for k, v in props.items()},
                          "geometry": {"type": "Point", "coordinates": [float(row.lon), float(row.lat)]}})
    folium.GeoJson({"type": "FeatureCollection", "features": features_}, name="places", control=False,
                   marker=folium.CircleMarker(radius=5, fill=True, fill_color="#ffffff", fill_opacity=1,
                                              color=POINT_COLOUR, weight=2),
                   tooltip=tooltip(["tip"], "tooltip-places")).add_to(m)


def build_map(frame: gpd.GeoDataFrame, measure: str = STATUS, *, inline_leaflet: bool = False,
              height: str | int = "100%", places: pd.DataFrame | None = None) -> folium.Map:
    """All countries (frame from dashboard.data.map_frame), coloured by `measure`, with tooltips, a legend
    and station cities as points; Leaflet from the app's static files, or inlined for the static export."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}")
    colours = dict(legend_items(measure))
    m = folium.Map(location=[48, 12], zoom_start=3, min_zoom=1, max_zoom=9, tiles=None,
                   height=height, control_scale=False, world_copy_jump=False)
    bounds = reported_bounds(frame)
    if bounds:
        m.fit_bounds(bounds)
    (leaflet.use_inline_leaflet if inline_leaflet else leaflet.use_app_leaflet)(m)
    m.add_child(MapStyle())
    m.add_child(QuantisedGeometry())

    def style(feature):
        reported = feature["properties"].get("class") != html.escape(NO_REPORTS)
        return {"fillColor": colours[html.unescape(feature["properties"]["class"])], "fillOpacity": 1,
                "color": "#555555" if reported else "#ffffff", "weight": 0.8 if reported else 0.5}

    def highlight(feature):
        return {"weight": 2, "color": "#111111"}

    layers = [("basemap", ~frame["has_claims"], ["name"]),
              ("reports", frame["has_claims"], ["name", "status", "reported", "conflicts"])]
    for name, rows, fields in layers:
        if not rows.any():  # folium cannot draw an empty layer with tooltips (all filtered out)
            continue
        collection = {"type": "FeatureCollection", "features": features(frame[rows], measure)}
        folium.GeoJson(collection, name=name, style_function=style, highlight_function=highlight,
                       marker=folium.CircleMarker(radius=6), control=False,
                       tooltip=tooltip(fields, f"tooltip-{name}")).add_to(m)
    place_points(places, m)
    m.add_child(Legend(MEASURES[measure], legend_items(measure)))
    return m


def status_table() -> "pd.io.formats.style.Styler":
    """The status map's colours as a table, each with its swatch: colour, label and meaning."""
    rows = pd.DataFrame({"Colour": "", "On the map": [label for label, _ in STATUS_LEGEND.values()] + [NO_REPORTS],
                         "Meaning": [STATUSES[status] for status in STATUS_LEGEND] + ["no article in the ledger reports anything there"]})
    colours = [colour for _, colour in STATUS_LEGEND.values()] + [BASEMAP_COLOUR]
    return rows.style.hide(axis="index").apply(
        lambda column: [f"background-color: {c}; width: 3em" for c in colours], subset=["Colour"])
