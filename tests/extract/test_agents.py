"""Agent tests on hand-built ``Doc``s: which tokens can head a participant (no model)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitroom.extract.agents import (
    agent_noun,
    entity_end,
    entity_start,
    forms,
    is_agent,
    is_word,
    name_tokens,
)


def _doc(words: list[str], pos: list[str], ents: list[str] | None = None) -> Doc:
    lemmas = [w.lower() for w in words]
    return Doc(Vocab(), words=words, pos=pos, lemmas=lemmas, ents=ents or ["O"] * len(words))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("government", True),  # listed
        ("protesters", True),  # agentive suffix
        ("activists", True),
        ("servicemen", True),
        ("signing", False),  # an event
        ("report", False),  # a document
        ("border", False),  # "-er" but no agent
        ("statement", False),  # "-ent" but no agent
        ("call", False),
    ],
)
def test_agent_noun_lexicon_and_suffixes(word: str, expected: bool) -> None:
    doc = _doc(["the", word], ["DET", "NOUN"])
    assert agent_noun(doc[1]) is expected


@pytest.mark.parametrize(
    ("words", "pos", "ents", "index", "expected"),
    [
        (["France", "said"], ["PROPN", "VERB"], ["B-GPE", "O"], 0, True),
        (["they", "met"], ["PRON", "VERB"], None, 0, True),
        (["something", "happened"], ["PRON", "VERB"], None, 0, False),  # refers to no party
        (["arrested", "12"], ["VERB", "NUM"], ["O", "B-CARDINAL"], 1, False),  # a count
        (["the", "Memorandum"], ["DET", "PROPN"], ["O", "B-WORK_OF_ART"], 1, False),
        (["the", "police"], ["DET", "NOUN"], None, 1, True),
        (["the", "building"], ["DET", "NOUN"], None, 1, False),
    ],
)
def test_is_agent_names_pronouns_and_nouns(
    words: list[str], pos: list[str], ents: list[str] | None, index: int, expected: bool
) -> None:
    assert is_agent(_doc(words, pos, ents)[index]) is expected


def test_name_tokens_cover_the_whole_entity_without_possessive() -> None:
    doc = _doc(
        ["Barack", "Obama", "'s", "visit"],
        ["PROPN", "PROPN", "PART", "NOUN"],
        ["B-PERSON", "I-PERSON", "I-PERSON", "O"],
    )
    doc[2].dep_ = "case"
    assert (entity_start(doc[1]), entity_end(doc[0])) == (0, 2)
    assert [t.text for t in name_tokens(doc[0])] == ["Barack", "Obama"]
    assert [t.text for t in name_tokens(doc[3])] == ["visit"]


def test_a_word_matches_by_its_form_or_its_lemma() -> None:
    words, lemmas = ["Ministers", "Met"], ["minister", "meet"]
    doc = Doc(English().vocab, words=words, pos=["NOUN", "VERB"], lemmas=lemmas)
    assert forms(doc[0]) == {"ministers", "minister"}
    assert is_word(doc[0], frozenset({"minister"}))  # by its lemma
    assert is_word(doc[1], frozenset({"met"}))  # as written, lower case
    assert not is_word(doc[1], frozenset({"meeting"}))
