"""The per-country table joined to country boundaries (build/countries.geojson, full precision, and
build/map.geojson, sized for the web): every country drawn, none with claims lost."""

import json
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Point

from geodata import paths
from geodata.country_names import display_name
from geodata.files import read_csv_strict
from geodata.outputs import COUNTRIES

POINT_COLUMNS = ["iso3", "lon", "lat", "place"]
# Web shapes: coverage simplification (degrees), parts dropped below this area (square degrees, a
# country's largest part always stays), coordinates rounded to this many decimals (0.01 deg ~ 1 km).
SIMPLIFY_TOLERANCE = 0.2
MIN_PART_AREA = 0.05
DECIMALS = 2


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
    joined["name"] = joined["name"].fillna(joined["iso3"].map(display_name))
    joined["has_claims"] = joined["_merge"] != "left_only"
    messages = []
    for i in joined.index[joined["_merge"] == "right_only"]:
        iso3 = joined.at[i, "iso3"]
        xy = points.get(iso3)
        joined.at[i, "geometry"] = Point(xy) if xy else None
        where = f"a point at {xy}" if xy else f"nothing at all: add a point for it to {paths.POINTS}"
        messages.append(f"{iso3} ({joined.at[i, 'name']}) has claims but no polygon: drawn as {where}")
    joined = joined.drop(columns=["_merge", "boundary_name"])
    counts = [c.name for c in COUNTRIES.columns if c.type == "integer"]
    joined[counts] = joined[counts].fillna(0).astype(int)
    text = [c for c in COUNTRIES.names if c not in counts]
    joined[text] = joined[text].fillna("")
    frame = gpd.GeoDataFrame(joined[[*COUNTRIES.names, "has_claims", "geometry"]], geometry="geometry",
                             crs="EPSG:4326")
    return frame.sort_values("iso3", kind="stable").reset_index(drop=True), messages


def drop_small_parts(geometry, min_area: float):
    """A multipolygon without parts smaller than min_area; its largest part always stays."""
    if geometry is None or geometry.geom_type != "MultiPolygon":
        return geometry
    parts = sorted(geometry.geoms, key=lambda part: part.area, reverse=True)
    keep = [parts[0], *(part for part in parts[1:] if part.area >= min_area)]
    return keep[0] if len(keep) == 1 else MultiPolygon(keep)


def web_sized(frame: gpd.GeoDataFrame, tolerance: float = SIMPLIFY_TOLERANCE, min_area: float = MIN_PART_AREA,
              decimals: int = DECIMALS) -> gpd.GeoDataFrame:
    """The frame with small geometries: shared borders simplified together, tiny islands dropped,
    coordinates rounded. A shape that vanishes becomes a point, so no country is lost."""
    original = frame.geometry.values
    areas = np.isin(shapely.get_type_id(original), [3, 6])  # Polygon, MultiPolygon
    polygons = gpd.GeoSeries(shapely.make_valid(original), crs=frame.crs)
    simple = polygons.copy()
    simple[areas] = polygons[areas].simplify_coverage(tolerance)
    simple = simple.apply(drop_small_parts, min_area=min_area)
    grid = 10.0 ** -decimals
    simple = shapely.set_precision(shapely.make_valid(simple.values), grid)
    simple = shapely.transform(simple, lambda xy: np.round(xy, decimals))
    vanished = shapely.is_empty(simple) | shapely.is_missing(simple)
    points = shapely.transform(shapely.point_on_surface(original), lambda xy: np.round(xy, decimals))
    simple = np.where(vanished & ~shapely.is_missing(original), points, simple)
    return frame.set_geometry(gpd.GeoSeries(simple, index=frame.index, crs=frame.crs))


def to_geojson(frame: gpd.GeoDataFrame) -> str:
    """GeoJSON text, the same bytes for the same frame."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = json.loads(frame.to_json(drop_id=True, to_wgs84=False))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
