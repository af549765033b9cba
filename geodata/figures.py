"""The global figures table: each figure as each article states it, disagreements side by side."""

import pandas as pd

from geodata.ledger import FIGURES, Ledger

COLUMNS = ["figure", "label", "value", "article", "source", "quote", "start", "end", "agreement"]


def describe_value(value: str) -> str:
    """'>=13' -> 'at least 13', '>100' -> 'more than 100'."""
    if value.startswith(">="):
        return f"at least {value[2:]}"
    if value.startswith(">"):
        return f"more than {value[1:]}"
    return value


def agreement(group: pd.DataFrame) -> str:
    """'all N sources agree', or each value with the sources that give it."""
    by_value = group.groupby("value", sort=True).source.agg(lambda s: ", ".join(dict.fromkeys(s)))
    if len(by_value) == 1:
        return f"{len(group)} source(s) agree"
    return "sources disagree: " + " vs ".join(f"{describe_value(v)} ({s})" for v, s in by_value.items())


def figures_table(ledger: Ledger, sources: pd.DataFrame) -> pd.DataFrame:
    figures = ledger.figures.assign(
        label=ledger.figures.figure.map(FIGURES),
        source=ledger.figures.article.map(sources.set_index("article").source),
        order=ledger.figures.figure.map({f: i for i, f in enumerate(FIGURES)}),
    )
    figures = figures.sort_values(["order", "value", "article"], kind="stable")
    notes = {figure: agreement(group) for figure, group in figures.groupby("figure")}
    figures = figures.assign(agreement=figures.figure.map(notes).astype(str))
    return figures[COLUMNS].reset_index(drop=True)
