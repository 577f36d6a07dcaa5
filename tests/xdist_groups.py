"""Which tests `pytest -n 2 --dist loadgroup` keeps on one worker, and making xdist honour it on pytest 9.2.

Tests of one group run on one worker, one after another. xdist 3.8 names a test's group by renaming the
test (`nodeid@group`) through `item._nodeid`, which pytest 9.2 no longer reads (pytest-dev/pytest-xdist#1386):
every test was its own unit, so an `xdist_group` mark did nothing, and both workers built each module-scoped
fixture (a module's OCR'd crops, its batch, its browser, its generated letters) once each.

A test's groups: its `xdist_group` marks, else its module when it uses a module-scoped fixture its module
defines. xdist sends the larger groups first, so the long shared work starts early and single tests fill in.
"""

from __future__ import annotations

import pytest
from _pytest.nodeid import NodeId

GROUP_SEPARATOR = "@"


@pytest.hookimpl(trylast=True)  # after xdist's own hook, whose renaming pytest 9.2 ignores
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not getattr(config.option, "loadgroup", False):  # set on the workers of `--dist loadgroup`
        return
    for item in items:
        groups = marked_groups(item) or module_fixture_group(item)
        suffix = GROUP_SEPARATOR + "_".join(sorted(groups))
        if groups and not item.nodeid.endswith(suffix):
            item._id = NodeId.parse(item.nodeid + suffix)
            # Loud if a later pytest names tests another way again, instead of silently ungrouped.
            assert item.nodeid.endswith(suffix), item.nodeid


def marked_groups(item: pytest.Item) -> set[str]:
    return {str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")}


def module_fixture_group(item: pytest.Item) -> set[str]:
    """The test's module, when the test uses a module-scoped fixture defined there: the tests sharing it
    then run where it was built."""
    module = item.getparent(pytest.Module)
    info = getattr(item, "_fixtureinfo", None)
    if module is None or info is None:
        return set()
    shared = [defs[-1] for defs in info.name2fixturedefs.values()
              if defs and defs[-1].scope == "module" and defs[-1].baseid == module.nodeid]
    return {module.nodeid} if shared else set()
