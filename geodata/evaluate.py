"""Extractor against the reviewed ledger: precision, recall and F1 on (article, country, category).

In:  a seeds folder (articles/, articles.csv, claims.csv, figures.csv), read by geodata.ledger.
Out: `evaluate(seeds)` -> Scores (counts per category, misses, false alarms, attribution agreement);
     `report(scores)` -> the text `python -m geodata evaluate` prints: a table per category and
     overall, a line on attribution (according_to), then every miss with the ledger's quote and
     every false alarm with the extractor's sentence.
"""

from dataclasses import dataclass, field
from pathlib import Path

from geodata.extract import CATEGORY_ORDER, propose
from geodata.extract.attribution import canonical
from geodata.ledger import load_ledger


@dataclass
class Scores:
    counts: dict = field(default_factory=dict)  # category -> [true positives, false alarms, misses]
    misses: list = field(default_factory=list)  # (article, iso3, category, ledger quote)
    false_alarms: list = field(default_factory=list)  # (article, iso3, category, sentence, rule)
    # attribution on the keys both have: [agreeing, compared], or None when the ledger has no according_to
    attribution: list | None = None
    attribution_misses: list = field(default_factory=list)  # (article, iso3, category, ledger's, proposed)

    def prf(self, category: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 of one category, or overall when category is None."""
        rows = [self.counts[category]] if category else list(self.counts.values())
        tp, fp, fn = (sum(r[i] for r in rows) for i in range(3))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def evaluate(seeds: Path) -> Scores:
    """Run the extractor over every article of the ledger in `seeds` and compare the keys."""
    return score(load_ledger(seeds))


def first_name(according_to: str) -> str:
    """The first-hand source of an according_to chain ('Safeguard Defenders; CNN' -> 'Safeguard Defenders'):
    what attribution is scored on."""
    return according_to.split(";")[0].strip()


def score(ledger) -> Scores:
    """Scores of the extractor against a loaded ledger (geodata.ledger.Ledger): keys, then attribution."""
    expected, cited = {}, {}
    for row in ledger.claims.itertuples():
        k = (row.article, row.iso3, row.category)
        expected.setdefault(k, row.quote)
        source = getattr(row, "according_to", None)  # a column the ledger gains in main
        if source is not None:
            cited.setdefault(k, first_name(canonical(str(source))) if str(source) not in ("", "nan") else "")
    proposed, proposed_sources = {}, {}
    for article_id, article in sorted(ledger.texts.items()):
        for claim in propose(article):
            proposed[(article_id, claim.iso3, claim.category)] = (claim.quote, claim.rule)
            proposed_sources[(article_id, claim.iso3, claim.category)] = first_name(claim.according_to)
    scores = Scores({category: [0, 0, 0] for category in CATEGORY_ORDER})
    if "according_to" in ledger.claims.columns:
        scores.attribution = [0, 0]
        for k in sorted(set(expected) & set(proposed)):
            scores.attribution[1] += 1
            if cited.get(k, "") == proposed_sources[k]:
                scores.attribution[0] += 1
            else:
                scores.attribution_misses.append((*k, cited.get(k, ""), proposed_sources[k]))
    for k in sorted(set(expected) | set(proposed)):
        counts = scores.counts[k[2]]
        if k in expected and k in proposed:
            counts[0] += 1
        elif k in proposed:
            counts[1] += 1
            scores.false_alarms.append((*k, *proposed[k]))
        else:
            counts[2] += 1
            scores.misses.append((*k, expected[k]))
    return scores


def report(scores: Scores, details: bool = True) -> str:
    """The scores table, then (with `details`) the misses and false alarms, as printable text. A held-out set
    is scored without details, so that whoever changes the rules does not read what they miss there."""
    lines = [f"{'category':<18} {'tp':>4} {'fp':>4} {'fn':>4}  {'precision':>9} {'recall':>7} {'F1':>6}"]
    for category in [*CATEGORY_ORDER, None]:
        counts = [sum(r[i] for r in scores.counts.values()) for i in range(3)] if category is None \
            else scores.counts[category]
        p, r, f = scores.prf(category)
        lines.append(f"{category or 'overall':<18} {counts[0]:>4} {counts[1]:>4} {counts[2]:>4}  {p:>9.3f} {r:>7.3f} {f:>6.3f}")
    lines.append("")
    lines.append(attribution_line(scores))
    if not details:
        return "\n".join(lines)
    lines.append("")
    lines.append(f"Misses ({len(scores.misses)}): in the ledger, not proposed")
    for article, iso3, category, quote in scores.misses:
        lines.append(f"  {article} {iso3} {category}: {quote}")
    lines.append("")
    lines.append(f"False alarms ({len(scores.false_alarms)}): proposed, not in the ledger")
    for article, iso3, category, sentence, rule in scores.false_alarms:
        lines.append(f"  {article} {iso3} {category} [{rule}]: {sentence}")
    if scores.attribution_misses:
        lines.append("")
        lines.append(f"Attributions that differ ({len(scores.attribution_misses)}): ledger's according_to vs proposed")
        for article, iso3, category, cited, proposed in scores.attribution_misses:
            lines.append(f"  {article} {iso3} {category}: {cited or '(own voice)'!s} vs {proposed or '(own voice)'}")
    return "\n".join(lines)


def attribution_line(scores: Scores) -> str:
    """One line: the share of matched claims whose proposed according_to is the ledger's."""
    if scores.attribution is None:
        return "attribution (according_to): not scored, the ledger has no according_to column"
    agree, compared = scores.attribution
    share = agree / compared if compared else 1.0
    return f"attribution (according_to): {agree} of {compared} matched claims agree ({share:.3f})"
