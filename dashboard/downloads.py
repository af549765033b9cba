"""What the download buttons hand out: CSV bytes safe to open in a spreadsheet, and the data dictionary.

A text cell that starts with = + - @ (or their full-width forms), a tab, a carriage return or a NUL
is read as a formula by spreadsheet programs: it gets a leading apostrophe. Numbers stay numbers.
"""

from datetime import date

import pandas as pd

from dashboard.data import Build, data_date_line, or_unknown, escape_markdown
from geodata.files import csv_text
from geodata.ledger import CATEGORIES, FIGURES


COLUMNS = {
    "countries.csv": {
        "iso3": "ISO 3166-1 alpha-3 code of the country",
        "name": "the country's short English name",
        "stations": "the highest number of stations any article gives for the country (empty: no number given)",
        **{c: f"yes when at least one article reports it: {meaning}" for c, meaning in CATEGORIES.items()},
        "patrol_years": "the year or years of joint patrols the articles give ('; ' between differing values)",
        "forced_returns": "the highest number of people reported coerced to return to China",
        "cities": "cities the articles name for the claims, '; '-joined",
        "n_claims": "number of claims (rows of claims.csv) about the country",
        "n_articles": "number of distinct articles with a claim about the country",
        "sources": "the articles' sources, '; '-joined (outlet, else 'article NNN, via <outlet it cites>')",
        "single_source": "categories only one article reports for the country",
        "conflicts": "where articles disagree (different counts or years, shut down vs still investigated), in words",
    },
    "claims.csv": {
        "claim_id": "stable id of the claim (same article, country and category give the same id)",
        "article": "file name of the article in seeds/articles/",
        "source": "readable source label: the outlet, else 'article NNN, via <outlet it cites>'",
        "outlet": "publisher of the article, empty or 'unknown' when its text does not show it",
        "published": "publication date YYYY-MM-DD, empty or 'unknown' when the text does not show it",
        "url": "the article's http/https address, empty when not known",
        "iso3": "ISO 3166-1 alpha-3 code of the country the claim is about",
        "country": "the country's short English name",
        "category": "one of: " + ", ".join(CATEGORIES) + " (see Categories)",
        "value": "station count, patrol year(s) or number of people returned, when the article gives one",
        "city": "city named for the claim, if any",
        "quote": "the verbatim sentence or clause of the article that supports the claim",
        "start": "character offset where the quote starts in the article text",
        "end": "character offset where the quote ends",
        "note": "the reviewer's note (context, other cities), not a quote",
    },
    "articles.csv": {
        "article": "file name of the article in seeds/articles/",
        "source": "readable source label used everywhere else",
        "outlet": "publisher, empty or 'unknown' when the text does not show it (never guessed)",
        "title": "headline, when the text shows it",
        "url": "http/https address, when known",
        "published": "publication date YYYY-MM-DD, when known",
        "cites": "outlets the article itself cites, '; '-joined",
        "n_claims": "number of claims from the article",
        "n_figures": "number of global figures from the article",
    },
    "figures.csv": {
        "figure": "which global figure: " + ", ".join(FIGURES),
        "label": "what the figure counts, in words",
        "value": "the value as the article states it: a number, '>N' (more than N) or '>=N' (at least N)",
        "article": "file name of the article",
        "source": "readable source label",
        "quote": "the verbatim words that state the figure",
        "start": "character offset where the quote starts",
        "end": "character offset where the quote ends",
        "agreement": "whether all sources agree, else each value with the sources that give it",
    },
}
GEOJSON_NOTE = ("countries.geojson: every country of the world (Natural Earth 1:50m boundaries) with the "
                "countries.csv columns (empty or 0 where there are no claims) and has_claims (true/false); a "
                "country with claims but no polygon is a Point. Full-precision boundaries, as built.")


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as UTF-8 CSV (with a byte-order mark, so spreadsheets read the accents; CRLF line
    ends, RFC 4180), text cells neutralised, by the project's one CSV writer."""
    return csv_text(frame, formula_safe=True, crlf=True).encode("utf-8-sig")


def data_dictionary(build: Build, today: date | None = None) -> str:
    """Markdown: what each file and column means, the sources, the licence and how to cite."""
    today = today or date.today()
    lines = ["# China's overseas \"police stations\": data dictionary", "",
             "Country by country, what news articles report about China's overseas \"police stations\". "
             "Every claim points at a verbatim quote in a named article; where articles disagree, "
             "both versions are kept side by side.", "",
             f"{data_date_line(build.articles)}. Downloaded {today.isoformat()}.", "",
             "CSV files are UTF-8 with a byte-order mark and CRLF line ends. A text cell that would start with =, +, -, @, "
             "a tab or a carriage return starts with an apostrophe (') so spreadsheets never run it "
             "as a formula.", ""]
    for name, columns in COLUMNS.items():
        lines += [f"## {name}", "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{column}` | {meaning} |" for column, meaning in columns.items()]
        lines.append("")
    lines += ["## countries.geojson and map.html", "", GEOJSON_NOTE, "",
              "map.html: the map as one self-contained page (Leaflet inlined, no tiles, opens offline).", "",
              "## Categories", "", "| category | meaning |", "|---|---|"]
    lines += [f"| `{c}` | {meaning} |" for c, meaning in CATEGORIES.items()]
    lines += ["", "## Sources", "", "| article | source | title | address | published | claims |",
              "|---|---|---|---|---|---|"]
    for row in build.articles.itertuples():
        lines.append(f"| `{row.article}` | {escape_markdown(row.source)} | {escape_markdown(row.title) or 'unknown'} | "
                     f"{escape_markdown(row.url) or 'unknown'} | {or_unknown(row.published)} | {row.n_claims} |")
    lines += ["", "## Limits", "",
              "- Only what these articles say: a country with no report may still host a station.",
              "- Outlets, dates and addresses are left empty or 'unknown' when an article's text does not "
              "show them; nothing is guessed.",
              "- Several articles may repeat one original report (many cite CNN or Safeguard Defenders): "
              "n_articles counts articles, not independent investigations.", "",
              "## Licence", "",
              "- Quotes are short verbatim excerpts, reproduced for reporting; copyright stays with each "
              "publisher.",
              "- Country boundaries: Natural Earth (public domain).",
              "- The code that builds these files is under the MIT licence.", "",
              "## How to cite", "",
              "Cite the article behind a fact (its source, and its address where known), and this "
              "dataset as: China's overseas \"police stations\" country map (police-stations-map), "
              f"{len(build.articles)} articles, {data_date_line(build.articles).lower()}, "
              f"downloaded {today.isoformat()}.", ""]
    return "\n".join(lines)
