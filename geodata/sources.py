"""The articles table: ledger metadata plus a readable source label and the claim count per article."""

import pandas as pd

from geodata.ledger import Ledger, is_unknown

COLUMNS = ["article", "source", "outlet", "title", "url", "published", "cites", "n_claims", "n_figures"]


def source_label(article: str, outlet: str, cites: str) -> str:
    """What a reader sees as the source: the outlet, else the article id and the first outlet it cites."""
    if not is_unknown(outlet):
        return outlet
    short = article.split("_")[0]
    first_cited = cites.split(";")[0].strip()
    return f"article {short}, via {first_cited}" if first_cited else f"article {short}"


def sources_table(ledger: Ledger) -> pd.DataFrame:
    articles = ledger.articles
    n_claims = ledger.claims.groupby("article").size()
    n_figures = ledger.figures.groupby("article").size()
    table = articles.assign(
        source=[source_label(a, o, c) for a, o, c in zip(articles.article, articles.outlet, articles.cites)],
        n_claims=articles.article.map(n_claims).fillna(0).astype(int),
        n_figures=articles.article.map(n_figures).fillna(0).astype(int),
    )
    return table[COLUMNS].sort_values("article").reset_index(drop=True)
