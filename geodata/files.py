"""Reading and writing files safely: whole writes (temporary file, then rename), strict CSV headers."""

import csv
import io
import os
import tempfile
from pathlib import Path

from geodata.errors import InputError


def default_mode() -> int:
    """rw-r--r-- less the process umask: what open() would give a new file (mkstemp gives rw-------)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


DEFAULT_MODE = default_mode()


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole: a temporary file in the same folder, fsync, then rename."""
    path = Path(path)
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


def write_text_atomic(path: Path, text: str) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"))


def frame_to_csv_text(frame) -> str:
    """CSV text of a frame, the same bytes for the same frame (no index, \\n line ends)."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_csv_atomic(path: Path, frame) -> Path:
    return write_text_atomic(path, frame_to_csv_text(frame))


def read_text(path: Path) -> str:
    """Text of a UTF-8 file; a clear error when it is not UTF-8."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror})") from err
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text (byte {err.start})", line=line,
                         fix="save the file as UTF-8") from err
    return text.removeprefix("\ufeff")


def read_csv_strict(path: Path, columns: list[str]):
    """A CSV whose header is exactly `columns`, every cell as a string ('' when empty).

    Rows keep their file line number in a `line` column so errors can name it.
    """
    import pandas as pd  # here, not at the top: the extract command starts faster without pandas

    text = read_text(path)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise InputError(path, "empty CSV file", line=1, fix=f"the first line must be: {','.join(columns)}")
    header = [h.strip() for h in rows[0]]
    if header != columns:
        raise InputError(path, f"wrong header {','.join(header)!r}", line=1,
                         fix=f"the first line must be exactly: {','.join(columns)}")
    records, lines = [], []
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    start = reader.line_num + 1
    for row in reader:
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise InputError(path, f"expected {len(columns)} fields, found {len(row)}", line=line,
                             fix="quote any field that contains a comma with double quotes")
        records.append(row)
        lines.append(line)
    frame = pd.DataFrame(records, columns=columns, dtype=str)
    frame["line"] = pd.Series(lines, dtype="int64")
    return frame
