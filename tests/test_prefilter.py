"""The literal prefilters read from regular expressions never skip a search that would match."""

import re

from hypothesis import given, strategies as st

from geodata import paths
from geodata.article_text import read_article, sentence_spans
from geodata.extract import attribution, lexicon
from geodata.extract.prefilter import may_match, necessary_literals


def test_a_run_of_literal_characters_is_necessary():
    assert necessary_literals(r"\bnumber,?\s+of\b") == ("number",)


def test_an_alternation_needs_a_literal_in_every_branch():
    assert necessary_literals(r"\b(?:which|them)\s+in\b") == ("them", "which")
    assert necessary_literals(r"\b(?:which|\d+)\s+in\b") == ("in",)


def test_optional_parts_and_classes_give_nothing():
    assert necessary_literals(r"(?:about\s+)?\d+") is None
    assert necessary_literals(r"[abc]+") is None


def test_a_case_insensitive_pattern_is_never_prefiltered():
    assert necessary_literals(re.compile("station", re.IGNORECASE)) is None
    assert necessary_literals(r"(?i:station)s") is None
    assert may_match(r"(?i)station", "STATION")


def lexicon_patterns():
    """Every pattern the extractor searches with, as compiled patterns."""
    found = list(lexicon.STATION_COUNTS) + [lexicon.TRIGGERS[c] for c in lexicon.TRIGGERS] + [lexicon.STATION_TERM]
    found += [attribution.ATTRIBUTED, attribution.REFERS_TO_GROUP, attribution.SAY, lexicon.CLAUSE_BREAK]
    return [re.compile(p.pattern) for p in found]


def test_no_sentence_of_the_ledgers_is_skipped_by_a_pattern_that_matches_it():
    patterns = lexicon_patterns()
    folders = [paths.ROOT / "seeds" / "articles", paths.ROOT / "benchmarks" / "heldout" / "articles"]
    sentences = []
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        article = read_article(path)
        sentences += [lexicon.plain_lower(article.text[s.start:s.end]) for s in sentence_spans(article)]
    assert sentences
    for pattern in patterns:
        for sentence in sentences:
            if pattern.search(sentence):
                assert may_match(pattern, sentence), (pattern.pattern[:60], sentence)


@given(st.lists(st.sampled_from(["at least ", "two ", "11 ", "stations ", "of which ", "are in ", "italy", ", ",
                                 "offices ", "in ", "number, ", "such ", "places ", "said ", "report by "]),
                max_size=12).map("".join))
def test_a_station_count_is_searched_whenever_it_can_match(text):
    for pattern in lexicon.STATION_COUNTS:
        if re.search(pattern.pattern, text):
            assert may_match(pattern, text)


def test_a_case_insensitive_twin_of_a_pattern_keeps_its_own_prefilter():
    assert not may_match(re.compile("abc"), "ABC")
    assert may_match(re.compile("abc", re.IGNORECASE), "ABC")


def test_a_lazy_pattern_is_prefiltered_without_being_compiled():
    pattern = lexicon.Lazy(r"\bnumber\s+of\b")
    assert not may_match(pattern, "eleven stations")
    assert "search" not in vars(pattern)
