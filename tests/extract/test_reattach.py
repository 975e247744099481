"""Participants through misparses the small model makes, on hand-built parses (so that each
repair is tested whatever the model does with the sentence)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.extract.arguments import mentions, role_heads
from sitroom.extract.phrases import conjuncts
from sitroom.extract.subjects import subject_of

pytestmark = pytest.mark.model

# (word, tag, dependency, head index, entity IOB) rows.
Row = tuple[str, str, str, int, str]
POS = {"VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBZ": "VERB",
       "VBP": "AUX", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "DT": "DET",
       "IN": "ADP", "CC": "CCONJ", "CD": "NUM", ",": "PUNCT", "POS": "PART", "TO": "PART",
       "PRP$": "PRON"}  # fmt: skip


def _doc(pipeline: Language, rows: list[Row]) -> Doc:
    """A parse as the small model builds it (its vocabulary gives lower-case forms)."""
    words, tags, deps, heads, ents = (list(column) for column in zip(*rows, strict=True))
    pos = [POS[tag] for tag in tags]
    return Doc(pipeline.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, ents=ents)


def _texts(doc: Doc, heads: list[int]) -> list[str]:
    return [m.text for m in mentions(doc[i] for i in heads)]


def test_conjunct_after_a_clause_on_the_noun_belongs_inside_the_clause(pipeline: Language) -> None:
    # "socialists fighting rebels [under the aegis of X] and allies": "allies" is X's conjunct.
    doc = _doc(pipeline, [
        ("socialists", "NNS", "ROOT", 0, "O"), ("fighting", "VBG", "acl", 0, "O"),
        ("rebels", "NNS", "dobj", 1, "O"), ("and", "CC", "cc", 0, "O"),
        ("allies", "NNS", "conj", 0, "O"),
    ])  # fmt: skip
    assert [t.text for t in conjuncts(doc[0])] == ["socialists"]


def test_participle_hung_on_a_middle_member_modifies_the_whole_list(pipeline: Language) -> None:
    # "a group of miners, students and teachers fighting rebels", "fighting" on "students".
    doc = _doc(pipeline, [
        ("group", "NN", "ROOT", 0, "O"), ("of", "IN", "prep", 0, "O"),
        ("miners", "NNS", "pobj", 1, "O"), (",", ",", "punct", 0, "O"),
        ("students", "NNS", "conj", 0, "O"), ("and", "CC", "cc", 4, "O"),
        ("teachers", "NNS", "conj", 4, "O"), ("fighting", "VBG", "acl", 4, "O"),
        ("rebels", "NNS", "dobj", 7, "O"),
    ])  # fmt: skip
    assert [t.text for t in subject_of(doc[7])] == ["group"]


def test_bare_verb_joined_to_a_finite_one_continues_the_modal_clause(pipeline: Language) -> None:
    # "the minister said the army would hold the town, continue to fight rebels"
    doc = _doc(pipeline, [
        ("minister", "NN", "nsubj", 1, "O"), ("said", "VBD", "ROOT", 1, "O"),
        ("army", "NN", "nsubj", 4, "O"), ("would", "MD", "aux", 4, "O"),
        ("hold", "VB", "ccomp", 1, "O"), ("town", "NN", "dobj", 4, "O"),
        (",", ",", "punct", 1, "O"), ("continue", "VB", "conj", 1, "O"),
        ("to", "TO", "aux", 9, "O"), ("fight", "VB", "xcomp", 7, "O"),
        ("rebels", "NNS", "dobj", 9, "O"),
    ])  # fmt: skip
    assert [t.text for t in subject_of(doc[9])] == ["army"]


def test_bare_verb_joined_to_a_finite_one_continues_the_bare_clause_below(
    pipeline: Language,
) -> None:
    # "watching rebels try to seize not just the port, but attack the town, angered me"
    doc = _doc(pipeline, [
        ("family", "NN", "nsubj", 1, "O"), ("are", "VBP", "ROOT", 1, "O"),
        ("watching", "VBG", "conj", 1, "O"), ("rebels", "NNS", "nsubj", 4, "O"),
        ("try", "VB", "ccomp", 2, "O"), ("to", "TO", "aux", 6, "O"),
        ("seize", "VB", "xcomp", 4, "O"), ("port", "NN", "dobj", 6, "O"),
        (",", ",", "punct", 1, "O"), ("but", "CC", "cc", 1, "O"),
        ("attack", "VB", "conj", 1, "O"), ("town", "NN", "dobj", 10, "O"),
    ])  # fmt: skip
    assert [t.text for t in subject_of(doc[10])] == ["rebels"]


def test_fronted_participle_parsed_as_a_clausal_subject(pipeline: Language) -> None:
    # "Thanking his hosts, the envoy made no mention ..."
    doc = _doc(pipeline, [
        ("Thanking", "VBG", "csubj", 4, "O"), ("hosts", "NNS", "dobj", 0, "O"),
        (",", ",", "punct", 4, "O"), ("envoy", "NN", "nsubj", 4, "O"),
        ("made", "VBD", "ROOT", 4, "O"), ("mention", "NN", "dobj", 4, "O"),
    ])  # fmt: skip
    assert [t.text for t in subject_of(doc[0])] == ["envoy"]


def test_title_parsed_as_head_of_a_possessed_apposition(pipeline: Language) -> None:
    # "with the premier Berg's backers, Sweden and Finland"
    doc = _doc(pipeline, [
        ("with", "IN", "ROOT", 0, "O"), ("the", "DT", "det", 2, "O"),
        ("premier", "NN", "pobj", 0, "O"), ("Berg", "NNP", "poss", 5, "B-PERSON"),
        ("'s", "POS", "case", 3, "O"), ("backers", "NNS", "appos", 2, "O"),
        (",", ",", "punct", 5, "O"), ("Sweden", "NNP", "conj", 5, "B-GPE"),
        ("and", "CC", "cc", 7, "O"), ("Finland", "NNP", "conj", 7, "B-GPE"),
    ])  # fmt: skip
    assert _texts(doc, [2]) == ["Berg 's backers", "Sweden", "Finland"]


def test_thing_coordinated_with_a_party_is_no_party(pipeline: Language) -> None:
    # "their aims and the defence of the valley"
    doc = _doc(pipeline, [
        ("their", "PRP$", "poss", 1, "O"), ("aims", "NNS", "ROOT", 1, "O"),
        ("and", "CC", "cc", 1, "O"), ("the", "DT", "det", 4, "O"),
        ("defence", "NN", "conj", 1, "O"), ("of", "IN", "prep", 4, "O"),
        ("valley", "NN", "pobj", 5, "O"),
    ])  # fmt: skip
    assert _texts(doc, [1]) == ["their aims"]


def test_place_a_party_comes_from_is_not_whom_the_act_is_taken_from(pipeline: Language) -> None:
    # "Berg, a mother of two from Oslo, was seized"
    doc = _doc(pipeline, [
        ("Berg", "NNP", "nsubjpass", 10, "B-PERSON"), (",", ",", "punct", 0, "O"),
        ("a", "DT", "det", 3, "O"), ("mother", "NN", "appos", 0, "O"),
        ("of", "IN", "prep", 3, "O"), ("two", "CD", "pobj", 4, "O"),
        ("from", "IN", "prep", 5, "O"), ("Oslo", "NNP", "pobj", 6, "B-GPE"),
        (",", ",", "punct", 0, "O"), ("was", "VBD", "auxpass", 10, "O"),
        ("seized", "VBN", "ROOT", 10, "O"),
    ])  # fmt: skip
    assert role_heads(doc[10], "from", frame=doc[10]) == []
