"""The batch's own words: progress lines, the reasons in errors.csv, the docket PDF's headings.

They come from the catalogue like every other word, in one language: the batch's outputs are read by the
clinic's staff and compared across runs (a reason is kept in the state of a letter and reused).
"""

from __future__ import annotations

from annotate.messages import Messages, messages

BATCH_LANGUAGE = "en"


def words() -> Messages:
    return messages(BATCH_LANGUAGE)
