"""Every path the project uses, in one place: seeds in, package data beside the code, build out."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BUILD = ROOT / "build"
DATA = Path(__file__).resolve().parent / "data"

ALIASES = DATA / "aliases.csv"
BOUNDARIES = DATA / "boundaries_50m.geojson"
POINTS = DATA / "points.csv"
GAZETTEER = DATA / "gazetteer.csv"
CACHE = BUILD / "cache"  # rebuilt on demand, safe to delete
DASHBOARD_STATIC = ROOT / "dashboard" / "static"  # served by Streamlit at /app/static/, git-ignored


def articles_dir(seeds: Path) -> Path:
    return seeds / "articles"


def articles_csv(seeds: Path) -> Path:
    return seeds / "articles.csv"


def claims_csv(seeds: Path) -> Path:
    return seeds / "claims.csv"


def figures_csv(seeds: Path) -> Path:
    return seeds / "figures.csv"


def changes_csv(seeds: Path) -> Path:
    return seeds / "changes.csv"


def built_claims(build: Path) -> Path:
    return build / "claims.csv"


def built_countries(build: Path) -> Path:
    return build / "countries.csv"


def built_figures(build: Path) -> Path:
    return build / "figures.csv"


def built_articles(build: Path) -> Path:
    return build / "articles.csv"


def built_geojson(build: Path) -> Path:
    return build / "countries.geojson"


def built_basemap(build: Path) -> Path:
    return build / "basemap.geojson"


def review_dir(build: Path) -> Path:
    return build / "review"


def built_map_html(build: Path) -> Path:
    return build / "map.html"
