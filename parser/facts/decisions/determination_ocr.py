"""Reading a determination through OCR damage: a misread "not", a garbled deciding word, a damaged section.

A damaged "not" is read back and flagged (as it stands it would turn the decision around); a garbled word
that decides a lien or levy flags its sentence; a section number or subsection mark that still allows one
reading is read back before sections are looked for.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from parser.core.notes import Note, note
from parser.facts.decisions.phrases import ALPHA_LOOKALIKES, VOCABULARY

# "The proposed levy action is net sustained": a "not" OCR damaged into another word ("riot": "n" read
# "ri"), between a verb and the outcome it negates. Read as "not", and the determination flagged: reading it
# as it stands would turn the decision around.
# Besides these, any word one letter from "not" ("npt", "nöt") but the real words that may stand there.
NOT_MISREADINGS: tuple[str, ...] = (
    "nat", "net", "nit", "nut", "n0t", "nct", "hot", "mot", "rot", "riot", "noi", "nol", "no1", "no!", "no|",
)
NOT_NEIGHBOURS: frozenset[str] = frozenset({"now", "nor", "no", "to", "not"})
# One letter OCR read as two ("o" as "ci", "n" as "ri"): folded back before the word is compared with "not".
SPLIT_GLYPHS: tuple[tuple[str, str], ...] = (("ci", "o"), ("ri", "n"), ("rn", "m"))
# ("is 9 lot sustained": a speck the scan read as a mark or a lone character may stand before the word.)
# (A speck read as a mark may be glued to the verb: "is, mot sustained", own 6346 0029, read sure.)
DAMAGED_NOT = re.compile(
    r"\b(?:is|was|are|were|be|been|has|have|had|does|did|do)[,.;:'’`]?\s+"
    r"(?:[^\sA-Za-z]{1,2}\s+)?(?P<word>\S{2,4})\s+"
    r"(?:\w+\s+)?(?:sustain|uph[eo]ld|appropriate|approv|grant|allow|entitl|eligib|qualif|warrant|justif)"
)


def damaged_not(word: str) -> bool:
    """Whether a word standing between a verb and the outcome is a "not" OCR damaged."""
    word = word.lower()
    folded = word
    for seen, meant in SPLIT_GLYPHS:
        folded = folded.replace(seen, meant)
    return word in NOT_MISREADINGS or (
        word not in NOT_NEIGHBOURS and Levenshtein.distance(folded, "not", score_cutoff=1) <= 1)
# Characters OCR gives for a subsection letter or its brackets.
SECTION_LOOKALIKES = str.maketrans({"¢": "c", "©": "c", "£": "f", "{": "(", "}": ")", "[": "(", "]": ")"})
# OCR damage that still leaves one reading of a subsection: a lookalike glued beside the letter it copies
# ("(f£)" and "66(c¢)" become "(ff)" and "(cc)": no subsection has two letters), and a quote mark,
# speck or stroke fused to the bracket ("and‘(f)", "6015/(f)").
DOUBLED_SUBSECTION = re.compile(r"\(\s?([bcf])\1\s?\)")
MARK_BEFORE_BRACKET = re.compile(r"[‘’'`\"./|]+(?=\()")
# "601 5(b)", "6O15(f)": OCR split the section number, or read one of its digits as a lookalike letter.
# "60.15(b)": a speck read as a stop inside it.
SPLIT_6015 = re.compile(r"\b6[\s.,]?[0oO][\s.,]?[1lIi|][\s.,]?[5sS](?=\s?[({\[%])")  # "601 S(c)": S for 5
# "6015({b)", "66({(c)": specks before the subsection letter read as more opening brackets ("{" is one).
DOUBLED_OPENING = re.compile(r"(?:(?<=6015)|(?<=\b66))(\s?)\(\s?(?:\(\s?)+(?=\s?[bcf]\s?\))")
# "Section 6015(f. You are relieved": the closing bracket of a subsection lost, before a stop or a space.
UNCLOSED_SUBSECTION = re.compile(r"(\b6015\s?\(\s?[bcf])(?!\s?\))(?=[.,;:]?(?:\s|$))")  # "(b )" is closed
# "6015(b) and (f for the": the same, a later item of the subsection list (after a closed item and its
# joiner: never "(for", never a lone "(c" outside a list).
UNCLOSED_LIST_ITEM = re.compile(
    r"(\(\s?[bcf]\s?\)\s?(?:,\s?(?:and/or|and|or|&)?|and/or|and|or|&)\s?\(\s?[bcf])(?!\s?\))"
    r"(?=[.,;:]?(?:\s|$))")
# "6015%f)", "66(c%": a bracket read as "%" before or after a subsection letter.
PERCENT_BRACKET = re.compile(r"(?<=6015)(\s?)%(?=\s?[bcf]{1,2}\s?\))")
PERCENT_CLOSING = re.compile(r"(?<=\([bcf])%")
# "§86015(b)": the section sign's lower loop read as an 8 glued to the number.
MAX_LIST_ITEMS = 3  # a list of relief subsections has (b), (c) and (f) at most
SECTION_SIGN_AS_8 = re.compile(r"(?<=§)8(?=6015\s?\()")
# "the notice of intent to levy is not ___": an action and the state it is put in, word by word.
ACTION_STATE = re.compile(r"\b(?:lien|levy|levies|nftl)\b(?:\s+\w+){0,2}?\s+"
                          r"(?:is|are|was|were|will be|shall be|has been|have been)\s+"
                          r"(?:not\s+)?(?P<word>\S+)")
# Words that decide a collection action. A word one or two letters from one of them (and not one itself)
# is taken for one the scan garbled; the sentence it stands in is then flagged, not read.
DECISION_WORDS: frozenset[str] = frozenset({
    "sustain", "sustains", "sustained", "sustaining", "withdrawn", "withdraw", "withdraws", "released",
    "release", "releases", "upheld", "upholds", "uphold", "proceed", "proceeds", "affirmed", "affirms",
})
DECISION_WORD_MIN = 6
# Letters that may differ: one, two from a word of nine letters or more ("sustuincd"); "process" is two from
# "proceed", "withdrew" one from "withdraw": words of their own, like the others listed.
LONG_DECISION_WORD = 9
NOT_DECISION_WORDS: frozenset[str] = frozenset({
    "withdrew", "withdrawal", "withdrawing", "process", "proceeded", "proceeding", "proceedings",
})
WORD = re.compile(r"[A-Za-z]+")
# Short words a sound sentence may put after "the levy is" ("not due", "in place"); any other word of three
# letters or fewer there is taken for one the scan garbled.
SHORT_WORDS = frozenset({"a", "an", "the", "to", "in", "on", "at", "by", "for", "of", "no", "now", "not",
                         "and", "or", "so", "as", "be", "its", "due", "set", "put", "met", "one", "all"})


# A rule, a strike or an underline the scan read as dashes or underscores glued to the words it crosses
# ("the —_———preposed levy is not—apprepriate and—is-not—sustained", "we grant you_full relief"): it stands
# between words, never in one, so it is read as a space. So is a speck read as a mark standing alone
# between two words ("the proposed levy action is not | ~ sustained"), or glued before an amount ("relieved
# of |$22,744").
RULE_MARKS = re.compile(r"[—–_]+|(?<=\s)[|~^*°•¬«»‘’`]{1,3}(?=\s)|(?<=\s)[|~^*°•¬«»‘’`](?=\$[0-9])")
SPACES = re.compile(r"[ \t]{2,}")
# "isnot sustained": a "not" glued to the verb before it.
GLUED_NOT = re.compile(r"\b(is|are|was|were|has|have|had|does|did|do|will|should|would|could)not\b")


def rule_marks_blanked(text: str) -> str:
    """The sentence with rules and lone specks read as spaces between words, and a glued "not" parted."""
    return GLUED_NOT.sub(r"\1 not", SPACES.sub(" ", RULE_MARKS.sub(" ", text)))


# "the proposed evy action is not sustained": the levy named in a word one letter off "levy", where the
# letter speaks of one ("proposed", "intent to", "levy action"). Read as the levy, and the part flagged.
LEVY_SPOT = re.compile(
    r"\b(?P<before>proposed|intent to|the)\s(?P<word>[a-z0-9|!]{2,5})\b(?P<after>\saction)?")
# Words of their own one letter off "levy" (or near it), never read as it.
NOT_LEVY = frozenset({"levy", "bevy", "levi", "levee", "lev", "ley", "lets", "less", "lend", "len", "eve",
                      "evil", "envy", "every", "ivy"})


# "the proposed ivy action", "the proposed lcvv action", "the proposed re action": in the slot of "the
# proposed ___ action" only a levy stands (a lien is filed, not proposed), so a word two letters off it, or
# a scrap of two or three letters no word of the slot is, is read as it, flagged. Words that may stand there
# as printed ("the proposed collection action", "the proposed IRS action") are no levy.
PROPOSED_ACTION_WORDS = frozenset({"lien", "liens", "nftl", "collection", "enforcement", "enforced", "levy",
                                   "irs", "tax", "new", "any", "cdp", "such", "same", "this", "that", "next"})
SCRAP_LETTERS = 3  # a scrap this short keeps too few letters to say which word it was, but for its slot


def _levy_in_its_slot(word: str) -> bool:
    if word in PROPOSED_ACTION_WORDS or word in SHORT_WORDS:
        return False
    if len(word) <= SCRAP_LETTERS and word.isalpha():
        return True
    return (Levenshtein.distance(word, "levy", score_cutoff=2) <= 2
            and Levenshtein.distance(word, "levy") < Levenshtein.distance(word, "lien"))


# "The Notice of Federal Tax:Lier will be withdrawn" (own seed 6330 0020): the lien named by its notice, the
# name's last word damaged, or glued to "tax" by a speck. After "notice of federal tax" only a lien stands: a
# word one or two letters off "lien" (never "levy") is read as it, and the part flagged.
NOTICE_OF_LIEN = re.compile(r"\bnotice of federal tax(?P<gap>[\s:;.,'’-]{0,2})(?P<word>[a-z0-9|!]{2,6})\b")


def with_lien_repaired(text: str, reasons: list[Note]) -> str:
    """The sentence with a damaged "lien" after "notice of federal tax" read back, a reason added."""
    def repaired(match: re.Match[str]) -> str:
        word = match["word"]
        whole = word in ("lien", "liens")
        if word == "levy" or (whole and match["gap"].strip() == "" and match["gap"]) or (
                not whole and Levenshtein.distance(word, "lien", score_cutoff=2) > 2):
            return match.group()
        reasons.append(note("decision.action_unread"))
        return match.group()[:match.start("gap") - match.start()] + " " + (word if whole else "lien")
    return NOTICE_OF_LIEN.sub(repaired, text)


def with_levy_repaired(text: str, reasons: list[Note]) -> str:
    """The sentence with a damaged "levy" after "proposed" or "intent to", or before "action", read back."""
    def repaired(match: re.Match[str]) -> str:
        word = match["word"]
        # (the word's own place: a scrap of two letters may also stand inside "proposed")
        as_levy = match.group()[:match.start("word") - match.start()] + "levy" + (match["after"] or "")
        if match["before"] == "proposed" and match["after"] and _levy_in_its_slot(word):
            reasons.append(note("decision.action_unread"))
            return as_levy
        if (word in NOT_LEVY or Levenshtein.distance(word, "levy", score_cutoff=1) > 1
                or (match["before"] == "the" and not match["after"])):
            return match.group()
        reasons.append(note("decision.action_unread"))
        return as_levy
    return LEVY_SPOT.sub(repaired, text)


# "the notice of federal tax lien i appropriate", "the levy 1s not sustained": the verb between a lien or levy
# and its outcome damaged into a lookalike too short for the vocabulary to snap. Read as the verb it copies,
# and the part flagged: a lost letter may have been more than a letter.
DAMAGED_VERB = re.compile(
    r"\b(?:liens?|lev(?:y|ies)|nftl|filing|action)\)?\s(?!(?:is|was)\s)(?P<word>[il1|!j](?:\s?[s5$])?|is[.,]|w[aoe]s|vas)"
    r"\s(?=(?:not\s)?(?:appropriate|proper|sustained|uph[eo]ld|withdrawn|released)\b)")
VERB_LOOKALIKES: dict[str, str] = {"w": "was", "v": "was"}
# "Your request for relief under IRC Section 6015(b) js denied" (own seed 6324 0048): the same of the "is"
# between a request for relief and what is decided of it.
DAMAGED_RELIEF_VERB = re.compile(
    r"(?:\b(?:request|claim|relief|election)|\b6015\s?\(\s?[bcf]\s?\)|\b66\s?\(\s?c\s?\))\s(?!is\s)"
    r"(?P<word>[il1|!j][s5$]|[il1|!j])"
    r"\s(?=(?:not\s)?(?:denied|granted|allowed|approved|disallowed)\b)")
# "the notice of intent tolevy", "thelien": a lien or levy glued to the word before it (a space the scan
# lost). "alien" is a word of its own: "a" is never taken for a word glued on.
GLUED_ACTION = re.compile(r"\b(to|the|of|proposed|intent)(lev(?:y|ies)|liens?|nftl)\b")


def with_verb_repaired(text: str, reasons: list[Note]) -> str:
    """The sentence with a damaged "is" or "was" after a lien or levy, or "is" after a request for relief,
    read back, and an action glued to the word before it parted; a reason added for each."""
    def verb(match: re.Match[str]) -> str:
        reasons.append(note("decision.action_unread"))
        word = match["word"]
        read = VERB_LOOKALIKES.get(word[0], "is")
        return match.group()[:match.start("word") - match.start()] + read + " "

    def relief_verb(match: re.Match[str]) -> str:
        reasons.append(note("decision.damaged_verb", word=match["word"]))
        return match.group()[:match.start("word") - match.start()] + "is "

    def parted(match: re.Match[str]) -> str:
        reasons.append(note("decision.action_unread"))
        return f"{match[1]} {match[2]}"
    text = DAMAGED_RELIEF_VERB.sub(relief_verb, text)
    return GLUED_ACTION.sub(parted, DAMAGED_VERB.sub(verb, text))


# "is not,sustained", "is not : sustained", "is not .sustained", "is not’sustained": a speck glued to "not",
# standing alone, or glued to the word "not" negates. Left there, the outcome phrases see no "not" before
# "sustained" and read the decision turned around.
# The outcome words a "not" with a speck beside it may negate ("not .sustained", "not ‘ appropriate").
NEGATES_OUTCOME = re.compile(r"(?:\w+\s+)?(?:sustain|uph[eo]ld|appropriate|proper|approv|grant|allow|entitl|"
                             r"eligib|qualif|warrant|justif|withdr|releas|necessary)")
_SPECKS = ",.;:'`|!?\"’‘"  # "is not ? sustained" (apart 9028 0004)
NOT_GLUED_MARK = re.compile(rf"\b(?P<word>not(?:[{_SPECKS}]{{1,3}}\s?|\s[{_SPECKS}]{{1,2}}\s?))(?=[a-z])")


def with_not_repaired(text: str, reasons: list[Note]) -> str:
    """The sentence with each OCR-damaged "not" before an outcome read back, a reason added for each."""
    for match in reversed(list(DAMAGED_NOT.finditer(text))):
        if damaged_not(match["word"]):
            reasons.append(note("decision.damaged_not", word=match["word"]))
            text = text[:match.start("word")] + "not" + text[match.end("word"):]
    for match in NOT_GLUED_MARK.finditer(text):
        if NEGATES_OUTCOME.match(text, match.end()):  # "was not ‘ accepted" of an alternative decides nothing
            reasons.append(note("decision.damaged_not", word=match["word"]))
    return NOT_GLUED_MARK.sub("not ", text)


def section_marks_repaired(text: str) -> str:
    """The text with section numbers and subsection marks that OCR damaged, yet left one reading of, read
    back: "601 5(b)", "601 S(b)" and "§86015(b)" as "6015(b)", "6015%f)", "(f£)" and "6015(f." as "(f)"."""
    text = SPLIT_6015.sub("6015", SECTION_SIGN_AS_8.sub("", text)).translate(SECTION_LOOKALIKES)
    text = PERCENT_CLOSING.sub(")", PERCENT_BRACKET.sub(r"\1(", text))
    text = UNCLOSED_SUBSECTION.sub(r"\1)", DOUBLED_OPENING.sub(r"\1(", text))
    for _ in range(MAX_LIST_ITEMS):  # each closed item lets the next be read: "(b), (c and (f for"
        closed = UNCLOSED_LIST_ITEM.sub(r"\1)", text)
        if closed == text:
            break
        text = closed
    return named_subsections_repaired(MARK_BEFORE_BRACKET.sub("", DOUBLED_SUBSECTION.sub(r"(\1)", text)))


# "section 6015(1) (equitable relief)": a subsection letter the scan damaged, beside the name of the relief
# it grants in brackets; the name says which subsection it is. A readable letter is never overruled.
RELIEF_NAMES: dict[str, str] = {
    "innocent spouse relief": "b", "allocation of liability": "c", "separation of liability": "c",
    "separate liability": "c", "equitable relief": "f",
}
DAMAGED_NAMED_SUBSECTION = re.compile(
    r"(?<=6015)(?P<space>\s?)\(\s?(?P<mark>[^bcf\s()]{1,2})\s?\)(?=\s?\(\s?(?:(?:the|an?)\s)?"
    rf"(?P<name>{'|'.join(RELIEF_NAMES)})\s?\))"
)


def named_subsections_repaired(text: str) -> str:
    """The text with each damaged subsection letter followed by the name of its relief read from the name."""
    return DAMAGED_NAMED_SUBSECTION.sub(lambda m: f"{m['space']}({RELIEF_NAMES[m['name']]})", text)


# "It is eee in part: it remains in place only for ...": a lien or levy decided "in part", its deciding word
# garbled past reading. Whatever the word ("sustained", "withdrawn", "released"), a lien or levy decided in
# part is partly sustained; read so, and checked. Words of their own that say other things in part (relief
# granted in part, a balance paid in part) are no such word.
GARBLED_IN_PART = re.compile(r"\b(?:is|are|was|were|been)\s(?P<word>\S{1,14})\sin\spart\b")
NOT_ACTION_IN_PART = frozenset({
    "granted", "allowed", "approved", "denied", "paid", "abated", "accepted", "rejected", "agreed", "reduced",
    "satisfied", "relieved", "disallowed", "refunded", "correct", "incorrect", "true", "due", "only",
    "issued", "filed", "made", "collected", "levied", "owed", "explained", "discussed",
})


def decided_in_part(text: str) -> re.Match[str] | None:
    """The words that decide a lien or levy "in part" though their deciding word is garbled, if any."""
    return next((m for m in GARBLED_IN_PART.finditer(text)
                 if m["word"].strip(".,;:") not in NOT_ACTION_IN_PART), None)


# "It is oe sustained", "the levy is n* appropriate": a word the scan garbled between the verb and the
# outcome, where "not" or "partially" may have stood. Read as it stands, the outcome may be turned around
# or whole.
QUALIFIER_BEFORE_OUTCOME = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?P<word>\S+)\s+(?:sustained|appropriate|proper|upheld)\b")


def garbled_qualifier(text: str) -> bool:
    """Whether a word the scan garbled stands between a verb and the outcome it states."""
    for match in QUALIFIER_BEFORE_OUTCOME.finditer(text):
        word = match["word"].lower()
        if not word.isalpha() or (len(word) <= 3 and word not in SHORT_WORDS):
            return True
    return False


def garbled_decision(text: str) -> bool:
    """Whether a lien or levy is said to be something the scan garbled ("the levy is not eee"), or a word
    the scan garbled is a deciding verb ("Appeals sustuins the notice of intent to levy")."""
    for match in ACTION_STATE.finditer(text):
        word = match["word"].strip(".,;:")
        if not word.isalpha() or (len(word) <= 3 and word not in SHORT_WORDS):
            return True
    return any(_damaged_decision_word(token) for token in WORD.findall(text))


def _damaged_decision_word(token: str) -> bool:
    word = token.lower()
    if len(word) < DECISION_WORD_MIN or word in DECISION_WORDS or word in NOT_DECISION_WORDS:
        return False
    edits = 2 if len(word) >= LONG_DECISION_WORD else 1
    return any(Levenshtein.distance(word, known, score_cutoff=edits) <= edits for known in DECISION_WORDS)


# What OCR makes of a subsection letter, where the mark read is no subsection of its own: "(f)" comes out as
# "(1)", "(l)", "(t)", "(/)", "(|)" or "(!)", "(b)" as "(6)". "(c)" has no lookalike of its own: "(e)" is a
# subsection (the petition) and "(o)" a "c" or a speck.
SUBSECTION_LOOKALIKES: dict[str, str] = {"f": "1lt/|!", "b": "6"}
# Lookalikes a letter may carry glued beside it ("(ec)", "(f1)"): with the letter itself there, one reading.
GLUED_LOOKALIKES: dict[str, str] = {"f": "1lt/|!", "b": "6h", "c": "eo"}
# Where a subsection stands: right after "6015", or as a later item of its list ("6015(b), (c) and (1)").
# Never after another subsection: "6015(b)(1)" is a paragraph of (b).
_SUBSECTION_PLACE = (r"(?P<before>\b6015\s?|\(\s?[bcf]\s?\)\s?(?:,\s?(?:and/or|and|or|&)?|and/or|and|or|&)"
                     r"\s?)")
LOOKALIKE_SUBSECTION = re.compile(
    _SUBSECTION_PLACE + r"\(\s?(?:" + "|".join(
        [rf"(?P<{letter}0>[{re.escape(chars)}])" for letter, chars in SUBSECTION_LOOKALIKES.items()]
        + [rf"(?P<{letter}1>{letter})[{re.escape(chars)}]|[{re.escape(chars)}](?P<{letter}2>{letter})"
           for letter, chars in GLUED_LOOKALIKES.items()]) + r")\s?\)")
# "(cy", "(c}", "(f]": a subsection whose closing bracket the scan read as another mark or a "y" (own 6329
# 0021, a fax: "§§ 6015(b), (cy und (f)"), where a subsection stands: read as the subsection.
LOOKALIKE_CLOSING = re.compile(_SUBSECTION_PLACE + r"\(\s?(?P<letter>[bcf])\s?[}\]y](?![a-z0-9])")
# "6015(b) ane (t)", "(c) und (f)": a list's "and" or "or" the scan changed by one letter, between a
# subsection and the bracket of the next item (own 6329 0093 and 0021, faxes): read as the join.
DAMAGED_LIST_JOIN = re.compile(
    r"(?P<before>\(\s?[bcf]\s?\)\s?,?\s?)(?!and\b|or\b)(?:(?P<and>[a-z]nd|a[a-z]d|an[a-z])|(?P<or>[a-z]r"
    # an "or" whose "r" the scan changed ("6015(b) om (1)": own 6332 0084), never a word of its own ("of",
    # "on"), and only before a subsection's bracket
    r"|(?!of\b|on\b)o[a-z](?=\s?\(\s?\S{1,2}\s?\))))(?=\s?\()")
# "6015(b), (c).and (f)": a speck glued between a subsection's bracket and the list's join (own 6341 0056, a
# skewed scan: the list's last item was lost and the rest read sure): read as the space it stands in.
SPECK_AT_LIST_JOIN = re.compile(r"(?P<before>\(\s?[bcf]\s?\))[.'`’‘·:](?=\s?(?:and|or|&)\s?\()")
# "60ts(c)", "60!5(f)": a digit of the section number read as a letter or mark that the "601 5" repair does
# not take for one ("t", "!" for "1").
LOOKALIKE_6015 = re.compile(r"\b6[\s.,]?[0o][\s.,]?[t!][\s.,]?[5s](?=\s?[({\[%])"
                            # ... or its first digit read as a "g" ("section g015(b)": own 6332 0048, a fax)
                            r"|\bg[\s.,]?[0o][\s.,]?[1lt!][\s.,]?[5s](?=\s?[({\[%])")


# "section 6015(b) of the internal revenue code, section woesir! (allocation of rem a sey hs and irc section
# 6015(f)": a section cited whose number and subsection the scan garbled past reading, before the name of the
# relief in brackets. The name says which subsection it is (its own last word may be garbled too).
RELIEF_NAME_OPENINGS: dict[str, str] = {
    "innocent spouse relief": "b", "allocation of": "c", "separation of": "c", "separate liab": "c",
    "equitable relief": "f",
}
GARBLED_NAMED_SECTION = re.compile(
    r"(?P<cite>\b(?:section|sec\.|§+)\s?)(?!6015\s?\(|66\s?\()(?P<mark>[^\s()]{1,10})\s?"
    rf"(?=\(\s?(?:(?:the|an?)\s)?(?P<name>{'|'.join(RELIEF_NAME_OPENINGS)}))")


# "IRC § 66():" (own seed 6324 0083): the subsection letter of section 66 lost between its brackets, or read
# as a speck, or as a round letter or digit ("66(0)": own 6333 0012, a fax). Relief from community property
# law has one subsection, (c): the only reading.
EMPTY_66_SUBSECTION = re.compile(r"\b66\s?\(\s?(?:[^\sA-Za-z0-9()]|[0oe])?\s?\)")


def damaged_subsections_read(text: str) -> tuple[str, int]:
    """The text with each subsection mark or section number OCR damaged into a lookalike read back
    ("6015(1)" as "6015(f)", "6015(ec)" as "6015(c)", "60ts(c)" as "6015(c)", "66()" as "66(c)", "(cy" as
    "(c)", a list's "ane" as "and"), and how many were read so: a section read from a lookalike or from its
    relief's name is checked, never taken as printed."""
    text, read = LOOKALIKE_6015.subn("6015", text)
    text, empty = EMPTY_66_SUBSECTION.subn("66(c)", text)
    read += empty
    text, named = GARBLED_NAMED_SECTION.subn(
        lambda m: f"{m['cite']}6015({RELIEF_NAME_OPENINGS[m['name']]}) ", text)
    read += named
    for _ in range(MAX_LIST_ITEMS):  # each item read back lets the next join or item be read
        text, closing = LOOKALIKE_CLOSING.subn(lambda m: f"{m['before']}({m['letter']})", text)
        text, joins = DAMAGED_LIST_JOIN.subn(lambda m: m["before"] + ("and" if m["and"] else "or"), text)
        text, specks = SPECK_AT_LIST_JOIN.subn(lambda m: f"{m['before']} ", text)
        read += closing + joins + specks
        if not closing + joins + specks:
            break
    while match := LOOKALIKE_SUBSECTION.search(text):
        letter = next(name[0] for name, value in match.groupdict().items() if value and name != "before")
        text = f"{text[:match.start()]}{match['before']}({letter}){text[match.end():]}"
        read += 1
    return text, read


# "It is partially susta ined", "the notice of federal tax l ien", "an instal lment agreement": a word the
# scan split with a space, every letter still there. Two neighbouring pieces that join into a word of the
# phrase vocabulary (or a lien or levy) are read as that word; a piece may carry a lookalike ("susta1ned")
# and the second piece its closing mark. Pieces that are words of the tables themselves never join ("the
# lien", "is sustained"): no letter is lost, so the joined word is read as printed.
SPLIT_WORDS: frozenset[str] = frozenset({*VOCABULARY, "lien", "liens", "levy", "nftl", "upheld"})
PIECE = re.compile(r"[a-z0-9|]+")
TRAILING_MARKS = re.compile(r"[^\w]*$")


def split_words_joined(text: str) -> str:
    """The sentence with each word the scan split in two joined again."""
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if i + 1 < len(tokens) and PIECE.fullmatch(first):
            second = tokens[i + 1]
            marks = TRAILING_MARKS.search(second)
            core = second[:marks.start()] if marks else second
            word = (first + core).translate(ALPHA_LOOKALIKES)
            if (PIECE.fullmatch(core) and word in SPLIT_WORDS
                    and first not in SPLIT_WORDS and core not in SPLIT_WORDS):
                out.append(word + second[len(core):])
                i += 2
                continue
        out.append(first)
        i += 1
    return " ".join(out)
