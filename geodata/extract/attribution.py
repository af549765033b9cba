"""Who an article says a claim comes from: "according to X", "X said", "per X", "a report by X".

In:  the article text and the bounds of the sentence a claim quotes.
Out: `according_to(text, start, end, at, category)` -> the canonical name of the source (geodata/data/sources.csv,
     aliases matched exactly and case-sensitively, like place names), the name as written when the
     table does not know it, or '' when the outlet states the claim in its own voice.

"The group says", "the report said" and the like name no one: they stand for the named group the
article cited before (the last source of kind ngo, else the last source named).

A station or a forced return the article states in its own voice, once it has named a group of kind ngo
(Safeguard Defenders) before or in the claim's sentence, is proposed as that group's: such coverage retells the
group's findings, and reviewers attribute them so (on the development sets' ledgers, 432 such station claims to the
group against 142 to the outlet). Proposing the outlet would count a retelling as independent confirmation;
proposing the group errs on the side of fewer sources, and a reviewer corrects either.
"""

import bisect
import csv
import re
from functools import cache

from geodata import paths
from geodata.extract.gazetteer import find_mentions
from geodata.extract.lexicon import CLAUSE_BREAK, Lazy
from geodata.extract.prefilter import may_match

SOURCES_CSV = paths.SOURCES

# A name as news text writes it: capitalised words, with a few small words and office titles inside.
_WORD = r"[A-Z][\w.&'\u2019-]*"
_INSIDE = (r"of|for|on|and|de|the|foreign|interior|justice|security|public|federal|national|police|ministry|government|"
           r"office|department|chiefs?|officials?|spokes(?:man|woman|person)|director|minister|secretary|agency|service|"
           r"prosecutors?|authorities|investigators?|lawmakers|parliament|court")
NAME = rf"{_WORD}(?:\s+(?:{_WORD}|(?:{_INSIDE})\b)){{0,6}}"
NAME_WORD = re.compile(_WORD)
# "Police in Italy said": Italy is where, not who (a name right after a preposition is not the speaker)
WHERE_WORDS = {"in", "of", "at", "from"}
NOT_NAMES = {"He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "But", "And", "Or", "So",
             "The", "A", "An", "In", "On", "At", "As", "If", "When", "While", "Yet", "Also", "Still", "Meanwhile",
             "However", "Officials", "Police", "Authorities", "Critics", "Experts", "Analysts", "Some", "Others",
             "NGO", "NGOs", "Group", "Report", "Its", "Their", "Before", "After", "Since", "Until", "Unlike", "Like",
             "Despite", "Although", "Because", "Relatives", "Researchers", "Residents", "Witnesses", "Neighbours",
             # "according to its December report": a date is no source
             "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
             "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_SAY = (r"said|says|say|alleged|alleges|allege|claimed|claims|claim|reported|reports|stated|states|found|finds|wrote|"
        r"writes|revealed|reveals|noted|notes|added|told|estimated|estimates|identified|documented|counted")
SAY = re.compile(rf"\b(?:{_SAY})\b")
INSIDE_WORD = re.compile(_INSIDE)
# words that describe a source without naming another one ("the Spain-based NGO", "rights group")
DESCRIBING = re.compile(r"(?i:the|a|an|[\w-]+-based|ngo|group|rights|human|watchdog|campaign|organi[sz]ation|research|"
                        r"think-tank|charity|non-?profit|advocacy|outlet|newspaper|broadcaster|agency|news|civil|"
                        r"society|investigative|independent|international)")
AUXILIARIES = {"has", "have", "had", "also", "previously", "earlier", "reportedly"}
# "the Spain-based NGO", "a Kathmandu-based Tibetan group": described by its seat, not named
LOWER_LEAD = re.compile(r"^(?:[a-z][\w'\u2019-]*\s+)+")  # lower-case words before a name
BASED_NAME = re.compile(r"[\w.'\u2019-]+-based\b")
# "Hungary, which has close ties with Beijing, said": the relative clause is not the speaker
# (the clause may hold a list: "Safeguard Defenders, whose lists include outlets in Ecuador, Mozambique and Nigeria, says")
RELATIVE_AT_END = re.compile(r",\s+(?:which|who|whose|where)\b[^;]*?,\s*$")
# "Canada's RCMP", "Germany's Federal Ministry of the Interior": a country's own body, by its possessive
COUNTRY_POSSESSIVE = re.compile(r"(?:[Tt]he\s+)?(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['\u2019]s\s+(?P<body>.+)")
AUXILIARIES_AT_END = re.compile(r"(?:\s+(?:has|have|had|also|previously|earlier|reportedly))+\s*$")
# (a cheap pattern every match holds, the pattern): the first tells whether the second can match
FORWARD = [  # tried in this order where several match at one place
    (r"ccording\s+to", rf"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?:(?:[a-z-]+\s+){{0,3}}?)(?P<who>{NAME})"),
    (r"\b[Pp]er\s", rf"(?:^|[,;(]\s*)[Pp]er\s+(?:the\s+)?(?P<who>{NAME})"),
    (r"(?:quoted|cited)\s+by", rf"\b(?:quoted|cited)\s+by\s+(?:the\s+)?(?P<who>{NAME})"),
    (_WORKS := r"(?:report|study|investigation|analysis|research|findings|survey|list|count)",
     rf"\b{_WORKS}\s+(?:by|from|of)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,3}}?)(?P<who>{NAME})"),
    (r"(?:'s|\u2019s|')\s+(?:(?:new|latest|recent|own|first|second|annual)\s+)?" + _WORKS,
     rf"(?P<who>{NAME})(?:'s|\u2019s|')\s+(?:(?:new|latest|recent|own|first|second|annual)\s+)?{_WORKS}\b"),
    (rf",\s*(?:{_SAY})\s", rf",\s*(?:{_SAY})\s+(?:the\s+)?(?P<who>{NAME})"),
]
# the patterns above as one, searched once per sentence (each keeps its own name group), and their cheap parts
ATTRIBUTED = Lazy("|".join(f"(?:{pattern.replace('(?P<who>', f'(?P<who{n}>')})" for n, (_, pattern) in enumerate(FORWARD)))
CHEAP_PARTS = [Lazy(cheap) for cheap, _ in FORWARD]
# "the group says", "the report said", "researchers found": the group named earlier
REFERS_TO_GROUP = Lazy(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:[a-z-]+\s+){{0,2}})?(?:group|ngo|NGO|organi[sz]ation|report|"
                             rf"reports|study|watchdog|researchers|campaigners|charity|investigation)\s+"
                             rf"(?:has\s+|had\s+|also\s+)*(?:{_SAY})\b|\b[Rr]esearchers\s+(?:{_SAY})\b")


@cache
def attributed_among(present: tuple[int, ...]) -> re.Pattern:
    """ATTRIBUTED with only the FORWARD patterns numbered `present` (those whose cheap part the
    sentence holds; the others cannot match in it, so the matches are ATTRIBUTED's, found faster)."""
    return re.compile("|".join(f"(?:{FORWARD[n][1].replace('(?P<who>', f'(?P<who{n}>')})" for n in present))


def attributed(sentence: str):
    """ATTRIBUTED.finditer(sentence), the patterns whose cheap part is absent left out (the cheap
    parts one by one: each has a literal start the regex engine skips to, their alternation has not)."""
    present = tuple(n for n, cheap in enumerate(CHEAP_PARTS) if cheap.search(sentence))
    if not present:
        return ()
    return attributed_among(present).finditer(sentence)


@cache
def sources() -> tuple[dict[str, tuple[str, str]], re.Pattern | None]:
    """alias -> (canonical name, kind) from sources.csv, and one pattern finding any alias."""
    table = {}
    with open(SOURCES_CSV, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            table[row["alias"]] = (row["name"], row["kind"])
    names = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])") if names else None
    return table, pattern


def canonical(name: str) -> str:
    """The table's name for `name` (an exact alias), else `name` as written, trimmed."""
    name = name.strip(" ,.'\u2019")
    for suffix in ("'s", "\u2019s"):
        name = name.removesuffix(suffix)
    table, _ = sources()
    return table[name][0] if name in table else name


def known_alias_in(span: str) -> str:
    """The longest source alias inside `span` that only describing words stand before ('' if none):
    'Spain-based NGO Safeguard Defenders' gives 'Safeguard Defenders'; 'Ireland's Department of
    Justice' is not the (US) 'Department of Justice'."""
    _, pattern = sources()
    found = [m for m in pattern.finditer(span)] if pattern else []
    found = [m for m in found if all(DESCRIBING.fullmatch(w) for w in span[:m.start()].split())]
    return max((m.group() for m in found), key=len) if found else ""


def named(who: str) -> str:
    """The source a matched name stands for: a known alias inside it, else the name itself (or '')."""
    alias = known_alias_in(who) or own_body(who)
    if alias:
        return canonical(alias)
    who = LOWER_LEAD.sub("", who)  # "spokesperson for the Lesotho Mounted Police Service": the body
    first = who.split()[0] if who.split() else ""
    return "" if first in NOT_NAMES or not names_one_source(who) else canonical(who)


def names_one_source(who: str) -> bool:
    """Can `who` name one source? Not a people's name alone ('a report of Chinese police stations' is no report by
    'Chinese'), not a group described only by its seat ('the Spain-based NGO': a known group was looked for first),
    not a list of countries ('Sweden and Portugal have said ...'), not a name that begins in lower case."""
    if not who[:1].isupper() or BASED_NAME.match(who):
        return False
    mentions = find_mentions(who)
    if len({m.iso3 for m in mentions}) > 1:
        return False
    return not (mentions and len(mentions) == len(who.split()) and all(m.kind == "demonym" for m in mentions))


def own_body(who: str) -> str:
    """The alias in "Canada's RCMP" when the body is that country's (its table name holds the country's first five
    letters: "Royal Canadian Mounted Police"); '' otherwise ("Ireland's Department of Justice" is not the US one)."""
    match = COUNTRY_POSSESSIVE.fullmatch(who)
    if not match:
        return ""
    alias = known_alias_in(match["body"])
    return alias if alias and match["country"][:5] in canonical(alias) else ""


def said_by(sentence: str, lo: int = 0, hi: int | None = None) -> str:
    """The named subject of a saying verb in sentence[lo:hi] ('Safeguard Defenders said'), or ''."""
    for match in SAY.finditer(sentence, lo, len(sentence) if hi is None else hi):
        last = sentence[max(lo, match.start() - 40):match.start()].rstrip(" ,").rsplit(None, 1)[-1:]
        if not last or not (last[0][:1].isupper() or INSIDE_WORD.fullmatch(last[0]) or last[0] in AUXILIARIES):
            continue  # "the report said": no name just before the verb
        before = sentence[max(lo, match.start() - 120):match.start()]
        before = AUXILIARIES_AT_END.sub("", RELATIVE_AT_END.sub(", ", before))
        who = named(name_at_end(before))
        if who:
            return who
    return ""


def name_at_end(before: str) -> str:
    """The name `before` ends with, as NAME reads one ('Safeguard Defenders', 'Dutch foreign ministry',
    'FBI Director Christopher Wray'), without a leading 'the'; '' if none. Read word by word from
    the end (a pattern anchored at the end would be tried at every position)."""
    words = before.rstrip().rstrip(",").split()[-9:]
    name: list[str] = []
    for word in reversed(words):
        if word.endswith(",") or not (NAME_WORD.fullmatch(word) or INSIDE_WORD.fullmatch(word)):
            break
        name.insert(0, word)
    while name and (not name[0][:1].isupper() or name[0] == "The"):  # a name starts with a capital
        name.pop(0)
    if not name:
        return ""
    rest = words[:len(words) - len(name)]
    if rest and rest[-1] in ("the", "The"):
        rest = rest[:-1]
    return "" if rest and rest[-1] in WHERE_WORDS else " ".join(name[-7:])


@cache
def alias_automaton():
    """An Aho-Corasick automaton of every alias of sources.csv (value: the alias), for finding them all in one pass."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for alias in sources()[0]:
        automaton.add_word(alias, alias)
    automaton.make_automaton()
    return automaton


def alias_occurrences(text: str) -> list[tuple[int, str]]:
    """(offset, alias) of every occurrence of every alias in `text`, overlapping ones too (one pass)."""
    if not sources()[0]:
        return []
    return [(end - len(alias) + 1, alias) for end, alias in alias_automaton().iter(text)]


# what a group of kind ngo documents: claims of these categories in the outlet's own voice are the group's
NGO_FINDINGS = ("station", "forced_return")


def according_to(text: str, start: int, end: int, at: int | None = None, category: str = "") -> str:
    """Who the sentence text[start:end] attributes its claim to ('' when the outlet says it itself);
    `at`, a place the claim is about: only a saying verb of its own clause names the speaker; `category`,
    the claim's: a station or a return in the outlet's voice is the ngo's named before (NGO_FINDINGS)."""
    return Attributions(text).of(start, end, at, category)


class Attributions:
    """according_to() for many claims of one article, each sentence and clause read once."""

    def __init__(self, text: str):
        self.text = text
        self.sentences: dict[tuple[int, int], tuple[str, list[int]]] = {}  # -> (named in it, clause starts)
        self.clauses: dict[tuple[int, int, int], str] = {}
        self.named_sources: list[tuple[int, str, str]] | None = None  # (start, name, kind) of every alias, when needed

    def of(self, start: int, end: int, at: int | None = None, category: str = "") -> str:
        """Who text[start:end] attributes the claim (of `category`) about the place at `at` to."""
        if (start, end) not in self.sentences:
            self.sentences[(start, end)] = self.read_sentence(start, end)
        named_in_it, clause_starts = self.sentences[(start, end)]
        if named_in_it:
            return named_in_it
        k = bisect.bisect_right(clause_starts, (start if at is None else at) - start)
        lo = clause_starts[k - 1]
        hi = clause_starts[k] if k < len(clause_starts) else end - start
        if (start, end, lo) not in self.clauses:
            self.clauses[(start, end, lo)] = self.read_clause(start, end, lo, hi)
        who = self.clauses[(start, end, lo)]
        return who or (self.ngo_named_before(end) if category in NGO_FINDINGS else "")

    def read_sentence(self, start: int, end: int) -> tuple[str, list[int]]:
        """A source named anywhere in the sentence ('according to X', 'a report by X'), and its clause starts."""
        sentence = self.text[start:end]
        for match in attributed(sentence):
            who = named(match.group(match.lastgroup))
            if who:
                return who, []
        return "", [0] + [m.start() for m in CLAUSE_BREAK.finditer(sentence.lower())]

    def read_clause(self, start: int, end: int, lo: int, hi: int) -> str:
        """The speaker of one clause ('X said'), else the group named before ('the group says'), else ''."""
        sentence = self.text[start:end]
        who = said_by(sentence, lo, hi)
        if who:
            return who
        if may_match(REFERS_TO_GROUP, sentence) and REFERS_TO_GROUP.search(sentence):
            return self.group_named_before(start)
        return ""

    def sources_named(self) -> list[tuple[int, str, str]]:
        """(start, canonical name, kind) of every source alias the article names, in text order (found once)."""
        if self.named_sources is None:
            table, _ = sources()
            text = self.text
            self.named_sources = sorted(
                (at, *table[alias]) for at, alias in alias_occurrences(text)
                if not (at > 0 and text[at - 1].isalnum()) and not text[at + len(alias):at + len(alias) + 1].isalnum())
        return self.named_sources

    def group_named_before(self, start: int) -> str:
        """The group the article named before `start`: its last source of kind ngo, else its last source."""
        before = [(name, kind) for at, name, kind in self.sources_named() if at < start]
        return next((name for name, kind in reversed(before) if kind == "ngo"), before[-1][0] if before else "")

    def ngo_named_before(self, end: int) -> str:
        """The last source of kind ngo the article named before `end`, the claim's sentence included ("Italy hosts
        eleven, the most on the Safeguard Defenders list"), or ''. Up to the sentence's start only, agreement with the
        reviewers falls from 0.605 to 0.576 of matched claims on the development sets."""
        return next((name for at, name, kind in reversed(self.sources_named()) if kind == "ngo" and at < end), "")
