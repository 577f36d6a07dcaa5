"""A second letter generator, written apart from the parser (issue 16, item 6).

Its templates, layouts, wording and damage share nothing with samples/generate.py, so the accuracy bench
can measure the parser on letters it was never tuned to: `python -m samples.apart --n 30 --seed 1`.
"""

from __future__ import annotations

from samples.apart.corpus import generate_corpus, truth_path_for
from samples.apart.spec import PROFILES

__all__ = ["PROFILES", "generate_corpus", "truth_path_for"]
