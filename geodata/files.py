"""Files in and out, one way each: whole writes (temporary file, then rename), one CSV writer, one strict CSV reader.

Every text read here passes the one intake (geodata.intake): what a file holds is checked in the same
form the ledger stores it in.
"""

import csv
import errno
import io
import os
import re
import stat
import sys
from pathlib import Path

from geodata.errors import InputError
from geodata.intake import clean_field, decode

# A text cell that starts like this is run as a formula by spreadsheet programs (also the full-width forms).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")
# Python's csv module refuses fields over 131,072 characters; a hand-edited file may hold one, and it must be
# read far enough to be reported with its line (the ledger's checks refuse long fields).
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def default_mode() -> int:
    """rw-r--r-- less the process umask: what open() would give a new file (mkstemp gives rw-------)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


DEFAULT_MODE = default_mode()


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8) to `path` whole: a temporary file in the same folder, fsync, then rename."""
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file", fix="name a file to write, for example map.html")
    import tempfile  # here, not at the top: the extract command never writes a file (start-up)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, path.stat().st_mode & 0o777 if path.exists() else DEFAULT_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def neutralise(value):
    """A cell a spreadsheet shows as text, never runs as a formula: a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not NUMBER.match(value):
        return "'" + value
    return value


def unneutralise(value: str) -> str:
    """A cell as it was before neutralise() (what a review file read back held before it was written)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START) and not NUMBER.match(value[1:]):
        return value[1:]
    return value


def csv_text(rows, columns: list[str] | None = None, *, formula_safe: bool = False, crlf: bool = False) -> str:
    """The one CSV writer: `rows` (a DataFrame, or dicts with `columns`) as CSV text, the same text for the
    same rows. A line break inside a cell (\\r too) is always quoted; `formula_safe` neutralises text cells
    for spreadsheets; `crlf` ends lines with \\r\\n (RFC 4180, for files people download)."""
    if hasattr(rows, "to_dict"):
        columns = list(rows.columns) if columns is None else columns
        rows = rows.to_dict("records")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(columns)
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column, "")
            if value is None or (isinstance(value, float) and value != value):
                value = ""
            elif not crlf and isinstance(value, str) and "\r" in value:
                # csv quotes a cell holding a character of the line end: \n yes, a bare \r not with \n line ends
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            cells.append(neutralise(value) if formula_safe else value)
        writer.writerow(cells)
    return buffer.getvalue()


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, as Path.read_bytes() gives them and with its errors (IsADirectoryError for a
    folder), in half the system calls (open, fstat, read to the end, close: no isatty, no seeks)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        chunks = [os.read(fd, max(status.st_size, 0) + 1)]
        while chunks[-1]:  # to the end, however the size changed since fstat
            chunks.append(os.read(fd, 1 << 16))
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_text(path: Path) -> str:
    """Text of a UTF-8 file through the one intake; a clear error when it cannot be read or is not UTF-8."""
    path = path if isinstance(path, Path) else Path(path)
    try:
        data = read_bytes(path)
    except IsADirectoryError as err:
        raise InputError(path, "is a folder, not a file", fix="name a file") from err
    except FileNotFoundError as err:
        raise InputError(path, "no such file", fix="check the file name") from err
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror})") from err
    return decode(data, path)


def read_csv_strict(path: Path, columns: list[str], optional: tuple[str, ...] = ()):
    """A CSV whose header is exactly `columns` (or `columns` then the `optional` ones, which are '' when absent),
    every cell a cleaned string ('' when empty).

    Rows keep their file line number in a `line` column so errors can name it.
    """
    import pandas as pd  # here, not at the top: the extract command starts faster without pandas

    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise InputError(path, "empty CSV file", line=1, fix=f"the first line must be: {','.join(columns)}")
        header = [clean_field(h) for h in header]
        if optional and header == [*columns, *optional]:
            columns = header
        elif header != columns:
            raise InputError(path, f"wrong header {','.join(header)!r}", line=1,
                             fix=f"the first line must be exactly: {','.join(columns)}")
        records, lines = [], []
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise InputError(path, f"expected {len(columns)} fields, found {len(row)}", line=line,
                                 fix="quote any field that contains a comma or a line break with double quotes")
            records.append([clean_field(cell) for cell in row])
            lines.append(line)
    except csv.Error as err:
        raise InputError(path, f"not a readable CSV file ({err})", line=reader.line_num,
                         fix="check the quotes on that line: a field that starts with \" must end with \"") from err
    frame = pd.DataFrame(records, columns=columns, dtype=str)
    for name in optional:
        if name not in frame:
            frame[name] = ""
    frame["line"] = pd.Series(lines, dtype="int64")
    return frame
