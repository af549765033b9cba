"""Every folder, file name and environment variable the project uses, in one place.

Folders: seeds/ (the ledger people review, checked in), build/ (generated outputs, git-ignored, safe to
delete), .cache/ (the extractor's caches of the gazetteer and of compiled patterns, safe to delete),
review/ (proposals a journalist is editing: kept by `make clean`), package data beside the code. Each folder can be moved with its
environment variable; the command line and the app honour the same ones.
"""

import os
from pathlib import Path

from geodata.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

ENV_SEEDS = "POLICE_MAP_SEEDS"
ENV_BUILD = "POLICE_MAP_BUILD"
ENV_CACHE = "POLICE_MAP_CACHE"
ENV_REVIEW = "POLICE_MAP_REVIEW"


def _folder(variable: str, default: Path) -> Path:
    return Path(os.environ.get(variable) or default)


SEEDS = _folder(ENV_SEEDS, ROOT / "seeds")
BUILD = _folder(ENV_BUILD, ROOT / "build")
CACHE = _folder(ENV_CACHE, ROOT / ".cache")  # rebuilt on demand, safe to delete
# Streamlit serves only <folder of app.py>/static/ (server.enableStaticServing); Leaflet is copied there
# at start-up from the xstatic-leaflet package. Git-ignored, named for that one use.
DASHBOARD_STATIC = ROOT / "dashboard" / "static"

ALIASES = DATA / "aliases.csv"
BOUNDARIES = DATA / "boundaries_50m.geojson"
POINTS = DATA / "points.csv"
GAZETTEER = DATA / "gazetteer.csv"
SOURCES = DATA / "sources.csv"
CITY_POINTS = DATA / "city_points.csv"
DISPLAY_NAMES = DATA / "display_names.csv"
CATEGORIES = DATA / "categories.csv"

# The ledger: seeds/articles/*.txt and these files.
LEDGER_FILES = ("articles.csv", "claims.csv", "figures.csv")


def seeds_folder() -> Path:
    """seeds/, or the folder POLICE_MAP_SEEDS names (read at call time: tests and the app set it)."""
    return _folder(ENV_SEEDS, ROOT / "seeds")


def build_folder() -> Path:
    """build/, or the folder POLICE_MAP_BUILD names (read at call time)."""
    return _folder(ENV_BUILD, ROOT / "build")


def review_folder() -> Path:
    """review/, or the folder POLICE_MAP_REVIEW names (read at call time)."""
    return _folder(ENV_REVIEW, ROOT / "review")


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


def lock_file(seeds: Path) -> Path:
    return seeds / ".ledger.lock"


def journal_file(seeds: Path) -> Path:
    return seeds / ".ledger.journal"


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


def built_map_geojson(build: Path) -> Path:
    return build / "map.geojson"


def built_places(build: Path) -> Path:
    return build / "places.csv"


def built_places_geojson(build: Path) -> Path:
    return build / "places.geojson"


def built_datapackage(build: Path) -> Path:
    return build / "datapackage.json"


def built_map_html(build: Path) -> Path:
    return build / "map.html"


def review_file(review_dir: Path, article_id: str) -> Path:
    return review_dir / article_id.replace(".txt", ".csv")


# Checks on folders and files a person names on the command line.

def check_ledger_folder(seeds: Path) -> Path:
    """`seeds` when it holds a ledger (articles/ and the three CSV files); else an error saying what is missing."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        raise InputError(seeds, "no such ledger folder",
                         fix="give --seeds the folder that holds articles/, articles.csv, claims.csv and figures.csv")
    missing = [name for name in LEDGER_FILES if not (seeds / name).is_file()]
    if not articles_dir(seeds).is_dir():
        missing.insert(0, "articles/")
    if missing:
        raise InputError(seeds, f"not a ledger folder: {', '.join(missing)} missing",
                         fix="give --seeds the folder that holds articles/, articles.csv, claims.csv and figures.csv")
    return seeds


def is_inside(path: Path, folder: Path) -> bool:
    path, folder = Path(path).resolve(), Path(folder).resolve()
    return path == folder or folder in path.parents


def check_output(path: Path, seeds: Path, *, folder: bool = False) -> Path:
    """`path` when writing there cannot touch the ledger: not inside the seeds folder, and not an existing
    folder where a file is meant (or an existing file where a folder is meant)."""
    path = Path(path)
    if is_inside(path, seeds):
        raise InputError(path, f"is inside the ledger folder {seeds}: writing there could overwrite reviewed files",
                         fix="write outputs to build/ (the default) or another folder outside the ledger")
    if not folder and path.is_dir():
        raise InputError(path, "is a folder, not a file", fix=f"name a file, for example {path / 'out.csv'}")
    if folder and path.exists() and not path.is_dir():
        raise InputError(path, "is a file, not a folder", fix="name a folder for the outputs")
    return path
