"""The extractor's fast paths give what the plain ways give: listing article folders, reading files."""

import os

import pytest

from geodata.errors import InputError
from geodata.extract import text_files
from geodata.files import read_bytes, read_text


def test_a_folder_lists_its_txt_files_as_glob_and_is_file_would(tmp_path):
    for name in ["b.txt", "a.txt", ".hidden.txt", "UPPER.TXT", "notes.md", "Zürich.txt", "10.txt", "9.txt", ".txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    os.symlink(tmp_path / "missing", tmp_path / "broken.txt")
    assert text_files(tmp_path) == sorted(p for p in tmp_path.glob("*.txt") if p.is_file())


def test_a_file_is_read_as_path_read_bytes_reads_it(tmp_path):
    for size in (0, 1, 4095, 4096, 65537, 300_000):
        path = tmp_path / f"{size}.txt"
        path.write_bytes(os.urandom(size))
        assert read_bytes(path) == path.read_bytes()


@pytest.mark.parametrize("name, message", [("missing.txt", "no such file"), ("folder", "is a folder, not a file"),
                                           ("file.txt/below", "cannot read file (Not a directory)")])
def test_an_unreadable_path_is_named_with_its_problem(tmp_path, name, message):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_text(tmp_path / name)


def test_a_city_after_a_capitalised_word_and_a_line_end_is_still_part_of_a_name():
    from geodata.extract.gazetteer import find_mentions

    # "$" also matches before a final line end: "Marco \n" stands next to "Frosinone" as "Marco " would
    assert [m.start for m in find_mentions("Said Marco \nFrosinone at noon.")] == [5]
    assert [m.start for m in find_mentions("Said marco Frosinone at noon.")] == [11]
