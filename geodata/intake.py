"""The one intake: every piece of text that enters the ledger passes here, so what is checked is what is stored.

In:  bytes or text from a person (an article, a quote, an outlet, a review row) or from a file.
Out: text in one form: UTF-8 decoded, byte-order mark dropped, line ends as \\n, Unicode NFC (accents
     composed, as most systems write them), and no invisible characters: control characters other
     than tab and line feed, bidirectional overrides and marks, zero-width spaces and joiners, soft
     hyphens. `clean_text` keeps lines (article bodies); `clean_field` makes one line of a cell.

Publishing, building and extracting all read through here, and cleaning clean text changes nothing,
so a quote checked at publish time is found again by every later build.
"""

import re
import unicodedata

from geodata.errors import InputError

# C0 and C1 controls but tab and line feed; zero-width characters and the soft hyphen; bidirectional
# marks, embeddings, overrides and isolates (a right-to-left override can make "gpj.exe" look like "exe.jpg").
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u2064\u2066-\u2069\ufeff]")
LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# The same sets as single characters, for fast checks: the ASCII characters INVISIBLE removes (as
# bytes, for bytes.translate) and the characters that start a LINE_ENDS match.
ASCII_INVISIBLE = bytes(c for c in range(128) if INVISIBLE.match(chr(c)))
LINE_END_CHARS = tuple(chr(c) for c in range(0x2030) if LINE_ENDS.match(chr(c) + "\n"))


def has_invisible(text: str) -> bool:
    """Does `text` hold a character INVISIBLE removes? ASCII text is checked as bytes, in C."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, ASCII_INVISIBLE)) != len(data)
    return INVISIBLE.search(text) is not None


def clean_text(text: str) -> str:
    """Text in the ledger's one form: \\n line ends, no invisible characters, NFC."""
    if not text.isascii() or "\r" in text:
        if any(c in text for c in LINE_END_CHARS):
            text = LINE_ENDS.sub("\n", text)
    if has_invisible(text):
        text = INVISIBLE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def clean_field(value) -> str:
    """One cell's text: clean_text, every run of whitespace (line breaks too) one space, no edge spaces."""
    if value is None or (isinstance(value, float) and value != value):  # None and NaN are empty
        return ""
    return " ".join(clean_text(str(value)).split())


def decode(data: bytes, source) -> str:
    """The text of UTF-8 bytes, cleaned; a clear error naming the line of the first byte that is not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(source, f"not UTF-8 text (byte {err.start:,})", line=line,
                         fix="save the file as UTF-8 (in most editors: Save as... > Encoding: UTF-8)") from err
    return clean_text(text.removeprefix("\ufeff"))
