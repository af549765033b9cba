"""The per-country table joined to country boundaries: every country drawn, none with claims lost."""

import json
import warnings

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geodata import paths
from geodata.country_table import COLUMNS
from geodata.files import read_csv_strict

POINT_COLUMNS = ["iso3", "lon", "lat", "place"]


def load_points(path=paths.POINTS) -> dict[str, tuple[float, float]]:
    """iso3 -> (lon, lat) for places with no polygon of their own in the boundaries (data/points.csv)."""
    frame = read_csv_strict(path, POINT_COLUMNS)
    return {row.iso3: (float(row.lon), float(row.lat)) for row in frame.itertuples()}


def join_boundaries(countries: pd.DataFrame, boundaries: gpd.GeoDataFrame,
                    points: dict[str, tuple[float, float]]) -> tuple[gpd.GeoDataFrame, list[str]]:
    """All boundary countries with the table's columns (empty where no claims), plus a point from
    `points` for any country with claims but no polygon. Returns the frame and a warning per point."""
    shapes = boundaries.rename(columns={"name": "boundary_name"})
    joined = shapes.merge(countries, on="iso3", how="outer", indicator=True)
    joined["name"] = joined["name"].fillna(joined["boundary_name"])
    joined["has_claims"] = joined["_merge"] != "left_only"
    messages = []
    for i in joined.index[joined["_merge"] == "right_only"]:
        iso3 = joined.at[i, "iso3"]
        xy = points.get(iso3)
        joined.at[i, "geometry"] = Point(xy) if xy else None
        where = f"a point at {xy}" if xy else f"nothing at all: add a point for it to {paths.POINTS}"
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
