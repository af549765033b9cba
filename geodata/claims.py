"""The long claims table: one row per reviewed claim, with its source, ISO3 code and quote offsets."""

import hashlib

import pandas as pd

from geodata.countries import display_name
from geodata.ledger import CATEGORIES, Ledger

COLUMNS = ["claim_id", "article", "source", "outlet", "published", "url", "iso3", "country", "category",
           "value", "city", "quote", "start", "end", "note"]


def claim_id(article: str, iso3: str, category: str) -> str:
    """Stable id: the same article, country and category always get the same id."""
    return hashlib.sha1(f"{article}|{iso3}|{category}".encode()).hexdigest()[:12]


def claims_table(ledger: Ledger, sources: pd.DataFrame) -> pd.DataFrame:
    """Claims joined to their article's metadata, in a stable order (country, category, article)."""
    meta = sources.set_index("article")
    claims = ledger.claims
    table = claims.assign(
        claim_id=[claim_id(a, i, c) for a, i, c in zip(claims.article, claims.iso3, claims.category)],
        country=claims.iso3.map(display_name),
        source=claims.article.map(meta.source),
        outlet=claims.article.map(meta.outlet),
        published=claims.article.map(meta.published),
        url=claims.article.map(meta.url),
        order=claims.category.map({c: i for i, c in enumerate(CATEGORIES)}),
    )
    table = table.sort_values(["country", "order", "article"], kind="stable")
    return table[COLUMNS].reset_index(drop=True)
