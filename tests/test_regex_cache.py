"""Patterns compiled from the saved engine code behave as re.compile's; a bad cache only costs time."""

import re

import pytest

from geodata import paths
from geodata.extract import lexicon, regex_cache

SAMPLES = [
    (r"\b(?:closed|shut)\s+(?P<what>the\s+\w+)", 0),
    (r"(?m)^[ \t]*(?P<name>[^:\n]{2,40}):[ \t]*(\d+)", 0),
    (r"station", re.IGNORECASE),
    (lexicon.DIGEST_LINE.source, 0),
]
TEXT = "Police closed the office.\n- Italy: 11\nThe STATION in Milan was shut  the doors."


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """regex_cache as in a new process, its cache folder empty."""
    monkeypatch.setattr(paths, "CACHE", tmp_path)
    monkeypatch.setattr(regex_cache, "_known", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_changed", False)
    return tmp_path


def behaviour(pattern: re.Pattern) -> tuple:
    """What a caller can see of a pattern: its source, flags, groups and every match in TEXT."""
    return (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex,
            [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)])


@pytest.mark.parametrize("source, flags", SAMPLES)
def test_a_pattern_read_back_from_the_cache_behaves_as_re_compile(fresh, monkeypatch, source, flags):
    compiled_now = regex_cache.compile(source, flags)
    regex_cache.save()
    assert (fresh / regex_cache.FILE_NAME).is_file()
    monkeypatch.setattr(regex_cache, "_known", None)  # the next process
    monkeypatch.setattr(regex_cache, "engine_code", lambda *_: pytest.fail("compiled again, not read"))
    read_back = regex_cache.compile(source, flags)
    assert behaviour(read_back) == behaviour(compiled_now) == behaviour(re.compile(source, flags))


def test_a_damaged_cache_file_is_compiled_afresh_and_replaced(fresh):
    (fresh / regex_cache.FILE_NAME).write_bytes(b"not a pickle")
    assert behaviour(regex_cache.compile(r"shut\s+down")) == behaviour(re.compile(r"shut\s+down"))
    regex_cache.save()
    assert (fresh / regex_cache.FILE_NAME).read_bytes() != b"not a pickle"


def test_engine_code_another_engine_refuses_is_compiled_afresh(fresh, monkeypatch):
    regex_cache.compile(r"closed")
    source, flags, code, *rest = regex_cache._known[(r"closed", 0)]
    regex_cache._known[(r"closed", 0)] = (source, flags, [255] * len(code), *rest)  # not valid engine code
    assert behaviour(regex_cache.compile(r"closed")) == behaviour(re.compile(r"closed"))
    assert regex_cache._known[(r"closed", 0)][2] == code  # compiled afresh, and the bad code replaced


def test_a_bad_pattern_raises_as_re_compile_does(fresh):
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")


def test_nothing_is_written_when_nothing_new_was_compiled(fresh):
    regex_cache.save()
    assert not list(fresh.iterdir())


def test_the_cache_of_another_python_is_removed_when_this_one_saves(fresh):
    (fresh / "regex-0000000000000000.pickle").write_bytes(b"")
    (fresh / "gazetteer-0000000000000000.pickle").write_bytes(b"")
    regex_cache.compile(r"raided")
    regex_cache.save()
    assert sorted(p.name for p in fresh.iterdir()) == sorted([regex_cache.FILE_NAME, "gazetteer-0000000000000000.pickle"])
