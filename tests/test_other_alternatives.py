"""Collection alternatives the table has no name for (a delay of collection, a lien subordination) are
reported as "other", and only where the letter says one was put forward or considered."""

from __future__ import annotations

import pytest

from parser.facts.decisions.collection_alternatives import alternatives_said, in_table_order


@pytest.mark.parametrize(("sentence", "named"), [
    ("you asked us to consider a delay of collection until the sale of your home.", ("other",)),
    ("we considered your request to postpone collection until you return to work.", ("other",)),
    ("we reached an agreement with you on a postponement of collection for six months.", ("other",)),
    ("you requested a subordination of the federal tax lien so you could refinance.", ("other",)),
    ("you asked us to discharge your property from the lien, and we considered it.", ("other",)),
    ("you proposed an installment agreement and a lien subordination.", ("installment_agreement", "other")),
])
def test_an_alternative_put_forward_with_no_name_of_its_own_is_other(
        sentence: str, named: tuple[str, ...]) -> None:
    assert alternatives_said(sentence).named == named


@pytest.mark.parametrize("sentence", [
    # Collection waits by law while a claim is open: nobody put that forward.
    "we will postpone collection while we consider your claim for relief.",
    "collection is suspended, and any delay of collection ends when our determination is final.",
    "you did not ask us to delay collection.",  # said not to be put forward
    "a lien subordination was not requested.",
    "you may request a lien subordination by filing form 14134.",  # advice, not a record
    "we determined that the notice of federal tax lien is sustained.",  # a lien, no alternative
])
def test_no_other_alternative_unless_one_was_put_forward(sentence: str) -> None:
    assert "other" not in alternatives_said(sentence).named


def test_other_comes_after_the_named_alternatives() -> None:
    assert in_table_order(["other", "offer_in_compromise"]) == ("offer_in_compromise", "other")


@pytest.mark.parametrize("status", ["currently not collectible", "currently not-collectible",
                                    "currently-not-collectible"])
def test_currently_not_collectible_is_read_hyphenated_or_not(status: str) -> None:
    sentence = f"you asked us to consider placing your account in {status} status."
    assert alternatives_said(sentence).named == ("currently_not_collectible",)


@pytest.mark.parametrize(("sentence", "unread"), [
    # A speck read as a stop parted "You proposed a delay." from the rest (apart 9058 0046, 150 dpi).
    ("of collection until the sale of your residence as a collection alternative.", True),
    ("paying from your retirement account as an alternative to the levy was discussed.", True),
    ("you proposed a delay of collection until the sale of your home as a collection alternative.", False),
    ("we accepted your installment agreement as the collection alternative.", False),  # named
    ("you did not propose anything as a collection alternative.", False),  # nothing put forward
    ("you did not offer anything as an alternative to the lien.", False),
])
def test_a_sentence_that_something_stood_as_an_alternative_with_none_named_is_an_alternative_unread(
        sentence: str, unread: bool) -> None:
    assert alternatives_said(sentence).unreadable == unread


@pytest.mark.parametrize(("sentence", "unread"), [
    # apart 9091 0052 (150 dpi): "currently not collectible" read "cmrently not a", the levy sure without it.
    ("we reached an agreement with you on placing your apcount in’ cmrently not a status, which replaces the "
     "collection action for as long as you keep its terms.", True),
    ("appeals agreed to a payment arrangement in lieu of the levy.", True),
    ("we reached an agreement with you on an installment agreement, which replaces the collection action "
     "for as long as you keep its terms.", False),  # named
    ("the notice of federal tax lien replaces no other notice.", False),  # nothing takes collection's place
])
def test_something_that_takes_the_collection_actions_place_with_none_named_is_an_alternative_unread(
        sentence: str, unread: bool) -> None:
    said = alternatives_said(sentence)
    assert said.unreadable == unread and said.on_topic == (unread or bool(said.named))


@pytest.mark.parametrize(("sentence", "named", "unread"), [
    # apart 9093 0095 (a fax): a streak glued the words; the offer and the substitution were lost, sure.
    ("— weconsiderectarrotferimcompromise and substitution otherassets-as of arr alternative te the "
     "collection action.", ("offer_in_compromise", "bond_or_substitution"), False),
    ("— weconsidere ctarrot ferim and subs otherass ets-as of arr alternative te the collection action.", (),
     True),  # nothing named left: an alternative to the collection action, unread
    ("you did not propose an alternative to the levy.", (), False),  # nothing put forward
    ("we could not reach a compromise.", (), False),
])
def test_alternatives_a_streak_glued_into_other_words_are_read_or_left_unread(
        sentence: str, named: tuple[str, ...], unread: bool) -> None:
    said = alternatives_said(sentence)
    assert (said.named, said.unreadable) == (named, unread)
