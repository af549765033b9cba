"""Claims from the place mentions of one article: roles first, then trigger words per clause.

In:  an Article, its place mentions (geodata.extract.gazetteer.find_mentions) and its folded text.
Out: `article_claims(article, mentions, folded)` -> a list of Claim, one per (country, category),
     each with the sentence that supports it, its offsets in the original text, the rule that fired
     and who the article attributes it to (attribution.py).

China is the actor, never a host; the other roles (dateline, asides) are in roles.py. Each sentence
with a possible host and a cue word is searched for the trigger phrases of the six categories
(lexicon.py), only where their cue words stand. A station is "in" the place, hosted by it, counted
in it or named for its city. A trigger that names who acts (an investigation, a shutdown, an
official response) is bound to its own actor (bound_hosts): the place before it in its clause (and
"as has X" after it), else an official who says so after it, else the places after it up to a
relative clause or an apposition; what China does is not the host's (China acted on in the passive,
"the Chinese ambassador was summoned", does not act). A clause after "and" or "but" with no subject
of its own shares the subject before. A sentence with no place of its own speaks of the one country
of the sentences just before it (<category>_carried; officials only, for responses and
investigations). Patrols take every place of their clause, forced returns the places they are "from"
when one is named. A list ("Canada, Germany and the Netherlands", "from Lisbon to Oslo") shares what
its first member has. A stated decision not to act ("no plans to close") is a response
(response_declined), and so is a closure promised for any station found ("any such station would be
shut", response_conditional). The rule column names what fired (<category>_<binding>).
"""

import bisect
from dataclasses import dataclass

from geodata.article_text import Article, Span, sentence_bounds
from geodata.extract.gazetteer import Mention
from geodata.extract.lexicon import (
    ACCUSED_BEFORE, ACTORS, AGREEMENT_WORDS, ANOTHER_BEFORE, ANY_ATTEMPT, APPOSITION_CLAUSE, BY_BEFORE, CARRY_NOT_OFFICIAL, CARRY_OFFICIALS,
    CALLED_FOR_BEFORE, CATEGORY_ORDER, DECLINED_DEAL_BEFORE, THERE_IS_BEFORE, SAYING, CHINESE_BEFORE, CHINA_NAMES_STATIONS, CHINA_PASSIVE_AFTER, CHINA_TOLD_BEFORE, CHINA_TOLD_PASSIVE, CITY_KINDS, CLAUSE_BREAK,
    CLOSES_ONE_NAMED_BEFORE, CORRECTION, COUNTRY_STATIONS_AFTER, COUNT_IN_BEFORE, CUES, CUE_CATEGORY_SETS,
    CUE_INNER, CUE_LEADS, CUE_LENGTHS, CUE_NAMES, DECLINED_BEFORE, DEMAND_STEMS, DENIAL_BEFORE, DENIAL_STEMS,
    DIGEST_COUNT_LINE, DIGEST_LINE, ELLIPSIS_BEFORE, FROM_GAP, GENERIC_HOSTS, GROUP_NOUN, HAS_DIGIT, HEADLINE_AS, HEDGE_WORDS, HOSTED_GAP, HOST_VERB_AFTER,
    HYPOTHETICAL_BEFORE, INVESTIGATION_BY, INVESTIGATION_BY_OFFICIALS, LARGE_NUMBER, LAW_AFTER, LISTED_AS, LIST_GAP,
    AIMED_AT_BEFORE, CRIME_RAID_BEFORE, PROTESTED_BEFORE, OFFICIAL_BODY, CHINA_SPEAKS_FIRST, FORCE_NOUN, FORCE_NOUN_BEFORE, NON_OFFICIAL_ACTOR, FORCED_VERBS_PLAIN, OFFICIAL_ACT_STEMS, OTHER_MATTER, POLICE_ACTOR, TO_PERSUADE_BEFORE, NON_OFFICIAL_DEMAND_BEFORE, INQUIRY_CLOSED_BEFORE, DEMAND_WORD, REVIEW_WORD, MUST_RESPECT_LAW, OBJECTED, SPORTS_BODY_BEFORE, THINGS_BEFORE, RETURN_OBJECT_AFTER, FOREIGN_STATE_BEFORE, STATE_POLICY, SEARCHED_SOMETHING, RETURN_SHAPES, CASE_CONTEXT, CHINESE_SUBJECT_BEFORE, STATION_WORD_EARLIER, BODY_SEARCH, OWN_REASONS_AFTER, EMBASSY_STATION_WORD, COMMUNITY_SPEAKER, CHINA_SPOKE_OF_IT, RETURN_HAPPENED_AFTER, REPORT_COUNT_WORDS, NON_OFFICIAL_DEMANDER_BEFORE, WE_FOUND_BEFORE, OFFICIALS_WORD, OFFICIAL_BEFORE, ON_THE_LIST_AFTER, AMONG_LISTED_BEFORE, LIST_IS_THE_REPORTS, INQUIRY_CLOSED_IT_BEFORE, CLOSED_IT, OTHER_COUNTS, CLOSED_WITHOUT_ITS_WORD, STATION_WORD_BEFORE, COUNT_HINT, ONE_WORDS, TIMES_WORDS, OTHER_COUNTRIES_BEFORE, PRESS_INQUIRY_BEFORE, REFUSED_AFTER, ILLEGALLY_BEFORE, OWN_PEOPLE_AFTER, PEOPLE_AFTER_VERB, USED_ON_PEOPLE, PLANNED_BEFORE, LISTS_OTHER, RANKING_IN, RANKS_OTHER, RANK_AFTER, RANK_EACH, RANK_LISTED_AFTER, RANK_FOLLOWED_BEFORE, RANK_WITH_AFTER, BORDER, BORDER_AFTER, FALSE_CLAIM_BEFORE, FAMILY_AFTER, HOME_TOWN, NO_CHINESE_OFFICERS, STATEMENT_OF_STATE, SHUT_PRONOUN_BEFORE, WITH_NEIGHBOURS_AFTER, CHINA_WORD, CLAIMED_BEFORE, NEW_PATROLS_BEFORE, CONSIDERED_BEFORE, DISCUSSED_AFTER, MIGHT_COME_AFTER, SHUT_NOUN_BEFORE, SHUT_STATION_WORDS, TO_FACE_BEFORE, DEMANDED_BEFORE, INVERTED_CONDITIONAL, LOCAL_STATION, LOCATIVE_BEFORE, LOCATIVE_ENDS, MAY_HAVE_BEEN_BEFORE, MODAL_BEFORE, MODAL_END, NEGATED_AFTER, NEGATION_BEFORE, NEGATION_WORDS, NGO_INVESTIGATES, NON_OFFICIAL_SAYS, NON_OFFICIAL_SUBJECT_BEFORE, PENALTY, CHINA_SPOKE, QUOTED_OFFICIAL, QUOTE_AS_CHINA, QUOTE_STORY, QUOTE_TOPIC, RETURN_WORDS, POSSESSIVE_OFFICIAL_SAID, DEMONYM_OFFICIAL_SAID, NOT_IN_OFFICE_BEFORE, NOT_SAID_BEFORE, OTHER_PLACES_AFTER, GUESSED_BEFORE, NON_STATE_SUBJECT, WITHOUT_MENTIONING, OFFICIAL_AS_OBJECT_BEFORE, OFFICIAL_SAID_TOPIC,
    NGO_INVESTIGATION_BY, NON_OFFICIALS_IN_BEFORE, NOT_IN_BEFORE, NOT_POLICE_STATION, SITE_LEADS, OTHER_SITE_BEFORE, DISOWNED_TERM_BEFORE, SITE_AFTER_PLACE, NO_SITE_BEFORE, POSSESSOR_BEFORE, COUNT_AFTER_COUNTRY, COUNT_IN_BRACKETS, RANKED, TIMES_AFTER_COUNTRY, ENTRY_AFTER_PLACE, ENTRY_COUNT_BEFORE, NO_STATION, NUMBER_WORDS,
    OFFICIALS_IN_BEFORE, OFFICIAL_SAID_AFTER, OFFICIAL_SPEAKER_AFTER, OFFICIAL_SUBJECT, OFFICIAL_TITLE_AFTER, ONE_EACH, ONE_PERSON,
    ON_SOIL_BEFORE, OPINION_WORDS, OPPOSITION, ORDERED, OWN_AFTER, PARTNER_FORCES_AFTER, PERSON_COUNT, PLACE_OWN_STATION_AFTER, PLACE_POLICE_STATION, PROMISE_AFTER,
    POSSESSIVE_BEFORE, PRONOUN_CLAUSE, PRONOUN_THAT_CLAUSE, QUALIFIER_GAP, RANGE_GAP, RANGE_START, REFERS_BACK, RELATIVE_CLAUSE, RELATIVE_SPAN,
    REPORTS_OF, PROPOSED_BEFORE, WITH_WHICH_BEFORE, ACTIVITY_ENDED, ANOTHER_CASE, DISOWNS_BEFORE, NOT_CONNECTED, RESPONSE_ACTIONS, RESPONSE_FROM, RESPONSE_LOCATIVE, RETURN_TO_BEFORE, SAID_AFTER, SAID_NAME_BEFORE, SELF_NEGATION, SENT_TO_BEFORE, SOIL_AFTER,
    SOURCE_SUBJECT, STANCE_WORDS, STATE_AFTER, STATIONISH, STATION_AFTER_CITY, STATION_ANCHORED, STATION_WORD, STATION_COUNTS,
    STATION_HEDGE, SUBJECTLESS_CLAUSE, SUBORDINATE, TERRITORY, TERRITORY_BEFORE, TRAINING_IN_BEFORE, TRIGGER_ANCHORED, UNDER_BEFORE, UNRELATED,
    ONE_OF_BEFORE, PART_BEFORE, NO_INVESTIGATION, NO_PRESSURE, GAP_BEFORE, REMAINS_BEFORE, GROUP_NAMED, OTHER_COUNTED_AFTER,
    INTERVENED_CONTEXT, INTERVENED_AFTER, NO_ONE_AFTER, OFFER_BEFORE, EACH, REPORT_NAMED, EXAMPLES_BEFORE, STATION_STORY, WIDE_TERM, NARROW_TERM, ADDRESS_AFTER_CITY, STATION_SUBJECT_GAP, AFTER_PREPOSITION, TO_ESTABLISH, COUNTED_TERM, USED_TO_BEFORE, VIA_BEFORE, WHERE_AFTER, WITH_AFTER, WITH_ANOTHER, WORLDWIDE, YEAR, YEAR_RANGE, YEAR_SINCE, count_value, number, plain_lower,
)
from geodata.extract.attribution import Attributions
from geodata.extract.prefilter import may_match
from geodata.extract.roles import about_another_state, last_words, mark_asides, mark_dateline


@dataclass
class Claim:
    iso3: str
    category: str
    value: str
    quote: str
    start: int
    end: int
    rule: str
    city: str = ""
    according_to: str = ""  # who the article says it (attribution.according_to); '' in the outlet's own voice


# guards of one shape: a trigger of the category (starting with the second pattern, when one is given) with the third pattern in
# the `reach` characters before it is no claim
BEFORE_GUARDS = (
    ("forced_return", None, AIMED_AT_BEFORE, 30),  # "the Chinese practice of \"persuading\" suspects abroad to return": an aim
    ("forced_return", None, PROTESTED_BEFORE, 40),  # "Taiwan has long protested against the deportation of its citizens": not there
    ("patrol_agreement", None, PLANNED_BEFORE, 60),  # "reported plans to let Chinese police officers patrol": a plan
    ("patrol_agreement", None, PROPOSED_BEFORE, 160),  # "turned down a proposal ... for Chinese police officers to join": proposed
    ("patrol_agreement", None, WITH_WHICH_BEFORE, 50),  # "Australia, with which it signed a security pact": not with China
    ("investigation", None, ILLEGALLY_BEFORE, 15),  # "for illegally gathering information about dissidents": the crime
    ("shutdown", None, INQUIRY_CLOSED_BEFORE, 40),  # "The inquiry was closed in 2023 without charges": no station closed
    ("shutdown", None, GAP_BEFORE, 50),  # "a gap the lawmakers want closed": a loophole
    ("forced_return", None, REMAINS_BEFORE, 80),  # "the remains of 25 Chinese soldiers were escorted back to China"
    ("official_response", None, SPORTS_BODY_BEFORE, 80),  # "Italy's football federation does not exclude sanctions": a sports body's
    ("investigation", None, WE_FOUND_BEFORE, 30),  # "We found no evidence that Germany has considered ...": the writer's finding
    ("official_response", DEMAND_WORD, NON_OFFICIAL_DEMANDER_BEFORE, 60),  # "Coalition MPs had demanded ...": not the state's act
    ("investigation", REVIEW_WORD, CHINESE_SUBJECT_BEFORE, 60),  # "The Chinese embassy published its review of the report"
    ("forced_return", RETURN_SHAPES, THINGS_BEFORE, 80),  # "artefacts were flown back to China": things, no one returned
)
# guards of the other shape: a trigger starting with the first pattern is a claim only with the second in the `reach` characters
# before it
REQUIRED_BEFORE = (
    # "the restaurant ... ended its business", "the office ... has been vacated" (not "the bakery ended its business", "the post of
    # ambassador has been vacated")
    ("shutdown", CLOSED_WITHOUT_ITS_WORD, STATION_WORD_BEFORE, 160),
    # "The office shut after an FBI search": a body's search as a noun speaks of a station only with its word before it
    ("investigation", BODY_SEARCH, STATION_WORD_EARLIER, 200),
    # "the FBI searched one in Manhattan", "searched the building": of a station named before it in the sentence
    ("investigation", SEARCHED_SOMETHING, STATION_WORD_EARLIER, 200),
)
HYPOTHETICAL_CATEGORIES = ("investigation", "shutdown", "patrol_agreement", "forced_return")  # "asked whether ..."


# --- sentences ---------------------------------------------------------------------------------

def is_negated(sentence: str, a: int, may_deny: bool = True) -> bool:
    """Is the trigger at `a` negated ("has not closed") or denied ("denied that the centres in
    Italy are police stations")? `may_deny` False: the sentence holds no DENIAL_STEMS."""
    window = sentence[max(0, a - 110):a].replace('"', " ")  # "no agreement between X and China on joint patrols" reaches 110
    if ("n't" in window or not NEGATION_WORDS.isdisjoint(window.split())) \
            and NEGATION_BEFORE.search(sentence, max(0, a - 110), a):
        return True
    return may_deny and is_denied(sentence, a)


def is_denied(sentence: str, a: int) -> bool:
    """Does a denial stand before `a` in its clause ("Beijing denied that ...")?"""
    wide = sentence[max(0, a - 130):a]
    return any(w in wide for w in DENIAL_STEMS) and DENIAL_BEFORE.search(sentence, max(0, a - 130), a) is not None \
        or "false" in wide and FALSE_CLAIM_BEFORE.search(sentence, max(0, a - 130), a) is not None


def find_anchored(patterns, sentence: str, hits: tuple[dict, set], name: str) -> list[tuple[int, int]]:
    """Spans of one declared pattern (lexicon.anchored) in a lower-cased sentence: its leading
    alternatives tried where their cue words start (`hits` from cue_sites, under the pattern's
    `name`), the others searched only when their cue is present. Sorted, one span per start (the
    longest)."""
    leading, _, inner, _ = patterns
    spans = {}
    for pos in hits[0].get(name, ()):
        match = leading.match(sentence, pos)
        if match and match.end() > spans.get(pos, pos):
            spans[pos] = match.end()
    if inner is not None and name in hits[1]:
        for cue in hits[1][name]:
            for match in inner[cue].finditer(sentence):
                if match.end() > spans.get(match.start(), match.start()):
                    spans[match.start()] = match.end()
    return sorted(spans.items()) if len(spans) > 1 else list(spans.items())


def triggers_in(sentence: str, mentions: list[Mention], offset: int, hits: tuple[dict, set],
                categories=CATEGORY_ORDER) -> dict[str, list[tuple[int, int]]]:
    """Trigger spans per category in one lower-cased sentence, negated ones and ones inside a
    place name ("Federal Bureau of Investigation") left out; only `categories` are searched, and
    only where their cue words (`hits`) stand."""
    found = {}
    may_deny = any(w in sentence for w in DENIAL_STEMS)  # once, not per trigger
    for category in categories:
        patterns = TRIGGER_ANCHORED.get(category)
        if patterns is None:
            continue
        spans = []
        for a, b in find_anchored(patterns, sentence, hits, category):
            if any(m.start <= a + offset and b + offset <= m.end for m in mentions):
                continue
            if not SELF_NEGATION.search(sentence, a, b) and is_negated(sentence, a, may_deny):
                if category in ("investigation", "shutdown") and DECLINED_BEFORE.search(sentence, max(0, a - 45), a) \
                        or category == "patrol_agreement" and declines_a_deal(sentence, a, b, mentions, offset):
                    found.setdefault("declined", []).append((a, b))  # "had no plans to close", "declined to sign": a decision
                continue
            if category in HYPOTHETICAL_CATEGORIES and NEGATED_AFTER.match(sentence, b):
                continue  # "joint patrols with Chinese police were \"not planned\""
            if category in HYPOTHETICAL_CATEGORIES and (("whether" in sentence or "if " in sentence or "unless" in sentence)
                                                       and HYPOTHETICAL_BEFORE.search(sentence, max(0, a - 95), a)
                                                       or sentence.rstrip(" \"'):").endswith("?")):
                continue  # "declined to say whether an investigation was opened", "if found, ...", a question
            if category == "shutdown" and "any" in sentence and MODAL_BEFORE.search(sentence, max(0, a - 95), a):
                found.setdefault("conditional", []).append((a, b))  # "any such station would be shut": a warning
                continue
            if category == "patrol_agreement" and not any("actor" in m.roles and a - 50 < m.start - offset < b
                                                          and not sentence.endswith("with ", 0, m.start - offset) for m in mentions) \
                    and not chinese_forces_subject(sentence, a, mentions, offset) \
                    and with_another(sentence, a, b, mentions, offset):
                continue  # "a policing deal with Australia": not with China ("Beijing signed a deal with Bulgaria" is)
            if category == "forced_return" and any(
                    not m.roles and a <= m.start - offset < b and RETURN_TO_BEFORE.search(sentence, max(0, m.start - offset - 30),
                                                                                          m.start - offset) for m in mentions):
                continue  # "went back to Vancouver after family members were questioned": a return, but not to China
            if category == "forced_return" and any(
                    not m.roles and m.iso3 not in ACTORS and b <= m.start - offset <= b + 40
                    and SENT_TO_BEFORE.search(sentence, max(0, m.start - offset - 12), m.start - offset) for m in mentions):
                continue  # "deported 40 Chinese workers to Cambodia", "talked into coming back to Spain": sent somewhere else
            if category == "official_response" and sentence.startswith(RESPONSE_ACTIONS, a) \
                    and DEMANDED_BEFORE.search(sentence, max(0, a - 25), a):
                continue  # "the government must \"expel anyone involved\"": asked for, not done
            if category in HYPOTHETICAL_CATEGORIES and sentence.lstrip(" \"'(").startswith(("were ", "should ", "had ")) \
                    and INVERTED_CONDITIONAL.match(sentence) and (a < sentence.find(",")
                                                                  or MODAL_END.search(sentence, max(0, a - 20), a)):
                continue  # "Were Paris to order a closure, ...": a condition
            if category == "shutdown" and (sentence.startswith("end", a) and ACTIVITY_ENDED.match(sentence, a)
                                           or sentence.startswith("wound", b - 8, b) or "wound up" in sentence[a:b]) \
                    and not station_subject(sentence, a):
                continue  # "The volcano in Iceland ended its activity", "the inquiry was wound up": no station ended
            if category == "official_response" and (sentence.startswith("said no", a) and not OFFER_BEFORE.search(sentence, 0, a)
                                                    or sentence.startswith("must not", a) and not STATIONISH.search(sentence)):
                continue  # "the mayor said no.", "critics say we must not reopen old wounds": not about an offer or a station
            if category == "official_response" and sentence.startswith(("arrest", "detain", "charg", "raid", "indict"), a) \
                    and OTHER_MATTER.search(sentence, a, (sentence + ";").index(";", a)) and not STATIONISH.search(sentence):
                continue  # "police arrested eleven people in a raid on a nightclub accused of drug sales": another matter
            if category == "official_response" and OFFICIALS_WORD.match(sentence, a) and (
                    someone_else_speaks(sentence, a) or COMMUNITY_SPEAKER.search(sentence) or CHINA_SPOKE_OF_IT.search(sentence)
                    or OBJECTED.match(sentence, a) and (CHINESE_SUBJECT_BEFORE.search(sentence, max(0, a - 60), a)
                                                        or not STATIONISH.search(sentence))
                    or MUST_RESPECT_LAW.match(sentence, a) and not FOREIGN_STATE_BEFORE.search(sentence, max(0, a - 80), a)
                    or not (official_says_so(sentence) or OFFICIAL_BEFORE.search(sentence, max(0, a - 160), a))):
                continue  # "nothing indicated ...", "was not a police station": the state's word only where its official says it
            if category == "official_response" and STATE_POLICY.match(sentence, a) and CHINA_SPOKE_OF_IT.search(sentence):
                continue  # "The Chinese foreign ministry said Kiribati would not continue its police agreement": China's word
            if category == "forced_return" and RETURN_OBJECT_AFTER.match(sentence, b):
                continue  # "pressured to return their money to China": money, not a person
            if category == "forced_return" and RETURN_SHAPES.match(sentence, a) and not CASE_CONTEXT.search(sentence):
                continue  # "the athletes were flown back to China", "pandas were escorted back to China": no one pursued
            if category == "shutdown" and OWN_REASONS_AFTER.match(sentence, b):
                continue  # "the restaurant \"ceased\" trading because of rent rises": a business closing for its own reasons
            if category == "official_response" and NO_ONE_AFTER.match(sentence, b):
                continue  # "Canada and the Netherlands have charged no one"
            if category == "official_response" and sentence.endswith("intervened", a, b) \
                    and not (INTERVENED_CONTEXT.search(sentence, max(0, a - 60), a) or INTERVENED_AFTER.match(sentence, b)):
                continue  # "police quickly intervened when a fire broke out": not about a station
            if category == "investigation" and TO_ESTABLISH.search(sentence, a, b) \
                    and not STATIONISH.search(sentence, b, min(len(sentence), b + 60)):
                continue  # "asked the Treasury to establish how much the expressway cost"
            if category == "investigation" and sentence.startswith("analy", a) and not POLICE_ACTOR.search(sentence, 0, a) \
                    and not sentence.startswith(("it ", "they ")):
                continue  # "a Dutch academic has been analysing the group's findings": no official's inquiry
            if category == "shutdown" and sentence[a:b] == "shut" and not (
                    (noun := SHUT_NOUN_BEFORE.search(sentence, max(0, a - 110), a))
                    and (SHUT_STATION_WORDS.search(sentence, noun.start(), a) or CHINA_WORD.search(sentence))
                    or SHUT_PRONOUN_BEFORE.search(sentence, max(0, a - 30), a) and STATIONISH.search(sentence, 0, a)
                    and SHUT_STATION_WORDS.search(sentence, 0, a)):
                continue  # "shut" alone: only after the station it closes ("the office in Dublin shut after ...")
            if category in HYPOTHETICAL_CATEGORIES and "claim" in sentence and CLAIMED_BEFORE.search(sentence, max(0, a - 150), a):
                continue  # "a video shared thousands of times claims that \"Chinese police now patrol Paris\""
            if category == "patrol_agreement" and "border" in sentence and not CHINA_WORD.search(sentence) and (
                    BORDER.search(sentence)
                    or BORDER_AFTER.match(sentence, b) and not NEW_PATROLS_BEFORE.search(sentence, max(0, a - 20), a)):
                continue  # "Germany and Poland agreed to expand joint patrols on their shared border"
            if category == "official_response" and sentence.startswith(("summon", "detain", "question", "threaten", "harass"), a) \
                    and FAMILY_AFTER.match(sentence, b) and (HOME_TOWN.search(sentence, max(0, a - 80), a) or any(
                        "actor" in m.roles and a - 80 < m.start - offset < a for m in mentions)):
                continue  # "police in his home town in Fujian summoned his elderly parents": China's pressure on a family
            if category == "official_response" and (STATEMENT_OF_STATE.match(sentence, a) and someone_else_speaks(sentence, a)
                                                     or NO_CHINESE_OFFICERS.match(sentence, a) and not official_says_so(sentence)):
                continue  # "activists said no foreign state should carry out police work in Britain": not the state's word
            if category == "official_response" and "constitut" in sentence[a:b] \
                    and (someone_else_speaks(sentence, a) or not officials_speak(sentence) and not any(m.kind == "agency" for m in mentions)):
                continue  # "Legal experts said such activity constitutes a crime under Peruvian law": not the state's verdict
            if category == "official_response" and sentence.startswith("no ", a) \
                    and THERE_IS_BEFORE.search(sentence, max(0, a - 20), a) and not SAYING.search(sentence):
                continue  # "Nigerian authorities have not commented, and there is no record of an inquiry": no one said it
            if category == "official_response" and sentence.startswith("charge", a) and TO_FACE_BEFORE.search(sentence, max(0, a - 30), a):
                continue  # "persuaded to go back home to face a fraud charge": China's charge
            if category == "patrol_agreement" and (MIGHT_COME_AFTER.match(sentence, b) or DISCUSSED_AFTER.match(sentence, b)
                                                   or WITH_NEIGHBOURS_AFTER.match(sentence, b)
                                                   or CONSIDERED_BEFORE.search(sentence, max(0, a - 40), a)):
                continue  # "similar patrols could come to the coast", "could be next to consider a policing arrangement"
            if category in HYPOTHETICAL_CATEGORIES and MAY_HAVE_BEEN_BEFORE.search(sentence, max(0, a - 45), a) \
                    and not (category == "forced_return" and RETURN_HAPPENED_AFTER.search(sentence, b)):
                continue  # "individuals who may have been pressured to return", "stations could be closed" (not "..., and one did return")
            if category == "forced_return" and (USED_TO_BEFORE.search(sentence, max(0, a - 30), a)
                                                or USED_ON_PEOPLE.search(sentence, max(0, a - 30), a) and PEOPLE_AFTER_VERB.match(sentence, a)):
                continue  # "offices that can be used to pressure people to return", "are used to pressure people": what they are for
            if any(category == guarded and (start is None or start.match(sentence, a)) and pattern.search(sentence, max(0, a - reach), a)
                   for guarded, start, pattern, reach in BEFORE_GUARDS):
                continue  # a protest, an aim, a plan, the crime, an inquiry closed (BEFORE_GUARDS)
            if any(category == guarded and start.match(sentence, a) and not needed.search(sentence, max(0, a - reach), a)
                   for guarded, start, needed, reach in REQUIRED_BEFORE):
                continue  # a trigger that speaks of a station only with its word before it (REQUIRED_BEFORE)
            if category == "shutdown" and CLOSED_IT.match(sentence, a) and INQUIRY_CLOSED_IT_BEFORE.search(sentence, max(0, a - 140), a):
                continue  # "opened a preliminary inquiry ..., and closed it the following year": the inquiry closed
            if category == "forced_return" and OWN_PEOPLE_AFTER.match(sentence, b):
                continue  # "Indonesia has repatriated several hundred of its nationals": a state's own people home
            if category == "investigation" and sentence.startswith("raid", a) and CRIME_RAID_BEFORE.search(sentence, max(0, a - 15), a):
                continue  # "after Batam fraud raid": a raid on another crime
            if category == "forced_return" and REFUSED_AFTER.match(sentence, b):
                continue  # "calls urging him to go back to China, but he had no intention of doing so": refused
            if category == "investigation" and sentence.startswith(OFFICIAL_ACT_STEMS, a) and not (
                    POLICE_ACTOR.search(sentence, max(0, a - 80), a) and not NON_OFFICIAL_ACTOR.search(sentence, max(0, a - 80), a)
                    and not OTHER_MATTER.search(sentence)):
                continue  # "The newspaper passed its findings to the prosecutor", "police searched an address in a drugs case"
            if category == "investigation" and sentence.startswith(("inquir", "enquir"), a) \
                    and PRESS_INQUIRY_BEFORE.search(sentence, max(0, a - 40), a):
                continue  # "answered to an inquiry only that": a press question
            if OTHER_COUNTRIES_BEFORE.search(sentence, max(0, a - 50), a) \
                    and not any(not m.roles and m.start - offset >= b for m in mentions):
                continue  # "and at least 13 countries have opened investigations": other countries (none named after it)
            if category == "forced_return" and FORCE_NOUN.match(sentence, a) and FORCE_NOUN_BEFORE.search(sentence, max(0, a - 10), a):
                continue  # "the force had no evidence that anyone had been forced to return": the police force
            if category == "forced_return" and TO_PERSUADE_BEFORE.search(sentence, max(0, a - 4), a) \
                    and sentence.startswith(FORCED_VERBS_PLAIN, a):
                continue  # "pressed his parents to persuade him to come back": a return aimed at
            if category == "shutdown" and NON_OFFICIAL_DEMAND_BEFORE.search(sentence, max(0, a - 120), a) \
                    and not OFFICIAL_BODY.search(sentence, max(0, a - 120), a):
                continue  # "A Left Bloc MP had demanded the closure of the Lisbon office": not the state's order
            if category == "investigation" and PROMISE_AFTER.match(sentence, b) and MODAL_END.search(sentence, max(0, a - 20), a):
                found.setdefault("conditional", []).append((a, b))  # "would investigate any credible allegation": a promise
                continue
            if category == "investigation" and (TRAINING_IN_BEFORE.search(sentence, max(0, a - 60), a)
                                                or ACCUSED_BEFORE.search(sentence, max(0, a - 20), a)
                                                or CALLED_FOR_BEFORE.search(sentence, max(0, a - 100), a)
                                                or NGO_INVESTIGATES.search(sentence, max(0, a - 40), a)
                                                and sentence[a:b].split()[0].endswith("ed")
                                                and not any(not m.roles and m.start < a + offset for m in mentions)
                                                or NGO_INVESTIGATION_BY.match(sentence[a:a + 60])
                                                and not sentence[a:b].split()[0].endswith("ed")  # "visited the addresses named by"
                                                or someone_elses(sentence, a, mentions, offset)
                                                or newsrooms(sentence, a, mentions, offset)):
                continue
            spans.append((a, b))
        if spans:
            found[category] = spans
    # and "declined": investigations or closures a government says it will not make; "conditional": closures
    # it says would follow
    return found


def with_another(sentence: str, a: int, b: int, mentions: list[Mention], offset: int) -> bool:
    """Is the partner of the patrol or deal at `a`-`b` another country ("a policing deal with Australia", "joint
    patrols in the hotel zone with officers from Spain's National Police"): the first place after its "with" (within 50
    characters) is a host, not China?"""
    first = next((m for m in mentions if m.start - offset > b), None)
    if first is not None and WITH_ANOTHER.fullmatch(sentence, b, first.start - offset):
        return not first.roles
    w = WITH_AFTER.search(sentence, a, b + 60)  # also its own "with" ("patrolling with India's border force")
    after = next((m for m in mentions if w and m.start - offset >= w.end()), None)
    return after is not None and not after.roles and after.start - offset - w.end() < 50


def declines_a_deal(sentence: str, a: int, b: int, mentions: list[Mention], offset: int) -> bool:
    """Does a state decline the patrols or deal at `a`-`b` with China ("Samoa declined to sign the ... policing deal",
    "will not take part in further joint patrols")? Not a deal with another partner, a condition, a guess ("Critics
    doubted that Serbia would not join"), someone else's word, or a union's, a party's or tourists' refusal."""
    return DECLINED_DEAL_BEFORE.search(sentence, max(0, a - 70), a) is not None \
        and not with_another(sentence, a, b, mentions, offset) \
        and not HYPOTHETICAL_BEFORE.search(sentence, max(0, a - 95), a) and not GUESSED_BEFORE.search(sentence, 0, a) \
        and not someone_else_speaks(sentence, a) and not NON_STATE_SUBJECT.search(sentence, max(0, a - 90), a)


def chinese_forces_subject(sentence: str, a: int, mentions: list[Mention], offset: int) -> bool:
    """Are China's police the subject of the patrols at `a` ("Chinese police officers began the fifth summer of joint
    patrols with Serbian colleagues"): China's forces named before the trigger in its clause, no other place between?"""
    for m in mentions:
        start, end = m.start - offset, m.end - offset
        if "actor" in m.roles and start < a and PARTNER_FORCES_AFTER.match(sentence, end) \
                and not CLAUSE_BREAK.search(sentence, end, a) \
                and not any(not n.roles and end <= n.start - offset < a for n in mentions):
            return True
    return False


def newsrooms(sentence: str, a: int, mentions: list[Mention], offset: int) -> bool:
    """Is the investigation at `a` a newsroom's ("an investigation by RTL Nieuws", "an investigation
    published on Monday"), not one by a place, an agency or officials named after "by"?"""
    by = INVESTIGATION_BY.match(sentence, a)
    if by is None:
        return False
    if not by.group().rstrip().endswith(("by", "by the")):
        return True  # published, released, aired
    return not (INVESTIGATION_BY_OFFICIALS.match(sentence, by.end())
                or any(not m.roles and m.start - offset == by.end() for m in mentions))


def station_subject(sentence: str, a: int) -> bool:
    """Is a station word the subject of the closure at `a` ("the so-called police station in Prague ended its activity", "two
    contact points of the Chinese police, which operated in Prague, have ended their activity"), not a word after a
    preposition ("a bakery near the Chinese association ended its activity") or before another matter ("the investigation
    into the Prague station was wound up")?"""
    first = STATIONISH.search(sentence, max(0, a - 120), a)
    return first is not None and not AFTER_PREPOSITION.search(sentence, max(0, first.start() - 30), first.start()) \
        and STATION_SUBJECT_GAP.match(sentence[first.end():a]) is not None


def someone_elses(sentence: str, a: int, mentions: list[Mention], offset: int) -> bool:
    """Is the trigger at `a` owned by someone who is not a host ("the group's investigation"), not
    by a place ("Italy's investigation") or an official body ("the force's investigations")?"""
    possessive = POSSESSIVE_BEFORE.search(sentence, max(0, a - 30), a)
    if possessive is None:
        return False
    owner = sentence[max(0, possessive.start() - 30):possessive.start()].split()[-1:]
    if owner and POLICE_ACTOR.fullmatch(owner[0]):
        return False  # "the force's investigations", "the ministry's review": the state's own, whose place is the host
    owner_end = possessive.start() + offset
    return not any(not m.roles and owner_end - 1 <= m.end <= owner_end + 1 for m in mentions)


def clause_bounds(sentence: str) -> list[int]:
    """Start offsets of the sentence's clauses (split at ';', 'but', 'while', ...); a break right after a bare
    subject ("Ottawa, after months of pressure, expelled ...") splits nothing."""
    bounds = [0]
    for m in CLAUSE_BREAK.finditer(sentence):
        if m.group().startswith(",") and len(sentence[bounds[-1]:m.start()].split()) < 3:
            continue
        bounds.append(m.start())
    if not sentence.rstrip(" \"')").endswith((".", "!", "?", ":")):  # a headline: "... as Fiji moves to end policing deal"
        bounds = sorted(set(bounds) | {m.start() for m in HEADLINE_AS.finditer(sentence)})
    return bounds


def list_heads(sentence: str, hosts: list[tuple[int, int, Mention]]) -> list[int]:
    """For each host (relative start, end, mention), the index of the first member of the list
    it stands in ("Croatia, Serbia and Romania" share the "in" before Croatia)."""
    heads = []
    for i, (a, _, _) in enumerate(hosts):
        gap = sentence[hosts[i - 1][1]:a] if i else ""
        if i and (LIST_GAP.match(gap) or RANGE_GAP.match(gap)
                  and RANGE_START.search(sentence, max(0, hosts[heads[-1]][0] - 10), hosts[heads[-1]][0])
                  or QUALIFIER_GAP.match(gap) and hosts[i - 1][2].iso3 == hosts[i][2].iso3
                  and hosts[i - 1][2].kind in CITY_KINDS and hosts[i][2].kind not in CITY_KINDS):
            heads.append(heads[-1])
        else:
            heads.append(i)
    return heads


def station_rule(sentence: str, clause: str, hosts, i: int, head: int, terms: list[tuple[int, int]],
                 others: list[int], story: bool = True) -> str:
    """The rule that makes host i a station host, or ''. `others` are the starts of the other
    categories' triggers: one between the stations and the place claims the place for itself."""
    a, b, m = hosts[i]
    first_a = place_start(sentence, hosts[head][0])
    last_term_end = max((t[1] for t in terms if t[1] <= a), default=-1)
    if last_term_end >= 0 and sentence.endswith((" in ", " in the ", " in each of ", " in each of the "), 0, first_a) \
            and (count := COUNT_IN_BEFORE.search(sentence, max(0, first_a - 40), first_a)) \
            and (i == head or " each " in count.group(0)) \
            and not any(last_term_end <= o < first_a for o in others):
        return "station_count_in_place"  # "and one in Nigeria", "one each in (or in each of) Nigeria, Tanzania and Lesotho"
    last_b = b
    for j in range(i + 1, len(hosts)):
        if LIST_GAP.match(sentence[last_b:hosts[j][0]]):
            last_b = hosts[j][1]
        else:
            break
    if m.kind == "demonym" and SOIL_AFTER.match(sentence, b) and ON_SOIL_BEFORE.search(sentence, max(0, a - 8), a) \
            and near_station(hosts, head, last_b, terms, others):
        return "station_on_territory"  # "11 stations on Italian soil"
    if last_words(sentence[max(0, first_a - 50):first_a])[-1] in LOCATIVE_ENDS and not sentence.endswith(" no place in ", 0, first_a) \
            and LOCATIVE_BEFORE.search(sentence, max(0, first_a - 50), first_a) \
            and near_station(hosts, head, last_b, terms, others):
        return "station_in_place"
    if ANOTHER_BEFORE.search(sentence, max(0, first_a - 30), first_a) \
            and any(t_b <= first_a and first_a - t_b <= 200 for _, t_b in terms):
        return "station_in_place"
    verb = HOST_VERB_AFTER.match(sentence, last_b, last_b + 120)
    if verb:
        reach = 60 if verb.group("host") else 30  # "hosts ... 11, of these stations"; "has 11 stations"
        if any(0 <= t[0] - verb.end() <= reach and HOSTED_GAP.match(sentence, verb.end(), t[0]) for t in terms):
            return "station_hosted"
    where = WHERE_AFTER.match(sentence, last_b)
    if where and any(0 <= t[0] - where.end() <= 60 for t in terms):
        return "station_where"
    if m.kind in CITY_KINDS and (STATION_AFTER_CITY.match(sentence[b:b + 90]) or story and ADDRESS_AFTER_CITY.match(sentence[b:b + 90])):
        return "station_named_for_city"
    if TERRITORY.search(clause):
        return "station_on_territory"
    listed = LISTED_AS.match(sentence, b) or (each := LISTED_AS.match(sentence, last_b)) and EACH.search(sentence, each.end(), each.end() + 40)
    if listed:  # after the list the place belongs to when it says so ("Lesotho and Tanzania, where the report found one office each")
        return "station_listed_as"
    if story and LIST_IS_THE_REPORTS.search(sentence) and (
            ON_THE_LIST_AFTER.match(sentence, last_b) and not NO_SITE_BEFORE.search(sentence, max(0, first_a - 30), first_a)
            and not is_negated(sentence, first_a, False)
            or AMONG_LISTED_BEFORE.search(sentence, max(0, first_a - 90), first_a)):
        return "station_on_the_list"  # "Nigeria, Lesotho and Tanzania appear on the list", "Among the countries added are Croatia"
    if m.kind in ("name", "abbreviation") and COUNTRY_STATIONS_AFTER.match(sentence, b) \
            or m.kind != "demonym" and PLACE_OWN_STATION_AFTER.match(sentence, b):
        return "station_of_country"  # "a Prato address among Italy's overseas police stations"
    return ""


def place_sites(sentence: str, hosts) -> set[int]:
    """The hosts (indexes) of a city or a people that name sites as theirs ("the Frankfurt site", "the three Portuguese
    sites"): lexicon.SITE_AFTER_PLACE; a station of that place alone, in an article on the story."""
    return {i for i, (a, b, m) in enumerate(hosts) if (m.kind in CITY_KINDS or m.kind == "demonym")
            and SITE_AFTER_PLACE.match(sentence, b) and not NO_SITE_BEFORE.search(sentence, max(0, a - 30), a)
            and not POSSESSOR_BEFORE.search(sentence, max(0, a - 30), a)}  # not "BYD's Hungarian site", "Huawei's three Canadian sites"


def place_counts(sentence: str, hosts) -> dict[int, str]:
    """Host index -> count, for a country given a count with no noun after it ("Germany has one, in Frankfurt", "Spain alone
    was home to nine", "Spain follows with nine", "France was credited with four"), a number of times it appears on the list
    ("Hungary appeared on the list four times"), its own entries ("Nigeria's single entry", "Brazil's three dots", "Three
    Portuguese entries were flagged") or a count in brackets where the sentence ranks the countries ("Italy (11), Spain (9)
    and France (4) top the list"): lexicon.COUNT_AFTER_COUNTRY, TIMES_AFTER_COUNTRY, ENTRY_AFTER_PLACE, COUNT_IN_BRACKETS; a
    station of that country, in an article on the story."""
    counts = {}
    ranks = None  # "X has the most, seven; Malta has two": ranking_rows reads it (RANKING_IN, read when first needed)
    for i, (a, b, m) in enumerate(hosts):
        if m.kind in ("name", "abbreviation"):
            if (count := COUNT_AFTER_COUNTRY.match(sentence, b)) and count.group(0).startswith(",") \
                    and not REPORT_COUNT_WORDS.search(sentence):
                count = None  # "Brazil, which has five, last won in 2002": a count after "which" only where the report counts
            if count:
                ranks = RANKING_IN.search(sentence) is not None if ranks is None else ranks
            if count and not ranks:
                counts[i] = count_value(count, 2, sentence)
            elif times := TIMES_AFTER_COUNTRY.match(sentence, b):
                word = times.group(1).split()[0]
                counts[i] = str(TIMES_WORDS.get(word) or number(word))
            elif (count := COUNT_IN_BRACKETS.match(sentence, b)) and RANKED.search(sentence):
                counts[i] = count.group(1)
        if (m.kind == "demonym" or m.kind in ("name", "abbreviation") and sentence.startswith(("'s", "\u2019s"), b)) \
                and (entry := ENTRY_AFTER_PLACE.match(sentence, b)) and i not in counts \
                and not NO_SITE_BEFORE.search(sentence, max(0, a - 30), a) and not POSSESSOR_BEFORE.search(sentence, max(0, a - 30), a):
            word = entry.group("count") or entry.group("one") \
                or ((before := ENTRY_COUNT_BEFORE.search(sentence, max(0, a - 20), a)) and before.group("count"))
            counts[i] = "" if not word else "1" if word in ONE_WORDS else str(number(word))
    if counts and OTHER_COUNTS.search(sentence):
        return {}  # "Italy leads with 11 points", "Nigeria's single entry on the FATF grey list": counts of something else
    return counts


def place_start(sentence: str, a: int) -> int:
    """Where the place at `a` starts, a part of it named before it included ("in North Jakarta", "in central Lima")."""
    part = PART_BEFORE.search(sentence, max(0, a - 12), a)
    return part.start() if part else a


def near_station(hosts, head: int, last_b: int, terms: list[tuple[int, int]], others: list[int]) -> bool:
    """Is a station term next to this list of hosts: before it by 120 characters at most with no
    other place or trigger between ("stations were in Croatia, Serbia"), or just after it ("In Italy,
    stations")?"""
    first_a = hosts[head][0]
    previous_end = hosts[head - 1][1] if head > 0 else -1
    for t_a, t_b in terms:
        if t_b <= first_a and first_a - t_b <= 120 and t_b >= previous_end \
                and not any(t_b <= o < first_a for o in others):
            return True
        if t_a >= last_b and t_a - last_b <= 80 and not any(last_b <= o < t_a for o in others):
            return True
    return False


def list_members(heads: list[int], i: int) -> list[int]:
    """The hosts in the same list as host i (i itself included)."""
    return [k for k, h in enumerate(heads) if h == heads[i]]


def partner_forces(sentence: str, hosts, heads: list[int], c_start: int, c_end: int, actors: list[int]) -> bool:
    """'Spanish and Moroccan police run joint patrols': the forces of two other countries (a list of demonyms before
    'police', 'gendarmes', ...), China not named in the clause."""
    if any(c_start <= x < c_end for x in actors):
        return False
    forces = set()
    for k, (a, _, m) in enumerate(hosts):
        last_b = hosts[list_members(heads, k)[-1]][1]
        if c_start <= a < c_end and m.kind == "demonym" and PARTNER_FORCES_AFTER.match(sentence, last_b, last_b + 30):
            forces.add(m.iso3)
    return len(forces) > 1


def relative_clause_apart(sentence: str, hosts, heads: list[int], i: int, spans: list[tuple[int, int]], c_start: int,
                          c_end: int) -> bool:
    """Is host i cut off from its clause's triggers by a relative clause? A place inside ", which ..." does not get a
    trigger outside it ("Solomon Islands, which switched recognition from Taipei, has hosted Chinese officers"), and a
    trigger inside one belongs to the place (or list) it describes ("Canada is not Hungary, which has invited Chinese
    officers to patrol")."""
    a = hosts[i][0]
    for r_a, r_b in (r.span() for r in RELATIVE_SPAN.finditer(sentence, c_start, c_end)):
        inside = [t for t in spans if r_a <= t[0] < r_b]
        if r_a < a < r_b:
            if not inside:
                return True
        elif len(inside) == len(spans):
            antecedent = [k for k, (_, h_b, _) in enumerate(hosts) if h_b <= r_a and not sentence[h_b:r_a].strip()]
            return not antecedent or i not in list_members(heads, antecedent[0])
    return False


def bound_hosts(sentence: str, hosts, heads: list[int], c_start: int, c_end: int, trigger: tuple[int, int],
                actors: list[int]) -> tuple[list[int], str]:
    """The hosts a trigger speaks of, and how: 'by_subject' when a place (or its list) stands before
    the trigger in its clause with no China mention between (the country acting, and any 'as has X'
    after it); 'by_china' when China acts (the places after it, where it acts); 'by_speaker' for an
    official who says so after it ('..., Dutch police said'); 'in_place' otherwise, for the places
    after the trigger up to a relative clause or an apposition ('..., thought to belong to a network
    in Oslo')."""
    t_a, t_b = trigger
    if c_start > 0 and (sentence.startswith(" and", c_start) or SUBJECTLESS_CLAUSE.match(sentence, c_start)
                        or PRONOUN_THAT_CLAUSE.match(sentence, c_start)):
        # "... and has ordered them closed", "... but were making inquiries": the subject before
        c_start = sentence.rfind(";", 0, c_start) + 1
    elif c_start > 0 and PRONOUN_CLAUSE.match(sentence, c_start):
        c_start = sentence.rfind(";", 0, c_start) + 1  # "...; it has since closed": the clause before names it
    asides = [r.span() for r in RELATIVE_CLAUSE.finditer(sentence, c_start, t_a)] if "," in sentence else []
    # ("The Marshall Islands, which recognises Taiwan, declined to sign": the place in the relative clause does not act)
    before = [k for k, (a, b, _) in enumerate(hosts) if c_start <= a and b <= t_a]
    before = [k for k in before if not any(r_a < hosts[k][0] < r_b for r_a, r_b in asides)] or before
    china = [c for c in actors if c_start <= c < t_a and not CHINA_TOLD_BEFORE.search(sentence, max(0, c - 30), c)
             and not CHINA_NAMES_STATIONS.match(sentence, c) and not any(r_a < c < r_b for r_a, r_b in asides)
             and not china_acted_on(sentence, c)]
    if china and (not before or china[-1] > hosts[before[-1]][0]):  # China acts: "Beijing closed the sites in Canada"
        stop = SUBORDINATE.search(sentence, t_b, c_end)
        after = [k for k, (a, _, _) in enumerate(hosts) if t_b <= a < (stop.start() if stop else c_end)]
        if not after and before:  # "In Britain the Chinese embassy said the stations there had shut": where it acted
            after = list_members(heads, before[-1])
        return after, "by_china"
    if before:
        bound = list_members(heads, before[-1])
        for k, (a, b, _) in enumerate(hosts):
            if t_b <= a < c_end and heads[k] == k and ELLIPSIS_BEFORE.search(sentence, max(0, a - 30), a):
                bound += list_members(heads, k)
        return bound, "by_subject"
    for k, (a, b, m) in enumerate(hosts):
        if t_b <= a < c_end and heads[k] == k and (
                OFFICIAL_SPEAKER_AFTER.match(sentence, b, min(b + 80, c_end))
                or SAID_AFTER.match(sentence, b, min(b + 30, c_end)) and OFFICIALS_IN_BEFORE.search(sentence, max(0, a - 40), a)
                or SAID_NAME_BEFORE.search(sentence, max(0, a - 60), a) and OFFICIAL_TITLE_AFTER.match(sentence, b)):
            return list_members(heads, k), "by_speaker"
    stop = SUBORDINATE.search(sentence, t_b, c_end)
    end = stop.start() if stop else c_end
    for r_a, r_b in (r.span() for r in RELATIVE_SPAN.finditer(sentence, c_start, c_end)):
        if r_a < t_a < r_b:  # "the group whose reports caused investigations in a dozen countries, has not named ... Georgia"
            end = min(end, r_b)
    return [k for k, (a, _, _) in enumerate(hosts) if t_b <= a < end], "in_place"


def quoted_official_rows(text: str, s_start: int, s_end: int, mentions: list[Mention], starts: list[int],
                         so_far: list[tuple[int, int]]) -> list[tuple]:
    """An official's words about the matter, quoted at the start of the sentence ("\"We have closed nothing, because
    there is nothing to close,\" a police spokesperson said"): a response (response_quoted) of the one host the sentence
    names, or of the one country the sentences before in its paragraph name. Only a government's, ministry's or
    police's head title speaks (QUOTED_OFFICIAL: no club, party, association, former or shadow minister); the quote
    is on the matter (QUOTE_TOPIC) in a paragraph on the story (QUOTE_STORY), and not in China's voice (QUOTE_AS_CHINA,
    CHINA_SPOKE)."""
    sentence = plain_lower(text[s_start:s_end])
    match = QUOTED_OFFICIAL.match(sentence)
    if match is None or not QUOTE_TOPIC.search(match.group("quote")) or QUOTE_AS_CHINA.search(match.group("quote")) \
            or CHINA_SPOKE.search(sentence, match.end()):
        return []
    before = plain_lower(text[so_far[0][0]:so_far[-1][1]]) if so_far else ""  # the paragraph before the quote
    if not (QUOTE_STORY.search(before) or QUOTE_STORY.search(sentence, match.end())) or CHINA_SPOKE.search(before):
        return []  # a quote on another story (before it or after its speaker), or a spokesperson's after China's ministry spoke
    inside = mentions[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
    mark_asides(sentence, s_start, inside)
    hosts = {m.iso3 for m in inside if not m.roles} or named_just_before(so_far, mentions, starts)  # never another paragraph's
    if len(hosts) != 1:
        return []  # no host, or whose official speaks is not clear
    country = next((m for m in inside if not m.roles), None) or Mention(s_start, s_start, (), hosts.pop(), "carried")
    return [(s_start, country, "official_response", "", "response_quoted", s_end)]


NEW_SUBJECT_GAPS = (", and ", "; ", ", while ", ", but ", ", whereas ")  # "..., and Tonga declined": its own clause


def official_said_rows(text: str, s_start: int, s_end: int, mentions: list[Mention], starts: list[int]) -> list[tuple]:
    """A country's own official speaking on the matter ("Colombia's national police said it had received \"no report\"
    of any such office", "The Hungarian interior ministry said the Chinese officers would have no powers of arrest"): a
    response (response_official_said) of that country; article_claims asks only in an article on the story. The title
    follows the country's possessive or its demonym, the saying verb follows the title, and the Chinese or such
    stations, Chinese police, joint patrols or a policing deal with China come after it (OFFICIAL_SAID_TOPIC, up to
    "without mentioning"). No one speaks who is spoken to ("Beijing told Italy's interior minister"), inside a relative
    clause ("the offices that the Czech government said ..."), out of office (former, shadow, opposition, a union or a
    federation), or who has not said it ("has yet to say", "Nobody in Italy's government has said", "If Canada's
    minister said"); an official speaking of another country named after the verb (or of Hong Kong or Macau) speaks for
    neither, unless that country begins a clause of its own ("..., and Tonga declined to sign"). article_claims keeps
    such a row only where the sentence makes no other claim for that country (what the official said is then that claim)."""
    sentence = plain_lower(text[s_start:s_end])
    if sentence.rstrip(" \"'").endswith("?"):
        return []
    inside = mentions[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
    rows = []
    for m in inside:
        a, b = m.start - s_start, m.end - s_start
        if m.roles or m.kind == "agency" or m.kind != "demonym" and not sentence.startswith("'s", b):
            continue
        said = (DEMONYM_OFFICIAL_SAID if m.kind == "demonym" else POSSESSIVE_OFFICIAL_SAID).match(sentence, b)
        if not said or OFFICIAL_AS_OBJECT_BEFORE.search(sentence, max(0, a - 16), a) \
                or NOT_IN_OFFICE_BEFORE.search(sentence, max(0, a - 12), a) or NOT_SAID_BEFORE.search(sentence, 0, a) \
                or CHINA_SPOKE.search(sentence, b, said.end()):
            continue
        left_out = WITHOUT_MENTIONING.search(sentence, said.end())
        if OFFICIAL_SAID_TOPIC.search(sentence, said.end(), left_out.start() if left_out else len(sentence)) \
                and not OTHER_PLACES_AFTER.search(sentence, said.end()) \
                and not any(speaks_of(n, m, sentence, s_start, said.end()) for n in inside):
            rows.append((s_start, m, "official_response", "", "response_official_said", s_end))
    return rows


def speaks_of(n: Mention, speaker: Mention, sentence: str, s_start: int, said_end: int) -> bool:
    """Is `n`, named after an official's saying verb, another place the official speaks of (another host, or Hong
    Kong or Macau), rather than a country beginning a clause of its own (NEW_SUBJECT_GAPS)?"""
    at = n.start - s_start
    return at >= said_end and (n.iso3 in ("HKG", "MAC") or n.iso3 and n.iso3 != speaker.iso3 and n.iso3 not in ACTORS
                               and not n.roles) and not sentence.endswith(NEW_SUBJECT_GAPS, 0, at)


def penalty_after_return(sentence: str, spans, earlier: str) -> bool:
    """Is a response (at `spans`) only a penalty ("was later sentenced to life in prison") told of someone whom this
    sentence or the one before (`earlier`) has sent back to China? Then China passed it, not the country before."""
    return bool(spans) and all(PENALTY.match(sentence, a) for a, _ in spans) \
        and (RETURN_WORDS.search(sentence) is not None or RETURN_WORDS.search(earlier) is not None)


def officials_speak(sentence: str) -> bool:
    """Does the sentence have officials speak or act (police, a ministry, a court), and no one who is not the host's
    official (the group, activists, China's embassy)? A Chinese diplomat acted on ("summoned a Chinese diplomat")
    does not speak."""
    if not CARRY_OFFICIALS.search(sentence):
        return CHINA_TOLD_PASSIVE.search(sentence) is not None  # "The Chinese ambassador was told that ...": by the host
    for other in CARRY_NOT_OFFICIAL.finditer(sentence):
        before = CHINESE_BEFORE.sub("", sentence[max(0, other.start() - 40):other.start()])
        if not CHINA_TOLD_BEFORE.search(before):
            return False
    return True


def someone_else_speaks(sentence: str, a: int) -> bool:
    """Does someone who is not the host's official say what stands at `a` ("Safeguard Defenders said", "a Chinese
    embassy spokesman said", "activists argued"), or is it their own finding ("reporters have not found")?"""
    return NON_OFFICIAL_SAYS.search(sentence) is not None or NON_OFFICIAL_SUBJECT_BEFORE.search(sentence, max(0, a - 30), a) is not None


def official_says_so(sentence: str) -> bool:
    """Does an official say it ("Vanuatu's police commissioner said", "..., a ministry spokesperson said")?"""
    return OFFICIAL_SPEAKER_AFTER.search(sentence) is not None or OFFICIAL_SAID_AFTER.search(sentence) is not None


def china_acted_on(sentence: str, c: int) -> bool:
    """Is the China mention at `c` the one acted on in the passive ("the Chinese ambassador was summoned")?"""
    end = sentence.find(" ", c)
    return end > 0 and CHINA_PASSIVE_AFTER.match(sentence, end, end + 60) is not None


def response_hosts(sentence: str, hosts, heads, c_start: int, c_end: int, trigger, actors) -> tuple[list[int], str]:
    """An official response is made by the country acting; an action (an arrest, a raid, a summons)
    also happens in a place named just after 'in' or 'at' ('arrested in New York'). A concern or a
    warning voiced about a place is not that place's response."""
    bound, how = bound_hosts(sentence, hosts, heads, c_start, c_end, trigger, actors)
    is_action = sentence.startswith(RESPONSE_ACTIONS, trigger[0])
    if how == "by_subject":  # "rights groups in Canada" do not speak for Canada; "police in Canada" do
        head = hosts[heads[bound[0]]][0]
        if (RESPONSE_LOCATIVE.search(sentence, max(0, head - 10), head) or RESPONSE_FROM.search(sentence, max(0, head - 10), head)) \
                and not is_action \
                and not any(hosts[k][2].kind == "agency" for k in bound) \
                and not OFFICIALS_IN_BEFORE.search(sentence, max(0, head - 40), head) \
                and not OFFICIAL_SUBJECT.search(sentence, c_start, trigger[0]) \
                and not OFFICIAL_SAID_AFTER.search(sentence, trigger[1]):
            bound, how = [], ""
    if how in ("by_subject", "by_speaker"):
        return bound, "response_" + how.replace("subject", "country")
    if how == "by_china":
        return [], ""
    # a negative statement about a place ("no foreign police may act in Portugal", "there are no such centres in
    # Pakistan") is that state's word
    says_none = (SELF_NEGATION.search(sentence, trigger[0], trigger[1]) is not None or sentence.startswith("only ", trigger[0])) \
        and not SOURCE_SUBJECT.search(sentence, c_start, trigger[0])  # "the report said there were no stations in Japan"
    sovereign = [k for k, (a, b, m) in enumerate(hosts) if c_start <= a < c_end and (
        m.kind == "demonym" and SOIL_AFTER.match(sentence, b) and TERRITORY_BEFORE.search(sentence, max(0, a - 30), a)
        or m.kind == "demonym" and LAW_AFTER.match(sentence, b) and UNDER_BEFORE.search(sentence, max(0, a - 12), a)
        or m.kind == "demonym" and BY_BEFORE.search(sentence, max(0, a - 10), a)
        and STATE_AFTER.match(sentence, b)
        or a >= trigger[1] and says_none and m.kind in ("name", "abbreviation")
        and TERRITORY_BEFORE.search(sentence, max(0, a - 30), a)
        or how not in ("by_subject", "by_speaker") and ANY_ATTEMPT.search(sentence, c_start, a) and m.kind not in CITY_KINDS
        and TERRITORY_BEFORE.search(sentence, max(0, a - 30), a))]
    if sovereign:  # "no foreign police force has any authority on Argentine territory"; "not recognised by the Italian State"
        return sovereign, "response_of_the_state"
    if not is_action or not how:
        return [], ""
    return [k for k in bound if RESPONSE_LOCATIVE.search(sentence, max(0, hosts[heads[k]][0] - 10), hosts[heads[k]][0])], \
        "response_in_country"


def investigated_station(sentence: str, hosts, bound: list[int], span: tuple[int, int], clause: tuple[int, int],
                         facts: dict, c: int) -> list[tuple[int, str, str, str]]:
    """'Dutch police are investigating two Chinese stations', 'Germany, Sweden and Portugal are looking into the
    addresses named in the reports': the stations each country investigates with no other place named after them
    are in that country (rule station_investigated)."""
    c_start, c_end = clause
    if any(span[1] <= a < c_end for a, _, _ in hosts):
        return []
    term = next((t for t in facts[c][2] if span[1] <= t[0] <= span[1] + 100), None)
    if term is None or REPORTS_OF.search(sentence, span[0], term[0]):
        return []  # "checking reports of stations": the stations are what is checked
    if ("counts", c) not in facts:
        facts[("counts", c)] = count_matches(sentence, c_start, c_end)
    count = next((m for m in facts[("counts", c)] if m.end() == term[1] and m.start() >= span[1]), None)
    value = count_value(count, 2, sentence) if count else ""
    return [(k, "station", value, "station_investigated") for k in bound]


def year_value(clause: str) -> str:
    """'2016-2018' for 'between 2016 and 2018', '2015' for 'since 2015' or 'in 2015', else ''."""
    if "19" not in clause and "20" not in clause:
        return ""
    match = YEAR_RANGE.search(clause)
    if match:
        y1, y2 = (g for g in match.groups() if g)
        return f"{y1}-{y2}" if y1 != y2 else y1
    match = YEAR_SINCE.search(clause)
    return (match.group(1) or match.group(2)) if match else ""


def count_matches(sentence: str, clause_start: int, clause_end: int) -> list:
    """Every station count in one clause ('11 Chinese police stations', '9 of which are in'), once per clause."""
    clause = sentence[clause_start:clause_end]
    if not HAS_DIGIT.search(clause) and NUMBER_WORDS.keys().isdisjoint(clause.replace("-", " ").split()) \
            and "dozen" not in clause:
        return []
    return [match for pattern in STATION_COUNTS if may_match(pattern, clause)
            for match in pattern.finditer(sentence, clause_start, clause_end)]


def station_count(sentence: str, counts: list, hosts, heads: list[int], i: int) -> str:
    """The number of stations a clause gives host i, of its `counts` (count_matches): the nearest
    with no other country between it and the place and no worldwide total ('102 stations around the
    world, including in Portugal'; 'the station in Lima is one of more than 100 such outposts', but not 'one of three
    stations in the US'); '' if none, or if the place is one of a list of countries."""
    if not counts:
        return ""
    a, b, m = hosts[i]
    if len({hosts[k][2].iso3 for k in list_members(heads, i)}) > 1:
        return ""  # "two stations in Italy and Spain": not two in each
    best = None
    for match in counts:
        lo, hi = (match.end(), a) if match.end() <= a else (b, match.start())
        if hi < lo or hi - lo > 80:
            continue
        if any(lo <= h_a < hi and h.iso3 != m.iso3 for h_a, _, h in hosts) or WORLDWIDE.search(sentence, lo, hi) \
                or WORLDWIDE.search(sentence, match.start(), match.end()) \
                or match.start() >= b and ONE_OF_BEFORE.search(sentence, max(0, match.start() - 16), match.start()):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, match)
    return count_value(best[1], 2, sentence) if best else ""


def person_count(sentence: str, hosts, i: int, n_countries: int) -> str:
    a = hosts[i][0]
    if ONE_EACH.search(sentence, max(0, a - 20), a):
        return "1"
    if n_countries != 1:
        return ""
    match = PERSON_COUNT.search(sentence)
    return count_value(match, 2, sentence) if match else ""


def is_hedged(sentence: str, c_start: int, a: int) -> bool:
    """Is the station term at `a` not a report of a station: a topic ("concerned about stations"),
    a question ("whether ... had a station"), a local police station, denied or negated?"""
    prefix = sentence[c_start:a]
    if "whether" in prefix or "?" in prefix or " if " in prefix or '"if ' in prefix \
            or prefix.lstrip().startswith("if ") and "," not in prefix:
        return True
    if HEDGE_WORDS.isdisjoint(sentence[max(0, a - 60):a].replace('"', " ").split()):  # '"no sign of such ...'
        return is_denied(sentence, a)
    return bool(STATION_HEDGE.search(sentence, max(0, a - 60), a) or LOCAL_STATION.search(sentence, max(0, a - 40), a)
                or NO_STATION.search(sentence, max(0, a - 60), a) or is_denied(sentence, a))


def police_station_terms(pattern, clause: str) -> list:
    """The matches of `pattern` in `clause` but a "train station", "radio station" and the like."""
    kept = []
    for t in pattern.finditer(clause):
        before = clause[max(0, t.start() - 12):t.start()].split()
        if t.group().startswith("station") and before and before[-1] in NOT_POLICE_STATION:
            continue
        kept.append(t)
    return kept


def station_terms(sentence: str, hits: tuple[dict, set], story: bool = True) -> list[tuple[int, int]]:
    """The station terms of a lower-cased sentence (lexicon.STATION_TERM) but a "train station",
    "radio station" and the like."""
    kept = []
    for a, b in find_anchored(STATION_ANCHORED, sentence, hits, "station_term"):
        before = sentence[max(0, a - 12):a].split()
        if sentence.startswith("station", a) and before and before[-1] in NOT_POLICE_STATION:
            continue
        if sentence.startswith("site", a) and b - a <= 5 and (before and before[-1].strip("\"'") not in SITE_LEADS
                                                               or OTHER_SITE_BEFORE.search(sentence, max(0, a - 80), a)):
            continue  # "construction sites in Budapest" (a bare site after another noun), "protesters gathered at sites in Toronto"
        if DISOWNED_TERM_BEFORE.search(sentence, max(0, a - 40), a):
            continue  # "a dispute unrelated to the stations"
        if sentence.endswith(("took place", "take place", "taken place", "takes place"), a, b):
            continue  # "such patrols took place in Italy": an event, not a place
        if sentence.startswith("appear", a) and is_negated(sentence, a):
            continue  # "no office of this type appears in the report"
        if sentence.startswith(("reports", "lists", "researchers"), a) and " name " in sentence[a:b] and not GROUP_NAMED.search(sentence):
            continue  # "News reports name offices in Lagos that were raided for tax fraud": not the group's reports
        if not story and WIDE_TERM.match(sentence, a) and not NARROW_TERM.match(sentence, a):
            continue  # the wider ways of naming a station ("the report lists a hair salon in ...") only in an article on the story
        if sentence.startswith(("map ", "table "), a) and not REPORT_NAMED.search(sentence):
            continue  # "the tourism board's map shows dots in Nigeria": not the report's map
        if sentence.startswith("address", a) and b - a <= 9 and sentence.startswith(" in ", b) and not REPORT_NAMED.search(sentence):
            continue  # "addresses in Madrid" are the report's only where the sentence names the report, the list or the group
        if COUNTED_TERM.match(sentence, a) and OTHER_COUNTED_AFTER.match(sentence, b):
            continue  # "Researchers counted seven in Nigeria who died in the floods"
        kept.append((a, b))
    return kept


SHARED_ON = ("patrol_agreement", "forced_return")  # the categories a clause lends its places (sentence_claims)


def clause_facts(sentence: str, c_start: int, c_end: int, found: dict, hosts, terms: list[tuple[int, int]],
                 goes_on: int = 0) -> tuple:
    """What the hosts of one clause share: its text, its triggers, its unhedged station terms (of
    the sentence's `terms`) and the set of countries it names. `goes_on`: where the clauses that continue it with
    no subject of their own end ("detained in Dubai and deported to China"), whose patrols and returns it shares."""
    clause = sentence[c_start:c_end]
    in_clause = {cat: [t for t in spans if c_start <= t[0] < (goes_on if goes_on and cat in SHARED_ON else c_end)]
                 for cat, spans in found.items()}
    in_clause = {cat: spans for cat, spans in in_clause.items() if spans}
    terms = [t for t in terms if c_start <= t[0] < c_end and not is_hedged(sentence, c_start, t[0])]
    countries = {m.iso3 for a, _, m in hosts if c_start <= a < c_end}
    return clause, in_clause, terms, countries


def shutdown_value(clause: str) -> str:
    """'ordered' when the clause has the host order, tell or demand it closed, else 'closed'."""
    return "ordered" if ORDERED.search(clause) else "closed"


def closes_a_station(sentence: str, clause: str) -> bool:
    """Does a closure in this clause close a station or a site ('closed the sites'), or one named
    before ('demanded their closure')?"""
    return bool(police_station_terms(STATIONISH, sentence) or CLOSES_ONE_NAMED_BEFORE.search(clause))


def sentence_claims(sentence: str, hosts, actors: list[int], found: dict,
                    hits: tuple[dict, set], story: bool = True) -> list[tuple[int, str, str, str]]:
    """(host index, category, value, rule) for one sentence: hosts are (start, end, Mention) relative
    to the sentence, actors the relative starts of China mentions, found its triggers, hits its cue
    words. Each trigger goes to the hosts it is bound to (bound_hosts): the country acting, or the
    places acted in."""
    sentence_terms = [t for t in station_terms(sentence, hits, story)
                      if not any(h_b < t[0] and PLACE_POLICE_STATION.fullmatch(sentence, h_b, t[0]) for _, h_b, _ in hosts)]
    own_sites = place_sites(sentence, hosts) if story and " site" in sentence else set()
    own_counts = place_counts(sentence, hosts) if story and COUNT_HINT.search(sentence) else {}
    if not found and not sentence_terms and not own_sites and not own_counts:
        return []  # no trigger and no station: nothing to claim
    bounds = clause_bounds(sentence) + [len(sentence)]
    heads = list_heads(sentence, hosts)
    facts: dict = {}  # per clause: its facts, and its values once computed
    out = []
    for i, (a, b, m) in enumerate(hosts):
        c = bisect.bisect_right(bounds, a) - 1
        if c not in facts:
            on = c + 1
            while on + 1 < len(bounds) and sentence.startswith(" and", bounds[on]):
                on += 1
            facts[c] = clause_facts(sentence, bounds[c], bounds[c + 1], found, hosts, sentence_terms,
                                    bounds[on] if on > c + 1 else 0)
        clause, in_clause, terms, countries = facts[c]
        if terms:
            others = [t[0] for spans in in_clause.values() for t in spans]
            rule = station_rule(sentence, clause, hosts, i, heads[i], terms, others, story)
            if rule == "station_count_in_place":
                first_a = place_start(sentence, hosts[heads[i]][0])
                count = COUNT_IN_BEFORE.search(sentence, max(0, first_a - 40), first_a)
                out.append((i, "station", count_value(count, 2, sentence), rule))
            elif rule:
                if ("counts", c) not in facts:
                    facts[("counts", c)] = count_matches(sentence, bounds[c], bounds[c + 1])
                value = station_count(sentence, facts[("counts", c)], hosts, heads, i)
                # "Hungary appeared on the group's list four times": the country's own count where the clause gives none
                out.append((i, "station", value or own_counts.get(i, ""), rule))
        if (i in own_counts or i in own_sites) and not any(o[0] == i and o[1] == "station" for o in out):
            # "Germany has one, in Frankfurt"; "the Frankfurt site", "the three Portuguese sites"
            out.append((i, "station", own_counts[i], "station_counted_for_country") if i in own_counts
                       else (i, "station", "", "station_site_of_place"))
        for category, spans in in_clause.items():
            if category == "patrol_agreement":
                if ("deal_with_another", c) not in facts:
                    # "Canberra and Port Moresby signed a policing agreement", "its own police cooperation abroad": a deal
                    # between two other countries, or a country's own, is no patrol agreement with China
                    deals = [t for t in spans if AGREEMENT_WORDS.search(sentence, t[0], t[1])]
                    facts[("deal_with_another", c)] = len(deals) == len(spans) \
                        and not any(bounds[c] <= x < bounds[c + 1] for x in actors) \
                        and (len(countries) > 1 or any(sentence.endswith(" own ", 0, t[0]) for t in deals))
                if facts[("deal_with_another", c)] or NOT_IN_BEFORE.search(sentence, max(0, a - 14), a):
                    continue
                if all(t[1] <= a for t in spans) and APPOSITION_CLAUSE.search(sentence, spans[-1][1], a):
                    continue  # "China has expanded police ties, a push that has alarmed Australia": not Australia's
                if "," in clause and relative_clause_apart(sentence, hosts, heads, i, spans, bounds[c], bounds[c + 1]):
                    continue
                if all(OWN_AFTER.match(sentence, t[1]) for t in spans):
                    continue  # "joint policing programmes of their own"
                if ("partners", c) not in facts:
                    facts[("partners", c)] = partner_forces(sentence, hosts, heads, bounds[c], bounds[c + 1], actors)
                if facts[("partners", c)]:
                    continue
                if ("years", c) not in facts:
                    # the years of the patrols, not of an aside ("Solomon Islands, which switched recognition in 2019,")
                    asides = [r.span() for r in RELATIVE_SPAN.finditer(clause)
                              if not any(r.start() <= t[0] - bounds[c] < r.end() for t in spans)]
                    facts[("years", c)] = year_value("".join(
                        " " if any(r_a <= k < r_b for r_a, r_b in asides) else ch for k, ch in enumerate(clause))
                        if asides else clause)
                out.append((i, category, facts[("years", c)], "patrol"))
            elif category == "forced_return":
                if VIA_BEFORE.search(sentence, max(0, a - 16), a):
                    continue  # "deported from Istanbul to China by way of Tajikistan"
                if ("from", c) not in facts:  # "named with Chile ... returned to China from Austria": not Chile
                    t0 = spans[0][0]
                    facts[("from", c)] = any(t0 < h_a < bounds[c + 1] and FROM_GAP.fullmatch(sentence, spans[0][1], h_a)
                                             for h_a, _, _ in hosts)
                if facts[("from", c)] and a < spans[0][0]:
                    continue
                out.append((i, category, person_count(sentence, hosts, i, len(countries)), "forced_return"))
    # the categories whose trigger names who acts: bound trigger by trigger
    stances = set()  # the rows of responses that only say where a government stands (lexicon.STANCE_WORDS)
    for c in range(len(bounds) - 1):
        if c not in facts:
            if not any(bounds[c] <= t[0] < bounds[c + 1] for spans in found.values() for t in spans):
                continue
            facts[c] = clause_facts(sentence, bounds[c], bounds[c + 1], found, hosts, sentence_terms)
        clause, in_clause, _, _ = facts[c]
        for category, spans in in_clause.items():
            if category not in ("investigation", "shutdown", "official_response", "declined", "conditional"):
                continue
            if category == "shutdown" and not closes_a_station(sentence, clause):
                continue
            if category == "official_response" and sentence.rstrip(" \"')").endswith("?"):
                continue  # "Will the Netherlands' new law make any difference?": a question
            for span in spans:
                if "opposition" in sentence and OPPOSITION.search(sentence, bounds[c], span[0]):
                    continue  # "Opposition senators said the government should close them": a demand, not a state's act
                if category == "official_response" and sentence.startswith(OPINION_WORDS, span[0]) \
                        and not officials_speak(sentence):
                    continue  # "Italy's stance is worrying, the group said": an opinion, an official's only when one speaks
                if category == "official_response" and sentence.startswith(DEMAND_STEMS, span[0]) \
                        and "shutdown" in found and closes_a_station(sentence, sentence):
                    continue  # "demanded their closure": the closure ordered is the claim
                if category in ("declined", "conditional"):
                    bound, rule = response_hosts(sentence, hosts, heads, bounds[c], bounds[c + 1], span, actors)
                    rule = f"response_{category}" if bound else rule
                elif category == "official_response":
                    bound, rule = response_hosts(sentence, hosts, heads, bounds[c], bounds[c + 1], span, actors)
                else:
                    bound, how = bound_hosts(sentence, hosts, heads, bounds[c], bounds[c + 1], span, actors)
                    if how == "by_china" and category == "investigation":
                        continue  # China's own inquiries are not the host's
                    if how == "by_subject" and NON_OFFICIALS_IN_BEFORE.search(
                            sentence, max(0, hosts[heads[bound[0]]][0] - 40), hosts[heads[bound[0]]][0]):
                        continue  # "journalists in Canada looked into it", "activists in Canada called for closure"
                    rule = f"{category}_{how}"
                    if category == "investigation" and how in ("by_subject", "by_speaker"):
                        out += investigated_station(sentence, hosts, bound, span, (bounds[c], bounds[c + 1]), facts, c)
                stance = category == "official_response" and any(w in sentence[span[0]:span[1]] for w in STANCE_WORDS)
                for k in bound:
                    if category in ("declined", "conditional"):
                        out.append((k, "official_response", "", rule))
                    elif category == "shutdown":
                        out.append((k, category, "closed" if how == "by_china" else shutdown_value(clause), rule))
                        out.append((k, "station", "", "station_shut_down"))
                    else:
                        if stance:
                            stances.add(len(out))
                        out.append((k, category, "", rule))
    if stances:  # "said it was aware of a station and that police were looking into it": the investigation
        investigated = {hosts[k][2].iso3 for k, category, _, _ in out if category == "investigation"}
        out = [row for n, row in enumerate(out) if n not in stances or hosts[row[0]][2].iso3 not in investigated]
    return out


def referred_categories(sentence: str, found: dict) -> list[str]:
    """Categories a sentence's generic hosts ('several European nations') stand for: the trigger
    nearest to such a phrase."""
    best = []
    for match in GENERIC_HOSTS.finditer(sentence):
        distances = [(min(abs(match.start() - b), abs(a - match.end())), cat)
                     for cat, spans in found.items() for a, b in spans]
        distances = [d for d in distances if d[0] <= 80]
        if distances and min(distances)[1] in CATEGORY_ORDER:
            best.append(min(distances)[1])
    return sorted(set(best), key=CATEGORY_ORDER.index)


# --- article -----------------------------------------------------------------------------------

def paragraphs_worth_reading(article: Article, mentions: list[Mention], cues: list[int]) -> list[Span]:
    """The paragraphs that hold a cue word and a possible host, or a possible host shortly before
    them (CARRY_REACH: a trigger with no place may speak of it), so that only those are split into
    sentences."""
    host_starts = [m.start for m in mentions if not m.roles]
    keep = []
    for para in article.paragraphs:
        if bisect.bisect_left(host_starts, max(0, para.start - CARRY_REACH)) != bisect.bisect_left(host_starts, para.end) \
                and bisect.bisect_left(cues, para.start) != bisect.bisect_left(cues, para.end):
            keep.append(para)
    return keep


def cue_sites(cue_hits: list[tuple[int, int]], offset: int) -> tuple[dict[str, list[int]], dict[str, set[str]]]:
    """Where each pattern may match, from cue automaton hits (end in the padded folded text, cue
    number): pattern name -> starts (relative to `offset`) of the cue words that anchor it, and
    pattern name -> its inner cues present."""
    leads: dict[str, list[int]] = {}
    inner: dict[str, set[str]] = {}
    for end, n in cue_hits:
        pos = end - CUE_LENGTHS[n] - offset
        if pos < 0:
            continue
        for name in CUE_LEADS[n]:
            leads.setdefault(name, []).append(pos)
        for name in CUE_INNER[n]:
            inner.setdefault(name, set()).add(CUE_NAMES[n])
    return leads, inner


def article_claims(article: Article, mentions: list[Mention], folded: str) -> list[Claim]:
    """Every claim of the article, one per (country, category): the best-supported row (see
    best_claims). `folded` is gazetteer.fold(article.text), in which the cue words are found."""
    for m in mentions:
        if m.iso3 in ACTORS or not m.iso3:
            m.roles.add("actor")
    if all(m.roles for m in mentions):
        return []
    cue_hits = sorted(CUES.iter(" " + folded))
    if not cue_hits:
        return []
    cues = [end for end, _ in cue_hits]
    mark_dateline(article, mentions)
    text = article.text
    starts = [m.start for m in mentions]
    rows: list[tuple] = []
    previous = None  # the bounds of the sentence before in the same paragraph, for a list that refers back
    so_far: list[tuple[int, int]] = []  # the sentences before in the same paragraph, for a trigger with no place
    said: list[tuple] = []  # a country's official speaking on the matter (official_said_rows)
    story = None  # does the article speak of the story (QUOTE_STORY)? Read once, when an official speaks
    disowned = set()  # starts of sentences the next one says were about another matter (DISOWNS_BEFORE)
    on_story = None  # does the article name the stations' story (STATION_STORY)? Read once, when first needed
    for s_start, s_end in sentence_bounds(text, paragraphs_worth_reading(article, mentions, cues)):
        before = previous if previous and "\n" not in text[previous[1]:s_start] else None
        so_far = so_far + [previous] if before else []
        previous = (s_start, s_end)
        if before is not None and DISOWNS_BEFORE.match(text, s_start, s_end):
            disowned.add(before[0])  # "... arrested a group over illegal mining. That case has nothing to do with the stations"
            continue
        if text[s_start] in "\"\u201c":  # "\"...,\" the ministry said": an official's own words (quoted_official_rows)
            rows += quoted_official_rows(text, s_start, s_end, mentions, starts, so_far)
        if SAYING.search(text, s_start, s_end):  # a country's official speaking on the matter, in an article on the story
            if story is None:
                story = QUOTE_STORY.search(plain_lower(text)) is not None
            if story:
                said += official_said_rows(text, s_start, s_end, mentions, starts)
        c_lo, c_hi = bisect.bisect_left(cues, s_start), bisect.bisect_left(cues, s_end)
        if c_lo == c_hi:
            continue
        inside = mentions[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
        wanted = set()
        for _, n in cue_hits[c_lo:c_hi]:
            wanted |= CUE_CATEGORY_SETS[n]
        if all(m.roles for m in inside) and wanted.isdisjoint(CARRIED_CATEGORIES):
            continue  # no place of its own, and no trigger that could speak of the country before
        sentence = plain_lower(text[s_start:s_end])
        if wanted == {"refers_back"} and (before is None or not REFERS_BACK.search(sentence)):
            continue  # only a list that refers back could make a claim here, and this is none
        if about_another_state(sentence) or CORRECTION.match(sentence) \
                or UNRELATED.search(sentence) and not STATION_WORD.search(sentence):
            continue
        mark_asides(sentence, s_start, inside)
        hosts = [(m.start - s_start, m.end - s_start, m) for m in inside if not m.roles]
        embassy_speaks = False  # China's embassy speaks of a closure where it is (below)
        if not hosts:
            # no place of its own, or only asides ("summoned a Chinese diplomat in Santiago"): a trigger here speaks of
            # the one country of the sentences just before
            country = None if wanted.isdisjoint(CARRIED_CATEGORIES) or is_heading(text, s_start, s_end) \
                else carried_mention(so_far, mentions, starts, s_start, text)
            spoke_in = [m for m in inside if m.roles == {"spoke_in"}]
            embassy = [m for m in inside if m.roles == {"embassy"} and m.iso3 not in ACTORS]
            if "shutdown" in wanted and len({m.iso3 for m in embassy}) == 1 and CHINA_SPEAKS_FIRST.match(sentence) \
                    and EMBASSY_STATION_WORD.search(sentence):
                # "China's embassy in Wellington said the sites ... had now closed": closed where the embassy is, as China says
                # (a closure or a station only: what else China's embassy says is no host's act)
                hosts = [(embassy[0].start - s_start, embassy[0].end - s_start, embassy[0])]
                wanted, embassy_speaks = {"shutdown"}, True
            elif country is None and len({m.iso3 for m in spoke_in}) == 1:
                # "Speaking at a briefing in The Hague, a police spokesperson said ...": no country before, so where they spoke
                spoke_in[0].roles.clear()
                hosts = [(spoke_in[0].start - s_start, spoke_in[0].end - s_start, spoke_in[0])]
            elif country is None:
                continue
            else:
                inside = inside + [country]
                hosts = [(0, 0, country)]
        actors = [m.start - s_start for m in inside if "actor" in m.roles]
        hits = cue_sites(cue_hits[c_lo:c_hi], s_start)
        found = triggers_in(sentence, inside, s_start, hits, wanted)
        if embassy_speaks and not found:
            continue  # China's embassy speaks, and of no closure
        if found and NOT_CONNECTED.search(sentence):
            found = {}  # "a smuggling case that has no connection with the stations": no trigger speaks of them (a station named still is)
        if "investigation" in found and NO_INVESTIGATION.search(sentence):
            del found["investigation"]  # "found no record of any such facility and no investigation had been opened"
        if "forced_return" in found and "pressure" in sentence and NO_PRESSURE.search(sentence):
            del found["forced_return"]  # "deported 40 Chinese nationals ..., a routine case in which no one has alleged any pressure"
        carried = set()
        earlier = plain_lower(text[before[0]:before[1]]) \
            if not found and before is not None and REFERS_BACK.search(sentence) else None
        if earlier is not None and (not sentence.startswith("it ") or GROUP_NOUN.search(earlier)):
            # ("It includes ..." speaks of a group of countries only after one: "The second column, of countries that ...")
            earlier_mentions = mentions[bisect.bisect_left(starts, before[0]):bisect.bisect_left(starts, before[1])]
            earlier_hits = cue_sites(cue_hits[bisect.bisect_left(cues, before[0]):bisect.bisect_left(cues, before[1])],
                                      before[0])
            carried = set(referred_categories(earlier, triggers_in(earlier, earlier_mentions, before[0], earlier_hits)))
            found = {cat: [(0, 0)] for cat in carried}
            if not carried and not station_terms(sentence, hits) and any(not is_hedged(earlier, 0, a) for a, _ in station_terms(earlier, earlier_hits)):
                # "... 54 such stations across Europe. The countries involved are Serbia, Croatia and Italy."
                rows += [(s_start, m, "station", "", "list_refers_back", s_end) for _, _, m in hosts if m.kind != "carried"]
        if on_story is None:
            on_story = STATION_STORY.search(folded) is not None  # once per article, where a sentence could claim
        claimed = sentence_claims(sentence, hosts, actors, found, hits, on_story)
        if ("from" in sentence or "such as" in sentence or "like" in sentence or "including" in sentence) and GENERIC_HOSTS.search(sentence):
            claimed = [c for c in claimed if c[1] == "station" or hosts[c[0]][2].kind == "carried" or not EXAMPLES_BEFORE.search(
                sentence, max(0, hosts[c[0]][0] - 60), hosts[c[0]][0])]  # "in cities from Amsterdam to Toronto": examples
        unbound = {cat: spans for cat, spans in found.items() if cat in CARRIED_CATEGORIES
                   and not any(c == cat for _, c, _, _ in claimed) and not any(h[0] < spans[0][0] for h in hosts)}
        compared_first = unbound and any("comparison" in m.roles and m.start - s_start < min(a for a, _ in spans)
                                         for m in inside for spans in unbound.values())
        if unbound and not carried and not compared_first and all(h[2].kind != "carried" for h in hosts):
            # "The ministry said it was unacceptable ... in Paris": no place acts before the trigger, so the
            # country of the sentences just before does, as for a sentence with no place at all (not when a
            # country compared acts: "Unlike the Netherlands, which ordered two offices shut, Paris ...")
            country = carried_mention(so_far, mentions, starts, s_start, text)
            if country is not None:
                extra = [(0, 0, country)]
                claimed += [(i + len(hosts), category, value, rule) for i, category, value, rule
                            in sentence_claims(sentence, extra, actors, unbound, hits) if i == 0]
                hosts = hosts + extra
        for i, category, value, rule in claimed:
            if category in carried:
                rule = "list_refers_back"
            if category == "official_response" and penalty_after_return(
                    sentence, found.get(category, ()),
                    plain_lower(text[before[0]:before[1]]) if before is not None and hosts[i][2].kind == "carried" else ""):
                continue  # "flew back ... and was sentenced to nine years in prison": China's sentence, not the host's
            if hosts[i][2].kind == "carried":
                if category == "station" and rule != "station_shut_down" or category in ("official_response", "investigation") \
                        and (not officials_speak(sentence) or CHINA_SPEAKS_FIRST.match(sentence)) \
                        or GENERIC_HOSTS.search(sentence) \
                        or category in ("official_response", "investigation") and ANOTHER_CASE.search(sentence) \
                        or category == "shutdown" and CHINA_SPEAKS_FIRST.match(sentence) \
                        or category == "patrol_agreement" and not YEAR.search(sentence) and not officials_speak(sentence) \
                        and not any("patrol" in sentence[a:b] for a, b in found.get(category, ())) \
                        or category in ("forced_return", "shutdown") and LARGE_NUMBER.search(sentence) \
                        or sentence.rstrip(" \"'").endswith("?") or sentence.startswith(("in other news", "other news", "if convicted", "if found guilty")) \
                        or category in ("shutdown", "station") and all(
                            sentence.startswith(("closures", "shutdowns"), a) for a, _ in found.get("shutdown", [(0, 0)])) \
                        or category == "forced_return" and not (PERSON_COUNT.search(sentence) or ONE_PERSON.search(sentence)):
                    continue  # "investigations in 13 countries", a question, "after the closures": not the country before
                rule = rule if category == "station" else f"{category.replace('official_', '')}_carried"
            rows.append((s_start, hosts[i][2], category, value, rule, s_end))
    rows = [row for row in rows if row[0] not in disowned]
    claimed_here = {(row[0], row[1].iso3) for row in rows}  # what an official said is the claim its sentence makes
    rows += [row for row in said if (row[0], row[1].iso3) not in claimed_here]
    rows += digest_rows(text, folded, mentions, starts)
    rows += ranking_rows(article, folded, mentions, starts)
    return best_claims(rows, text)


def digest_rows(text: str, folded: str, mentions: list[Mention], starts: list[int]) -> list[tuple]:
    """'- Austria: one, in Vienna.', 'Austria. One site, in Vienna.': a digest's line naming a country and its count, in
    an article that speaks of stations (station_digest; the line is the quote)."""
    if "station" not in folded:
        return []
    rows = []
    for line in (*DIGEST_LINE.finditer(text), *DIGEST_COUNT_LINE.finditer(text)):
        named = [m for m in mentions[bisect.bisect_left(starts, line.start("name")):bisect.bisect_left(starts, line.end("name"))]
                 if m.kind in ("name", "abbreviation", "demonym") and not m.roles]
        value = count_value(line, "count", text)
        if len(named) == 1 and value and not YEAR.fullmatch(line.group("count")):  # "- Canada: 2023, ...": a year
            end = text.find("\n", line.end())
            rows.append((line.start("name"), named[0], "station", value, "station_digest", len(text) if end < 0 else end))
    return rows


def listed_before(named: list[Mention], at: int, low: str) -> list[Mention]:
    """The mentions of the list that ends right before `at`: "X, Y and Z each have two" (not "After Italy, X and Y ...")."""
    before = [m for m in named if m.end <= at]
    if not before or low[before[-1].end:at].strip():
        return []
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        if low[m.end:listed[0].start] not in (", ", " and ", ", and ", " & ") \
                or low[max(0, m.start - 12):m.start].rstrip().endswith((" after", " besides", " beyond", " behind", " unlike", " than")):
            break  # "After Italy, the Netherlands and Serbia each have two": Italy is not in the list
        listed.insert(0, m)
    return listed


def speaks_of_stations(low: str, start: int, end: int) -> bool:
    """Does low[start:end] speak of stations (not a bus, train or radio station)?"""
    return bool(police_station_terms(STATION_WORD, low[start:end]))


def ranking_rows(article: Article, folded: str, mentions: list[Mention], starts: list[int]) -> list[tuple]:
    """'Italy hosts the most, eleven, followed by Spain with nine; France has four': each country of a sentence that
    ranks countries by their stations ('X has the most', 'followed by Y with N', 'X is top with N', 'X hosts N, more
    than anywhere else'), in an article that
    speaks of stations, with its count (station_ranking; the sentence is the quote). In a paragraph about stations, a
    list of counts too: 'Italy 11, Spain 9', 'Hungary has four and Austria two', 'Italy, with eleven, tops the list',
    'The Netherlands and Serbia each have two', 'appear once each'. A sentence that ranks medals, money or people, a
    list of goals or flights (LISTS_OTHER), or one that only says 'the most recent', ranks nothing here."""
    if "station" not in folded or not RANKING_IN.search(folded):
        return []
    text = article.text
    low = plain_lower(text)  # with its punctuation, which the folded text has not
    rows = []
    for n, para in enumerate(article.paragraphs):
        if not RANKING_IN.search(low, para.start, para.end):
            continue
        # "is top with" and "followed by" count in a paragraph that speaks of stations, or right after one
        about_stations = speaks_of_stations(low, article.paragraphs[max(0, n - 1)].start, para.end)
        for s_start, s_end in sentence_bounds(text, [para]):
            if RANKS_OTHER.search(low, s_start, s_end):
                continue
            ranks = RANKING_IN.search(low, s_start, s_end) is not None  # else only a list of counts counts (below)
            matches = []  # (mention, the kind of pattern that matched, its match)
            named = [m for m in mentions[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
                     if m.kind in ("name", "abbreviation") and not m.roles]
            each = RANK_EACH.search(low, s_start, s_end)
            for m in named:
                if RANK_FOLLOWED_BEFORE.search(low, max(s_start, m.start - 20), m.start):
                    kind, match = "followed", RANK_WITH_AFTER.match(low, m.end, s_end)
                else:
                    kind, match = next(((k, found) for k, pattern in zip(("most", "most", "most", "has", "top"), RANK_AFTER)
                                        if (found := pattern.match(low, m.end, s_end))), (None, None))
                if not match:  # "Canada, with five", "Italy 11": counted only in a list (below)
                    kind, match = next((("listed", found) for pattern in RANK_LISTED_AFTER
                                        if (found := pattern.match(low, m.end, s_end))), (None, None))
                if not match and each and m in listed_before(named, each.start(), low):
                    kind, match = "each", each
                if match:
                    matches.append((m, kind, match))
            ranked = any(kind == "most" for _, kind, _ in matches)
            # "Italy 11, Spain 9", "Hungary has four and Austria two", "Italy, with eleven, tops the list": in a paragraph
            # about stations (or right after one)
            listed = about_stations and not LISTS_OTHER.search(low, s_start, s_end) \
                and (len({m.iso3 for m, _, _ in matches}) >= 2 or any(kind == "listed" and match.group("tops") for _, kind, match in matches))
            if not ranks and not listed:
                continue  # in a paragraph that ranks, a sentence that neither ranks nor lists counts
            for m, kind, match in matches:
                # a bare "Germany had 40" counts only beside a country that "has the most", or in a list of counts
                if kind == "has" and not (ranked or listed) or kind in ("listed", "each") and not listed \
                        or kind in ("top", "followed") and not ranked and not about_stations:
                    continue
                value = "1" if kind == "each" and (match.group("once") or match.group("one")) else count_value(match, "count", low)
                if value:
                    rows.append((s_start, m, "station", value, "station_ranking", s_end))
    return rows


CARRY_REACH = 400  # characters before a sentence with no place in which its country may be named
CARRIED_CATEGORIES = {"investigation", "shutdown", "official_response", "patrol_agreement", "forced_return"}


def named_just_before(earlier: list[tuple[int, int]], mentions: list[Mention], starts: list[int]) -> set[str]:
    """The possible hosts (iso3) the nearer of the two sentences `earlier` (same paragraph) names, or an empty set."""
    for e_start, e_end in reversed(earlier[-2:]):
        named = {m.iso3 for m in mentions[bisect.bisect_left(starts, e_start):bisect.bisect_left(starts, e_end)]
                 if not m.roles}
        if named:
            return named
    return set()


def country_before(earlier: list[tuple[int, int]], mentions: list[Mention], starts: list[int], at: int,
                   text: str) -> str | None:
    """The one country the nearest of the two sentences before (same paragraph) names as a possible
    host; if they name none, the one country of the sentence of the nearest possible host in the
    CARRY_REACH characters before `at`; None when there is none or there are several."""
    named = named_just_before(earlier, mentions, starts)
    if named:
        return named.pop() if len(named) == 1 else None
    hosts = [m for m in mentions[bisect.bisect_left(starts, max(0, at - CARRY_REACH)):bisect.bisect_left(starts, at)]
             if not m.roles]
    if not hosts:
        return None
    sentence_start = max(text.rfind(". ", 0, hosts[-1].start), text.rfind("\n", 0, hosts[-1].start))
    named = {m.iso3 for m in hosts if m.start > sentence_start}  # the sentence of the nearest place
    return named.pop() if len(named) == 1 else None


def is_heading(text: str, start: int, end: int) -> bool:
    """Is the sentence a line of its own with no closing punctuation, a subhead ('Where the "patrol deal" comes from')?
    It speaks of what follows, not of the country before it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return line == text[start:end].strip() and not line.endswith((".", "!", "?", ":", ";", "\"", "\u201d", "'", ")"))


def carried_mention(earlier: list[tuple[int, int]], mentions: list[Mention], starts: list[int], at: int,
                    text: str) -> Mention | None:
    """The country of the sentences just before (country_before) as a mention of no length at `at`, or None."""
    iso3 = country_before(earlier, mentions, starts, at, text)
    return None if iso3 is None else Mention(at, at, (), iso3, "carried")


def best_claims(rows: list[tuple], text: str) -> list[Claim]:
    """One claim per (country, category) from rows (sentence start, mention, category, value, rule,
    sentence end): a row with a year range beats one with another value, which beats one
    without, then the earliest; a city from any row of the same pair fills an empty one. Ordered by
    position, then category. Only the rows kept become Claims, with who their sentence cites."""
    best: dict[tuple[str, str], tuple] = {}
    cities: dict[tuple[str, str], str] = {}
    for row in rows:
        s_start, m, category, value = row[:4]
        k = (m.iso3, category)
        rank = (0 if "-" in value else 1 if value else 2, s_start, m.start)
        if k not in best or rank < best[k][0]:
            best[k] = (rank, row)
        if m.kind in CITY_KINDS:
            cities.setdefault(k, text[m.start:m.end])
    out, attributions = [], Attributions(text)
    for k, (rank, (s_start, m, category, value, rule, s_end)) in best.items():
        city = text[m.start:m.end] if m.kind in CITY_KINDS else cities.get(k, "")
        out.append(Claim(m.iso3, category, value, text[s_start:s_end], s_start, s_end, rule, city,
                         attributions.of(s_start, s_end, m.start, category)))
    return sorted(out, key=lambda c: (c.start, c.iso3, CATEGORY_ORDER.index(c.category)))
