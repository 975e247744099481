"""Coreference salience: how far an anaphor reaches, and which antecedents it may take."""

from __future__ import annotations

import pytest

from tests.resolve.test_actors import resolve_one
from tests.resolve.test_coref import resolve_in


@pytest.mark.parametrize("text", ["Isis", "Isil", "ISIS", "Daesh", "Isis militants"])
def test_islamic_state_aliases_resolve_like_the_full_name(text: str) -> None:
    actor = resolve_one(text)
    assert (actor.country, actor.sector, actor.id) == ("IMG", "REB", "group:isis")


def test_state_institution_never_takes_a_non_state_country() -> None:
    text = "Turkey protested. Islamic State fighters seized the town. The government responded"
    ents = (("Turkey", "GPE"), ("Islamic State", "ORG"))
    actor = resolve_in(text, ents, "The government")
    assert (actor.country, actor.sector) == ("TUR", "GOV")


def test_a_leader_may_lead_a_non_state_group() -> None:
    text = "Islamic State fighters seized the town. The leader fled"
    actor = resolve_in(text, (("Islamic State", "ORG"),), "The leader")
    assert actor.country == "IMG"


def test_bare_state_in_the_sentence_beats_a_distant_same_sector_antecedent() -> None:
    text = "London protested. Analysts disagreed. US officials said the administration would act"
    ents = (("London", "GPE"), ("US", "GPE"))
    actor = resolve_in(text, ents, "the administration")
    assert (actor.country, actor.sector) == ("USA", "GOV")


def test_state_modifying_a_sector_noun_is_one_national_group() -> None:
    text = "US officials said they would act"
    actor = resolve_in(text, (("US", "GPE"),), "they")
    assert (actor.country, actor.sector, actor.antecedent) == ("USA", "GOV", "US officials")


def test_possessive_state_in_the_pronouns_sentence_beats_an_earlier_group() -> None:
    text = "Many French families wrote letters. Canada's position is that they will be received"
    ents = (("French", "NORP"), ("Canada", "GPE"))
    actor = resolve_in(text, ents, "they")
    assert (actor.country, actor.antecedent) == ("CAN", "Canada")


def test_plural_pronoun_does_not_reach_beyond_the_previous_sentence() -> None:
    text = "Turkish troops crossed the border. Nobody came. The weather was cold. They left"
    actor = resolve_in(text, (("Turkish", "NORP"),), "They")
    assert (actor.country, actor.antecedent) == (None, None)


def test_plural_pronoun_within_the_window_still_resolves() -> None:
    text = "Turkish troops crossed the border. They left"
    actor = resolve_in(text, (("Turkish", "NORP"),), "They")
    assert (actor.country, actor.sector) == ("TUR", "MIL")


def test_national_body_is_singular() -> None:
    text = "Fighters returned from Syria. The Chechen government said it would act"
    ents = (("Syria", "GPE"), ("Chechen", "NORP"))
    actor = resolve_in(text, ents, "it")
    assert (actor.country, actor.antecedent) == ("RUS", "Chechen government")


def test_person_whose_surname_ends_in_s_is_not_plural() -> None:
    text = "Iraq protested as Omar Lewis arrived. They left"
    actor = resolve_in(text, (("Iraq", "GPE"), ("Omar Lewis", "PERSON")), "They")
    assert (actor.country, actor.antecedent) == ("IRQ", "Iraq")


@pytest.mark.parametrize(
    ("text", "country"),
    [("Catalan police", "ESP"), ("Darfuri rebels", "SDN"), ("Chechen fighters", "RUS")],
)
def test_demonym_of_a_region_of_one_state(text: str, country: str) -> None:
    assert resolve_one(text).country == country


def test_plural_group_beats_a_non_possessive_state_of_the_pronouns_sentence() -> None:
    text = "Iraqi troops advanced. Turkey said they had crossed the border"
    actor = resolve_in(text, (("Iraqi", "NORP"), ("Turkey", "GPE")), "they")
    assert (actor.country, actor.sector) == ("IRQ", "MIL")


def test_quoted_third_person_pronoun_is_not_the_speaker() -> None:
    # A speaker names himself "I"/"me": "him" in his own quotation is somebody else.
    text = (
        "Senator Ruth Adeyemi criticised Paul Okafor's remarks. Baron Whitlow, a former "
        "judge, called them shameful. He told reporters: “It is time for him to apologise."
    )
    ents = (("Ruth Adeyemi", "PERSON"), ("Paul Okafor", "PERSON"), ("Baron Whitlow", "PERSON"))
    actor = resolve_in(text, ents, "him")
    assert actor.antecedent == "Paul Okafor"


def test_let_us_is_no_lashkar_e_taiba() -> None:
    # "LeT" is an acronym matched only as spelt: a sentence-opening "Let" is the verb.
    text = "“Let’s not forget what they did before they took the town.”"
    actor = resolve_in(text, (), "they")
    assert actor.country is None


@pytest.mark.parametrize("link", ["as", "when", "because"])
def test_he_opening_an_adverbial_clause_is_the_sentence_subject(link: str) -> None:
    text = (
        "Maria Ostrova spoke on Monday. Mr Teodor Vance is stepping up his attacks on "
        f"Governor Hal Brenner's plans {link} he visits five towns."
    )
    ents = (("Maria Ostrova", "PERSON"), ("Mr Teodor Vance", "PERSON"), ("Hal Brenner", "PERSON"))
    actor = resolve_in(text, ents, "he")
    assert actor.antecedent == "Mr Teodor Vance"
