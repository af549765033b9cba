"""Scoring the extractor against the reviewed ledger: counts, misses, false alarms, the command."""

from dataclasses import replace

import pytest

from geodata import paths
from geodata.cli import main
from geodata.evaluate import Scores, evaluate, report, score
from geodata.ledger import load_ledger
from geodata.extract import CATEGORY_ORDER, propose


def test_precision_recall_and_f1_come_from_the_counts():
    scores = Scores({"station": [8, 2, 2], "shutdown": [0, 0, 0]})
    assert scores.prf("station") == pytest.approx((0.8, 0.8, 0.8))
    assert scores.prf("shutdown") == (1.0, 1.0, 1.0)
    assert scores.prf() == scores.prf("station")


def test_the_fixture_ledger_is_scored_per_category_and_overall(ledger):
    scores = evaluate(ledger)
    assert set(scores.counts) == set(CATEGORY_ORDER)
    precision, recall, f1 = scores.prf()
    assert precision >= 0.9 and f1 >= 0.8  # a guard against regressions, not a target to tune to
    text = report(scores)
    assert text.splitlines()[0].split() == ["category", "tp", "fp", "fn", "precision", "recall", "F1"]
    assert all(category in text for category in CATEGORY_ORDER) and "overall" in text


def test_a_proposal_missing_from_the_ledger_is_a_false_alarm_with_its_sentence(seeds_copy):
    claims = paths.claims_csv(seeds_copy)
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text("".join(line for line in lines if "Canada,official_response" not in line), encoding="utf-8")
    scores = evaluate(seeds_copy)
    alarm = [a for a in scores.false_alarms if a[:3] == ("001_e80dd448109beedd.txt", "CAN", "official_response")]
    assert alarm and "cease and desist" in alarm[0][3]
    assert "001_e80dd448109beedd.txt CAN official_response" in report(scores)


def test_a_held_out_set_is_scored_without_its_misses_and_false_alarms(seeds_copy, capsys):
    claims = paths.claims_csv(seeds_copy)
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text("".join(line for line in lines if "Canada,official_response" not in line), encoding="utf-8")
    assert main(["evaluate", "--seeds", str(seeds_copy), "--scores-only"]) == 0
    shown = capsys.readouterr().out
    assert "overall" in shown and "official_response" in shown
    assert "cease and desist" not in shown and "False alarms" not in shown and "Misses" not in shown


def test_a_ledger_claim_not_proposed_is_a_miss_with_its_quote(seeds_copy):
    claims = paths.claims_csv(seeds_copy)
    quote = "Tensions between China and countries like Canada have also flared."
    with claims.open("a", encoding="utf-8") as fh:
        fh.write(f'000_6f7ba2e1a73b48cc.txt,Japan,investigation,,,"{quote}",,\n')
    scores = evaluate(seeds_copy)
    assert ("000_6f7ba2e1a73b48cc.txt", "JPN", "investigation", quote) in scores.misses
    assert scores.counts["investigation"][2] >= 1


def test_evaluate_command_prints_scores_then_misses_and_false_alarms(ledger, capsys):
    assert main(["evaluate", "--seeds", str(ledger)]) == 0
    out = capsys.readouterr().out
    assert out.index("overall") < out.index("Misses (") < out.index("False alarms (")


def test_attribution_is_scored_on_the_matched_claims_when_the_ledger_names_sources(ledger):
    ledger = load_ledger(ledger)
    plain = score(replace(ledger, claims=ledger.claims.drop(columns="according_to")))
    assert plain.attribution is None and "not scored" in report(plain)
    proposed = {(a, c.iso3, c.category): c.according_to for a, text in ledger.texts.items() for c in propose(text)}
    keys = list(zip(ledger.claims.article, ledger.claims.iso3, ledger.claims.category))
    sources = [proposed.get(k, "") for k in keys]
    sources[keys.index(next(k for k in keys if k in proposed))] = "Someone Else"  # one disagreement
    ledger.claims["according_to"] = sources
    scores = score(ledger)
    agree, compared = scores.attribution
    assert compared == sum(true_positives for true_positives, _, _ in plain.counts.values())
    assert agree == compared - 1 and len(scores.attribution_misses) == 1
    assert f"attribution (according_to): {agree} of {compared} matched claims agree" in report(scores)


def test_an_alias_in_the_ledger_counts_as_its_canonical_source(ledger):
    ledger = load_ledger(ledger)
    proposed = {(a, c.iso3, c.category): c.according_to for a, text in ledger.texts.items() for c in propose(text)}
    keys = list(zip(ledger.claims.article, ledger.claims.iso3, ledger.claims.category))
    ledger.claims["according_to"] = ["Safeguard Defender" if proposed.get(k) == "Safeguard Defenders" else proposed.get(k, "")
                                     for k in keys]
    assert "Safeguard Defenders" in proposed.values()
    assert score(ledger).attribution_misses == []
