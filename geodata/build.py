"""seeds/ in, build/ out: the tables, the map data and their description (datapackage.json).

Everything is read and validated before anything is written, and each output is written whole,
so bad input leaves the previous build/ as it was. The same input gives byte-identical files.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from geodata import paths
from geodata.articles import articles_table
from geodata.boundaries import load_boundaries
from geodata.claims import claims_table
from geodata.countries import country_table
from geodata.countries_geojson import join_boundaries, load_points, to_geojson, web_sized
from geodata.figures import figures_table
from geodata.files import csv_text, write_atomic
from geodata.ledger import load_ledger
from geodata.outputs import datapackage
from geodata.places import places_geojson, places_table

TITLE = "China's overseas \"police stations\": what news articles report, country by country"
DESCRIPTION = ("Every claim points at a verbatim quote in a named article and says who asserts it; facts are "
               "counted by first-hand source, not by article.")


@dataclass
class BuildResult:
    written: list[Path]
    n_articles: int
    n_claims: int
    n_countries: int
    n_figures: int
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.n_articles} articles, {self.n_claims} claims, {self.n_countries} countries, "
                 f"{self.n_figures} figures, {len(self.warnings)} warnings"]
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"wrote {p}" for p in self.written]
        return "\n".join(lines)


def tables(seeds: Path) -> tuple:
    """The validated ledger's tables (articles, claims, countries, figures, places): everything in a build
    that the ledger's content can make fail. Publishing runs this on the would-be ledger first."""
    ledger = load_ledger(seeds)
    articles = articles_table(ledger)
    claims = claims_table(ledger, articles)
    return articles, claims, country_table(claims), figures_table(ledger, articles), places_table(claims)


def write_build(seeds: Path = paths.SEEDS, out: Path = paths.BUILD) -> BuildResult:
    """Validate the ledger in `seeds` and write every output to `out`."""
    # Load inputs.
    paths.check_output(out, seeds, folder=True)
    articles, claims, countries, figures, places = tables(seeds)
    boundaries = load_boundaries()
    points = load_points()

    # Process data.
    mapped, warnings = join_boundaries(countries, boundaries, points)
    outputs = {
        paths.built_articles(out): csv_text(articles),
        paths.built_claims(out): csv_text(claims),
        paths.built_countries(out): csv_text(countries),
        paths.built_figures(out): csv_text(figures),
        paths.built_places(out): csv_text(places),
        paths.built_places_geojson(out): places_geojson(places),
        paths.built_geojson(out): to_geojson(mapped),
        paths.built_map_geojson(out): to_geojson(web_sized(mapped)),
        paths.built_datapackage(out): json.dumps(datapackage(TITLE, DESCRIPTION), indent=2, ensure_ascii=False) + "\n",
    }

    # Save outputs.
    written = [write_atomic(path, text) for path, text in outputs.items()]
    return BuildResult(written, len(articles), len(claims), len(countries), len(figures), warnings)
