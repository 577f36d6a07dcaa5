"""The batch's inbox walk: every entry found, no link followed, stable unique output names, ids masked."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from letter4390.batch.inbox import display_name, output_stem, walk_inbox

SAFE_STEM = re.compile(r"^[A-Za-z0-9._-]+-[0-9a-f]{10}$")
NINE_DIGITS = re.compile(r"\d(?:[-\s._]{0,3}\d){8}")


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_walk_finds_nested_files_and_lists_links_without_following(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _touch(inbox / "a" / "letter.pdf")
    _touch(inbox / "b" / "c" / "letter.pdf")
    _touch(inbox / "top.png")
    outside = _touch(tmp_path / "outside" / "secret.pdf")
    os.symlink(outside, inbox / "link.pdf")
    os.symlink(outside.parent, inbox / "linked-folder")
    os.mkfifo(inbox / "pipe")

    entries = walk_inbox(inbox)

    by_name = {e.display: e.kind for e in entries}
    assert by_name == {
        "a/letter.pdf": "file",
        "b/c/letter.pdf": "file",
        "top.png": "file",
        "link.pdf": "link",
        "linked-folder": "link",
        "pipe": "special",
    }
    assert "secret.pdf" not in "".join(by_name)


def test_walk_skips_the_output_folder_inside_the_inbox(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _touch(inbox / "letter.pdf")
    _touch(inbox / "out" / "docket.csv")
    assert [e.display for e in walk_inbox(inbox, exclude=inbox / "out")] == ["letter.pdf"]


def test_same_name_in_two_folders_gets_two_stable_stems(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _touch(inbox / "may" / "scan.pdf")
    _touch(inbox / "june" / "scan.pdf")
    first = {e.display: e.stem for e in walk_inbox(inbox)}
    second = {e.display: e.stem for e in walk_inbox(inbox)}
    assert first == second
    assert first["may/scan.pdf"] != first["june/scan.pdf"]
    assert first["may/scan.pdf"].startswith("may__scan.pdf-")


def test_names_that_sanitise_alike_still_differ() -> None:
    assert output_stem(PurePosixPath("a/b__c.pdf")) != output_stem(PurePosixPath("a__b/c.pdf"))
    assert output_stem(PurePosixPath("é.pdf")) != output_stem(PurePosixPath("è.pdf"))


def test_undecodable_and_very_long_names(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    raw = os.path.join(os.fsencode(inbox), b"caf\xe9-letter.pdf")
    with open(raw, "wb") as stream:
        stream.write(b"x")
    _touch(inbox / ("long-" + "x" * 240 + ".pdf"))
    entries = walk_inbox(inbox)
    displays = sorted(e.display for e in entries)
    assert "caf\ufffd-letter.pdf" in displays
    for entry in entries:
        entry.display.encode("utf-8")  # printable in every output
        assert SAFE_STEM.match(entry.stem)
        assert len(f"{entry.stem}.summary.pdf") < 120


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("123-45-6789.pdf", "XXX-XX-6789.pdf"),
        ("123_45_6789.pdf", "XXX_XX_6789.pdf"),
        ("123.45.6789.pdf", "XXX.XX.6789.pdf"),
        ("123456789.pdf", "XXXXX6789.pdf"),
        ("12-3456789.pdf", "XX-XXX6789.pdf"),
        ("scan 123 45 6789.png", "scan XXX XX 6789.png"),
        ("1234567890.pdf", "XXXXXX7890.pdf"),  # ten plain digits could be a TIN and one more digit
        ("letter 2024-03-15.pdf", "letter 2024-03-15.pdf"),
        ("call 800-829-1040.pdf", "call 800-829-1040.pdf"),  # a phone in its 3-3-4 groups
        ("Gonzalez letter.pdf", "Gonzalez letter.pdf"),
    ],
)
def test_names_are_shown_and_written_with_tins_masked(tmp_path: Path, name: str, masked: str) -> None:
    inbox = tmp_path / "inbox"
    _touch(inbox / "clients" / name)
    (entry,) = walk_inbox(inbox)
    assert entry.display == f"clients/{masked}"
    slug = entry.stem.rsplit("-", 1)[0]  # the output files' names show the same digits, no more
    assert re.sub(r"\D", "", slug) == re.sub(r"\D", "", masked)


@given(st.integers(min_value=0, max_value=999_999_999), st.sampled_from(["", "-", " ", ".", "_"]),
       st.text(alphabet="abc_. ", max_size=8), st.text(alphabet="abc_. ", max_size=8))
def test_no_name_or_stem_holds_a_full_tin(number: int, sep: str, before: str, after: str) -> None:
    digits = f"{number:09d}"
    name = f"{before}{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}{after}.pdf"
    shown = display_name(PurePosixPath(name))
    slug = output_stem(PurePosixPath(name)).rsplit("-", 1)[0]
    for text in (shown, slug):
        assert not NINE_DIGITS.search(text)
        assert re.sub(r"\D", "", text) == digits[5:]


@given(st.lists(st.text(alphabet=st.characters(exclude_characters="/\x00", exclude_categories=["Cs"]),
                        min_size=1, max_size=30), min_size=1, max_size=4))
def test_stems_are_safe_file_names(parts: list[str]) -> None:
    parts = [p for p in parts if p not in (".", "..")] or ["x"]
    stem = output_stem(PurePosixPath(*parts))
    assert SAFE_STEM.match(stem)
    assert not stem.startswith(".")
