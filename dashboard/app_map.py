"""The app's map: a small Streamlit component (dashboard/app_map_frontend/) that draws the countries once and,
on every later rerun, only restyles them.

Why not st_folium: it renders the whole folium map in Python and redraws it in a new iframe on every change
(0.7 s or more, and the zoom resets). Here the countries' web-sized shapes are written once per build as a
static file (/app/static/shapes/<hash>.json, quantised like the export's), fetched once by the browser, and
each rerun sends only what changes: one colour and a few tooltip lines per country with claims, the legend,
the city points and the selected country. The reader's zoom and position stay.

In:  the build (dashboard.data.Build), the per-country view for the filters, a measure, the selected country.
Out: `shapes_file(build) -> (name, text)` and `publish_shapes(name, text)` (the static file, written once), `map_args(...) -> dict` (what the page sends),
     `country_map(args, key) -> dict | None`: the reader's last click, {"iso3": "ITA", "click": <id>}, a new
     id per click (so a click on the country clicked last still counts).

The frontend builds every tooltip and the legend with textContent (article text never becomes HTML) and
loads Leaflet from the app's own static files.
"""

import contextlib
import hashlib
import json
import time
from pathlib import Path

import pandas as pd
import streamlit.components.v1 as components

from dashboard.data import Build
from dashboard.map import BASEMAP_COLOUR, MEASURES, SEA_COLOUR, STATUS, classify, legend_items, quantised, tooltip_lines
from geodata import paths
from geodata.files import write_atomic

FRONTEND = Path(__file__).with_name("app_map_frontend")
SHAPES_FOLDER = "shapes"  # under dashboard/static/, served at /app/static/shapes/
OLD_SHAPES_SECONDS = 24 * 3600
_component = components.declare_component("country_map", path=str(FRONTEND))


def shapes_json(build: Build) -> str:
    """Every country's web-sized shape with its iso3 and reader's name, geometry quantised (see map.quantised)."""
    features = [{"type": "Feature", "properties": {"iso3": row.iso3, "name": row.name},
                 "geometry": quantised(row.geojson)}
                for row in build.shapes.itertuples() if row.geojson is not None]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      separators=(",", ":"))


def shapes_file(build: Build) -> tuple[str, str]:
    """The shapes' file name under /app/static/ (shapes/<content hash>.json) and its text: a new build gets a
    new name, so no browser keeps stale shapes from its cache."""
    text = shapes_json(build)
    return f"{SHAPES_FOLDER}/{hashlib.sha256(text.encode()).hexdigest()[:16]}.json", text


def publish_shapes(name: str, text: str, static_dir: Path = paths.DASHBOARD_STATIC) -> str:
    """Make sure static_dir/<name> holds `text` (cheap when it does: one stat) and return `name`. Files of other
    builds are removed a day after they were written, so an app still serving an older build keeps its own."""
    path = static_dir / name
    if not path.is_file():
        write_atomic(path, text)
        for old in path.parent.glob("*.json"):
            with contextlib.suppress(OSError):
                if old != path and time.time() - old.stat().st_mtime > OLD_SHAPES_SECONDS:
                    old.unlink()
    return name


def map_args(table: pd.DataFrame, measure: str, places: pd.DataFrame, *, shapes: str, bounds, selected: str,
             height: int) -> dict:
    """What the frontend needs for one view: `table` is geodata.views.country_view for the filters (one row
    per country with claims), `places` geodata.views.place_view; `bounds` the views {"first": ..., "all": ...},
    each [[south, west], [north, east]] or None: the map opens on the first, its "All reports" button shows all."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}")
    colours = dict(legend_items(measure))
    countries = {}
    for row in table.assign(has_claims=True).to_dict("records"):
        lines = tooltip_lines(row)
        countries[row["iso3"]] = {"fill": colours[classify(row, measure)],
                                  "lines": [lines["status"], lines["reported"], lines["conflicts"]]}
    points = {}  # one point per spot: "Paris" and "near Paris" share one, with both lines
    for row in (places.itertuples() if places is not None else []):
        spot = (row.iso3, float(row.lat), float(row.lon))
        point = points.setdefault(spot, {"iso3": row.iso3, "name": row.city, "lat": spot[1], "lon": spot[2],
                                         "tip": f"{row.country}: {row.what}"})
        if point["tip"] != f"{row.country}: {row.what}":
            point["tip"] += f"; {row.what}"
    return {"shapes": shapes, "countries": countries, "points": list(points.values()), "selected": selected or "",
            "measure": measure, "defaultMeasure": STATUS,
            "legend": {"title": MEASURES[measure], "items": [list(item) for item in legend_items(measure)]},
            "bounds": bounds, "height": height, "basemap": BASEMAP_COLOUR, "sea": SEA_COLOUR}


def country_map(args: dict, key: str) -> dict | None:
    """Draw (or restyle) the map; the last click's {"iso3", "click"}, or None before any click."""
    return _component(**args, key=key, default=None)
