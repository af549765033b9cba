"""Roles before claims: which place mentions cannot be hosts.

In:  an Article and its place mentions, or one lower-cased sentence and the mentions in it.
Out: mentions get roles (a set of reasons) in place: "dateline" ("LONDON (Reuters) -", a first line
     that is only a place), "based" ("Madrid-based", "based in Spain"), "source" ("a Spanish rights
     group", "Italian newspaper"), "comparison" ("unlike Canada", "as in Italy"), "embassy" (the
     Chinese embassy's seat), "venue" (a conference in Singapore), "spoke_in" (an official "speaking to reporters in Washington"), "kin_home" (where a relative who
     tells the story lives: "his wife, who lives in the United States"); `about_another_state` tells a
     sentence about Russia or the CIA that never names China. China itself (the actor) is marked by
     rules.article_claims.
"""

import bisect

from geodata.article_text import Article
from geodata.extract.gazetteer import Mention
from geodata.extract.lexicon import (
    BASED_AFTER, BASED_BEFORE, BASED_WORDS, LANGUAGE_AFTER, LANGUAGE_BEFORE, LANGUAGE_END, PARTNER_AFTER, PARTNER_BEFORE, CHINA_CUE, COMPARISON_BEFORE, COMPARISON_PAIRS, DATELINE_PREFIX, DATELINE_REST,
    CITY_SOURCE_AFTER, COUNTED_PEOPLE_BEFORE, EMBASSY_BEFORE, EMBASSY_WORDS, FORCES_AFTER, KIN_HOME_BEFORE, KIN_SPEAKS_AFTER, NATIONALITY_AFTER, NATIONALITY_BEFORE, OTHER_STATE, OTHER_STATE_STEMS, SOURCE_AFTER, SPOKE_IN_BEFORE, VENUE_BEFORE, RELATIVE_AFTER, SITE_AFTER_PLACE, ENTRY_AFTER_PLACE,
)


def mark_dateline(article: Article, mentions: list[Mention]) -> None:
    """Mentions in a dateline get the role 'dateline': a first line that is only a place (and a
    date or agency), or a 'LONDON (Reuters) -' / 'Rome, Dec 5 -' prefix in the first paragraphs."""
    starts = [m.start for m in mentions]
    for n, para in enumerate(article.paragraphs[:3]):
        text = article.text[para.start:para.end]
        inside = mentions[bisect.bisect_left(starts, para.start):bisect.bisect_left(starts, para.end)]
        if not inside:
            continue
        whole = len(text) <= 60 and leftover(text, para.start, inside) == ""
        prefix = DATELINE_PREFIX.match(text)
        head_end = para.start + prefix.end("head") if prefix else para.start
        in_head = [m for m in inside if m.end <= head_end]
        if prefix and in_head and (not prefix.group("colon") or prefix.group("head").isupper()) \
                and leftover(text[:prefix.end("head")], para.start, in_head) == "":
            for m in in_head:
                m.roles.add("dateline")
        elif whole and n == 0:
            for m in inside:
                m.roles.add("dateline")


def leftover(text: str, offset: int, mentions: list[Mention]) -> str:
    """`text` without the mentions, agency names, dates and punctuation ('' for a bare dateline)."""
    parts, at = [], 0
    for m in mentions:
        parts.append(text[at:m.start - offset])
        at = m.end - offset
    parts.append(text[at:])
    rest = " ".join(parts)
    return DATELINE_REST.sub("", rest).strip()


def last_words(before: str) -> list[str]:
    """The last two words of `before`, a leading 'the' of the name dropped; '' where none."""
    words = before.rsplit(None, 3)[-3:]
    if words and words[-1] == "the":
        words.pop()
    return ["", ""][:max(0, 2 - len(words))] + words[-2:]


def mark_asides(sentence: str, offset: int, mentions: list[Mention]) -> None:
    """Roles from the words around each mention in one lower-cased sentence (`offset` is the
    sentence's start in the text): based, source, comparison, embassy. Actors are marked already."""
    for m in mentions:
        if m.roles:
            continue
        a, b = m.start - offset, m.end - offset
        before, after = sentence[max(0, a - 60):a], sentence[b:b + 60]
        last = last_words(before)
        if after[:8].lstrip(" -").startswith(("based", "headquartered", "owned", "run", "funded", "backed", "born")) \
                and BASED_AFTER.match(after) \
                or last[-2] in BASED_WORDS and BASED_BEFORE.search(before):
            m.roles.add("based")
        elif m.kind == "demonym" and SOURCE_AFTER.match(after) \
                or m.kind in ("city", "alias_city") and CITY_SOURCE_AFTER.match(after):  # "a Prague think tank"
            m.roles.add("source")
        elif m.kind == "demonym" and PARTNER_AFTER.match(after) and PARTNER_BEFORE.search(before) and "patrol" not in sentence:
            m.roles.add("partner")
        elif m.kind == "demonym" and (LANGUAGE_AFTER.match(after)
                                      or LANGUAGE_BEFORE.search(before) and LANGUAGE_END.match(after)):
            m.roles.add("language")
        elif (last[-1] in ("like", "unlike") or (last[-2], last[-1]) in COMPARISON_PAIRS) \
                and COMPARISON_BEFORE.search(before) and not RELATIVE_AFTER.match(after):
            # (not "unlike Ecuador, whose interior ministry asked police to check ...": the relative clause tells what it did)
            m.roles.add("comparison")
        elif last[-2] in EMBASSY_WORDS and EMBASSY_BEFORE.search(before):
            m.roles.add("embassy")
        elif last[-1] == "in" and VENUE_BEFORE.search(sentence, max(0, a - 160), a):  # (the group that told reporters: further back)
            m.roles.add("venue")
        elif last[-1] == "in" and SPOKE_IN_BEFORE.search(sentence, max(0, a - 80), a):
            m.roles.add("spoke_in")
        elif last[-1] in ("in", "of") and (kin := KIN_HOME_BEFORE.search(sentence, max(0, a - 100), a)) \
                and (kin.group("according") or KIN_SPEAKS_AFTER.match(after)):
            m.roles.add("kin_home")
        elif m.kind == "demonym" and (NATIONALITY_AFTER.match(after) and NATIONALITY_BEFORE.search(before)
                                      or COUNTED_PEOPLE_BEFORE.search(before) and not FORCES_AFTER.match(after)
                                      and not SITE_AFTER_PLACE.match(after) and not ENTRY_AFTER_PLACE.match(after)):
            # ("the three Portuguese sites", "Three Portuguese entries": not people)
            m.roles.add("nationality")


def about_another_state(sentence: str) -> bool:
    """Is this lower-cased sentence about another state's conduct (the CIA, "Russia, for example,
    has been accused") without naming China or the stations? Then none of its places are hosts."""
    return (any(w in sentence for w in OTHER_STATE_STEMS) and OTHER_STATE.search(sentence) is not None
            and CHINA_CUE.search(sentence) is None)
