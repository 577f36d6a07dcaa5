"""The on-disk cache of the `holidays` package's DC table (rules/holiday_cache.py): it gives the package's
own answer, read back without loading the package, and never a damaged or missing file's."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rules import holiday_cache

YEARS = range(2023, 2026)
LANGUAGE = "en_US"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(holiday_cache.CACHE_DIR_VARIABLE, str(folder))
    return folder


def test_the_kept_table_is_the_packages_table(cache: Path) -> None:
    first = holiday_cache.dc_holidays(YEARS, LANGUAGE)
    path = holiday_cache.cache_file(YEARS, LANGUAGE)
    assert path is not None and path.parent == cache and path.is_file()
    assert first == holiday_cache.computed(YEARS, LANGUAGE)
    assert first[dt.date(2024, 4, 16)] == "Emancipation Day"
    assert first[dt.date(2024, 6, 19)] == "Juneteenth National Independence Day"
    assert holiday_cache.dc_holidays(YEARS, LANGUAGE) == first  # read back from the file


def test_a_kept_table_is_read_without_the_package(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = holiday_cache.dc_holidays(YEARS, LANGUAGE)

    def no_package(years: range, language: str) -> dict[dt.date, str]:
        raise AssertionError("the package was asked again")

    monkeypatch.setattr(holiday_cache, "computed", no_package)
    assert holiday_cache.dc_holidays(YEARS, LANGUAGE) == table


def test_a_fresh_process_with_a_kept_table_never_imports_holidays(cache: Path) -> None:
    holiday_cache.dc_holidays(range(2029, 2032), LANGUAGE)  # the table the 2030 lookup needs
    probe = ("import sys, datetime; from rules.calendar import dc_holiday_name; "
             "print(dc_holiday_name(datetime.date(2030, 1, 1)), 'holidays' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{holiday_cache.CACHE_DIR_VARIABLE: str(cache)})
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "New Year's Day False"


def test_a_damaged_file_is_computed_again_and_replaced(cache: Path) -> None:
    path = holiday_cache.cache_file(YEARS, LANGUAGE)
    assert path is not None
    path.parent.mkdir(parents=True)
    for damaged in ('{"holidays": {"2024-13-01": "Nonsense"}}', "{not json", '{"holidays": []}', ""):
        path.write_text(damaged, encoding="utf-8")
        assert holiday_cache.dc_holidays(YEARS, LANGUAGE) == holiday_cache.computed(YEARS, LANGUAGE)
        assert json.loads(path.read_text(encoding="utf-8"))["holidays"]["2024-01-01"] == "New Year's Day"


def test_a_folder_that_cannot_be_written_still_gives_the_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(holiday_cache.CACHE_DIR_VARIABLE, str(blocker / "cache"))
    assert holiday_cache.dc_holidays(YEARS, LANGUAGE) == holiday_cache.computed(YEARS, LANGUAGE)
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_file_is_named_for_the_installed_package_and_the_years(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = holiday_cache.cache_file(YEARS, LANGUAGE)
    assert installed is not None and installed.name.endswith("-2023-2025-en_US.json")
    package = tmp_path / "holidays"  # a stand-in package folder: an upgrade rewrites its version file
    (package / "countries").mkdir(parents=True)
    (package / "countries" / "united_states.py").write_text("# US\n", encoding="utf-8")
    (package / "version.py").write_text('__version__ = "0.109"\n', encoding="utf-8")
    monkeypatch.setattr(holiday_cache, "package_dir", lambda: package)
    before = holiday_cache.cache_file(YEARS, LANGUAGE)
    (package / "version.py").write_text('__version__ = "0.110.post1"\n', encoding="utf-8")
    after = holiday_cache.cache_file(YEARS, LANGUAGE)
    assert None not in (before, after) and len({installed, before, after}) == 3


def test_without_a_variable_the_cache_is_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(holiday_cache.CACHE_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert holiday_cache.cache_dir() == Path("/somewhere/cache/letter4390")
