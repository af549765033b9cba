"""The per-country table joined to country boundaries: every country drawn, none with claims lost."""

import json
import warnings

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geodata.country_table import COLUMNS

# Where a country with claims has no polygon in the boundaries, it is drawn as a point here.
# Coordinates are a country's usual map label position (capital or centre), not data.
FALLBACK_POINTS = {"SGP": (103.82, 1.35), "MLT": (14.45, 35.90), "BHR": (50.56, 26.07),
                   "MDV": (73.51, 4.17), "HKG": (114.17, 22.32), "MAC": (113.55, 22.19)}


def join_boundaries(countries: pd.DataFrame, boundaries: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, list[str]]:
    """All boundary countries with the table's columns (empty where no claims), plus a point for any
    country with claims but no polygon. Returns the frame and warnings for those points."""
    shapes = boundaries.rename(columns={"name": "boundary_name"})
    joined = shapes.merge(countries, on="iso3", how="outer", indicator=True)
    joined["name"] = joined["name"].fillna(joined["boundary_name"])
    joined["has_claims"] = joined["_merge"] != "left_only"
    messages = []
    for i in joined.index[joined["_merge"] == "right_only"]:
        iso3 = joined.at[i, "iso3"]
        xy = FALLBACK_POINTS.get(iso3)
        joined.at[i, "geometry"] = Point(xy) if xy else None
        where = f"a point at {xy}" if xy else "no shape at all (add it to FALLBACK_POINTS)"
        messages.append(f"{iso3} ({joined.at[i, 'name']}) has claims but no polygon: drawn as {where}")
    joined = joined.drop(columns=["_merge", "boundary_name"])
    counts = ["n_claims", "n_articles"]
    joined[counts] = joined[counts].fillna(0).astype(int)
    text = [c for c in COLUMNS if c not in counts]
    joined[text] = joined[text].fillna("")
    frame = gpd.GeoDataFrame(joined[[*COLUMNS, "has_claims", "geometry"]], geometry="geometry", crs="EPSG:4326")
    return frame.sort_values("iso3", kind="stable").reset_index(drop=True), messages


def to_geojson(frame: gpd.GeoDataFrame) -> str:
    """GeoJSON text, the same bytes for the same frame."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = json.loads(frame.to_json(drop_id=True, to_wgs84=False))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
