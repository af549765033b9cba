"""Compiled regular expressions kept between runs: a one-file run starts without recompiling the lexicon.

In:  a pattern's source and flags. Out: `compile(source, flags)` -> the re.Pattern that
re.compile(source, flags) gives; `save()` writes what this process compiled to the cache folder
(.cache/ or POLICE_MAP_CACHE, git-ignored, safe to delete) for the next run.

Parsing and compiling the few hundred patterns a run uses takes about 0.3 s, most of the start-up
of `python -m geodata extract` on one file. The cache keeps the regular expression engine's own
compiled form (the code list that re's compiler hands to `_sre.compile`, which checks it before
use), in a file named for the Python build and the engine's MAGIC number, so a file written by
another Python is never read. Those are CPython internals: where they are missing or behave
otherwise (another Python, a damaged file), this falls back to re.compile, only slower.
"""

import hashlib
import pickle
import re
import sys

from geodata import paths
from geodata.errors import InputError
from geodata.files import write_atomic

try:
    import _sre
    from re import _compiler, _parser

    _STAMP = f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _sre = None
    _STAMP = ""

FILE_NAME = f"regex-{hashlib.sha256(_STAMP.encode()).hexdigest()[:16]}.pickle"
MAX_ENTRIES = 4000  # above this, save() keeps only the patterns this process used (the lexicon has ~600)

_known: dict | None = None  # (source, flags) -> the arguments of _sre.compile
_used: set = set()
_changed = False


def compile(source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags), from the engine code an earlier run saved where there is one."""
    global _known, _changed
    if _sre is None:  # pragma: no cover - not CPython
        return re.compile(source, flags)
    if _known is None:
        _known = _read()
    key = (source, flags := int(flags))
    _used.add(key)
    parts = _known.get(key)
    if parts is not None:
        try:
            return _sre.compile(*parts)
        except (TypeError, ValueError, RuntimeError):  # not what this engine wrote: compile afresh
            pass
    try:
        parts = engine_code(source, flags)
        pattern = _sre.compile(*parts)
    except re.error:
        raise
    except Exception:  # pragma: no cover - re's internals changed: the public way
        return re.compile(source, flags)
    _known[key] = parts
    _changed = True
    return pattern


def engine_code(source: str, flags: int) -> tuple:
    """The arguments re._compiler.compile passes to _sre.compile, as plain values (picklable)."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _read() -> dict:
    """The saved engine code, or nothing when there is no readable cache file."""
    try:
        with open(paths.CACHE / FILE_NAME, "rb") as fh:
            known = pickle.load(fh)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError):
        return {}
    return known if isinstance(known, dict) else {}


def save() -> None:
    """Write the engine code of the patterns compiled so far, when this run compiled new ones; the
    whole file or none (files.write_atomic). A read-only install only starts slower."""
    global _changed
    if not _changed or _known is None:
        return
    known = _known if len(_known) <= MAX_ENTRIES else {k: v for k, v in _known.items() if k in _used}
    path = paths.CACHE / FILE_NAME
    try:
        write_atomic(path, pickle.dumps(known, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, InputError):
        return
    _changed = False
    for old in path.parent.glob("regex-*.pickle"):  # another Python's: never read again
        if old != path:
            old.unlink(missing_ok=True)
