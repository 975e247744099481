"""The victim or the weapon is never the attacker: reduced passives, a harm verb coordinated
with a transitive act, and drones with no owner."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitroom.extract.clauses import reduced_passive
from sitroom.extract.subjects import subject_of
from tests.extract.conftest import Coder, of_type


def _coordinated(participle: str, lemma: str) -> Doc:
    """ "Two guards were <participle> and struck the post": the parse the small model gives
    "were killed after a rocket struck the post" (the weapon in the "after" phrase)."""
    return Doc(
        Vocab(),
        words=["Two", "guards", "were", participle, "and", "struck", "the", "post", "."],
        heads=[1, 3, 3, 3, 3, 3, 7, 5, 3],
        deps=["nummod", "nsubjpass", "auxpass", "ROOT", "cc", "conj", "det", "dobj", "punct"],
        tags=["CD", "NNS", "VBD", "VBN", "CC", "VBD", "DT", "NN", "."],
        pos=["NUM", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["two", "guard", "be", lemma, "and", "strike", "the", "post", "."],
    )


@pytest.mark.parametrize(("participle", "lemma"), [("killed", "kill"), ("wounded", "wound")])
def test_who_was_killed_does_not_strike_in_a_coordinated_verb(participle: str, lemma: str) -> None:
    doc = _coordinated(participle, lemma)
    assert subject_of(doc[5]) == []


def test_a_passive_subject_still_acts_in_a_conjunct_after_other_verbs() -> None:
    # "were arrested and struck the warden": the arrested ones struck.
    doc = _coordinated("arrested", "arrest")
    assert [t.text for t in subject_of(doc[5])] == ["guards"]


def _relative(*, with_object: bool) -> Doc:
    """ "the volunteer killed in a raid" ("killed" tagged VBD), or "the volunteer killed him"."""
    if with_object:
        words, heads, deps = ["the", "volunteer", "killed", "him"], [1, 1, 1, 2], ["dobj"]
    else:
        words, heads, deps = ["the", "volunteer", "killed", "in"], [1, 1, 1, 2], ["prep"]
    return Doc(Vocab(), words=words, heads=heads, deps=["det", "ROOT", "acl", *deps],
               tags=["DT", "NN", "VBD", "IN"])  # fmt: skip


def test_a_participle_tagged_as_past_tense_is_a_reduced_passive() -> None:
    assert reduced_passive(_relative(with_object=False)[2])
    assert not reduced_passive(_relative(with_object=True)[2])


@pytest.mark.model
def test_the_noun_a_harm_participle_modifies_is_not_the_killer(code: Coder) -> None:
    text = "The second Dutch volunteer killed in a raid on the camp was named by his family."
    actors = [m.text for c in of_type(code(text), "ASSAULT") for m in c.actors]
    assert not any("volunteer" in a for a in actors)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Three officers were killed by drones last year.", []),
        ("A drone struck a police post near the village of Ardan.", []),
        ("The drones struck a police post near the village of Ardan.", ["The drones"]),
    ],
)
def test_a_drone_without_owner_is_a_weapon(code: Coder, text: str, actors: list[str]) -> None:
    found = of_type(code(text), "ASSAULT")
    assert found, text
    assert [m.text for m in found[0].actors] == actors


def test_who_was_killed_fighting_did_the_fighting() -> None:
    # "three men killed fighting the militia": the small model's parse ("killed" an acl
    # tagged VBD, "fighting" its xcomp); the men were killed and were the ones fighting.
    doc = Doc(
        Vocab(),
        words=["among", "three", "men", "killed", "fighting", "the", "militia", "."],
        heads=[0, 2, 0, 2, 3, 6, 4, 0],
        deps=["ROOT", "nummod", "pobj", "acl", "xcomp", "det", "dobj", "punct"],
        tags=["IN", "CD", "NNS", "VBD", "VBG", "DT", "NN", "."],
        pos=["ADP", "NUM", "NOUN", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["among", "three", "man", "kill", "fight", "the", "militia", "."],
    )
    assert reduced_passive(doc[3])
    assert [t.text for t in subject_of(doc[4])] == ["men"]
