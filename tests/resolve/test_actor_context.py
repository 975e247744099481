"""A name read with the words around it: a person's title, before or after the name."""

from __future__ import annotations

from tests.resolve.test_coref import resolve_in


def test_office_in_apposition_gives_sector_and_the_sentence_gives_country() -> None:
    text = "Jamal Karimi, the party chairman, defended the British decision. Karimi spoke"
    ents = (("Jamal Karimi", "PERSON"), ("British", "NORP"), ("Karimi", "PERSON"))
    first = resolve_in(text, ents, "Jamal Karimi")
    assert (first.country, first.sector) == ("GBR", "PTY")
    later = resolve_in(text, ents, "Karimi")
    assert (later.country, later.sector, later.antecedent) == ("GBR", "PTY", "Jamal Karimi")


def test_title_before_the_name_resolves_through_the_person() -> None:
    text = "The plan was backed by the party chairman, Jamal Karimi, in the British parliament"
    ents = (("Jamal Karimi", "PERSON"), ("British", "NORP"))
    actor = resolve_in(text, ents, "the party chairman")
    assert (actor.country, actor.sector, actor.antecedent) == ("GBR", "PTY", "Jamal Karimi")


def test_office_without_a_state_in_its_sentence_keeps_the_sector_for_the_surname() -> None:
    text = "Iraq and Iran met. Later the party chairman, Jamal Karimi, spoke. Karimi left"
    ents = (("Iraq", "GPE"), ("Iran", "GPE"), ("Jamal Karimi", "PERSON"), ("Karimi", "PERSON"))
    actor = resolve_in(text, ents, "Karimi")
    assert (actor.country, actor.sector) == (None, "PTY")


def test_clause_after_a_comma_is_no_title() -> None:
    text = "Asked again, Jamal Karimi, said he rejected Isis, and left. He was tired"
    ents = (("Jamal Karimi", "PERSON"), ("Isis", "ORG"))
    actor = resolve_in(text, ents, "He")
    assert (actor.country, actor.antecedent) == (None, "Jamal Karimi")


def test_organisation_before_a_comma_is_no_title() -> None:
    text = "Speaking to the BBC, Jamal Karimi said he had left. He was tired"
    actor = resolve_in(text, (("BBC", "ORG"), ("Jamal Karimi", "PERSON")), "He")
    assert actor.country is None
