"""Bare generic armed nouns told of the one armed group just named (hand-made text)."""

from __future__ import annotations

from tests.resolve.test_actor_speaker import resolve_word

HAMAS = (("Hamas", "ORG"),)


def test_counted_militants_are_the_group_named_in_the_previous_sentence() -> None:
    text = "Hamas gunmen held the crossing for a week. On Friday about 40 militants surrendered."
    actor = resolve_word(text, HAMAS, "about 40 militants")
    assert (actor.country, actor.sector, actor.antecedent) == ("PSE", "REB", "Hamas")


def test_two_armed_groups_leave_the_militants_unresolved() -> None:
    text = "The SDF fought Hamas near the river. On Friday about 40 militants surrendered."
    actor = resolve_word(text, (*HAMAS, ("SDF", "ORG")), "about 40 militants")
    assert actor.country is None


def test_a_modified_noun_is_not_generic() -> None:
    text = "Hamas gunmen held the crossing for a week. On Friday foreign fighters surrendered."
    actor = resolve_word(text, HAMAS, "foreign fighters")
    assert actor.country is None


def test_a_group_named_two_sentences_before_is_out_of_reach() -> None:
    text = "Hamas held the crossing. Rain fell all day. On Friday some militants surrendered."
    actor = resolve_word(text, HAMAS, "some militants")
    assert actor.country is None
