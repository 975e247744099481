"""Trigger rules on hand-built parses (no model): nominal events, absorption, passives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitroom.extract.arguments import mentions, role_heads
from sitroom.extract.patterns import default_patterns
from sitroom.extract.triggers import find


def parse(
    words: list[str], lemmas: list[str], pos: list[str], deps: list[str], heads: list[int]
) -> Doc:
    # A blank English vocab gives lexical attributes (lower case) without loading a model.
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads)


def test_light_verb_noun_is_the_event_and_verb_gives_the_actor() -> None:
    # "Rebels launched an offensive"
    doc = parse(
        ["Rebels", "launched", "an", "offensive"],
        ["rebel", "launch", "an", "offensive"],
        ["NOUN", "VERB", "DET", "NOUN"],
        ["nsubj", "ROOT", "det", "dobj"],
        [1, 1, 3, 1],
    )
    [match] = find(doc[:], default_patterns())
    assert (match.event_type, match.token.text, match.frame.text) == (
        "ASSAULT",
        "offensive",
        "launched",
    )
    actors = role_heads(match.token, "subject", frame=match.frame)
    assert [m.text for m in mentions(actors)] == ["Rebels"]


def test_content_of_threat_is_not_a_separate_event() -> None:
    # "Hamas threatened to attack Israel": one THREATEN, the attack is its content.
    doc = parse(
        ["Hamas", "threatened", "to", "attack", "Israel"],
        ["Hamas", "threaten", "to", "attack", "Israel"],
        ["PROPN", "VERB", "PART", "VERB", "PROPN"],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
        [1, 1, 3, 1, 3],
    )
    assert [m.event_type for m in find(doc[:], default_patterns())] == ["THREATEN"]


def test_noun_that_is_a_characterisation_is_not_coded() -> None:
    # "They are a threat"
    doc = parse(
        ["They", "are", "a", "threat"],
        ["they", "be", "a", "threat"],
        ["PRON", "AUX", "DET", "NOUN"],
        ["nsubj", "ROOT", "det", "attr"],
        [1, 1, 3, 1],
    )
    assert find(doc[:], default_patterns()) == []


def test_passive_by_phrase_is_the_subject_role() -> None:
    # "The mayor was arrested by police"
    doc = parse(
        ["The", "mayor", "was", "arrested", "by", "police"],
        ["the", "mayor", "be", "arrest", "by", "police"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
        [1, 3, 3, 3, 3, 4],
    )
    [match] = find(doc[:], default_patterns())
    assert match.event_type == "COERCE"
    assert [t.text for t in role_heads(match.token, "subject", frame=match.frame)] == ["police"]
    assert [t.text for t in role_heads(match.token, "object", frame=match.frame)] == ["mayor"]
