"""The per-country table (build/countries.csv): one row per country with at least one claim.

Words, not booleans ('reported' / 'not reported'); the furthest stage reported as `status`; sources counted
first-hand, not articles; disagreements only between different values of one category (a closure order and
an investigation are stages of one story, not rival versions).
"""

import pandas as pd

from geodata.outputs import COUNTRIES, NOT_REPORTED, REPORTED
from geodata.vocabulary import CATEGORIES, count_number, describe_count


def join_unique(values) -> str:
    """Distinct non-empty strings in first-seen order, joined with '; '."""
    seen = []
    for value in values:
        for part in str(value).split(";"):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return "; ".join(seen)


def status(claims: list[dict]) -> str:
    """The furthest stage the claims report (see outputs.STATUSES)."""
    categories = {c["category"] for c in claims}
    stages = {c["value"] for c in claims if c["category"] == "shutdown"}
    if "closed" in stages:
        return "closed"
    if "ordered" in stages:
        return "ordered closed"
    if "investigation" in categories:
        return "investigated"
    if "station" in categories:
        return "station reported"
    if categories - {"official_response"}:
        return "other reports"
    return "statement only"


def best_count(values) -> str:
    """The highest count among the values, hedged as given ('11' beats '>=2'), '' when none."""
    numbered = [(count_number(v), not v.startswith(">"), v) for v in values if v]
    return max(numbered)[2] if numbered else ""


def count_conflict(values: list[str]) -> bool:
    """Counts disagree when two exact numbers differ, or an exact number is below another article's bound."""
    exact = {int(v) for v in values if v.isdigit()}
    bounds = [count_number(v) + (not v.startswith(">=")) for v in values if v.startswith(">")]
    return len(exact) > 1 or any(e < b for e in exact for b in bounds)


def value_conflicts(claims) -> list[str]:
    """Where articles give different counts or years for the same category (stages are not conflicts)."""
    rows = claims.to_dict("records") if isinstance(claims, pd.DataFrame) else claims
    notes = []
    for name, category in CATEGORIES.items():
        given = [c for c in rows if c["category"] == name and c["value"]]
        values = sorted({c["value"] for c in given})
        if category.value == "stage" or len(values) < 2:
            continue
        if category.value == "count" and not count_conflict(values):
            continue
        parts = " vs ".join(f"{describe_count(v)} ({join_unique(c['source'] for c in given if c['value'] == v)})"
                            for v in values)
        notes.append(f"{category.label} differs: {parts}")
    return notes


def value_summary(category, claims: list[dict]) -> str:
    values = [c["value"] for c in claims if c["category"] == category.name]
    if category.value == "count":
        return best_count(values)
    if category.value == "years":
        return join_unique(sorted(values))
    if category.value == "stage":
        return "closed" if "closed" in values else "ordered" if values else ""
    return ""


def country_row(iso3: str, claims: list[dict]) -> dict:
    categories = {c["category"] for c in claims}
    by_article = sorted(claims, key=lambda c: c["article"])
    sources = {name: {c["first_hand"] for c in claims if c["category"] == name} for name in categories}
    row = {"iso3": iso3, "name": claims[0]["country"], "status": status(claims)}
    for category in CATEGORIES.values():
        row[category.name] = REPORTED if category.name in categories else NOT_REPORTED
        if category.value_column:
            row[category.value_column] = value_summary(category, claims)
    row |= {
        "cities": join_unique(c["city"] for c in claims),
        "n_claims": len(claims),
        "n_articles": len({c["article"] for c in claims}),
        "n_sources": len({c["first_hand"] for c in claims}),
        "sources": join_unique(c["first_hand"] for c in by_article),
        "outlets": join_unique(c["source"] for c in by_article),
        "single_source": join_unique(c for c in CATEGORIES if len(sources.get(c, ())) == 1),
        "conflicts": " | ".join(value_conflicts(claims)),
    }
    return row


def country_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per country from the long claims table (build/claims.csv's columns), sorted by name."""
    groups: dict[str, list[dict]] = {}
    for claim in claims.to_dict("records"):
        groups.setdefault(claim["iso3"], []).append(claim)
    rows = [country_row(iso3, group) for iso3, group in groups.items()]
    table = pd.DataFrame(rows, columns=COUNTRIES.names)
    return COUNTRIES.select(table.sort_values("name", kind="stable"))
