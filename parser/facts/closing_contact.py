"""The person to contact when the letter names them only in its text ("If you have questions, contact
Settlement Officer Ana Ruiz, ID 1000456789, at (404) 555-0137."), not in a labelled header.

Used only for the contact fields the header did not give; every value found this way is flagged, since
the sentence was not written to be read as a form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.core.model import Word
from parser.core.notes import note
from parser.facts.fields import READERS, Reading, ValueWords
from parser.reading.lines import PageText

TITLES = (r"(?:(?:appeals |irs )?(?:settlement officer|appeals officer|officer|employee|representative|"
          r"team case leader|case leader|technical employee)\s+)?")
CLOSING_CONTACT = re.compile(
    r"\b(?:contact|call|reach|write to)\s+" + TITLES +
    r"(?P<name>[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){1,3}?)\s*,?\s+"
    r"(?:\(?(?:employee\s+)?id(?:entification)?(?:\s+(?:number|no\.?|#))?:?\s*(?P<id>[0-9]{5,12})\)?\s*,?\s+)?"
    r"(?:at|on|by (?:phone|telephone) at|telephone|phone)\s+(?P<phone>(?:1[-. ])?\(?[0-9]{3}\)?[-. ]?[0-9]{3}"
    r"[-. ][0-9]{4})"
)
# Words that make the "name" an office or a service, not a person.
NOT_A_PERSON = frozenset({"taxpayer", "advocate", "service", "irs", "office", "appeals", "court", "us", "the",
                          "our", "your", "local", "internal", "revenue", "department", "clinic", "center"})
REASON = note("value.closing_contact")


def contact_in_text(texts: Sequence[PageText]) -> dict[str, Reading]:
    """The contact's name, ID and phone from the first sentence that gives a person's name and phone."""
    for text in texts:
        for match in CLOSING_CONTACT.finditer(text.text):
            name_words = text.words_between(match.start("name"), match.end("name"))
            if not _a_person(name_words):
                continue
            found: dict[str, Reading] = {}
            for field, group in (("contact_name", "name"), ("contact_employee_id", "id"),
                                 ("contact_phone", "phone")):
                if match[group] is None:
                    continue
                words = text.words_between(match.start(group), match.end(group))
                reading = READERS[field](ValueWords(words=_trimmed(words)))
                if reading is not None:
                    found[field] = reading
            if "contact_name" in found and "contact_phone" in found:
                return found
    return {}


def _a_person(words: Sequence[Word]) -> bool:
    tokens = [w.text.strip(",.") for w in words]
    return bool(tokens) and all(t[:1].isupper() for t in tokens if t) and not any(
        t.lower() in NOT_A_PERSON for t in tokens)


def _trimmed(words: Sequence[Word]) -> tuple[Word, ...]:
    """Words without the sentence's punctuation glued to the last one ("0137." -> "0137")."""
    if not words:
        return ()
    last = words[-1]
    stripped = last.text.rstrip(".,;")
    if stripped == last.text or not stripped:
        return tuple(words)
    return (*words[:-1], Word(text=stripped, box=last.box, page=last.page, method=last.method,
                              confidence=last.confidence))
