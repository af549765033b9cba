"""build/ in, what the dashboard needs out: the built tables and web-sized map frame, loaded and checked.

The dashboard computes nothing the pipeline already computed: filters and views come from geodata.views,
the map frame from geodata.countries_geojson, names and colours from geodata.vocabulary.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from dashboard.map import STATUS_LEGEND
from geodata import paths
from geodata.countries_geojson import join_boundaries
from geodata.errors import InputError
from geodata.files import read_csv_strict
from geodata.outputs import ARTICLES, CLAIMS, COUNTRIES, FIGURES, PLACES
from geodata.vocabulary import CATEGORIES

CATEGORY_LABELS = {name: c.label for name, c in CATEGORIES.items()}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=])")
TABLES = (ARTICLES, CLAIMS, COUNTRIES, FIGURES, PLACES)


@dataclass(frozen=True)
class Build:
    articles: pd.DataFrame
    claims: pd.DataFrame
    countries: pd.DataFrame
    figures: pd.DataFrame
    places: pd.DataFrame
    shapes: gpd.GeoDataFrame  # every country, web-sized (build/map.geojson), with `geojson` (its geometry as a dict)


def escape_markdown(text: str) -> str:
    """Text that Markdown (st.markdown, st.caption, a .md file) shows as is: no link, image, HTML,
    LaTeX or formatting can come through; runs of whitespace become one space."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def build_dir() -> Path:
    """The folder the app reads: build/, or the one POLICE_MAP_BUILD names (tests do)."""
    return paths.build_folder()


def seeds_dir() -> Path:
    """The folder the Add article page publishes to: seeds/, or the one POLICE_MAP_SEEDS names."""
    return paths.seeds_folder()


def build_files(build: Path) -> list[Path]:
    return [build / t.path for t in TABLES] + [paths.built_map_geojson(build)]


def build_version(build: Path) -> tuple:
    """Changes whenever `geodata build` rewrites a file: a cache key for the loaded build."""
    return tuple(p.stat().st_mtime_ns if p.is_file() else 0 for p in build_files(build))


def read_table(path: Path, columns: list[str]) -> pd.DataFrame:
    """A built CSV with exactly `columns`, every cell a string ('' when empty, never NaN): nothing is guessed."""
    try:
        return read_csv_strict(path, columns).drop(columns="line")
    except InputError as err:
        raise InputError(path, f"{err.message} (the build is damaged or from another version)", line=err.line,
                         fix="rebuild it: `make build`") from err


def load_build(build: Path) -> Build:
    """Read what `python -m geodata build` wrote; a clear error naming the command when it is missing or damaged."""
    # Load inputs.
    files = build_files(build)
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        raise InputError(build, f"missing {', '.join(missing)}",
                         fix=f"build the data first: `make build` (or `python -m geodata build --out {build}`)")
    articles, claims, countries, figures, places = (read_table(build / t.path, t.names) for t in TABLES)
    try:
        shapes = gpd.read_file(paths.built_map_geojson(build))
    except Exception as err:  # pyogrio raises its own errors for a damaged file
        raise InputError(paths.built_map_geojson(build), f"cannot be read ({err})", fix="rebuild it: `make build`") from err

    # Process data.
    for table, frame in zip(TABLES, (articles, claims, countries, figures, places)):
        for column in (c.name for c in table.columns if c.type == "integer"):
            if not frame[column].str.fullmatch("[0-9]+").all():
                raise InputError(build / table.path, f"column {column} holds something other than counts",
                                 fix="rebuild it: `make build`")
            frame[column] = frame[column].astype(int)
    shapes = shapes[["iso3", "name", "geometry"]].copy()
    shapes["geojson"] = [g.__geo_interface__ if g is not None else None for g in shapes.geometry]
    return Build(articles, claims, countries, figures, places, shapes)


def map_frame(build: Build, table: pd.DataFrame) -> gpd.GeoDataFrame:
    """Every country's web-sized shape with the table's columns (empty where no claims) and has_claims."""
    frame, _ = join_boundaries(table, build.shapes[["iso3", "name", "geometry"]], {})
    return frame.merge(build.shapes[["iso3", "geojson"]], on="iso3", how="left")


def outlet_options(claims: pd.DataFrame) -> list[str]:
    return sorted(claims.source.unique())


READABLE = {"name": "Country", "status": "Furthest stage reported", "cities": "Cities", "n_claims": "Claims",
            "n_articles": "Articles", "n_sources": "Independent sources", "sources": "First-hand sources",
            "outlets": "Articles from", "single_source": "Single-source facts", "conflicts": "Articles disagree on"}


def readable_table(table: pd.DataFrame) -> pd.DataFrame:
    """The per-country table with readers' headers and words (no codes, blanks instead of None)."""
    labels = dict(READABLE)
    for name, c in CATEGORIES.items():
        labels[name] = c.label
        if c.value_column:
            labels[c.value_column] = f"{c.label}: {'number' if c.value == 'count' else c.value}"
    shown = table.drop(columns=["iso3"]).assign(status=[STATUS_LEGEND[s][0] for s in table.status])
    if "single_source" in shown:  # category names, as readers know them ("Joint policing", not patrol_agreement)
        shown["single_source"] = ["; ".join(CATEGORY_LABELS.get(p.strip(), p.strip()) for p in str(v).split(";") if p.strip())
                                  for v in shown.single_source]
    return shown.rename(columns=labels)
