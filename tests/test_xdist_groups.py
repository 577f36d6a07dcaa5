"""`pytest -n 2 --dist loadgroup` keeps a group's tests on one worker (tests/xdist_groups.py), run on a tiny
suite written here: a module whose fixture is module-scoped, a marked group, and tests of neither."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SUITE = {
    "conftest.py": "from xdist_groups import pytest_collection_modifyitems  # noqa: F401\n",
    "test_shared.py": '''
import pytest

@pytest.fixture(scope="module")
def built():
    return 1

@pytest.mark.parametrize("n", range(6))
def test_uses_it(built, n):
    assert built == 1

@pytest.mark.parametrize("n", range(6))
def test_alone(n):
    pass
''',
    "test_marked.py": '''
import pytest

@pytest.mark.xdist_group("letter")
@pytest.mark.parametrize("n", range(6))
def test_of_one_letter(n):
    pass

@pytest.mark.parametrize("n", range(6))
def test_other(n):
    pass
''',
}
# "[gw1] [ 50%] PASSED test_shared.py::test_uses_it[3]@test_shared.py"
RAN = re.compile(r"^\[(?P<worker>gw\d)\] \[ *\d+%\] PASSED (?P<test>\S+)", re.MULTILINE)


def _workers_of(tmp_path: Path) -> dict[str, str]:
    for name, text in SUITE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT)])}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-v", "-p", "no:cacheprovider",
         "-p", "no:randomly", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    return {m["test"]: m["worker"] for m in RAN.finditer(run.stdout)}


def test_a_group_runs_on_one_worker_and_other_tests_on_either(tmp_path: Path) -> None:
    ran = _workers_of(tmp_path)
    assert len(ran) == 24
    shared = {t: w for t, w in ran.items() if "::test_uses_it[" in t}
    marked = {t: w for t, w in ran.items() if "::test_of_one_letter[" in t}
    alone = [t for t in ran if "::test_alone[" in t or "::test_other[" in t]
    assert len(shared) == len(marked) == 6
    assert all(t.endswith("@test_shared.py") for t in shared)
    assert all(t.endswith("@letter") for t in marked)
    assert len(set(shared.values())) == 1  # one worker built the module's fixture
    assert len(set(marked.values())) == 1
    assert not [t for t in alone if "@" in t]  # a test in no group is its own unit
