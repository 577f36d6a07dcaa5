"""Fuzzing the reader (issue 7): random and mutated bytes give a LetterFacts or the project's InputError.

Any other exception, a hang or a crash is a bug. The inputs are random bytes (often behind the magic
number of an accepted format) and mutations of real samples: the digital PDFs and small images of
samples/letters. The run is derandomized (the same examples every run) and bounded to stay under a
minute; `python -m bench.fuzz` runs a longer, randomized campaign.
"""

from __future__ import annotations

import io
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from read_support import read_facts

from bench.mutations import MAGIC_PREFIXES, mutate, seed_files
from parser.core.errors import InputError
from parser.core.model import LetterFacts

pytestmark = pytest.mark.ocr  # mutated images and PDFs that lose their text layer are read by tesseract

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
MAX_PDF_SEEDS = 6
MAX_PDF_PAGES = 2  # a mutated PDF whose text layer breaks is read by OCR: keep that to a page or two
IMAGE_SEED_SOURCE = "4390-fax200.tif"
IMAGE_CROP_HEIGHT = 0.2  # the header band of the page: real scan pixels, a fraction of the OCR time


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes = field(repr=False)

    def __repr__(self) -> str:  # Hypothesis prints failing examples: the name, not a megabyte of bytes
        return f"Seed({self.name!r})"


@pytest.fixture(scope="session")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[Seed]:
    """Real samples to mutate: short digital PDFs, and the fax scan's header band in three image formats."""
    paths = seed_files(SAMPLES)
    if not paths:
        paths = _generated_seeds(tmp_path_factory.mktemp("fuzz-seeds"))
    pdfs = [p for p in paths if p.suffix == ".pdf" and _pages(p) <= MAX_PDF_PAGES]
    fax = next((p for p in paths if p.name == IMAGE_SEED_SOURCE), None) or next(
        p for p in paths if p.suffix == ".tif")
    return [Seed(p.name, p.read_bytes()) for p in pdfs[:MAX_PDF_SEEDS]] + _image_seeds(fax)


def _pages(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def _image_seeds(scan: Path) -> list[Seed]:
    """The first page's header band of a real scan, encoded as the formats clinics send."""
    with Image.open(scan) as image:
        dpi = image.info.get("dpi", (200, 200))
        band = image.crop((0, 0, image.width, round(image.height * IMAGE_CROP_HEIGHT)))
        band.load()
    encoded = []
    for suffix, save in ((".tif", {"format": "TIFF", "compression": "group4"} if band.mode == "1"
                          else {"format": "TIFF"}),
                         (".png", {"format": "PNG"}), (".jpg", {"format": "JPEG", "quality": 80})):
        buffer = io.BytesIO()
        (band.convert("L") if suffix == ".jpg" else band).save(buffer, dpi=dpi, **save)
        encoded.append(Seed(f"{scan.stem}-band{suffix}", buffer.getvalue()))
    return encoded


def _generated_seeds(folder: Path) -> list[Path]:
    from samples.generate import generate_corpus

    return [letter for letter, _ in generate_corpus(2, 7, ["digital", "fax200"], folder)]


def outcome_of(data: bytes, suffix: str) -> str:
    """Read and extract `data` written to a file; returns "facts" or "input_error", raises anything else."""
    with tempfile.TemporaryDirectory(prefix="letter4390-fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            facts = read_facts(path)
        except InputError:
            return "input_error"
    assert isinstance(facts, LetterFacts)
    return "facts"


FUZZ_SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ_SETTINGS
@given(pick=st.integers(min_value=0, max_value=1000), rng=st.randoms(use_true_random=False))
def test_mutated_samples_give_facts_or_input_error(seeds: list[Seed], pick: int, rng: random.Random) -> None:
    seed = seeds[pick % len(seeds)]
    outcome = outcome_of(mutate(seed.data, rng), Path(seed.name).suffix)
    assert outcome in ("facts", "input_error")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(prefix=st.sampled_from(MAGIC_PREFIXES), body=st.binary(max_size=2048),
       suffix=st.sampled_from([".pdf", ".png", ".jpg", ".tif", ".bin"]))
def test_random_bytes_give_facts_or_input_error(prefix: bytes, body: bytes, suffix: str) -> None:
    assert outcome_of(prefix + body, suffix) in ("facts", "input_error")


def test_unmutated_seeds_are_real_inputs(seeds: list[Seed]) -> None:
    """The mutations start from real input, not from junk: a seed letter is read, the images decode."""
    assert {Path(seed.name).suffix for seed in seeds} == {".pdf", ".tif", ".png", ".jpg"}
    first_pdf = next(seed for seed in seeds if seed.name.endswith(".pdf"))
    assert outcome_of(first_pdf.data, ".pdf") == "facts"
    for seed in seeds:
        if not seed.name.endswith(".pdf"):
            with Image.open(io.BytesIO(seed.data)) as image:
                image.load()
                assert image.height > 100, seed.name
