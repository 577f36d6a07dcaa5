"""Tesseract's answers for one letter's images, each image read once, and reading ahead on an idle core.

A scan's facts stage reads strips of page 1 again (its values, its date, its phone and fax numbers), one
short Tesseract call each, after every page is read. But on two cores a letter of three pages reads its
pages two at a time, and from when page 1 is read until the last page is, one core has nothing to do (the
speed bench's letter: 0.3 s). So once page 1 is read and no page waits for a core, its facts are found
aside, on page 1 alone, only to ask those calls early (`run_aside`); their answers are kept here, and the
letter's own reading, when it asks for the same image read the same way, takes the answer (or waits for
the call under way) instead of starting Tesseract again.

Nothing read aside is used unless the letter's reading asks for exactly that image: the key is the
image's pixels with every setting of the call, and Tesseract reads the same image the same way each time.
So the facts are those of a reading without it; only the time changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from PIL import Image

T = TypeVar("T")


class ReadingAsideStopped(Exception):
    """The letter's reading has ended: what was being read aside is no longer wanted."""


class OcrAnswers:
    """The answers of one letter's Tesseract calls by image and settings, shared by its page sources."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: dict[tuple[Hashable, ...], Future[Any]] = {}
        self._aside: list[threading.Thread] = []
        self._stopped = False

    def answer(self, settings: tuple[Hashable, ...], image: Image.Image, read: Callable[[], T], *,
               aside: bool = False) -> T:
        """What `read` gives for `image` read with `settings`: the answer kept from an earlier call, the
        call under way (waited for), or `read()` now. A call made aside (`aside`) after the letter's
        reading ended raises ReadingAsideStopped instead."""
        key = (*settings, image.mode, image.size, hashlib.blake2b(image.tobytes(), digest_size=16).digest())
        with self._lock:
            if aside and self._stopped:
                raise ReadingAsideStopped
            pending = self._answers.get(key)
            if pending is None:
                pending = self._answers[key] = Future()
                owner = True
            else:
                owner = False
        if not owner:
            with contextlib.suppress(Exception):  # it failed there: read here, and fail here if so
                return pending.result()  # type: ignore[no-any-return]
            return read()
        try:
            result = read()
        except BaseException as error:
            with self._lock:
                self._answers.pop(key, None)  # not kept: a later call reads again (a timeout may pass)
            pending.set_exception(error)
            raise
        pending.set_result(result)
        return result

    def run_aside(self, work: Callable[[], object]) -> None:
        """Run `work` on a thread of its own; `stop` waits for it. Whatever it raises is dropped: it only
        ever reads ahead, and the letter's own reading meets any real failure itself."""
        def run() -> None:
            with contextlib.suppress(Exception):
                work()

        with self._lock:
            if self._stopped:
                return
            thread = threading.Thread(target=run, name="ocr-aside", daemon=True)
            self._aside.append(thread)
        thread.start()

    def stop(self) -> None:
        """End reading aside: calls not yet started are not made, and the one under way (its temporary
        image file with it) is waited for."""
        with self._lock:
            self._stopped = True
            threads, self._aside = self._aside, []
        for thread in threads:
            thread.join()
