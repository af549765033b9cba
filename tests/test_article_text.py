from hypothesis import given, strategies as st

from geodata.article_text import (Span, content_paragraphs, find_quote, normalise, normalise_with_map, parse_article,
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


# The fast paths of reading (geodata.intake.clean_text, content_paragraphs) against their plain definitions.
NEWS_PIECES = list("ab AB.\n\r\t-|:()'") + ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x00", "\x7f",
                                           "\u200b", "\u202e", "\ufeff", "\u00ad", "e\u0301", "\u00e9", "\u00a0",
                                           "\u2019", "\u2014", "Advertisement", "listen", "Also Read | x",
                                           "(With inputs from AFP)"]
NEWS_CHARS = st.lists(st.sampled_from(NEWS_PIECES), max_size=30).map("".join)


def plain_clean_text(text: str) -> str:
    """clean_text as its docstring defines it, every step always run."""
    import unicodedata

    from geodata.intake import INVISIBLE, LINE_ENDS

    return unicodedata.normalize("NFC", INVISIBLE.sub("", LINE_ENDS.sub("\n", text)))


def plain_content_paragraphs(text: str) -> tuple[Span, ...]:
    """content_paragraphs as first written: each line sliced from the text, then stripped."""
    from geodata.article_text import FURNITURE

    seen, spans, offset = set(), [], 0
    for line in text.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\r\n"))
        offset += len(line)
        body = text[start:end]
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if not body or FURNITURE.search(normalise(body)) or normalise(body).casefold() in seen:
            continue
        seen.add(normalise(body).casefold())
        spans.append(Span(start + lead, start + lead + len(body)))
    return tuple(spans)


@given(NEWS_CHARS)
def test_clean_text_fast_paths_give_what_the_plain_steps_give(text):
    from geodata.intake import clean_text

    assert clean_text(text) == plain_clean_text(text)


@given(NEWS_CHARS)
def test_content_paragraphs_are_those_of_the_plain_reading(text):
    assert content_paragraphs(text) == plain_content_paragraphs(text)
