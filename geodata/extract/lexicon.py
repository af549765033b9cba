"""The words the extractor reads: trigger phrases per category, cue words, the patterns of roles,
attachment and values, as lower-case regular expressions over plain text (straight quotes).

In:  nothing (constants). Out: compiled patterns and word sets used by roles.py and rules.py, and
the two helpers that prepare text for them (plain_lower, number). Changing what counts as a
trigger, an aside or a hedge is an edit here; each pattern has a test sentence in
tests/test_extract.py.
"""

import re

import ahocorasick

from geodata.article_text import normalise_chars

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

# "station" after one of these words is not a police station ("train station", "radio station")
NOT_POLICE_STATION = {"train", "railway", "rail", "radio", "space", "petrol", "gas", "fire", "bus", "metro", "subway",
                      "tube", "tv", "television", "power", "central", "weather", "polling", "research", "filling",
                      "pumping", "relay"}
STATION_TERM = re.compile(r"\b(?:stations?|outposts?|service\s+cent(?:er|re)s?|police\s+(?:posts|offices))\b")
# what a shutdown can close: a station or a site
STATIONISH = re.compile(r"\b(?:stations?|outposts?|cent(?:er|re)s?|facilit(?:y|ies)|offices?|premises|operations?)\b")
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
        r"\bchinese\s+(?:police\s+)?(?:officers?|police|policemen)\s+(?:\w+\s+){0,3}?patroll(?:ed|ing)\b|"
        r"\bpatroll(?:ed|ing)\b[^.;]{0,60}?\b(?:with|alongside)\s+(?:\w+\s+){0,2}?chinese\b|"
        r"\b(?:security|policing|police|law[- ]enforcement)\s+(?:cooperation\s+)?"
        r"(?:agreements?|arrangements?|pacts?|deals?|treat(?:y|ies)|accords?|memorand\w+)\b|"
        r"\bpolic(?:e|ing)\s+(?:cooperation|ties|partnerships?)\b|\bsimilar\s+(?:security\s+)?(?:agreements|arrangements)\b"),
    "shutdown": re.compile(
        r"\bshut(?:s|ting)?\s+(?:\w+\s+)?down\b|\bshut\s+(?:the|a|an|its|their|all|two|three)\b|\bshutdown\b|"
        r"\bclos(?:ed|es|ing|ure|ures)\b(?!-door)|\bordered\b[^.;]{0,60}?\bto\s+(?:close|shut|cease)\b|"
        r"\bceased?\s+(?:operations|operating|activities)\b|\bdismantl(?:ed|ing)\b|\bwound\s+down\b|"
        r"\b(?:stopped|suspended|halted)\s+(?:operating|operations|its\s+operations|their\s+operations|activities|work)\b"),
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
    "shutdown": "shut clos ordered cease ceasing dismantl wound_down stopped suspended halted",
    "forced_return": "forc coerc pressur persuad compelled lured tricked intimidat harass threaten repatriat returned "
                     "sent_back deported extradited brought_back taken_back involuntary",
    "official_response": "warn summon arrest charged cease expel expulsion condemn concern protest demand called_on "
                         "sanction raid denounc banned declared unacceptable violat diplomatic lodged urged asked pressed",
    "station_term": "station outpost service_cent police_post police_office territory soil borders",
    "refers_back": "countries nations states they_include these_include they_are they_were",
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

CLAUSE_BREAK = re.compile(r";|\s(?:(?:but|while|whereas|although|though|however|meanwhile)\s|"
                          r"and\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?!united\b)\w+ed\b)")
LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+(?:neighbo(?:u)?ring\s+)?|"
                      r"\s*/\s*|\s+plus\s+)(?:the\s+)?$")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|within|outside(?:\s+of)?|near|across|throughout|around)\s+(?:the\s+)?"
                             r"(?:(?:\w+\s+){0,2}(?:city|town|capital|suburbs?|outskirts|province|region|state|"
                             r"streets|heart|centre|center|parts?|district|area)\s+of\s+(?:the\s+)?)?$|"
                             r"\b(?:in|at|across)\s+(?:[\w-]+\s+){0,3}(?:cities|countries|places|capitals|nations|"
                             r"locations)\s*,?\s+(?:including|such\s+as|like|as)\s+(?:the\s+)?$")
# "X, where stations operate", "named X as countries where stations operated"
WHERE_AFTER = re.compile(r"\s*,?\s*(?:as\s+(?:the\s+)?(?:\w+\s+)?(?:countries|nations|places|cities)\s+)?where\b")
# a local police station is not a Chinese one: "taken to a police station in Dublin"
LOCAL_STATION = re.compile(r"(?:\b(?:taken|brought|detained|held|questioned|booked|went|walked)\s+(?:to|at|in|into)\s+"
                           r"(?:a|the|his|her|their)\s+|\blocal\s+|\bnearest\s+)(?:police\s+)?$")
NO_STATION = re.compile(r"\b(?:no|any|without)\s+(?:such\s+)?(?:[\w'-]+\s+){0,2}$")
DENIAL_BEFORE = re.compile(r"\b(?:denied|denies|deny|denying|dismissed|rejected|refuted)\b"
                           r"(?:(?!\b(?:but|while|whereas|although|however)\b)[^;]){0,120}$")
HOST_VERB_AFTER = re.compile(r"\s*(?:,[^,]{1,80},\s*)?(?:,?\s*(?:that|which)\s+)?(?:(?:has|have|had|is|was|also|reportedly|allegedly|now|"
                             r"still|already)\s+)*(?:(?P<host>host(?:s|ed|ing)?|is\s+home\s+to|hous(?:es|ed))|has|had)\b")
# between the verb and the stations: a noun phrase ("the highest number, 11, of these"), no negation
HOSTED_GAP = re.compile(r"(?:(?!\b(?:no|not|never|denied)\b)[^.;])*$")
STATION_AFTER_CITY = re.compile(r"^\s+(?:chinese\s+(?:police\s+)?|overseas\s+(?:police\s+)?|service\s+)?"
                                r"(?:station|stations|outpost|outposts)\b")
TERRITORY = re.compile(r"\bon\s+(?:its|their)\s+(?:own\s+)?(?:territory|soil)\b|\bwithin\s+(?:its|their)\s+borders\b")
RESPONSE_ACTIONS = ("arrest", "raid", "charged", "expel", "expulsion", "summon", "sanction", "banned")
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
YEAR_SINCE = re.compile(r"\b(?:since|in)\s+((?:19|20)\d\d)\b")

COMPARISON_PAIRS = {("similar", "to"), ("compared", "with"), ("compared", "to"), ("just", "as"), ("as", "in")}
EMBASSY_WORDS = {"embassy", "consulate", "ambassador", "envoy", "mission", "diplomat", "diplomats", "consul", "general"}
LOCATIVE_ENDS = {"in", "at", "inside", "within", "outside", "of", "near", "across", "throughout", "around",
                 "including", "as", "like"}

DENIAL_STEMS = ("deni", "deny", "dismissed", "rejected", "refuted")
NEGATION_WORDS = {"no", "not", "never", "nor", "neither", "denied", "denies", "deny", "denying", "refused",
                  "declined", "yet", "without", "rejected", "false"}

HEDGE_WORDS = {"about", "over", "regarding", "possible", "potential", "suspected", "hypothetical", "taken", "brought",
               "detained", "held", "questioned", "booked", "went", "walked", "local", "nearest", "no", "without",
               "any"}


def plain_lower(text: str) -> str:
    """Plain quotes and dashes, lower case, same length as `text`."""
    return normalise_chars(text.replace("\u0130", "I")).lower()


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]
