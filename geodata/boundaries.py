"""Country boundaries shipped with the package (Natural Earth 1:50m, see data/BOUNDARIES.md)."""

from functools import cache
from pathlib import Path

import geopandas as gpd

from geodata import paths


@cache
def load_boundaries(path: Path = paths.BOUNDARIES) -> gpd.GeoDataFrame:
    """iso3, name, geometry for every country, EPSG:4326."""
    frame = gpd.read_file(path)
    if frame.crs is None:
        frame = frame.set_crs("EPSG:4326")
    return frame[["iso3", "name", "geometry"]]
