"""build/ in, what the dashboard shows out: the tables, web-sized shapes, filtered views, evidence.

Everything here is plain pandas/geopandas with no Streamlit, so the app, the static export and the
tests share it. Filters never change the build: they select claims, and the per-country table is
recomputed from the selected claims with the same function `geodata build` uses.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon

from geodata import paths
from geodata.claims import COLUMNS as CLAIM_TABLE_COLUMNS
from geodata.country_table import COLUMNS as COUNTRY_COLUMNS
from geodata.errors import InputError
from geodata.files import read_csv_strict
from geodata.figures import COLUMNS as FIGURE_TABLE_COLUMNS
from geodata.sources import COLUMNS as SOURCE_COLUMNS
from geodata.country_table import country_table, status_conflicts, value_conflicts
from geodata.figures import describe_value
from geodata.ledger import CATEGORIES, FIGURES, is_unknown, is_web_address

CATEGORY_LABELS = {
    "station": "Station",
    "investigation": "Investigation",
    "patrol_agreement": "Patrol agreement",
    "shutdown": "Shutdown",
    "forced_return": "Forced return",
    "official_response": "Official response",
}
# Headline figures shown as numbers at the top of the page, in this order (the rest go in a table).
HEADLINE_FIGURES = ["stations_total", "countries_with_stations", "countries_investigating"]
# Web shapes: coverage simplification (degrees), parts dropped below this area (square degrees,
# a country's largest part always stays), coordinates rounded to this many decimals (0.01 deg ~ 1 km).
SIMPLIFY_TOLERANCE = 0.2
MIN_PART_AREA = 0.05
DECIMALS = 2
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=])")


@dataclass(frozen=True)
class Build:
    articles: pd.DataFrame
    claims: pd.DataFrame
    countries: pd.DataFrame
    figures: pd.DataFrame
    shapes: gpd.GeoDataFrame  # iso3, name, geometry (+ as GeoJSON) for every country, sized for the web


@dataclass(frozen=True)
class Filters:
    categories: tuple[str, ...] = ()  # empty: every category
    sources: tuple[str, ...] = ()  # empty: every source
    min_articles: int = 1  # a fact (country + category) reported by at least this many articles

    @property
    def active(self) -> bool:
        return bool(self.categories or self.sources or self.min_articles > 1)

    def describe(self) -> str:
        """The filters in words, for captions and the exported page's notes."""
        parts = []
        if self.categories:
            parts.append("categories: " + ", ".join(CATEGORY_LABELS.get(c, c) for c in self.categories))
        if self.sources:
            parts.append("sources: " + "; ".join(self.sources))
        if self.min_articles > 1:
            parts.append(f"facts reported by at least {self.min_articles} articles")
        return "Filtered to " + " | ".join(parts) if parts else "All claims, no filter"


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


def read_table(path: Path, columns: list[str]) -> pd.DataFrame:
    """A built CSV with exactly `columns`, every cell a string ('' when empty, never NaN): nothing is guessed."""
    try:
        return read_csv_strict(path, columns).drop(columns="line")
    except InputError as err:
        raise InputError(path, f"{err.message} (the build is damaged or from another version)", line=err.line,
                         fix="rebuild it: `make build`") from err


def drop_small_parts(geometry, min_area: float):
    """A multipolygon without parts smaller than min_area; its largest part always stays."""
    if geometry is None or geometry.geom_type != "MultiPolygon":
        return geometry
    parts = sorted(geometry.geoms, key=lambda part: part.area, reverse=True)
    keep = [parts[0], *(part for part in parts[1:] if part.area >= min_area)]
    return keep[0] if len(keep) == 1 else MultiPolygon(keep)


def web_shapes(frame: gpd.GeoDataFrame, tolerance: float = SIMPLIFY_TOLERANCE,
               min_area: float = MIN_PART_AREA, decimals: int = DECIMALS) -> gpd.GeoDataFrame:
    """iso3, name and a small geometry per country (also as a GeoJSON dict): shared borders simplified
    together, tiny islands dropped, coordinates rounded. A shape that vanishes becomes a point, so no
    country is lost."""
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
    shapes = gpd.GeoDataFrame({"iso3": frame["iso3"].values, "name": frame["name"].values},
                              geometry=simple, crs=frame.crs)
    # The GeoJSON geometry of each shape, made once here rather than on every map redraw.
    shapes["geojson"] = [g.__geo_interface__ if g is not None else None for g in shapes.geometry]
    return shapes


def build_files(build: Path) -> list[Path]:
    return [paths.built_articles(build), paths.built_claims(build), paths.built_countries(build),
            paths.built_figures(build), paths.built_geojson(build)]


def build_version(build: Path) -> tuple:
    """Changes whenever `geodata build` rewrites a file: a cache key for the loaded build."""
    return tuple(p.stat().st_mtime_ns if p.is_file() else 0 for p in build_files(build))


def load_build(build: Path) -> Build:
    """Read what `python -m geodata build` wrote; a clear error naming the command when it is missing or damaged."""
    # Load inputs.
    files = build_files(build)
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        raise InputError(build, f"missing {', '.join(missing)}",
                         fix=f"build the data first: `make build` (or `python -m geodata build --out {build}`)")
    columns = [SOURCE_COLUMNS, CLAIM_TABLE_COLUMNS, COUNTRY_COLUMNS, FIGURE_TABLE_COLUMNS]
    articles, claims, countries, figures = (read_table(p, c) for p, c in zip(files[:4], columns))
    try:
        geo = gpd.read_file(paths.built_geojson(build))
    except Exception as err:  # pyogrio raises its own errors for a damaged file
        raise InputError(paths.built_geojson(build), f"cannot be read ({err})", fix="rebuild it: `make build`") from err

    # Process data.
    for path, frame, names in ((files[0], articles, ["n_claims", "n_figures"]),
                               (files[2], countries, ["n_claims", "n_articles"])):
        for name in names:
            if not frame[name].str.fullmatch("[0-9]+").all():
                raise InputError(path, f"column {name} holds something other than counts",
                                 fix="rebuild it: `make build`")
        frame[names] = frame[names].astype(int)
    shapes = web_shapes(geo[["iso3", "name", "geometry"]])
    return Build(articles, claims, countries, figures, shapes)


def filter_claims(claims: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The claims that pass the filters; 'at least N articles' counts per country and category."""
    keep = claims
    if filters.categories:
        keep = keep[keep.category.isin(filters.categories)]
    if filters.sources:
        keep = keep[keep.source.isin(filters.sources)]
    if filters.min_articles > 1:
        per_fact = keep.groupby(["iso3", "category"]).article.transform("nunique")
        keep = keep[per_fact >= filters.min_articles]
    return keep.reset_index(drop=True)


def country_view(build: Build, filters: Filters = Filters()) -> pd.DataFrame:
    """The per-country table for the claims that pass the filters (countries.csv when there are none)."""
    if not filters.active:
        return build.countries
    table = country_table(filter_claims(build.claims, filters))
    return table.astype({"n_claims": int, "n_articles": int})


def map_frame(build: Build, table: pd.DataFrame) -> gpd.GeoDataFrame:
    """Every country's shape with the table's columns (empty where no claims) and has_claims."""
    columns = [c for c in COUNTRY_COLUMNS if c not in ("iso3", "name")]
    frame = build.shapes.merge(table[["iso3", *columns]], on="iso3", how="left")
    frame["has_claims"] = frame["iso3"].isin(table["iso3"])
    counts = ["n_claims", "n_articles"]
    frame[counts] = frame[counts].fillna(0).astype(int)
    text = [c for c in columns if c not in counts]
    frame[text] = frame[text].fillna("")
    return frame


def value_words(category: str, value: str) -> str:
    if not value:
        return ""
    if category == "station":
        return f"{value} station{'s' if value != '1' else ''}"
    if category == "forced_return":
        return f"{value} {'person' if value == '1' else 'people'}"
    return value  # patrol years


def or_unknown(value: str) -> str:
    """What the reader sees for metadata an article does not show (a date, an outlet): 'unknown'."""
    return "unknown" if is_unknown(value) else value


def safe_link(url: str) -> str:
    """The address when it is http/https, else '': nothing else is ever linked (and empty stays a string,
    never None or NaN, which pandas would turn into a truthy float)."""
    return url if isinstance(url, str) and is_web_address(url) else ""


def evidence(claims: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """Every claim about one country, one row each, with flags for single-source facts and for
    values or statuses the articles disagree on."""
    rows = claims[claims.iso3 == iso3]
    per_category = rows.groupby("category").article.nunique()
    differing = {c for c, g in rows[rows.value != ""].groupby("category") if g.value.nunique() > 1}
    status = bool(status_conflicts(rows))
    flags = []
    for row in rows.itertuples():
        flag = []
        if per_category.get(row.category, 0) == 1:
            flag.append("single source")
        if row.category in differing:
            flag.append("sources give different values")
        if status and row.category in ("shutdown", "investigation"):
            flag.append("sources differ on status")
        flags.append("; ".join(flag))
    return pd.DataFrame({
        "category": [CATEGORY_LABELS.get(c, c) for c in rows.category],
        "value": [value_words(c, v) for c, v in zip(rows.category, rows.value)],
        "quote": rows.quote.values,
        "source": rows.source.values,
        "published": [or_unknown(p) for p in rows.published],
        "link": [safe_link(u) for u in rows.url],
        "check": flags,
        "city": rows.city.values,
        "note": rows.note.values,
        "article": rows.article.values,
    })


def disagreements(claims: pd.DataFrame, iso3: str) -> list[str]:
    rows = claims[claims.iso3 == iso3]
    return value_conflicts(rows) + status_conflicts(rows)


@dataclass
class Figure:
    figure: str
    label: str
    values: list[tuple[str, str]] = field(default_factory=list)  # (value in words, sources)

    @property
    def disputed(self) -> bool:
        return len(self.values) > 1


def headline_figures(figures: pd.DataFrame) -> list[Figure]:
    """Each figure once, with each value the articles give and who gives it (most-cited first)."""
    result = []
    for name in FIGURES:
        rows = figures[figures.figure == name]
        if rows.empty:
            continue
        by_value = rows.groupby("value", sort=False).source.agg(list)
        ranked = sorted(by_value.items(), key=lambda item: -len(item[1]))
        result.append(Figure(name, rows.label.iloc[0],
                             [(describe_value(v), "; ".join(dict.fromkeys(s))) for v, s in ranked]))
    return result


def newest_published(articles: pd.DataFrame) -> str | None:
    dates = [p for p in articles.published if not is_unknown(p)]
    return max(dates) if dates else None


def data_date_line(articles: pd.DataFrame) -> str:
    newest = newest_published(articles)
    if newest:
        return f"Newest article: {newest}"
    return f"Newest article: date unknown (none of the {len(articles)} articles gives a publication date)"


def source_options(claims: pd.DataFrame) -> list[str]:
    return sorted(claims.source.unique())


def category_options() -> list[str]:
    return list(CATEGORIES)
