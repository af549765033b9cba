"""Build geodata/data/boundaries_50m.geojson, the country shapes shipped with the package.

In:  countries-50m.json from the world-atlas@2.0.2 npm package: Natural Earth admin-0
     countries at 1:50m as TopoJSON (layer "countries", id = ISO 3166-1 numeric code,
     property "name").
Out: geodata/data/boundaries_50m.geojson: one feature per iso3 with properties iso3 and
     name, WGS84 longitude/latitude, polygons cut at the antimeridian, valid, simplified
     as a coverage (shared borders stay shared), coordinates on a 0.001 degree grid,
     exterior rings counter-clockwise (RFC 7946), sorted by iso3, one feature per line.
     Rerunning on the same input gives a byte-identical file.

Run: python -m geodata.tools.make_boundaries PATH/TO/countries-50m.json
See geodata/data/BOUNDARIES.md.
"""

import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pycountry
import shapely

OUT = Path(__file__).resolve().parents[1] / "data" / "boundaries_50m.geojson"
TOLERANCE = 0.05  # degrees, for GeoSeries.simplify_coverage
GRID = 0.001  # degrees (3 decimals, about 110 m), for shapely.set_precision
DECIMALS = 3
# Features without an ISO numeric id. XKX is the code the EU, IMF and World Bank use for
# Kosovo; the others are our own. All are in ISO 3166-1's user-assigned range (XAA-XZZ):
# none is an ISO code.
NO_ID = {
    "Kosovo": "XKX",
    "N. Cyprus": "XNC",
    "Somaliland": "XSL",
    "Indian Ocean Ter.": "XIO",  # Christmas Island and Cocos (Keeling) Islands together
    "Siachen Glacier": "XSG",
}


def iso3(numeric, name: str) -> str:
    """ISO 3166-1 alpha-3 for a numeric code, or our own code for a feature without one."""
    if isinstance(numeric, str):
        return pycountry.countries.get(numeric=numeric).alpha_3
    return NO_ID[name]


def crosses_antimeridian(ring) -> bool:
    return bool(np.any(np.abs(np.diff(np.asarray(ring.coords)[:, 0])) > 180))


def cut_ring(coords: np.ndarray):
    """The polygon a ring stitched across the antimeridian encloses, cut at +/-180."""
    x, y = np.unwrap(coords[:, 0], period=360), coords[:, 1]
    points = np.column_stack([x, y])
    if abs(x[-1] - x[0]) > 180:  # the ring goes round a pole (Antarctica): close it there
        pole = -90.0 if y.mean() < 0 else 90.0
        points = np.vstack([points, [[x[-1], pole], [x[0], pole]]])
    polygon = shapely.make_valid(shapely.Polygon(points))
    pieces = [
        shapely.affinity.translate(polygon & shapely.box(360 * k - 180, -90, 360 * k + 180, 90), -360 * k)
        for k in (-1, 0, 1)
    ]
    return shapely.union_all(pieces)


def cut_antimeridian(geom):
    """world-atlas stitches shapes across the antimeridian for d3's spherical drawing, so
    GDAL reads Russia, Fiji and Antarctica as rings sweeping round the globe: cut them again."""
    parts = []
    for part in shapely.get_parts(geom):
        rings = [part.exterior, *part.interiors]
        if not any(crosses_antimeridian(ring) for ring in rings):
            parts.append(part)
            continue
        cut = shapely.Polygon()
        for ring in rings:
            coords = np.asarray(ring.coords)
            if np.all(np.abs(coords[:, 1]) > 89.99):  # Antarctica's stitched pole line
                continue
            cut = cut ^ cut_ring(coords)
        parts.append(cut)
    return shapely.union_all(parts)


def polygons_only(geom):
    """make_valid can leave stray lines in a GeometryCollection: keep the polygons."""
    if geom.geom_type == "GeometryCollection":
        return shapely.union_all([g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
    return geom


def boundaries(source: Path) -> gpd.GeoDataFrame:
    raw = gpd.read_file(source, layer="countries").set_crs("EPSG:4326")
    frame = gpd.GeoDataFrame(
        {"iso3": [iso3(i, n) for i, n in zip(raw["id"], raw["name"])], "name": raw["name"]},
        geometry=[polygons_only(shapely.make_valid(cut_antimeridian(g))) for g in raw.geometry],
        crs="EPSG:4326",
    )
    # Ashmore and Cartier Is. shares Australia's numeric id (036): merge it into Australia.
    frame = frame.sort_values("iso3", kind="stable").dissolve("iso3", aggfunc="first", sort=True).reset_index()
    frame["geometry"] = frame.geometry.simplify_coverage(TOLERANCE)
    frame["geometry"] = shapely.orient_polygons(shapely.set_precision(frame.geometry.values, GRID))
    return frame[["iso3", "name", "geometry"]]


def check(frame: gpd.GeoDataFrame) -> None:
    assert frame["iso3"].is_unique, "duplicate iso3"
    assert not frame.geometry.is_empty.any() and frame.geometry.is_valid.all(), "empty or invalid geometry"
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}, set(frame.geom_type)
    assert {"FRA", "NOR", "CHN"} <= set(frame["iso3"])
    assert frame.total_bounds[0] >= -180 and frame.total_bounds[2] <= 180


def to_geojson(frame: gpd.GeoDataFrame) -> str:
    """Compact GeoJSON, one feature per line, coordinates with at most DECIMALS decimals."""
    geoms = shapely.transform(frame.geometry.values, lambda xy: np.round(xy, DECIMALS))
    features = [
        json.dumps(
            {"type": "Feature", "properties": {"iso3": code, "name": name}, "geometry": shapely.geometry.mapping(geom)},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for code, name, geom in zip(frame["iso3"], frame["name"], geoms)
    ]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(features) + "\n]}\n"


def main(argv: list[str]) -> None:
    frame = boundaries(Path(argv[0]))
    check(frame)
    print(f"Writing out {len(frame)} shapes to {OUT}")
    OUT.write_text(to_geojson(frame), encoding="utf-8")
    print(f"{OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
