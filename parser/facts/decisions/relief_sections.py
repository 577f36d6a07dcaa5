"""The statute sections relief was decided under, and whether a cited one could not be read.

Sections are read after the OCR repair of section numbers and marks (determination_ocr.py); a "6015(" or a
list item that still cannot be read, or a section number that is none of the part's, is damage.
"""

from __future__ import annotations

import re

from parser.core.model import InnocentSpouseSection
from parser.facts.decisions.determination_ocr import damaged_subsections_read, section_marks_repaired
from parser.facts.decisions.phrases import stop_inside_a_list

# What joins the items of a list of subsections: "(b), (c) and (f)", "(b), (c), and (f)", "(b) or (f)",
# "(b) and/or (f)", "(b) & (f)", "(b),(c),and(f)", and a comma a noisy scan read as a semicolon ("6015(b);
# (c) and (f)": own 6367 0011, full relief under (b) alone, confidently wrong), and a speck read as a comma
# after the "and" ("6015(¢) and, (1)" on a fax: own 6353 0048, where "(1)" went unchecked and (c) alone was
# read) or a speck glued before it ("6015(b)-and (f)" on a noisy scan: own 6353 0056, (b) alone; "6015(c)‘and,
# (f)"), or set before it ("6015(c ). and (f)", a speck read as a stop: own 6387 0011). A list read short of
# its last item reports too few sections, so every join a list is written with is one join here.
LIST_JOIN = r"\s?(?:[,;]\s?(?:(?:and/or|and|or|&)[,;]?)?|[^\w\s()]?\s?(?:and/or|and|or|&)[,;]?)\s?"
# Statute sections of innocent spouse relief: "6015(b)", "§§ 6015(b), (c) and (f)", "66(c)".
SECTION_LIST = re.compile(
    rf"\b6015\s?\(\s?(?P<first>[bcf])\s?\)(?P<more>(?:{LIST_JOIN}\(\s?[bcf]\s?\))*)"
)
# The subsections named first and the section after them: "subsections (b), (c) and (f) of section 6015".
SUBSECTIONS_OF_6015 = re.compile(
    rf"\bsubsections?\s(?P<list>\(\s?[bcf]\s?\)(?:{LIST_JOIN}\(\s?[bcf]\s?\))*)\s"
    r"(?:of|under)\s(?:the\s)?(?:irc\s|code\s)?(?:section\s|sec\.\s|§\s?)?6015\b(?!\s?\()"
)
# "6015" followed by a subsection mark; a cited one that SECTION_LIST cannot read is OCR damage.
CITED_6015 = re.compile(r"\b6015\s?\(")
# A further "(x)" after a list of subsections that the list could not read: "6015(b), (c) and (1)".
UNREAD_LIST_ITEM = re.compile(rf"^{LIST_JOIN}\(\s?\S{{1,2}}\s?\)")
# A further item opened after a list and never closed on a letter: "6015(b), (c) and (: relief" ("(f)" read
# as "(:", own seed 6318 0083), "6015(b) and (1 for". Which item it was is checked, never guessed away.
OPEN_LIST_ITEM = re.compile(rf"^{LIST_JOIN}\((?!\s?[bcf]\s?\))")
# A second subsection letter glued to the first with no join: "6015(b)(c) and (f)" is a list written short
# of its comma, not a paragraph of (b) ("6015(b)(1)" and "6015(c)(3)(c)" are): which items it holds is
# checked, not guessed.
GLUED_SUBSECTION = re.compile(r"^\(\s?[bcf]\s?\)")
# A list of sections that goes on with "and" but names nothing readable after it: "6015(b) and request".
DANGLING = re.compile(
    r"^\s?(?:,|and|or|&)\s(?!\(|section|sec\.|§|irc|i\.r\.c\.|internal|6015|66|"
    r"(?:you|your|we|the|it|this|that|relief|is|are|was|has|have|will|appeals|a|an|in|for|to|because|since|"
    r"as|which|but|so|however|while|unless|if|when|on|under|with|and|or)\b)"
)
# "section 601 5(f)": a section cited with a number that is not one the part is decided under.
UNREAD_SECTION_NUMBER = re.compile(r"(?:\bsection|§+|\bsec\.)\s?(?!6015\b|6015\s?\(|66\s?\(|63[23]0\b)[0-9]")
# "under section 6015(b) of the internal revenue code and irc section er relief of $1,822": an IRC section
# cited whose number the scan lost.
NUMBERLESS_SECTION = re.compile(r"\birc\s(?:sections?\b|secs?\.|§+)(?!\s?[0-9§])")
SUBSECTION = re.compile(r"\(\s?([bcf])\s?\)")
# "IRC Section 6045(f)", "irc § 6013(c)" in a sentence on relief: one digit of 6015 misread. Read as 6015 and
# flagged (a section of that shape with subsection b, c or f decides nothing else in this part).
NEAR_6015 = re.compile(r"\b6(?:0[02-9]5|[1-9]15|01[0-46-9])(?=\s?\(\s?[bcf]\s?\))")
# The subsections relief is decided under. A list that cites "6015" three times, two of them readable and
# different, and one whose letter the scan lost ("irc § 6015(b), irc § 6015(c), and irc § 6015(."), names
# the third as its last: read by elimination, and checked.
RELIEF_SUBSECTIONS: frozenset[InnocentSpouseSection] = frozenset({"6015(b)", "6015(c)", "6015(f)"})
COMMUNITY_PROPERTY = re.compile(r"\b66\s?\(\s?c\s?\)")
SECTION_ORDER: tuple[InnocentSpouseSection, ...] = ("6015(b)", "6015(c)", "6015(f)", "66(c)")


def cited_sections(text: str) -> tuple[set[InnocentSpouseSection], bool]:
    """The sections cited, and whether a "6015" was cited with a subsection that could not be read."""
    text, lookalikes = damaged_subsections_read(section_marks_repaired(text))
    text, misread = NEAR_6015.subn("6015", text)
    found: set[InnocentSpouseSection] = set()
    for match in SECTION_LIST.finditer(text):
        letters = [match["first"], *SUBSECTION.findall(match["more"] or "")]
        for letter in letters:
            found.add(f"6015({letter})")  # type: ignore[arg-type]
    for match in SUBSECTIONS_OF_6015.finditer(text):
        found.update(f"6015({letter})" for letter in SUBSECTION.findall(match["list"]))  # type: ignore[misc]
    if COMMUNITY_PROPERTY.search(text):
        found.add("66(c)")
    unread = [m for m in CITED_6015.finditer(text) if not SECTION_LIST.match(text, m.start())]
    readable = found & RELIEF_SUBSECTIONS
    if len(unread) == 1 and len(CITED_6015.findall(text)) == len(RELIEF_SUBSECTIONS) and len(readable) == 2:
        found |= RELIEF_SUBSECTIONS - readable
    damaged = bool(unread)
    damaged = damaged or any(
        UNREAD_LIST_ITEM.match(text[m.end():]) or OPEN_LIST_ITEM.match(text[m.end():])
        or DANGLING.match(text[m.end():])
        or GLUED_SUBSECTION.match(text[m.end():]) for m in SECTION_LIST.finditer(text))
    damaged = damaged or bool(UNREAD_SECTION_NUMBER.search(text) or NUMBERLESS_SECTION.search(text))
    damaged = damaged or misread + lookalikes > 0 or stop_inside_a_list(text)
    return found, damaged
