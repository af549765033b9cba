"""The global figures table (build/figures.csv): each figure as each article states it, disagreements side by side."""

import pandas as pd

from geodata.ledger import FIGURES, Ledger
from geodata.outputs import FIGURES as FIGURES_OUTPUT
from geodata.vocabulary import describe_count


def agreement(group: pd.DataFrame) -> str:
    """'all N articles agree', or each value with the articles that give it."""
    by_value = group.groupby("value", sort=True).source.agg(lambda s: ", ".join(dict.fromkeys(s)))
    if len(by_value) == 1:
        return f"{len(group)} article(s) agree"
    return "articles disagree: " + " vs ".join(f"{describe_count(v)} ({s})" for v, s in by_value.items())


def figures_table(ledger: Ledger, articles: pd.DataFrame) -> pd.DataFrame:
    figures = ledger.figures.assign(
        label=ledger.figures.figure.map(FIGURES),
        source=ledger.figures.article.map(articles.set_index("article").source),
        order=ledger.figures.figure.map({f: i for i, f in enumerate(FIGURES)}),
    )
    figures = figures.sort_values(["order", "value", "article"], kind="stable")
    notes = {figure: agreement(group) for figure, group in figures.groupby("figure")}
    figures = figures.assign(agreement=figures.figure.map(notes).astype(str))
    return FIGURES_OUTPUT.select(figures)
