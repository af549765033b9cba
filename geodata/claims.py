"""The long claims table (build/claims.csv): one row per reviewed claim, with its article's metadata, who
says so (the chain and the first-hand source), how many articles and first-hand sources report the same
fact (country and category), and a ready citation."""

import hashlib

import pandas as pd

from geodata.country_names import display_name
from geodata.ledger import Ledger, is_unknown
from geodata.outputs import CLAIMS
from geodata.sources import canonical, first_hand, said_by
from geodata.vocabulary import CATEGORIES


def claim_id(article: str, iso3: str, category: str, quote: str) -> str:
    """Stable id: the same article, country, category and quote always get the same id."""
    return hashlib.sha1(f"{article}|{iso3}|{category}|{quote}".encode()).hexdigest()[:12]


def citation(row) -> str:
    """Outlet, title, date, address, the quote and who it is attributed to, in one line to paste."""
    parts = [row.source]
    if row.title:
        parts.append(f"\u201c{row.title}\u201d")
    parts.append(row.published if not is_unknown(row.published) else "date unknown")
    parts.append(row.url or "address unknown")
    return f"{', '.join(parts)}: \u201c{row.quote}\u201d (according to {row.said_by})"


def with_fact_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """fact_articles and fact_sources: how many articles and distinct first-hand sources report each
    (country, category) among `claims` (recomputed after any filter)."""
    facts = claims.groupby(["iso3", "category"])
    return claims.assign(fact_articles=facts.article.transform("nunique").astype(int),
                         fact_sources=facts.first_hand.transform("nunique").astype(int))


def claims_table(ledger: Ledger, articles: pd.DataFrame) -> pd.DataFrame:
    """Claims joined to their article's metadata, in a stable order (country, category, article)."""
    meta = articles.set_index("article")
    claims = ledger.claims
    cites = claims.article.map(meta.cites)
    source = claims.article.map(meta.source)
    firsts = [first_hand(a, c, s) for a, c, s in zip(claims.according_to, cites, source)]
    table = claims.assign(
        claim_id=[claim_id(a, i, c, q) for a, i, c, q in zip(claims.article, claims.iso3, claims.category, claims.quote)],
        country=claims.iso3.map(display_name),
        label=claims.category.map({c: k.label for c, k in CATEGORIES.items()}),
        source=source,
        outlet=claims.article.map(meta.outlet),
        title=claims.article.map(meta.title),
        published=claims.article.map(meta.published),
        url=claims.article.map(meta.url),
        according_to=claims.according_to.map(canonical),
        first_hand=[name for name, _ in firsts],
        first_hand_kind=[kind for _, kind in firsts],
        said_by=[said_by(a, c, s) for a, c, s in zip(claims.according_to, cites, source)],
        order=claims.category.map({c: i for i, c in enumerate(CATEGORIES)}),
    )
    table = with_fact_counts(table)
    table["citation"] = [citation(row) for row in table.itertuples()]
    table = table.sort_values(["country", "order", "article"], kind="stable")
    return CLAIMS.select(table)
