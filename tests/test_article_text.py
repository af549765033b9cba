from hypothesis import given, strategies as st

from geodata.article_text import (content_paragraphs, find_quote, normalise, normalise_with_map, parse_article,
                              sentence_spans)


def test_curly_quotes_and_dashes_are_made_plain():
    assert normalise("“Patrol and Persuade” – a ‘report’") == '"Patrol and Persuade" - a \'report\''


def test_whitespace_runs_collapse_to_one_space():
    assert normalise("launched  in\u00a0at least\n13") == "launched in at least 13"


@given(st.text())
def test_every_normalised_character_maps_back_to_the_original(text):
    plain, where = normalise_with_map(text)
    assert len(plain) == len(where)
    assert all(0 <= i < len(text) for i in where)
    assert where == sorted(where)


def test_page_furniture_is_not_content():
    text = ("London\n\nAdvertisment\nAlso Read | Something else\nStory line.\nWATCH WION LIVE HERE\n"
            "Getty Images\nLazy eyes listen\n(With inputs from agencies)\n")
    article = parse_article("a.txt", text)
    assert [article.paragraph_text(p) for p in article.paragraphs] == ["London", "Story line."]


def test_a_repeated_body_is_counted_once():
    text = "First paragraph.\nSecond paragraph.\nFirst paragraph.\nSecond paragraph.\n"
    assert len(content_paragraphs(text)) == 2


def test_a_quote_is_found_with_curly_quotes_and_extra_spaces_and_keeps_original_offsets():
    text = "Intro.\nThe report, called “Patrol and Persuade”,  says so.\n"
    article = parse_article("a.txt", text)
    span = find_quote(article, 'called "Patrol and Persuade", says')
    assert text[span.start:span.end] == "called “Patrol and Persuade”,  says"


def test_a_quote_in_furniture_is_not_found():
    article = parse_article("a.txt", "Story.\nAlso Read | Italy shut a station\n")
    assert find_quote(article, "Italy shut a station") is None


def test_sentences_split_at_full_stops_but_not_after_abbreviations():
    text = "Mr. Wray spoke in the U.S. on Monday. Italy hosted 11 stations. “Yes,” he said."
    article = parse_article("a.txt", text)
    assert [text[s.start:s.end] for s in sentence_spans(article)] == [
        "Mr. Wray spoke in the U.S. on Monday.", "Italy hosted 11 stations.", "“Yes,” he said."]
