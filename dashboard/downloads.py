"""What the download buttons hand out: CSV bytes safe to open in a spreadsheet, the data dictionary, and
every file of the build in one zip.

A text cell that starts with = + - @ (or their full-width forms), a tab, a carriage return or a NUL is read
as a formula by spreadsheet programs: it gets a leading apostrophe. Numbers stay numbers. The dictionary is
rendered from the one declaration of the outputs (geodata/outputs.py).
"""

from datetime import date

import pandas as pd

from dashboard.data import Build, escape_markdown
from geodata import paths
from geodata.files import csv_text
from geodata.outputs import GEOJSON, LICENCE_NOTE, TABLES
from geodata.views import data_date_line
from geodata.vocabulary import CATEGORIES, VALUE_KINDS


def file_name(stem: str, extension: str, filters) -> str:
    """The name a download of the current view is saved under: 'countries.csv', or 'countries-filtered.csv' when filters
    are set, so a filtered file is not mistaken for (or saved over) the whole one."""
    return f"{stem}{'-filtered' if filters.active else ''}.{extension}"


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as UTF-8 CSV (with a byte-order mark, so spreadsheets read the accents; CRLF line
    ends, RFC 4180), text cells neutralised, by the project's one CSV writer."""
    return csv_text(frame, formula_safe=True, crlf=True).encode("utf-8-sig")


def data_dictionary(build: Build, today: date | None = None) -> str:
    """Markdown: what each file and column means, the categories, the sources, the licence and how to cite."""
    today = today or date.today()
    lines = ["# China's overseas \"police stations\": data dictionary", "",
             "Country by country, what news articles report about China's overseas \"police stations\". "
             "Every claim points at a verbatim quote in a named article and says who asserts it; facts are "
             "counted by independent first-hand source, not by article.", "",
             f"{data_date_line(build.articles)}. Downloaded {today.isoformat()}.", "",
             "CSV files are UTF-8 with a byte-order mark and CRLF line ends. A text cell that would start with =, +, "
             "-, @, a tab or a carriage return starts with an apostrophe (') so spreadsheets never run it as a "
             "formula. datapackage.json describes every file in the Frictionless Data Package format.", ""]
    for table in TABLES:
        lines += [f"## {table.path}", "", table.description, "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.description} |" for c in table.columns]
        lines.append("")
    lines += ["## Map files", ""]
    lines += [f"- `{path}`: {text}." for path, text in GEOJSON.items()]
    lines += ["- `map.html`: the map as one self-contained page (Leaflet inlined, no tiles, opens offline).", "",
              "## Categories", "", "| category | label | meaning | value |", "|---|---|---|---|"]
    lines += [f"| `{c.name}` | {c.label} | {c.meaning} | {VALUE_KINDS[c.value]} |" for c in CATEGORIES.values()]
    lines += ["", "## Articles", "", "| article | source | title | address | published | claims |",
              "|---|---|---|---|---|---|"]
    for row in build.articles.itertuples():
        lines.append(f"| `{row.article}` | {escape_markdown(row.source)} | {escape_markdown(row.title) or 'unknown'} | "
                     f"{escape_markdown(row.url) or 'unknown'} | {row.published or 'unknown'} | {row.n_claims} |")
    lines += ["", "## Limits", "",
              "- Only what these articles say: a country with no report may still host a station.",
              "- Outlets, dates and addresses are left empty or 'unknown' when an article's text does not "
              "show them; nothing is guessed.",
              "- Most coverage retells one report: fact_sources counts independent first-hand sources, and a "
              "single-source fact is an allegation until someone else confirms it.", "",
              "## Licence", "", LICENCE_NOTE, "",
              "## How to cite", "",
              "Cite the article behind a fact (claims.csv: citation), and this dataset as: China's overseas "
              f"\"police stations\" country map (police-stations-map), {len(build.articles)} articles, "
              f"{data_date_line(build.articles).lower()}, downloaded {today.isoformat()}, CC BY 4.0.", ""]
    return "\n".join(lines)


def all_files(build: Build, build_dir=None) -> dict[str, bytes | str]:
    """Every file of the build for the zip download: the CSVs (spreadsheet-safe), the map files, the Data
    Package descriptor and the data dictionary."""
    build_dir = build_dir or paths.build_folder()
    frames = {"articles.csv": build.articles, "claims.csv": build.claims, "countries.csv": build.countries,
              "figures.csv": build.figures, "places.csv": build.places}
    files: dict[str, bytes | str] = {name: csv_bytes(frame) for name, frame in frames.items()}
    for name in (*GEOJSON, "datapackage.json"):
        path = build_dir / name
        if path.is_file():
            files[name] = path.read_bytes()
    files["data_dictionary.md"] = data_dictionary(build)
    return files
