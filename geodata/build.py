"""seeds/ in, build/ out: articles, claims, countries, figures and countries.geojson.

Everything is read and validated before anything is written, and each output is written whole,
so bad input leaves the previous build/ as it was. The same input gives byte-identical files.
"""

from dataclasses import dataclass, field
from pathlib import Path

from geodata import paths
from geodata.boundaries import load_boundaries
from geodata.claims import claims_table
from geodata.country_map import join_boundaries, load_points, to_geojson
from geodata.country_table import country_table
from geodata.figures import figures_table
from geodata.files import csv_text, write_atomic
from geodata.ledger import load_ledger
from geodata.sources import sources_table


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


def run(seeds: Path = paths.SEEDS, out: Path = paths.BUILD) -> BuildResult:
    # Load inputs.
    from geodata.publish import recover

    paths.check_output(out, seeds, folder=True)
    recover(seeds)
    ledger = load_ledger(seeds)
    boundaries = load_boundaries()
    points = load_points()

    # Process data.
    sources = sources_table(ledger)
    claims = claims_table(ledger, sources)
    countries = country_table(claims)
    figures = figures_table(ledger, sources)
    mapped, warnings = join_boundaries(countries, boundaries, points)
    outputs = {
        paths.built_articles(out): csv_text(sources),
        paths.built_claims(out): csv_text(claims),
        paths.built_countries(out): csv_text(countries),
        paths.built_figures(out): csv_text(figures),
        paths.built_geojson(out): to_geojson(mapped),
    }

    # Save outputs.
    written = [write_atomic(path, text) for path, text in outputs.items()]
    return BuildResult(written, len(sources), len(claims), len(countries), len(figures), warnings)
