"""Article text in, content out: furniture dropped, repeats collapsed, offsets kept into the original.

An article is a plain UTF-8 text file; its file name is its id everywhere. Matching happens on a
normalised copy (curly quotes and dashes made plain, whitespace collapsed), and every match maps
back to character offsets in the original text, so a quote can always be located and shown.
"""

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from geodata.errors import InputError
from geodata.files import read_text

MAX_ARTICLE_BYTES = 1_000_000

# One character in, one character out, so offsets survive the mapping.
_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
})

# Page furniture: lines that are part of the web page, not of the story.
FURNITURE = re.compile("|".join(f"(?:{p})" for p in (
    r"^advertis(e)?ments?$",
    r"^also read\s*[|:]",
    r"^(read more|related|recommended)\s*[|:]",
    r"^watch\b.*\blive\b",
    r"^you can now write for\b",
    r"^\((with )?inputs from [^)]*\)$",
    r"^(photo|image|picture|file photo|credit|photograph)?\s*(credit)?\s*[:|]?\s*"
    r"(getty images|reuters|afp|ap|ap photo|shutterstock|epa|alamy|xinhua|bloomberg)"
    r"( via [\w .]+)?(/[\w .]+)?$",
    r"^.{0,60}/\s*(getty images|reuters|afp|ap|shutterstock|epa)$",
    r"^(\w+\s+){0,4}listen$",
    r"^(listen to|play|pause) (this|the) (article|story)\b",
    r"^(share|follow us|subscribe)\b.{0,40}$",
)), re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    paragraphs: tuple[Span, ...]

    def paragraph_text(self, span: Span) -> str:
        return self.text[span.start:span.end]


def normalise_chars(text: str) -> str:
    """Curly quotes, dashes and odd spaces made plain, one character for one."""
    if text.isascii():  # the backtick is the one ASCII character mapped; a replace is much faster
        return text.replace("`", "'")
    return text.translate(_CHAR_MAP)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Plain characters, whitespace runs collapsed to one space, and for each output character
    the offset of the input character it came from."""
    plain = normalise_chars(text)
    out, where = [], []
    previous_space = True
    for i, ch in enumerate(plain):
        if ch.isspace():
            if previous_space:
                continue
            out.append(" ")
            where.append(i)
            previous_space = True
        else:
            out.append(ch)
            where.append(i)
            previous_space = False
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def normalise(text: str) -> str:
    """Plain characters and collapsed whitespace: the text of normalise_with_map, without the map."""
    return " ".join(normalise_chars(text).split())


def is_furniture(line: str) -> bool:
    return FURNITURE.search(normalise(line)) is not None


def content_paragraphs(text: str) -> tuple[Span, ...]:
    """The story's paragraphs: non-empty lines that are not furniture and not a repeat."""
    seen: set[str] = set()
    spans = []
    offset = 0
    furniture = FURNITURE.search
    for line in text.splitlines(keepends=True):
        start = offset
        offset += len(line)
        body = line.strip()  # a line end is white space too: the line without it, stripped
        if not body:
            continue
        plain = " ".join(normalise_chars(body).split())  # normalise(body)
        if furniture(plain):  # is_furniture(body), normalising once for both tests
            continue
        key = plain.casefold()
        if key in seen:
            continue
        seen.add(key)
        start += len(line) - len(line.lstrip())
        spans.append(Span(start, start + len(body)))
    return tuple(spans)


def parse_article(article_id: str, text: str) -> Article:
    return Article(article_id, text, content_paragraphs(text))


def read_article(path: Path) -> Article:
    """Read one article file through the one intake; a clear error for a file that is missing, a folder,
    too big, not UTF-8, or with no text once page furniture is set aside."""
    path = path if isinstance(path, Path) else Path(path)
    try:  # one stat for Path.is_file() and the size, with is_file()'s errors
        status = os.stat(path)
    except OSError as err:
        if err.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        status = None  # missing: read_text names the problem
    except ValueError:
        status = None
    if status is not None and stat.S_ISREG(status.st_mode) and status.st_size > MAX_ARTICLE_BYTES:
        raise InputError(path, f"file is larger than {MAX_ARTICLE_BYTES:,} bytes",
                         fix="is this really one article? split it or trim page furniture")
    return checked_article(path.name, read_text(path), path)


def checked_article(article_id: str, text: str, source) -> Article:
    """The parsed article, or an error when nothing but page furniture (or nothing) is left of it."""
    article = parse_article(article_id, text)
    if not article.paragraphs:
        raise InputError(source, "the article has no text once page furniture (Advertisement, Also Read, ...) "
                                 "is set aside", fix="paste the article's own text")
    return article


def find_quote(article: Article, quote: str) -> Span | None:
    """Where `quote` stands in the article's content (first place), compared after normalisation."""
    needle = normalise(quote)
    if not needle:
        return None
    for para in article.paragraphs:
        plain, where = normalise_with_map(article.paragraph_text(para))
        i = plain.find(needle)
        if i >= 0:
            return Span(para.start + where[i], para.start + where[i + len(needle) - 1] + 1)
    return None


# Sentence ends: . ! ? (maybe followed by a closing quote or bracket), then space, then a capital,
# digit or opening quote. Abbreviations and initials do not end sentences.
_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z0-9])""")
_ABBREVIATION = re.compile(
    r"(\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|No|Nos|Vol|Inc|Ltd|Co|Corp|Jr|Sr|vs|etc|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx|e\.g|i\.e)|\b[A-Z]|(?:\b[A-Z]\.){2,})\.$"
)


def sentence_spans(article: Article) -> list[Span]:
    """Every sentence of the content, as offsets into the original text."""
    return [Span(start, end) for start, end in sentence_bounds(article.text, article.paragraphs)]


def sentence_bounds(text: str, paragraphs) -> list[tuple[int, int]]:
    """sentence_spans as plain (start, end) pairs, for callers that read many sentences."""
    bounds = []
    search = _ABBREVIATION.search
    for para in paragraphs:
        offset = para.start
        body = text[offset:para.end]
        start = 0
        for match in _SENTENCE_END.finditer(body):
            dot = match.start()
            if search(body, max(start, dot - 11), dot + 1):
                continue
            end = match.end()
            sentence = body[start:end].rstrip()
            if sentence:
                bounds.append((offset + start, offset + start + len(sentence)))
            start = end
        if body[start:].strip():
            bounds.append((offset + start, offset + len(body.rstrip())))
    return bounds
