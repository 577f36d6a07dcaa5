"""DC legal holidays as the `holidays` package computes them, kept on disk between runs.

The package's public entry point, `holidays.country_holidays`, imports all of its ~250 country modules the
first time it is called (`holidays.countries` imports every country; no public API loads the US module
alone): about 0.1 s of CPU, a fifth of reading a digital letter, and `import holidays` adds 0.03 s more.
The holidays of given years depend only on the installed package and the arguments, so the table is
computed by the package once and kept in the user's cache folder, in a file named after the installed
package (the size and time of its version and US files: an upgrade writes both anew) and the years; later
runs read it back in about a millisecond. `importlib.metadata.version` would name the version itself but
costs 10 ms a call, a tenth of what the cache saves. A missing, unreadable or malformed file is computed
again, and a folder that cannot be written is left alone: the cache never changes an answer, it only saves
the import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

# Where the tables are kept: $LETTER4390_CACHE_DIR, else $XDG_CACHE_HOME/letter4390, else ~/.cache/letter4390.
CACHE_DIR_VARIABLE = "LETTER4390_CACHE_DIR"
CACHE_FOLDER_NAME = "letter4390"
# Raised when the file's layout changes, so an older file is never read as a newer one.
FILE_FORMAT = 1
HOLIDAYS_PACKAGE = "holidays"
# The package's files whose size and modification time name its cache files: its version (new in every
# release) and the US rules.
STAMPED_FILES = ("version.py", "countries/united_states.py")


def dc_holidays(years: range, language: str) -> dict[dt.date, str]:
    """The DC legal holidays (observed days included) of `years`, names in `language`, from the package:
    read back from the cache when the installed package computed them before, else computed and kept."""
    path = cache_file(years, language)
    if path is not None:
        kept = _read(path)
        if kept is not None:
            return kept
    table = computed(years, language)
    if path is not None:
        _write(path, table)
    return table


def computed(years: range, language: str) -> dict[dt.date, str]:
    """The table straight from the `holidays` package (imported here: the cache's hits never load it)."""
    import holidays

    days = holidays.country_holidays("US", subdiv="DC", observed=True, years=years, language=language)
    return dict(days.items())


def cache_file(years: range, language: str) -> Path | None:
    """The file that keeps this table for the installed `holidays`; None when the package's files can't
    be found (the table is then always computed)."""
    folder = package_dir()
    if folder is None:
        return None
    try:
        stats = [(name, (folder / name).stat()) for name in STAMPED_FILES]
    except OSError:
        return None
    stamps = [f"{name}:{stat.st_size}:{stat.st_mtime_ns}" for name, stat in stats]
    package = hashlib.sha256("\n".join([str(folder), *stamps]).encode("utf-8")).hexdigest()[:16]
    spans = f"{years[0]}-{years[-1]}" if years.step == 1 else "-".join(str(year) for year in years)
    return cache_dir() / f"dc-v{FILE_FORMAT}-holidays-{package}-{spans}-{language}.json"


def package_dir() -> Path | None:
    """The installed `holidays` package's folder, found without importing it."""
    spec = importlib.util.find_spec(HOLIDAYS_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_DIR_VARIABLE)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / CACHE_FOLDER_NAME


def _read(path: Path) -> dict[dt.date, str] | None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        days: Mapping[str, str] = stored["holidays"]
        return {dt.date.fromisoformat(day): str(name) for day, name in days.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):  # absent, unreadable or malformed
        return None


def _write(path: Path, table: Mapping[dt.date, str]) -> None:
    """Write the file whole or not at all (a temporary file renamed over it): runs started side by side
    by the batch or the web server never read half a file."""
    text = json.dumps({"holidays": {day.isoformat(): name for day, name in sorted(table.items())}})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:  # a read-only home or a full disk: the next run computes the table again
        return
