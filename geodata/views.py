"""Views of a build for readers: the claims that pass a reader's filters, the per-country table and the city
points for them, one country's evidence, the headline figures. Pure functions over build/'s tables; the dashboard calls them.
"""

from dataclasses import dataclass, field

import pandas as pd

from geodata.claims import with_fact_counts
from geodata.countries import country_table, value_conflicts
from geodata.ledger import FIGURES, is_unknown, is_web_address
from geodata.places import places_table
from geodata.vocabulary import CATEGORIES, describe_count

# Headline figures shown as numbers at the top of the page, in this order (the rest go in a table).
HEADLINE_FIGURES = ["stations_total", "countries_with_jurisdictions", "countries_investigating"]


@dataclass(frozen=True)
class Filters:
    categories: tuple[str, ...] = ()  # empty: every category
    outlets: tuple[str, ...] = ()  # articles' labels (build/claims.csv: source); empty: every article
    min_sources: int = 1  # a fact (country + category) reported by at least this many first-hand sources

    @property
    def active(self) -> bool:
        return bool(self.categories or self.outlets or self.min_sources > 1)

    def describe(self) -> str:
        """The filters in words, for captions and the exported page's notes."""
        parts = []
        if self.categories:
            parts.append("categories: " + ", ".join(CATEGORIES[c].label for c in self.categories if c in CATEGORIES))
        if self.outlets:
            parts.append("articles from: " + "; ".join(self.outlets))
        if self.min_sources > 1:
            parts.append(f"facts reported by at least {self.min_sources} independent sources")
        return "Filtered to " + " | ".join(parts) if parts else "All claims, no filter"


def filter_claims(claims: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The claims that pass the filters, with fact_articles and fact_sources counted among them; 'at least
    N sources' counts distinct first-hand sources per country and category."""
    keep = claims
    if filters.categories:
        keep = keep[keep.category.isin(filters.categories)]
    if filters.outlets:
        keep = keep[keep.source.isin(filters.outlets)]
    if keep is not claims:
        keep = with_fact_counts(keep) if len(keep) else keep
    if filters.min_sources > 1:
        keep = keep[keep.fact_sources.astype(int) >= filters.min_sources]
    return keep.reset_index(drop=True)


def country_view(countries: pd.DataFrame, claims: pd.DataFrame, filters: Filters = Filters()) -> pd.DataFrame:
    """The per-country table for the claims that pass the filters (countries.csv itself when none is set)."""
    if not filters.active:
        return countries
    return country_table(filter_claims(claims, filters))


def place_view(places: pd.DataFrame, claims: pd.DataFrame, filters: Filters = Filters()) -> pd.DataFrame:
    """The city points for the claims that pass the filters (places.csv itself when none is set): a city
    only some hidden claim names is not drawn."""
    if not filters.active:
        return places
    return places_table(filter_claims(claims, filters))


def value_words(category: str, value: str) -> str:
    """A claim's value as a reader says it: '11 stations', 'at least 2 stations', '2016-2018', 'ordered'."""
    if not value:
        return ""
    kind = CATEGORIES[category].value if category in CATEGORIES else "none"
    if kind == "stage":
        return {"ordered": "closure ordered", "closed": "closed"}.get(value, value)
    if kind == "count":
        unit = {"station": ("station", "stations"), "forced_return": ("person", "people")}.get(category, ("", ""))
        return f"{describe_count(value)} {unit[value != '1']}".strip()
    return value


def evidence(claims: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """Every claim about one country, one row each, with who says so and flags for single-source facts and
    for values the articles disagree on."""
    rows = claims[claims.iso3 == iso3]
    differing = {c for c, g in rows[rows.value != ""].groupby("category") if value_conflicts(g)}
    checks = []
    for row in rows.itertuples():
        flag = []
        if int(row.fact_sources) == 1:
            flag.append(f"single source ({row.first_hand})")
        if row.category in differing:
            flag.append("articles give different values")
        checks.append("; ".join(flag))
    return pd.DataFrame({
        "category": rows.label.values,
        "value": [value_words(c, v) for c, v in zip(rows.category, rows.value)],
        "quote": rows.quote.values,
        "said_by": rows.said_by.values,
        "source": rows.source.values,
        "published": ["date unknown" if is_unknown(p) else p for p in rows.published],
        "link": [safe_link(u) for u in rows.url],
        "check": checks,
        "sources_line": [f"{s} source{'s' if int(s) != 1 else ''}, in {a} article{'s' if int(a) != 1 else ''}"
                         for s, a in zip(rows.fact_sources, rows.fact_articles)],
        "city": rows.city.values,
        "note": rows.note.values,
        "citation": rows.citation.values,
        "article": rows.article.values,
        "first_hand": rows.first_hand.values,
    }, dtype=str)


def safe_link(url: str) -> str:
    """The address when it is http/https, else '': nothing else is ever linked, and empty stays a string
    (never None or NaN, which pandas turns into a truthy float)."""
    return url if isinstance(url, str) and is_web_address(url) else ""


def disagreements(claims: pd.DataFrame, iso3: str) -> list[str]:
    return value_conflicts(claims[claims.iso3 == iso3])


@dataclass
class Figure:
    figure: str
    label: str
    values: list[tuple[str, str]] = field(default_factory=list)  # (value in words, the articles giving it)

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
                             [(describe_count(v), "; ".join(dict.fromkeys(s))) for v, s in ranked]))
    return result


def newest_published(articles: pd.DataFrame) -> str | None:
    dates = [p for p in articles.published if not is_unknown(p)]
    return max(dates) if dates else None


def data_date_line(articles: pd.DataFrame) -> str:
    newest = newest_published(articles)
    if newest:
        return f"Newest article: {newest}"
    return f"Newest article: date unknown (none of the {len(articles)} articles gives a publication date)"
