"""The reviewed ledger in (seeds/articles.csv, claims.csv, figures.csv, articles/), validated frames out.

Every problem is collected and reported together, each naming the file, the line and the fix.
"""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from geodata import paths
from geodata.article_text import Article, find_quote, normalise, read_article
from geodata.country_names import resolve
from geodata.errors import InputError, InputErrors
from geodata.files import read_csv_strict
from geodata.places import unknown_cities
from geodata.sources import unknown_sources
from geodata.vocabulary import CATEGORIES, COUNT, check_value

ARTICLE_COLUMNS = ["article", "outlet", "title", "url", "published", "cites"]
CLAIM_COLUMNS = ["article", "country", "category", "value", "city", "quote", "according_to", "note"]
FIGURE_COLUMNS = ["article", "figure", "value", "quote"]

FIGURES = {
    "stations_total": "stations reported worldwide",
    "stations_first_revealed": "stations revealed in the first report (Sept 2022)",
    "stations_additional": "stations added by the second report (Dec 2022)",
    "countries_with_jurisdictions": "countries where police jurisdictions of China's Ministry of Public Security are active",
    "countries_with_stations": "countries where stations are reported",
    "countries_investigating": "countries investigating the stations",
    "staff_hired": "people hired by one police network",
    "report_title": "title of the December 2022 report",
}
TEXT_FIGURES = {"report_title"}

# Values use ASCII digits only ("1\u0661" is not 11).
BOUND = COUNT
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# An article id is a plain file name in seeds/articles/: no folder, no "..", no hidden file.
ARTICLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,120}\.txt$")
# The longest text a cell may hold; longer is refused with the line (a quote is one sentence or clause).
MAX_LENGTHS = {"article": 130, "outlet": 200, "title": 500, "url": 2000, "published": 10, "cites": 500,
               "country": 100, "category": 40, "value": 200, "city": 300, "quote": 1200, "according_to": 300,
               "note": 1000, "figure": 40}


@dataclass
class Ledger:
    articles: pd.DataFrame  # ARTICLE_COLUMNS + line
    claims: pd.DataFrame  # CLAIM_COLUMNS + line, iso3, start, end
    figures: pd.DataFrame  # FIGURE_COLUMNS + line, start, end
    texts: dict[str, Article]


def is_unknown(value: str) -> bool:
    return value.strip().casefold() in {"", "unknown"}


def is_web_address(url: str) -> bool:
    return re.match(r"^https?://[^\s/$.?#][^\s]*$", url, re.IGNORECASE) is not None


def check_published(value: str, today: date | None = None) -> str | None:
    """None when `value` is a publication date (or unknown), else what a good one looks like."""
    if is_unknown(value):
        return None
    if DATE.match(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
        if day is not None:
            if day > (today or date.today()):
                return "a date that has passed (this one is in the future), or empty when the article does not say"
            return None
    return "a date as YYYY-MM-DD, or empty when the article does not say"


def check_article_id(value: str) -> str | None:
    """None when `value` is a plain article file name, else the fix."""
    if ARTICLE_ID.match(value) and ".." not in value:
        return None
    return "a file name from seeds/articles/ such as 005_3f2a....txt (no folder, no ..)"


def length_errors(frame: pd.DataFrame, source: Path) -> list[InputError]:
    """An error for every cell longer than its column allows."""
    errors = []
    for column in frame.columns:
        limit = MAX_LENGTHS.get(column)
        if limit is None:
            continue
        for line, value in zip(frame["line"], frame[column]):
            if len(value) > limit:
                errors.append(InputError(source, f"{column} is {len(value):,} characters long (at most {limit:,})",
                                         line=line, fix=f"shorten the {column}: "
                                         + ("quote only the sentence or clause that carries the claim"
                                            if column == "quote" else "keep it to what a reader needs")))
    return errors


def validate_articles(frame: pd.DataFrame, folder: Path, source: Path) -> tuple[dict[str, Article], list[InputError]]:
    """The article texts by id, and every problem of articles.csv and the article files. An article whose
    file cannot be read is reported once here; its claims are not reported again as "unknown article"."""
    errors, texts = length_errors(frame, source), {}
    seen: dict[str, int] = {}
    for row in frame.itertuples():
        if row.article in seen:
            errors.append(InputError(source, f"duplicate article {row.article!r} (first on line {seen[row.article]})",
                                     line=row.line, fix="keep one row per article"))
            continue
        seen[row.article] = row.line
        if check_article_id(row.article) or not (folder / row.article).is_file():
            errors.append(InputError(source, f"no article file {folder / row.article}", line=row.line,
                                     fix=f"put the article's text in {folder}/ or correct the file name"))
            continue
        if row.url and not is_web_address(row.url):
            errors.append(InputError(source, f"address {row.url!r} is not http/https", line=row.line,
                                     fix="use an http:// or https:// address, or leave it empty"))
        problem = check_published(row.published)
        if problem:
            errors.append(InputError(source, f"published {row.published!r} is not a date", line=row.line, fix=problem))
        try:
            texts[row.article] = read_article(folder / row.article)
        except InputError as err:
            errors.append(err)
    for path in sorted(folder.glob("*.txt")):
        if path.name not in seen:
            errors.append(InputError(source, f"article file {path.name} has no row",
                                     fix=f"add a row for {path.name} (unknown metadata stays empty)"))
    return texts, errors


def unreadable(articles: pd.DataFrame, texts: dict[str, Article]) -> set[str]:
    """Articles listed in articles.csv whose file could not be read (their error is already reported)."""
    return set(articles.article) - set(texts)


def locate_quotes(frame: pd.DataFrame, texts: dict[str, Article], source: Path,
                  skip: set[str] = frozenset()) -> tuple[pd.DataFrame, list[InputError]]:
    """Add start/end offsets of each row's quote in its article; errors for quotes not found. Rows of the
    articles in `skip` (reported already) are passed over."""
    errors, starts, ends = length_errors(frame, source), [], []
    for row in frame.itertuples():
        span = None
        if row.article in skip:
            pass
        elif row.article not in texts:
            errors.append(InputError(source, f"unknown article {row.article!r}", line=row.line,
                                     fix="use a file name listed in articles.csv"))
        elif not row.quote.strip():
            errors.append(InputError(source, "empty quote", line=row.line,
                                     fix="copy the supporting sentence from the article"))
        else:
            span = find_quote(texts[row.article], row.quote)
            if span is None:
                errors.append(InputError(source, f"quote not found in {row.article}: {row.quote[:80]!r}",
                                         line=row.line, fix="copy the words exactly as the article has them"))
        starts.append(span.start if span else -1)
        ends.append(span.end if span else -1)
    return frame.assign(start=starts, end=ends), errors


def validate_claims(frame: pd.DataFrame, texts: dict[str, Article], source: Path,
                    skip: set[str] = frozenset()) -> tuple[pd.DataFrame, list[InputError]]:
    frame, errors = locate_quotes(frame, texts, source, skip)
    iso3 = []
    for row in frame.itertuples():
        code = resolve(row.country) if row.country.strip() else None
        iso3.append(code)
        if code is None:
            errors.append(InputError(source, f"country {row.country!r} does not resolve", line=row.line,
                                     fix="use an ISO3 code or add the name to geodata/data/aliases.csv"))
        elif code == "CHN":
            errors.append(InputError(source, "China is the actor in this story, never a host country", line=row.line,
                                     fix="name the host country the claim is about"))
        if row.category not in CATEGORIES:
            errors.append(InputError(source, f"unknown category {row.category!r}", line=row.line,
                                     fix=f"use one of {', '.join(CATEGORIES)}"))
        else:
            problem = check_value(row.category, row.value)
            if problem:
                errors.append(InputError(source, f"malformed value {row.value!r} for {row.category}",
                                         line=row.line, fix=problem))
    frame = frame.assign(iso3=iso3)
    seen: dict[tuple, int] = {}
    for row in frame.itertuples():
        if row.iso3 and row.iso3 != "CHN":
            for city in unknown_cities(row.city, row.iso3):
                errors.append(InputError(source, f"city {city!r} is not in the gazetteer for {row.iso3}", line=row.line,
                                         fix=f"write the city as GeoNames does (see {paths.CITY_POINTS}), 'near "
                                         "<city>' for a place near it, several with '; ', or leave it empty"))
        unknown = unknown_sources(row.according_to)
        if unknown:
            errors.append(InputError(source, f"unknown source {', '.join(map(repr, unknown))} in according_to",
                                     line=row.line, fix=f"use a name listed in {paths.SOURCES} or add it there "
                                     "(alias,name,kind); separate a chain with '; ', first-hand first"))
        k = (row.article, row.iso3, row.category, normalise(row.quote))
        if row.iso3 and k in seen:
            errors.append(InputError(source, f"duplicate claim {k[:3]} with the same quote (first on line {seen[k]})",
                                     line=row.line, fix="keep one row per article, country, category and quote"))
        seen.setdefault(k, row.line)
    return frame, errors


def validate_figures(frame: pd.DataFrame, texts: dict[str, Article], source: Path,
                     skip: set[str] = frozenset()) -> tuple[pd.DataFrame, list[InputError]]:
    frame, errors = locate_quotes(frame, texts, source, skip)
    seen: dict[tuple, int] = {}
    for row in frame.itertuples():
        if row.figure not in FIGURES:
            errors.append(InputError(source, f"unknown figure {row.figure!r}", line=row.line,
                                     fix=f"use one of {', '.join(FIGURES)}"))
        elif row.figure not in TEXT_FIGURES and not BOUND.match(row.value):
            errors.append(InputError(source, f"malformed value {row.value!r} for {row.figure}", line=row.line,
                                     fix="a number, '>N' for 'more than N' or '>=N' for 'at least N'"))
        elif not row.value.strip():
            errors.append(InputError(source, "empty value", line=row.line, fix="give the value the article states"))
        k = (row.article, row.figure)
        if k in seen:
            errors.append(InputError(source, f"duplicate figure {k} (first on line {seen[k]})", line=row.line,
                                     fix="keep one row per article and figure"))
        seen.setdefault(k, row.line)
    return frame, errors


def load_ledger(seeds: Path) -> Ledger:
    """Read and validate the whole ledger; raise InputErrors listing every problem. A change that a killed
    process left half-written is completed first (geodata.publish.recover)."""
    from geodata.publish import recover

    paths.check_ledger_folder(seeds)
    recover(seeds)
    articles_path = paths.articles_csv(seeds)
    claims_path = paths.claims_csv(seeds)
    figures_path = paths.figures_csv(seeds)
    articles = read_csv_strict(articles_path, ARTICLE_COLUMNS)
    claims = read_csv_strict(claims_path, CLAIM_COLUMNS)
    figures = read_csv_strict(figures_path, FIGURE_COLUMNS)
    texts, errors = validate_articles(articles, paths.articles_dir(seeds), articles_path)
    skip = unreadable(articles, texts)
    claims, claim_errors = validate_claims(claims, texts, claims_path, skip)
    figures, figure_errors = validate_figures(figures, texts, figures_path, skip)
    errors += claim_errors + figure_errors
    if errors:
        raise InputErrors(errors)
    return Ledger(articles, claims, figures, texts)

