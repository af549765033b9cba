"""Claims from the place mentions of one article: roles first, then trigger words per clause.

In:  an Article and its place mentions (geodata.extract.gazetteer.find_mentions).
Out: `article_claims(article, mentions)` -> a list of Claim, one per (country, category), each with
     the sentence that supports it, its offsets in the original text and the rule that fired.

Roles before claims: a mention is never a host when it is in the dateline ("LONDON (Reuters) -"),
when it is China itself (the actor), or when it is an aside: "Madrid-based", "based in", a source
("Spanish rights group", "Italian newspaper"), a comparison ("unlike Canada"), a Chinese embassy's
seat, or in a sentence about another state's conduct (Russia, the CIA) that never names China.
Then each clause of each sentence is searched for the trigger phrases of the six categories, and
each category has its own test of whether a mention in the clause is the host it speaks of.
"""

import bisect
import re
from dataclasses import dataclass

import ahocorasick

from geodata.articles import Article, normalise_chars, sentence_spans
from geodata.extract.gazetteer import Mention

CATEGORY_ORDER = ("station", "investigation", "patrol_agreement", "shutdown", "forced_return", "official_response")
ACTORS = {"CHN", "HKG", "MAC"}  # China is the actor of this story, never a host
CITY_KINDS = {"city", "alias_city", "city_word"}

# --- roles -------------------------------------------------------------------------------------

_AGENCIES_IN_DATELINE = r"reuters|ap|afp|cnn|bloomberg|xinhua|dpa|ansa|efe|upi|pti|ani|ians|bbc|nyt|wion"
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|" \
          r"august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
DATELINE_REST = re.compile(rf"(?:\b(?:{_AGENCIES_IN_DATELINE}|{_MONTHS})\b|[\W\d_])*", re.IGNORECASE)
DATELINE_PREFIX = re.compile(r"^(?P<head>[^\n]{2,60}?)\s*(?:[-\u2013\u2014]{1,2}|(?P<colon>:))\s")

BASED_AFTER = re.compile(r"^\s?-?\s?(?:based|headquartered)\b")
BASED_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$")
_SOURCE_WORDS = (r"newspapers?|daily|dailies|broadcasters?|outlets?|media|magazines?|journalists?|reporters?|"
                 r"websites?|tv|television|radio|news\s+agency|news\s+site|group|ngo|think[- ]tank|researchers?|"
                 r"academics?|scholars?|experts?|analysts?|campaigners?|activists?|organi[sz]ation|charity|"
                 r"non-?profit|watchdog|press")
SOURCE_AFTER = re.compile(rf"^\s+(?:(?:civil|human|rights|public|national|local|investigative|independent|online|"
                          rf"leading|major|prominent|research|advocacy|news|state|daily)\s+){{0,3}}(?:{_SOURCE_WORDS})\b")
COMPARISON_BEFORE = re.compile(r"(?:\bunlike|\bsimilar\s+to|\bcompared\s+(?:with|to)|\bjust\s+as|\bas\s+in|"
                               r"\bjust\s+like|(?<!countries )(?<!nations )(?<!states )\blike)\s+(?:the\s+)?$")
EMBASSY_BEFORE = re.compile(r"\b(?:chinese|china's|prc)\s+(?:embassy|consulate|ambassador|envoy|mission|diplomats?|"
                            r"consul(?:ate)?(?:\s+general)?)\s+(?:in|to)\s+(?:the\s+)?$")
OTHER_STATE_STEMS = ("cia", "kgb", "fsb", "gru", "mossad", "kremlin", "example", "instance", "accused")
CHINA_CUE = re.compile(r"\bchin(?:a|ese)\b|\bbeijing\b|\bprc\b|\bccp\b|\bstations?\b|\boutposts?\b|\bservice\s+cent")
OTHER_STATE = re.compile(r"\b(?:cia|kgb|fsb|gru|mossad|kremlin)\b|\bfor\s+(?:example|instance)\b|"
                         r"\b(?:has|have|had|was|were)\s+(?:\w+\s+){0,2}(?:been\s+)?accused\b")

# --- triggers ----------------------------------------------------------------------------------

_NOT_POLICE = r"(?<!train )(?<!railway )(?<!radio )(?<!space )(?<!petrol )(?<!gas )(?<!fire )(?<!bus )" \
              r"(?<!metro )(?<!subway )(?<!tv )(?<!power )(?<!central )(?<!weather )(?<!polling )" \
              r"(?<!research )(?<!filling )(?<!television )(?<!tube )(?<!rail )(?<!pumping )(?<!relay )"
STATION_TERM = re.compile(rf"\b{_NOT_POLICE}stations?\b|\boutposts?\b|\bservice\s+cent(?:er|re)s?\b|"
                          r"\bpolice\s+(?:posts|offices)\b")
STATIONISH = re.compile(rf"\b{_NOT_POLICE}stations?\b|\boutposts?\b|\bcent(?:er|re)s?\b|\bfacilit(?:y|ies)\b|"
                        r"\boffices?\b|\bpremises\b|\boperations?\b")
# "concerned about possible stations", "a warning over police stations": the stations as a topic
STATION_HEDGE = re.compile(r"\b(?:about|over|regarding|possible|potential|suspected|hypothetical)\s+"
                           r"(?:(?:the|any|such|these|so-called|alleged|unauthori[sz]ed|illegal|secret|chinese|"
                           r"overseas|\"|police|service)\s*)*$")

TRIGGERS = {
    "investigation": re.compile(
        r"\binvestigat(?:e|es|ed|ing|ion|ions)\b|\bprobe[sd]?\b|\bprobing\b|\b[ie]nquir(?:y|ies)\b|\blook(?:s|ed|ing)?\s+into\b|"
        r"\b(?:check|examin)(?:e|es|ed|ing|s)?\s+(?:the\s+)?(?:reports?|claims?|allegations?)\b"),
    "patrol_agreement": re.compile(
        r"\bjoint(?:ly)?\s+(?:police\s+|policing\s+|law[- ]enforcement\s+|security\s+)?"
        r"(?:patrol\w*|operations?|initiatives?|exercises?|missions?)\b|"
        r"\bpatrol(?:s|ling|led)?\s+(?:agreements?|arrangements?|deals?|pacts?|cooperation)\b|"
        r"\bon\s+(?:a\s+|joint\s+)?patrols?\b|\bpatrol(?:led|ling|s)?\s+(?:with|alongside)\b|"
        r"\b(?:security|policing|police|law[- ]enforcement)\s+(?:cooperation\s+)?"
        r"(?:agreements?|arrangements?|pacts?|deals?|treat(?:y|ies)|accords?|memorand\w+)\b|"
        r"\bpolic(?:e|ing)\s+(?:cooperation|ties|partnerships?)\b|\bsimilar\s+(?:security\s+)?(?:agreements|arrangements)\b"),
    "shutdown": re.compile(
        r"\bshut(?:s|ting)?\s+(?:\w+\s+)?down\b|\bshut\s+(?:the|a|an|its|their|all|two|three)\b|\bshutdown\b|"
        r"\bclos(?:ed|es|ing|ure|ures)\b(?!-door)|\bordered\b[^.;]{0,60}?\bto\s+(?:close|shut|cease)\b|"
        r"\bceased?\s+(?:operations|operating|activities)\b|\bdismantl(?:ed|ing)\b|\bwound\s+down\b"),
    "forced_return": re.compile(
        r"\b(?:forc(?:ed|ing)|coerc(?:ed|ing)|pressur(?:ed|ing)|persuad(?:ed|ing)|compelled|lured|tricked|"
        r"intimidat(?:ed|ing)|harass(?:ed|ing)|threaten(?:ed|ing))\b[^.;]{0,40}?\b(?:to\s+(?:return|go\s+back|"
        r"come\s+back)|into\s+(?:returning|going\s+back|coming\s+back))\b|"
        r"\bforcibly\s+(?:returned|repatriated|sent\s+back|deported|removed)\b|\brepatriat(?:ed|ion|ions)\b|"
        r"\b(?:returned|sent\s+back|deported|extradited|brought\s+back|taken\s+back)\s+to\s+china\b|"
        r"\b(?:involuntary|forced)\s+returns?\b"),
    "official_response": re.compile(
        r"\bwarn(?:ed|ing|ings|s)?\b|\bsummon(?:ed|s|ing)?\b|\barrest(?:ed|s)\b|\bcharged\b|"
        r"\bcease[- ]and[- ]desist\b|\bexpel(?:led|s)?\b|\bexpulsions?\b|\bcondemn(?:ed|s|ation)?\b|"
        r"\bconcerned\b|\bconcerns?\b|\bprotested\b|\b(?:formal|diplomatic|strong)\s+protest\b|\blodged\s+(?:a\s+)?(?:formal\s+)?(?:protest|complaint)\b|"
        r"\b(?:urged|asked|pressed)\s+(?:china|beijing|the\s+chinese)\b|\bdemand(?:ed|s)\b|\bcalled\s+on\b|\bsanction(?:ed|s)\b|"
        r"\braid(?:ed|s)?\b|\bdenounc(?:ed|es)\b|\bbanned\b|\bdeclared\b[^.;]{0,30}\billegal\b|\bunacceptable\b|"
        r"\bviolat(?:e|es|ed|ion)\b[^.;]{0,20}\bsovereignty\b|\bdiplomatic\s+(?:note|protest|complaint)\b"),
}
NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|nor|neither|denied|denies|deny|denying|refused\s+to|declined\s+to|"
                             r"yet\s+to|without|rejected|false)\b[^,;]{0,40}$|n't\s+(?:\w+\s+){0,3}$")
NGO_INVESTIGATES = re.compile(r"(?:\b(?:it|they|the\s+group|the\s+ngo|the\s+organi[sz]ation|defenders|researchers|"
                              r"journalists|reporters)\s+(?:has\s+|had\s+|have\s+)?$)|(?:\bthe\s+$)")
NGO_INVESTIGATION_BY = re.compile(r"^\w*\s+(?:\w+\s+){0,3}by\s+(?:the\s+)?(?:safeguard|group|ngo|organi[sz]ation|"
                                  r"researchers|journalists|reporters|report)")

# Word beginnings without which no sentence can make a claim: a sentence with none of them is
# skipped before any regular expression runs on it (all are found in one pass per article).
CUE_STEMS = {
    "investigation": "investigat probe probing inquir enquir look check examin",
    "patrol_agreement": "joint patrol agreement arrangement pact deal treat accord memorand cooperation ties partnership",
    "shutdown": "shut clos ordered cease ceasing dismantl wound_down",
    "forced_return": "forc coerc pressur persuad compelled lured tricked intimidat harass threaten repatriat returned "
                     "sent_back deported extradited brought_back taken_back involuntary",
    "official_response": "warn summon arrest charged cease expel expulsion condemn concern protest demand called_on "
                         "sanction raid denounc banned declared unacceptable violat diplomatic lodged urged asked pressed",
    "": "station outpost service_cent police_post police_office territory soil borders countries nations states "
        "they_include these_include they_are they_were",
}
_CUE_CATEGORIES: dict[str, set] = {}
for _category, _stems in CUE_STEMS.items():
    for _stem in _stems.split():
        _CUE_CATEGORIES.setdefault(_stem.replace("_", " "), set()).add(_category)
CUE_NAMES = sorted(_CUE_CATEGORIES)
CUE_CATEGORY_SETS = [frozenset(_CUE_CATEGORIES[n]) for n in CUE_NAMES]
CUES = ahocorasick.Automaton(ahocorasick.STORE_INTS)
for _n, _stem in enumerate(CUE_NAMES):
    CUES.add_word(" " + _stem, _n)
CUES.make_automaton()

# --- attachment --------------------------------------------------------------------------------

CLAUSE_BREAK = re.compile(r";|\s(?:but|while|whereas|although|though|however|meanwhile)\s|"
                          r"\sand\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?!united\b)\w+ed\b")
LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+(?:neighbo(?:u)?ring\s+)?|"
                      r"\s*/\s*|\s+plus\s+)(?:the\s+)?$")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|within|outside(?:\s+of)?|near|across|throughout|around)\s+(?:the\s+)?"
                             r"(?:(?:\w+\s+){0,2}(?:city|town|capital|suburbs?|outskirts|province|region|state|"
                             r"streets|heart|centre|center|parts?|district|area)\s+of\s+(?:the\s+)?)?$|"
                             r"\b(?:in|at|across)\s+(?:[\w-]+\s+){0,3}(?:cities|countries|places|capitals|nations|"
                             r"locations)\s+(?:including|such\s+as|like|as)\s+(?:the\s+)?$")
# "X, where stations operate", "named X as countries where stations operated"
WHERE_AFTER = re.compile(r"\s*,?\s*(?:as\s+(?:the\s+)?(?:\w+\s+)?(?:countries|nations|places|cities)\s+)?where\b")
# a local police station is not a Chinese one: "taken to a police station in Dublin"
LOCAL_STATION = re.compile(r"(?:\b(?:taken|brought|detained|held|questioned|booked|went|walked)\s+(?:to|at|in|into)\s+"
                           r"(?:a|the|his|her|their)\s+|\blocal\s+|\bnearest\s+)(?:police\s+)?$")
NO_STATION = re.compile(r"\b(?:no|without|not\s+(?:have|host|find|found)\s+any)\s+(?:such\s+)?(?:[\w'-]+\s+){0,2}$")
DENIAL_BEFORE = re.compile(r"\b(?:denied|denies|deny|denying|dismissed|rejected|refuted)\b[^;]{0,120}$")
HOST_VERB_AFTER = re.compile(r"\s*(?:,[^,]{1,80},\s*)?(?:,?\s*(?:that|which)\s+)?(?:(?:has|have|had|is|was|also|reportedly|allegedly|now|"
                             r"still|already)\s+)*(?:(?P<host>host(?:s|ed|ing)?|is\s+home\s+to|hous(?:es|ed))|has|had)\b")
# between the verb and the stations: a noun phrase ("the highest number, 11, of these"), no negation
HOSTED_GAP = re.compile(r"(?:(?!\b(?:no|not|never|denied)\b)[^.;])*$")
STATION_AFTER_CITY = re.compile(r"^\s+(?:chinese\s+(?:police\s+)?|overseas\s+(?:police\s+)?|service\s+)?"
                                r"(?:station|stations|outpost|outposts)\b")
TERRITORY = re.compile(r"\bon\s+(?:its|their)\s+(?:own\s+)?(?:territory|soil)\b|\bwithin\s+(?:its|their)\s+borders\b")
RESPONSE_LOCATIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
REFERS_BACK = re.compile(r"\b(?:the|these|those)\s+(?:\w+\s+)?(?:countries|nations|states)\b(?!\s+(?:like|such))|"
                         r"^(?:they|these)\s+(?:include|are|were)\b")
GENERIC_HOSTS = re.compile(r"\b(?:countries|nations|states|governments)\b")

# --- values ------------------------------------------------------------------------------------

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS["a dozen"] = 12
_NUMBER = r"(\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
STATION_COUNTS = [
    re.compile(rf"\b{_NUMBER}\s+of\s+(?:which|them|these|those)\s+(?:are|were|is|was)\s+(?:located\s+|based\s+)?in\b"),
    re.compile(rf"\bnumber,?\s+{_NUMBER},?\s+of\b"),
    re.compile(rf"\b{_NUMBER}\s+(?:[\w\"'-]+\s+){{0,3}}?(?:stations?|outposts?|service\s+cent(?:er|re)s?)\b"),
]
HAS_DIGIT = re.compile(r"\d")
WORLDWIDE = re.compile(r"\bworldwide\b|\bglobally\b|\baround\s+the\s+world\b|\bacross\s+the\s+(?:globe|world)\b|"
                       r"\bcountries\b|\bin\s+total\b|\btotal\s+of\b|\bcontinents?\b")
PERSON_COUNT = re.compile(rf"\b(a|an|{_NUMBER[1:-1]})\s+(?:other\s+|more\s+|further\s+)?(?:chinese\s+)?"
                          r"(?:citizens?|nationals?|exiles?|dissidents?|persons?|people|men|man|women|woman|students?|"
                          r"residents?|individuals?|activists?|critics?|fugitives?|suspects?)\b")
ONE_EACH = re.compile(r"\b(?:one|the\s+other)\s+(?:in|from)\s+(?:the\s+)?$")
YEAR_RANGE = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|till)\s+((?:19|20)\d\d)\b|"
                        r"\b((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)\d\d)\b")
YEAR_SINCE = re.compile(r"\bsince\s+((?:19|20)\d\d)\b")


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


def plain_lower(text: str) -> str:
    """Plain quotes and dashes, lower case, same length as `text`."""
    return normalise_chars(text.replace("\u0130", "I")).lower()


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# --- roles -------------------------------------------------------------------------------------

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


COMPARISON_PAIRS = {("similar", "to"), ("compared", "with"), ("compared", "to"), ("just", "as"), ("as", "in")}
EMBASSY_WORDS = {"embassy", "consulate", "ambassador", "envoy", "mission", "diplomat", "diplomats", "consul", "general"}
LOCATIVE_ENDS = {"in", "at", "inside", "within", "outside", "of", "near", "across", "throughout", "around",
                 "including", "as", "like"}


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
        if after[:8].lstrip(" -").startswith(("based", "headquartered")) and BASED_AFTER.match(after) \
                or last[-2] in ("based", "headquartered") and BASED_BEFORE.search(before):
            m.roles.add("based")
        elif m.kind == "demonym" and SOURCE_AFTER.match(after):
            m.roles.add("source")
        elif (last[-1] in ("like", "unlike") or (last[-2], last[-1]) in COMPARISON_PAIRS) \
                and COMPARISON_BEFORE.search(before):
            m.roles.add("comparison")
        elif last[-2] in EMBASSY_WORDS and EMBASSY_BEFORE.search(before):
            m.roles.add("embassy")


# --- sentences ---------------------------------------------------------------------------------

DENIAL_STEMS = ("deni", "deny", "dismissed", "rejected", "refuted")
NEGATION_WORDS = {"no", "not", "never", "nor", "neither", "denied", "denies", "deny", "denying", "refused",
                  "declined", "yet", "without", "rejected", "false"}


def is_negated(sentence: str, a: int) -> bool:
    """Is the trigger at `a` negated ("has not closed") or denied ("denied that the centres in
    Italy are police stations")?"""
    window = sentence[max(0, a - 45):a]
    if ("n't" in window or not NEGATION_WORDS.isdisjoint(window.split())) \
            and NEGATION_BEFORE.search(sentence, max(0, a - 45), a):
        return True
    return is_denied(sentence, a)


def is_denied(sentence: str, a: int) -> bool:
    """Does a denial stand before `a` in its clause ("Beijing denied that ...")?"""
    wide = sentence[max(0, a - 130):a]
    return any(w in wide for w in DENIAL_STEMS) and DENIAL_BEFORE.search(sentence, max(0, a - 130), a) is not None


def triggers_in(sentence: str, mentions: list[Mention], offset: int,
                categories=TRIGGERS) -> dict[str, list[tuple[int, int]]]:
    """Trigger spans per category in one lower-cased sentence, negated ones and ones inside a
    place name ("Federal Bureau of Investigation") left out; only `categories` are searched."""
    found = {}
    for category in categories:
        pattern = TRIGGERS.get(category)
        if pattern is None:
            continue
        spans = []
        for match in pattern.finditer(sentence):
            a, b = match.span()
            if any(m.start - offset <= a < m.end - offset for m in mentions):
                continue
            if is_negated(sentence, a):
                continue
            if category == "investigation" and (NGO_INVESTIGATES.search(sentence, max(0, a - 40), a)
                                                and sentence[a:b].endswith("ed")
                                                or NGO_INVESTIGATION_BY.match(sentence[a:a + 60])):
                continue
            spans.append((a, b))
        if spans:
            found[category] = spans
    return found


def clause_bounds(sentence: str) -> list[int]:
    """Start offsets of the sentence's clauses (split at ';', 'but', 'while', ...)."""
    return [0] + [m.start() for m in CLAUSE_BREAK.finditer(sentence)]


def list_heads(sentence: str, hosts: list[tuple[int, int, Mention]]) -> list[int]:
    """For each host (relative start, end, mention), the index of the first member of the list
    it stands in ("Croatia, Serbia and Romania" share the "in" before Croatia)."""
    heads = []
    for i, (a, _, _) in enumerate(hosts):
        if i and LIST_GAP.match(sentence[hosts[i - 1][1]:a]):
            heads.append(heads[-1])
        else:
            heads.append(i)
    return heads


def station_rule(sentence: str, clause: str, hosts, i: int, head: int, terms: list[tuple[int, int]],
                 others: list[int]) -> str:
    """The rule that makes host i a station host, or ''. `others` are the starts of the other
    categories' triggers: one between the stations and the place claims the place for itself."""
    a, b, m = hosts[i]
    first_a, _, _ = hosts[head]
    last_b = b
    for j in range(i + 1, len(hosts)):
        if LIST_GAP.match(sentence[last_b:hosts[j][0]]):
            last_b = hosts[j][1]
        else:
            break
    if last_words(sentence[max(0, first_a - 50):first_a])[-1] in LOCATIVE_ENDS \
            and LOCATIVE_BEFORE.search(sentence, max(0, first_a - 50), first_a) and near_station(hosts, head, last_b, terms, others):
        return "station_in_place"
    verb = HOST_VERB_AFTER.match(sentence, last_b, last_b + 120)
    if verb:
        reach = 60 if verb.group("host") else 30  # "hosts ... 11, of these stations"; "has 11 stations"
        if any(0 <= t[0] - verb.end() <= reach and HOSTED_GAP.match(sentence, verb.end(), t[0]) for t in terms):
            return "station_hosted"
    if WHERE_AFTER.match(sentence, last_b) and any(0 <= t[0] - last_b <= 60 for t in terms):
        return "station_where"
    if m.kind in CITY_KINDS and STATION_AFTER_CITY.match(sentence[b:b + 40]):
        return "station_named_for_city"
    if TERRITORY.search(clause):
        return "station_on_territory"
    return ""


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
        if t_a >= last_b and t_a - last_b <= 60:
            return True
    return False


def response_rule(sentence: str, hosts, i: int, triggers: list[tuple[int, int]], actors: list[int]) -> str:
    """Host i is the one responding: it stands before the trigger with no China mention between,
    or the response happens in it ('arrested in New York')."""
    a, b, m = hosts[i]
    for t_a, _ in triggers:
        if b <= t_a and not any(b <= c < t_a for c in actors):
            return "response_by_country"
        if a >= t_a and RESPONSE_LOCATIVE.search(sentence, max(0, a - 10), a):
            return "response_in_country"
    return ""


def year_value(clause: str) -> str:
    """'2016-2018' for 'between 2016 and 2018', '2015' for 'since 2015', else ''."""
    if "19" not in clause and "20" not in clause:
        return ""
    match = YEAR_RANGE.search(clause)
    if match:
        y1, y2 = (g for g in match.groups() if g)
        return f"{y1}-{y2}" if y1 != y2 else y1
    match = YEAR_SINCE.search(clause)
    return match.group(1) if match else ""


def station_count(clause: str) -> str:
    """The number of stations a clause gives one country ('11 Chinese police stations',
    'two illegal police stations', '11 of which are in Italy'), '' for worldwide totals."""
    if not HAS_DIGIT.search(clause) and NUMBER_WORDS.keys().isdisjoint(clause.split()) and "dozen" not in clause:
        return ""
    if WORLDWIDE.search(clause):
        return ""
    for pattern in STATION_COUNTS:
        match = pattern.search(clause)
        if match:
            value = number(match.group(1))
            return str(value) if value > 0 else ""
    return ""


def person_count(sentence: str, hosts, i: int, n_countries: int) -> str:
    a = hosts[i][0]
    if ONE_EACH.search(sentence, max(0, a - 20), a):
        return "1"
    if n_countries != 1:
        return ""
    match = PERSON_COUNT.search(sentence)
    if not match:
        return ""
    word = match.group(1)
    value = 1 if word in ("a", "an") else number(word)
    return str(value) if value > 0 else ""


HEDGE_WORDS = {"about", "over", "regarding", "possible", "potential", "suspected", "hypothetical", "taken", "brought",
               "detained", "held", "questioned", "booked", "went", "walked", "local", "nearest", "no", "without",
               "any"}


def is_hedged(sentence: str, c_start: int, a: int) -> bool:
    """Is the station term at `a` not a report of a station: a topic ("concerned about stations"),
    a question ("whether ... had a station"), a local police station, denied or negated?"""
    prefix = sentence[c_start:a]
    if "whether" in prefix or "?" in prefix or " if " in prefix:
        return True
    if HEDGE_WORDS.isdisjoint(sentence[max(0, a - 60):a].split()):
        return is_denied(sentence, a)
    return bool(STATION_HEDGE.search(sentence, max(0, a - 60), a) or LOCAL_STATION.search(sentence, max(0, a - 40), a)
                or NO_STATION.search(sentence, max(0, a - 40), a) or is_denied(sentence, a))


def clause_facts(sentence: str, c_start: int, c_end: int, found: dict, hosts) -> tuple:
    """What the hosts of one clause share: its text, its triggers, its unhedged station terms and
    the set of countries it names."""
    clause = sentence[c_start:c_end]
    in_clause = {cat: [t for t in spans if c_start <= t[0] < c_end] for cat, spans in found.items()}
    in_clause = {cat: spans for cat, spans in in_clause.items() if spans}
    terms = []
    if "station" in clause or "outpost" in clause or "cent" in clause or "police " in clause:
        terms = [(t.start() + c_start, t.end() + c_start) for t in STATION_TERM.finditer(clause)]
        terms = [t for t in terms if not is_hedged(sentence, c_start, t[0])]
    countries = {m.iso3 for a, _, m in hosts if c_start <= a < c_end}
    return clause, in_clause, terms, countries


def sentence_claims(sentence: str, hosts, actors: list[int], found: dict) -> list[tuple[int, str, str, str]]:
    """(host index, category, value, rule) for one sentence: hosts are (start, end, Mention) relative
    to the sentence, actors the relative starts of China mentions, found its triggers."""
    bounds = clause_bounds(sentence) + [len(sentence)]
    heads = list_heads(sentence, hosts)
    facts: dict = {}  # per clause: its facts, and its values once computed
    out = []
    for i, (a, b, m) in enumerate(hosts):
        c = bisect.bisect_right(bounds, a) - 1
        if c not in facts:
            facts[c] = clause_facts(sentence, bounds[c], bounds[c + 1], found, hosts)
        clause, in_clause, terms, countries = facts[c]
        if terms:
            others = [t[0] for spans in in_clause.values() for t in spans]
            rule = station_rule(sentence, clause, hosts, i, heads[i], terms, others)
            if rule:
                if ("count", c) not in facts:
                    facts[("count", c)] = station_count(clause) if len(countries) == 1 else ""
                out.append((i, "station", facts[("count", c)], rule))
        for category, spans in in_clause.items():
            if category == "official_response":
                rule = response_rule(sentence, hosts, i, spans, actors)
                if rule:
                    out.append((i, category, "", rule))
            elif category == "shutdown":
                if STATIONISH.search(clause):
                    out.append((i, category, "", "shutdown"))
                    out.append((i, "station", "", "station_shut_down"))
            elif category == "patrol_agreement":
                if ("years", c) not in facts:
                    facts[("years", c)] = year_value(clause)
                out.append((i, category, facts[("years", c)], "patrol"))
            elif category == "forced_return":
                out.append((i, category, person_count(sentence, hosts, i, len(countries)), "forced_return"))
            else:
                out.append((i, category, "", category))
    return out


def referred_categories(sentence: str, found: dict) -> list[str]:
    """Categories a sentence's generic hosts ('several European nations') stand for: the trigger
    nearest to such a phrase."""
    best = []
    for match in GENERIC_HOSTS.finditer(sentence):
        distances = [(min(abs(match.start() - b), abs(a - match.end())), cat)
                     for cat, spans in found.items() for a, b in spans]
        distances = [d for d in distances if d[0] <= 80]
        if distances:
            best.append(min(distances)[1])
    return sorted(set(best), key=CATEGORY_ORDER.index)


# --- article -----------------------------------------------------------------------------------

def paragraphs_worth_reading(article: Article, mentions: list[Mention], cues: list[int]) -> Article:
    """The article with only the paragraphs that hold both a possible host and a cue word (the
    others cannot make a claim), so that only those are split into sentences."""
    host_starts = [m.start for m in mentions if not m.roles]
    keep = []
    for para in article.paragraphs:
        if bisect.bisect_left(host_starts, para.start) != bisect.bisect_left(host_starts, para.end) \
                and bisect.bisect_left(cues, para.start) != bisect.bisect_left(cues, para.end):
            keep.append(para)
    return Article(article.id, article.text, tuple(keep))


def same_paragraph(text: str, first, second) -> bool:
    return "\n" not in text[first.end:second.start]


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
    rows: list[tuple[int, int, Claim]] = []
    previous = None  # the span of the sentence before in the same paragraph, for a list that refers back
    for span in sentence_spans(paragraphs_worth_reading(article, mentions, cues)):
        before, previous = (previous if previous and same_paragraph(text, previous, span) else None), span
        lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
        inside = mentions[lo:hi]
        c_lo, c_hi = bisect.bisect_left(cues, span.start), bisect.bisect_left(cues, span.end)
        if c_lo == c_hi or all(m.roles for m in inside):
            continue
        wanted = set()
        for _, n in cue_hits[c_lo:c_hi]:
            wanted |= CUE_CATEGORY_SETS[n]
        sentence = plain_lower(text[span.start:span.end])
        if any(w in sentence for w in OTHER_STATE_STEMS) and OTHER_STATE.search(sentence) \
                and not CHINA_CUE.search(sentence):
            continue
        mark_asides(sentence, span.start, inside)
        hosts = [(m.start - span.start, m.end - span.start, m) for m in inside if not m.roles]
        if not hosts:
            continue
        actors = [m.start - span.start for m in inside if "actor" in m.roles]
        found = triggers_in(sentence, inside, span.start, wanted)
        carried = set()
        if not found and before is not None and REFERS_BACK.search(sentence):
            earlier = plain_lower(text[before.start:before.end])
            earlier_mentions = mentions[bisect.bisect_left(starts, before.start):bisect.bisect_left(starts, before.end)]
            carried = set(referred_categories(earlier, triggers_in(earlier, earlier_mentions, before.start)))
            found = {cat: [(0, 0)] for cat in carried}
        for i, category, value, rule in sentence_claims(sentence, hosts, actors, found):
            if category in carried:
                rule = "list_refers_back"
            m = hosts[i][2]
            city = text[m.start:m.end] if m.kind in CITY_KINDS else ""
            claim = Claim(m.iso3, category, value, text[span.start:span.end], span.start, span.end, rule, city)
            rows.append((span.start, m.start, claim))
    return best_claims(rows)


def best_claims(rows: list[tuple[int, int, Claim]]) -> list[Claim]:
    """One claim per (country, category): a row with a year range beats one with another value,
    which beats one without, then the earliest;
    a city from any row of the same pair fills an empty one. Ordered by position, then category."""
    best: dict[tuple[str, str], tuple] = {}
    cities: dict[tuple[str, str], str] = {}
    for sentence_start, mention_start, claim in rows:
        k = (claim.iso3, claim.category)
        rank = (0 if "-" in claim.value else 1 if claim.value else 2, sentence_start, mention_start)
        if k not in best or rank < best[k][0]:
            best[k] = (rank, claim)
        if claim.city:
            cities.setdefault(k, claim.city)
    out = []
    for k, (rank, claim) in best.items():
        claim.city = claim.city or cities.get(k, "")
        out.append(claim)
    return sorted(out, key=lambda c: (c.start, c.iso3, CATEGORY_ORDER.index(c.category)))
