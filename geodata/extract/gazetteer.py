"""Place names in article text: one Aho-Corasick pass, longest match first, cities resolved to countries.

In:  country names (pycountry), reviewed aliases and demonyms (aliases.csv) and the committed
     gazetteer.csv (cities, regions, agencies, blockers).
Out: `find_mentions(text)` -> a list of Mention (offsets into the original text, resolved ISO3).

Matching runs on a folded copy of the text (plain quotes, lower case, every non-alphanumeric
character a space, one character for one), padded with a space at each end; every key is padded
too, so a key only matches whole words (the automaton stores a key without its closing space, which
raw_matches checks: a smaller automaton loads faster). A match must also be capitalised as the name is
("us" is not the US), and an abbreviation must match letter for letter.
"""

import csv
import re
import hashlib
import importlib.util
import os
import pickle
from array import array
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from geodata import paths
from geodata.extract.lexicon import ACTORS

# Kinds from the most to the least trusted. The country-level kinds beat a city of the same name.
COUNTRY_KINDS = ("name", "abbreviation", "demonym", "agency")
KIND_ORDER = {k: i for i, k in enumerate(COUNTRY_KINDS + ("alias_city", "region", "city", "city_word"))}
# Words after which a town named like an English word ("Nice", "Split") is taken as a place.
PLACE_PREPOSITIONS = {"in", "near", "outside", "at", "from", "to", "of", "around"}
# Capitalised words that may stand next to a city name without making it part of a person's name.
NEXT_TO_PLACES = set("""In At On From To The A An And Or Of For By With Near Outside Inside Across Both But While As
After Before Since Via Into Onto Greater Downtown Central Northern Southern Eastern Western North South East West Police
City Council Municipality Province Region County Airport University Station Street Road Square District Area Port
Metropolitan Court Prosecutor Prosecutors Mayor Government Chinatown Centre Center Service Services Office Embassy
Consulate Authorities Officials Residents Prefecture State Bay Harbour Harbor Old New Metro Says Said""".split())
_NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w'-]*) $")
_NEIGHBOUR_AFTER = re.compile(r" ([A-Z][\w'-]*)")

# ASCII: every byte that is not a letter or digit becomes a space.
_FOLD_BYTES = bytes(c if chr(c).isalnum() or c >= 128 else 32 for c in range(256))
# Non-ASCII punctuation and spaces news text carries (curly quotes, dashes, no-break spaces).
_FOLD_UNICODE = ("\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010\u2011"
                 "\u2012\u2013\u2014\u2015\u2212\u00a0\u2007\u2009\u200a\u202f\u3000\u2026\u2022\u00b7\u00ad")


class Candidate(NamedTuple):
    iso3: str
    kind: str
    population: int
    surface: str  # the name as the data writes it, for the case check


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    candidates: tuple[Candidate, ...]
    iso3: str = ""
    kind: str = ""
    qualifier: bool = False  # the "Texas" of "Paris, Texas": names the country of the place before it
    roles: set = field(default_factory=set)  # why it is not a host: dateline, actor, aside, ...


def fold(text: str) -> str:
    """Lower case, every non-alphanumeric character a space; same length as `text`.

    All in C: str.lower, a bytes translate of the UTF-8 (ASCII bytes only, so the decoded text
    keeps its length) and a replace per non-ASCII punctuation mark present."""
    low = text.lower()
    if len(low) != len(text):  # "İ" is the one character that lower-cases to two
        low = text.replace("\u0130", "i").lower()
    low = low.encode("utf-8").translate(_FOLD_BYTES).decode("utf-8")
    if not low.isascii():
        for mark in _FOLD_UNICODE:
            if mark in low:
                low = low.replace(mark, " ")
    return low


def key(name: str) -> str:
    """The padded key of a name: ' new york ' for 'New York', ' u s ' for 'U.S.'."""
    return " " + " ".join(fold(name).split()) + " "


def read_gazetteer(path=paths.GAZETTEER) -> list[tuple[str, str, int, str]]:
    """Rows (name, iso3, population, kind) of gazetteer.csv."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        return [(name, iso3, int(population), kind) for name, iso3, population, kind in reader]


def country_rows() -> list[tuple[str, str, int, str]]:
    """(name, iso3, 0, kind) for pycountry's names and every row of aliases.csv."""
    import pycountry  # here, not at the top: a cached gazetteer needs no pycountry (0.05 s of start-up)

    from geodata.country_names import load_aliases

    rows = []
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                rows.append((value, country.alpha_3, 0, "name"))
    for row in load_aliases().itertuples():
        rows.append((row.alias, row.iso3, 0, "alias_city" if row.kind == "city" else row.kind))
    return rows


class EntryLines:
    """The entry lines as one text and where each starts: a list of 50,000 strings takes about
    0.03 s to unpickle, one string and an array of offsets a millisecond (start-up)."""

    __slots__ = ("text", "offsets")

    def __init__(self, lines: list[str]):
        self.text = "".join(lines)
        self.offsets = array("L", [0])
        at = 0
        for line in lines:
            at += len(line)
            self.offsets.append(at)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> str:
        return self.text[self.offsets[index]:self.offsets[index + 1]]

    def __eq__(self, other) -> bool:
        return isinstance(other, EntryLines) and self.text == other.text and self.offsets == other.offsets


class Gazetteer:
    """The automaton (padded key -> entry number) and, per entry, its key length and candidates.

    Candidates are kept as one text line per entry and parsed on first use, so a cached gazetteer
    loads in a few hundredths of a second."""

    def __init__(self, automaton: ahocorasick.Automaton, lines: EntryLines):
        self.automaton = automaton
        self.lines = lines
        self.parsed: dict[int, tuple[int, tuple[Candidate, ...]]] = {}
        self.case_checked: dict[tuple[int, str], tuple[Candidate, ...]] = {}

    def entry(self, index: int) -> tuple[int, tuple[Candidate, ...]]:
        """(padded key length, candidates) of an entry; no candidates for a blocker."""
        if index not in self.parsed:
            length, _, rest = self.lines[index].partition(_FIELD)
            candidates = tuple(Candidate(iso3, kind, int(population), surface)
                               for iso3, kind, population, surface in
                               (c.split(_PART) for c in rest.split(_FIELD) if c))
            self.parsed[index] = (int(length), candidates)
        return self.parsed[index]

    def candidates_written_as(self, index: int, span: str) -> tuple[Candidate, ...]:
        """The entry's candidates whose case the text `span` has (cached per spelling)."""
        k = (index, span)
        if k not in self.case_checked:
            self.case_checked[k] = tuple(c for c in self.entry(index)[1] if written_as(span, c.surface))
        return self.case_checked[k]


_FIELD, _PART = "\x1e", "\x1f"  # separators in an entry line: between candidates, between fields
CACHE_FORMAT = "3"  # bump when the entry format or the ranking changes


def keys(names: list[str]) -> list[str]:
    """key() of many names at once (one fold of all of them: much faster than one by one)."""
    folded = fold("\n".join(names))
    out, at = [], 0
    for name in names:
        out.append(" " + " ".join(folded[at:at + len(name)].split()) + " ")
        at += len(name) + 1
    return out


def build() -> tuple[ahocorasick.Automaton, EntryLines]:
    """The automaton and entry lines from the country names, aliases.csv and gazetteer.csv."""
    rows = country_rows() + read_gazetteer()
    by_key: dict[str, list[Candidate]] = {}
    blockers = set()
    for k, (name, iso3, population, kind) in zip(keys([r[0] for r in rows]), rows):
        if len(k) < 4:
            continue
        if kind == "blocker":
            blockers.add(k)
        else:
            by_key.setdefault(k, []).append(Candidate(iso3, kind, population, name))
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    lines = []
    for k in sorted(set(by_key) | blockers):
        candidates = () if k in blockers else by_key[k]
        if len(candidates) > 1:  # almost every key has one candidate, which rank() would keep as it is
            candidates = rank(candidates)
        automaton.add_word(k[:-1], len(lines))  # the closing space is checked in raw_matches: 17% fewer nodes to load
        lines.append(_FIELD.join([str(len(k))] + [_PART.join(map(str, c)) for c in candidates]))
    automaton.make_automaton()
    return automaton, EntryLines(lines)


def pycountry_stamp() -> bytes:
    """Which pycountry is installed (its dist-info folder name holds the version), without importing it."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.origin:
        return b""
    site = Path(spec.origin).parent.parent
    return ("|".join(sorted(p.name for p in site.glob("pycountry-*.dist-info"))) or spec.origin).encode()


def cache_key() -> str:
    """A digest of everything the gazetteer is built from."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    digest.update(pycountry_stamp())
    digest.update(Path(__file__).read_bytes())
    for path in (paths.ALIASES, paths.GAZETTEER):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def load(cache_dir: Path | None = paths.CACHE) -> Gazetteer:
    """The gazetteer, built once per process (about 0.4 s) or read from `cache_dir` (a few
    hundredths of a second) where an earlier run left it; None: no cache.

    The cache is one pickle of (automaton, entry lines) that this function wrote itself under
    the cache folder (.cache/ or POLICE_MAP_CACHE, git-ignored), named by a digest of its inputs; it is never read from elsewhere."""
    if cache_dir is None:
        return Gazetteer(*build())
    path = Path(cache_dir) / f"gazetteer-{cache_key()}.pickle"
    try:
        with open(path, "rb") as fh:  # not read_bytes(): one copy of 12 MB less to touch at start-up
            automaton, lines = pickle.load(fh)
        if isinstance(lines, EntryLines) and len(lines) == len(automaton):
            return Gazetteer(automaton, lines)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        pass
    automaton, lines = build()
    try:  # the whole file or none: a temporary name, then rename
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((automaton, lines), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*"):
            if old != path and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only install still works, only slower to start
    return Gazetteer(automaton, lines)


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """Country-level names first (a city named like a country is dropped, regions kept), then
    reviewed city aliases, regions, and cities biggest first; one candidate per (iso3, kind)."""
    if any(c.kind in COUNTRY_KINDS for c in candidates):
        candidates = [c for c in candidates if c.kind in COUNTRY_KINDS or c.kind == "region"]
    group = {"city": 6, "city_word": 6}
    candidates = sorted(candidates, key=lambda c: (group.get(c.kind, KIND_ORDER[c.kind]), -c.population, c.iso3))
    seen, kept = set(), []
    for c in candidates:
        if (c.iso3, c.kind) not in seen:
            seen.add((c.iso3, c.kind))
            kept.append(c)
    return kept


def written_as(span: str, surface: str) -> bool:
    """Does the text `span` have the case the name needs? Abbreviations ("US", "RCMP") letter for
    letter; other names capitalised where the name is ("new york" is not New York)."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) <= 6 and surface.isupper():
        return [c for c in span if c.isalpha()] == letters
    if len(letters) <= 3 and span.isupper():  # "NIS" (an acronym) is not Nis, Serbia
        return False
    first = next((c for c in span if c.isalpha()), "")
    if letters and letters[0].isupper():
        return first.isupper()
    return True


def raw_matches(text: str, folded: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every whole-word match with a valid case, longest first where matches overlap."""
    entry, parsed = gazetteer.entry, gazetteer.parsed
    written, checked = gazetteer.candidates_written_as, gazetteer.case_checked
    matches = []
    padded = " " + folded + " "
    for last, index in gazetteer.automaton.iter(padded):
        if padded[last + 1] != " ":  # the key's closing space (not stored in the automaton): a whole word only
            continue
        length, candidates = parsed.get(index) or entry(index)
        start = last - length + 2  # the padded key's first space is the original's start - 1 + 1
        end = start + length - 2
        if candidates:
            span = text[start:end]
            candidates = checked.get((index, span)) or written(index, span)
            if not candidates:
                continue
        matches.append((start, start - end, candidates))
    matches.sort()
    kept: list[tuple] = []
    for m in matches:
        if kept and m[0] < kept[-1][0] - kept[-1][1]:
            if m[1] < kept[-1][1]:
                kept[-1] = m
            continue
        kept.append(m)
    # blockers kept their span from the others, now go
    return [Mention(start, start - minus_length, candidates) for start, minus_length, candidates in kept if candidates]


def previous_word(folded: str, start: int) -> str:
    """The word just before `start` in the folded text ('' at the start)."""
    head = folded[max(0, start - 20):start].split()
    return head[-1] if head else ""


def drop_word_towns(mentions: list[Mention], folded: str) -> list[Mention]:
    """A town named like an English word needs a preposition before it ("in Nice") or a country
    after it ("Split, Croatia"); otherwise it is a word ("Nice to see") and only its namesakes that
    are not words stay candidates."""
    kept = []
    for i, m in enumerate(mentions):
        if m.candidates[0].kind == "city_word" and previous_word(folded, m.start) not in PLACE_PREPOSITIONS:
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            qualified = (after is not None and folded[m.end:after.start].strip() == ""
                         and {c.iso3 for c in m.candidates} & {c.iso3 for c in after.candidates})
            if not qualified:
                m.candidates = tuple(c for c in m.candidates if c.kind != "city_word")
                if not m.candidates:
                    continue
        kept.append(m)
    return kept


def drop_name_parts(mentions: list[Mention], text: str) -> list[Mention]:
    """A city from the GeoNames list next to another capitalised word is more often part of a
    person's or a firm's name ("Marco Mendicino"): it is dropped, unless that word is one that
    stands next to places ("Toronto Police", "Greater Toronto", "In Prato")."""
    kept = []
    for m in mentions:
        if all(c.kind in ("city", "city_word") for c in m.candidates):
            # each pattern needs a space next to the name (before it, or before a line end just before
            # it: "$" matches there too): without one, no search (same result, faster)
            before = _NEIGHBOUR_BEFORE.search(text, max(0, m.start - 30), m.start) \
                if m.start and text[m.start - 1] in " \n" else None
            if text.startswith("-", m.end) and text[m.end + 1:m.end + 2].isupper():
                continue  # part of a longer name: "Baden-Wuerttemberg"
            if text[m.start - 1:m.start] == "(" and text.startswith(")", m.end) and text[m.start:m.end].isupper():
                continue  # an acronym after its name: "the National Criminal Agency (NAKA)" is not Naka, Japan
            after = _NEIGHBOUR_AFTER.match(text, m.end) if text.startswith(" ", m.end) else None
            if (before and before.group(1) not in NEXT_TO_PLACES) or (after and after.group(1) not in NEXT_TO_PLACES):
                continue
        kept.append(m)
    return kept


LIST_GAPS = (", ", ",", " and ", ", and ", " or ", ", or ")
# "Howick, in east Auckland": an apposition that places a town inside a bigger one, whatever else its name means
INSIDE_GAP = re.compile(r",\s*in\s+(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
                        r"north-east|north-west|south-east|south-west|suburban|greater|outer|inner)\s+")
# "the Auckland suburb of Newmarket" (the second is in the first), "Newmarket, a suburb of Auckland" (the first in the second)
PART_OF_AFTER = re.compile(r"\s+(?:suburbs?|districts?|neighbou?rhoods?|boroughs?|quarters?)\s+of\s+")
PART_OF_BEFORE = re.compile(r",\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:suburb|district|neighbou?rhood|borough|quarter)\s+of\s+")


def apply_qualifiers(mentions: list[Mention], text: str) -> None:
    """'Paris, Texas', 'Valencia in Spain', 'Atlanta, Georgia': the second name picks the first's
    country when it can; both then resolve to it. A suburb or district of a city ('the Auckland suburb of Newmarket',
    'Newmarket, a suburb of Auckland') is in that city's country."""
    for n, (a, b) in enumerate(zip(mentions, mentions[1:])):
        gap = text[a.end:b.start]
        if a.candidates[0].kind in COUNTRY_KINDS:
            continue
        if PART_OF_AFTER.fullmatch(gap) and b.candidates[0].kind not in COUNTRY_KINDS:
            b.iso3, b.kind = a.iso3 or a.candidates[0].iso3, "city"
            continue
        if PART_OF_BEFORE.fullmatch(gap) and b.candidates[0].kind not in COUNTRY_KINDS:
            a.iso3, a.kind = b.iso3 or b.candidates[0].iso3, "city"
            continue
        shared = [q for q in b.candidates if q.iso3 in {c.iso3 for c in a.candidates}]
        q = shared[0] if shared else b.candidates[0]  # "Paterna, in western Valencia": Spain's Valencia
        if INSIDE_GAP.fullmatch(gap) and q.kind in ("city", "alias_city", "region") \
                and max(c.population for c in b.candidates if c.iso3 == q.iso3) > max(c.population for c in a.candidates):
            a.iso3, a.kind = q.iso3, "city"
            b.iso3, b.kind, b.qualifier = q.iso3, q.kind, True
            continue
        if gap not in (", ", " in ", " in the ", ","):
            continue
        # a region or a country qualifies ("Atlanta, Georgia"), a city only outside a list and as what its name
        # most often means ("Richmond, Vancouver": Canada's Vancouver, so Canada's Richmond):
        # in "Dublin, Amsterdam and Seoul" the small Amsterdam of New York does not make Dublin American
        in_list = gap.startswith(",") and (
            n > 0 and text[mentions[n - 1].end:a.start] in LIST_GAPS
            or n + 2 < len(mentions) and text[b.end:mentions[n + 2].start] in LIST_GAPS)
        common = [c for c in a.candidates if any(q.iso3 == c.iso3 and (q.kind not in ("city", "city_word")
                                                                        or not in_list and q is b.candidates[0])
                                                 for q in b.candidates)]
        if common:
            a.iso3, a.kind = common[0].iso3, common[0].kind
            q = next(q for q in b.candidates if q.iso3 == common[0].iso3)
            b.iso3, b.kind, b.qualifier = q.iso3, q.kind, True


def resolve_by_context(mentions: list[Mention]) -> None:
    """The rest: a name's first candidate, except that a city whose namesake is not much smaller
    (a fifth of its size or more) goes to a country the article names elsewhere, or whose city with no namesake
    it names: Valencia to Spain in an article about Spain or Madrid, but London stays in England when Canada is named. A reviewed city
    alias (aliases.csv) is never overruled by context."""
    named = {m.candidates[0].iso3 for m in mentions if m.candidates[0].kind in COUNTRY_KINDS}
    named |= {m.iso3 for m in mentions if m.iso3}
    # a city with no namesake of a fifth of its size elsewhere (or a reviewed alias) names its country too: "in Madrid and
    # Valencia" (Valencia in Spain)
    named |= {m.candidates[0].iso3 for m in mentions if not m.iso3 and (m.candidates[0].kind == "alias_city" or
              m.candidates[0].kind == "city" and all(c.iso3 == m.candidates[0].iso3 or c.population * 5 < m.candidates[0].population
                                                      for c in m.candidates))}
    for m in mentions:
        if m.iso3:
            continue
        first = m.candidates[0]
        if first.kind in ("city", "city_word") and len(m.candidates) > 1 and first.iso3 not in named:
            first = next((c for c in m.candidates if c.iso3 in named and c.population * 5 >= first.population), first)
        m.iso3, m.kind = first.iso3, first.kind


def find_mentions(text: str, folded: str | None = None) -> list[Mention]:
    """Every place mention in `text`, in order, each resolved to a country (ISO3)."""
    folded = fold(text) if folded is None else folded
    mentions = raw_matches(text, folded, load())
    mentions = drop_word_towns(mentions, folded)
    mentions = drop_name_parts(mentions, text)
    apply_qualifiers(mentions, text)
    resolve_by_context(mentions)
    mentions = drop_owned_agencies(mentions, text)
    resolve_generic_agencies(mentions, folded, text)
    return mentions


# Bodies whose bare name many countries use ("Congress" in Lima or Santiago, "the Department of Justice" in Manila or
# Dublin, "the Foreign Office" in Berlin): the gazetteer's country only when the article names that country elsewhere.
GENERIC_AGENCIES = frozenset({"congress", "department of justice", "justice department", "foreign office", "home office",
                              "state department", "homeland security"})


def resolve_generic_agencies(mentions: list[Mention], folded: str, text: str = "") -> None:
    """A generic body (GENERIC_AGENCIES) keeps its gazetteer country when the article names that country anywhere, or
    names no other country (China aside) before it. Otherwise the story was set elsewhere first: it is the office of
    the one other country named before it (Chile's Congress in a story from Santiago, a Spanish minister who "told
    Congress", "the Foreign Office in Berlin"), or, when several were, the one named in its own sentence before it ("In
    Manila, the Department of Justice"), or nobody's known office (no country: it still acts, as an actor). Countries
    named only later do not count: a US story often goes on to other countries."""
    generic = [m for m in mentions if m.kind == "agency" and folded[m.start:m.end] in GENERIC_AGENCIES]
    if not generic:
        return
    ids = {id(m) for m in generic}
    places = [m for m in mentions if m.iso3 and id(m) not in ids]
    named = {m.iso3 for m in places}
    for m in generic:
        # "the Foreign Office in Berlin": the place just after it is where it sits, as good as one named before
        before = {p.iso3 for p in places if p.start < m.start or p.start - m.end <= 8 and " in " in folded[m.end:p.start + 1]} - ACTORS
        if before and m.iso3 not in named:
            # several named before: the one of its own sentence, if one ("In Manila, the Department of Justice said")
            start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
            own = {p.iso3 for p in places if start <= p.start < m.start} - ACTORS if len(before) > 1 else before
            m.iso3 = next(iter(own)) if len(own) == 1 else ""


def drop_owned_agencies(mentions: list[Mention], text: str) -> list[Mention]:
    """An agency named as another country's ("Ireland's Department of Justice", "Irish Department of
    Justice") is that country's office, not the agency the bare name stands for: it is dropped,
    the country named before it stands for it."""
    kept = []
    for m in mentions:
        owner = kept[-1] if kept else None
        if m.kind == "agency" and owner is not None and owner.kind in ("name", "abbreviation", "demonym") \
                and owner.iso3 != m.iso3 and text[owner.end:m.start] in (" ", "'s ", "\u2019s ", "' "):
            continue
        kept.append(m)
    return kept
