"""The places table (build/places.csv and build/places.geojson): every city a claim names, placed offline.

A claim's `city` holds one or more cities, '; '-separated; "near Paris" says the place is near the city,
not in it ("outside of Paris", "a suburb of Paris"). Each is placed through geodata/data/city_points.csv
(GeoNames cities of 15,000+, built by geodata/tools/make_city_points.py), within the claim's country.
Precision, as ACLED records it: `city` (the named city), `near city` (near it). A place is a point for the
map; a claim with no city gives none (a country is not a point).
"""

import csv
import json
from functools import cache

import pandas as pd

from geodata import paths
from geodata.outputs import PLACES
from geodata.vocabulary import CATEGORIES

NEAR = "near "


def split_cities(cell: str) -> list[tuple[str, str]]:
    """(city, precision) for each city of a claim's city cell."""
    out = []
    for part in cell.split(";"):
        part = part.strip()
        if part.casefold().startswith(NEAR):
            out.append((part[len(NEAR):].strip(), "near city"))
        elif part:
            out.append((part, "city"))
    return out


@cache
def city_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(city name case-folded, iso3) -> (lat, lon)."""
    with open(paths.CITY_POINTS, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        return {(n.casefold(), i): (float(a), float(o)) for n, i, a, o in rows}


def locate(city: str, iso3: str) -> tuple[float, float] | None:
    return city_points().get((city.casefold(), iso3))


def unknown_cities(cell: str, iso3: str) -> list[str]:
    """The cities of a claim's city cell that the gazetteer does not place in that country."""
    return [city for city, _ in split_cities(cell) if locate(city, iso3) is None]


def places_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per (country, city, precision) from build/claims.csv's columns."""
    rows = []
    for claim in claims.itertuples():
        cities = split_cities(claim.city)
        for city, precision in cities:
            lat, lon = locate(city, claim.iso3)
            rows.append({"iso3": claim.iso3, "country": claim.country, "city": city, "precision": precision,
                         "lat": lat, "lon": lon, "category": claim.category, "first_hand": claim.first_hand,
                         "article": claim.article})
    if not rows:
        return pd.DataFrame(columns=PLACES.names)
    frame = pd.DataFrame(rows)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    places = []
    for (iso3, city, precision), group in frame.groupby(["iso3", "city", "precision"], sort=True):
        categories = sorted(set(group.category), key=order.get)
        sources = list(dict.fromkeys(group.first_hand))
        labels = [CATEGORIES[c].label.lower() for c in categories]
        places.append({
            "iso3": iso3, "country": group.country.iloc[0], "city": city, "precision": precision,
            "lat": group.lat.iloc[0], "lon": group.lon.iloc[0], "categories": "; ".join(categories),
            "sources": "; ".join(sources),
            "n_articles": group.article.nunique(),
            "what": (("near the city: " if precision == "near city" else "") + ", ".join(labels)
                     + f" ({len(sources)} source{'s' if len(sources) != 1 else ''})"),
        })
    return PLACES.select(pd.DataFrame(places))


def places_geojson(places: pd.DataFrame) -> str:
    features = [{"type": "Feature", "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")},
                 "geometry": {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]}}
                for row in places.to_dict("records")]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"
