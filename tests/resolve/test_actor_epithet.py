"""A bare "the regime" is the government the document calls so with its owner named
(hand-made sentences)."""

from __future__ import annotations

from tests.resolve.test_coref import resolve_in


def test_the_regime_is_the_last_owned_regime_not_the_nearest_state() -> None:
    text = "Rebels fought Mugabe's regime for years. Botswana said it would never arm the regime"
    ents = (("Mugabe", "PERSON"), ("Botswana", "GPE"))
    actor = resolve_in(text, ents, "the regime")
    assert (actor.country, actor.sector) == ("ZWE", "GOV")


def test_an_owner_after_the_noun_also_counts() -> None:
    text = "The junta of Myanmar met. Thailand talked of trade. Nobody trusts the junta"
    ents = (("Myanmar", "GPE"), ("Thailand", "GPE"))
    assert resolve_in(text, ents, "the junta").country == "MMR"


def test_without_an_owned_mention_the_nearest_state_decides() -> None:
    text = "Botswana said it would never arm the regime"
    assert resolve_in(text, (("Botswana", "GPE"),), "the regime").country == "BWA"
