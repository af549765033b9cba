"""The per-country table: one row per country with at least one claim, disagreements said in words."""

import pandas as pd

from geodata.ledger import CATEGORIES

VALUE_LABELS = {"station": "stations", "patrol_agreement": "patrol years", "forced_return": "people returned"}
COLUMNS = (["iso3", "name", "stations", *CATEGORIES, "patrol_years", "forced_returns", "cities",
            "n_claims", "n_articles", "sources", "single_source", "conflicts"])


def join_unique(values) -> str:
    """Distinct non-empty strings in first-seen order, joined with '; '."""
    seen = []
    for value in values:
        for part in str(value).split(";"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return "; ".join(seen)


def value_conflicts(claims: pd.DataFrame) -> list[str]:
    """Where articles give different counts or year ranges for the same category."""
    notes = []
    for category, group in claims[claims.value != ""].groupby("category", sort=False):
        by_value = group.groupby("value", sort=True).source.agg(join_unique)
        if len(by_value) > 1:
            parts = " vs ".join(f"{value} ({sources})" for value, sources in by_value.items())
            notes.append(f"{VALUE_LABELS.get(category, category)} differ: {parts}")
    return notes


def status_conflicts(claims: pd.DataFrame) -> list[str]:
    """Shut down according to some articles, still under investigation according to others."""
    shut = claims[claims.category == "shutdown"]
    probing = claims[(claims.category == "investigation") & ~claims.article.isin(shut.article)]
    if shut.empty or probing.empty:
        return []
    return [f"status differs: a station shut down per {join_unique(shut.source)}; "
            f"investigation underway, no shutdown reported, per {join_unique(probing.source)}"]


def max_count(values: pd.Series) -> str:
    numbers = [int(v) for v in values if v != ""]
    return str(max(numbers)) if numbers else ""


def country_row(iso3: str, claims: pd.DataFrame) -> dict:
    categories = set(claims.category)
    per_category = claims.groupby("category").article.nunique()
    single = [c for c in CATEGORIES if per_category.get(c, 0) == 1]
    return {
        "iso3": iso3,
        "name": claims.country.iloc[0],
        "stations": max_count(claims[claims.category == "station"].value),
        **{c: "yes" if c in categories else "no" for c in CATEGORIES},
        "patrol_years": join_unique(sorted(claims[claims.category == "patrol_agreement"].value)),
        "forced_returns": max_count(claims[claims.category == "forced_return"].value),
        "cities": join_unique(claims.city),
        "n_claims": len(claims),
        "n_articles": claims.article.nunique(),
        "sources": join_unique(claims.sort_values("article").source),
        "single_source": join_unique(single),
        "conflicts": " | ".join(value_conflicts(claims) + status_conflicts(claims)),
    }


def country_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per country from the long claims table, sorted by name."""
    rows = [country_row(iso3, group) for iso3, group in claims.groupby("iso3", sort=False)]
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.sort_values("name", kind="stable").reset_index(drop=True)
