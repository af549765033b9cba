"""The articles table (build/articles.csv): ledger metadata, a readable label for each article, its counts."""

import pandas as pd

from geodata.ledger import Ledger, is_unknown
from geodata.outputs import ARTICLES


def source_label(article: str, outlet: str) -> str:
    """What a reader sees as an article's source: its outlet, else 'article 003' (nothing is guessed)."""
    return outlet if not is_unknown(outlet) else f"article {article.split('_')[0]}"


def articles_table(ledger: Ledger) -> pd.DataFrame:
    articles = ledger.articles
    n_claims = ledger.claims.groupby("article").size()
    n_figures = ledger.figures.groupby("article").size()
    table = articles.assign(
        source=[source_label(a, o) for a, o in zip(articles.article, articles.outlet)],
        n_claims=articles.article.map(n_claims).fillna(0).astype(int),
        n_figures=articles.article.map(n_figures).fillna(0).astype(int),
    )
    return ARTICLES.select(table.sort_values("article"))
