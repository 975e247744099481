"""Which participants name one party, and merging that refuses two parties' acts
(docs/codebook.md, One event, several mentions). Invented names and sentences."""

from __future__ import annotations

import pytest

from sitroom.extract import merge_parties
from sitroom.model import Mention
from tests.extract.conftest import Coder, of_type


def _party(text: str, *, label: str | None = None) -> merge_parties.Party:
    return merge_parties.party(Mention(text, 0, len(text), label))


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Vladko Perin", "Perin", True),  # a shared name
        ("the rebels", "Marovian rebels", True),  # a bare head restates a qualified one
        ("regime forces", "the Marovian regime forces", True),
        ("the alliance\u2019s council", "The Northern Alliance", True),  # an organ acts for it
        ("Three missiles", "the third missile", True),  # ordinals pick one of a set
        ("Kurdish fighters", "Isis fighters", False),  # other qualifying names
        ("Marovian forces", "pro-regime forces", False),  # an alignment qualifies
        ("the new force", "Marovian forces", False),  # "new", "another": another party
        ("two bombers", "another bomber", False),
        ("the foreign minister", "any foreign government", False),  # a common adjective
        ("Marovian-backed militias", "a Marovian airstrike", False),  # a patron is not a party
        ("Perin\u2019s guards", "Perin\u2019s advisers", False),  # two parts of one owner
        ("The United States", "Arab states", False),
        ("Trade Minister Lars Holm", "Foreign Minister Anna Berg", False),  # only a title
        ("Defence Secretary", "Foreign Secretary", False),  # two offices
        ("Foreign Minister Anna Berg", "the Foreign Minister", True),
    ],
)
def test_same_party(first: str, second: str, same: bool) -> None:
    assert merge_parties.same_party(_party(first), _party(second)) is same
    assert merge_parties.same_party(_party(second), _party(first)) is same


@pytest.mark.parametrize("text", ["its members", "their leaders", "I", "them"])
def test_pronouns_and_pronoun_possessed_parts_name_no_party(text: str) -> None:
    assert _party(text).head is None


def test_a_capital_opening_the_sentence_is_not_a_name() -> None:
    opening = merge_parties.party(Mention("Insurgents", 0, 10), positional=True)
    assert not opening.names and opening.head == "insurgent"
    assert _party("the Insurgents").names  # inside the phrase it is one


@pytest.mark.model
def test_an_actorless_mention_does_not_bridge_two_actors(code: Coder) -> None:
    text = ("The regional assembly voted unanimously for a ceasefire on Saturday. The shelling "
            "increased pressure on Governor Halden to restrain his militias. In a call on "
            "Sunday, two senators urged Halden to end the siege.")  # fmt: skip
    actors = sorted(m.text for e in of_type(code(text), "REQUEST") for m in e.actors)
    assert actors == ["The regional assembly", "two senators"], actors


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kurdish fighters shelled the village of Amara. Later, Isis fighters shelled the "
         "village again.", 2),
        ("Tarvian-backed rebels overran the town of Oska. A Tarvian airstrike hit a convoy "
         "near the town.", 2),
        ("Marovian fighters shelled the village of Amara. The fighters shelled the village "
         "again on the next day.", 1),
    ],
)  # fmt: skip
def test_acts_of_two_parties_stay_two(code: Coder, text: str, count: int) -> None:
    assert len(of_type(code(text), "ASSAULT")) == count


@pytest.mark.model
def test_the_earliest_mention_is_the_evidence(code: Coder) -> None:
    text = ("Police arrested two editors in the capital. The police detained the two editors "
            "during a long raid on the offices of their weekly paper, the union said.")  # fmt: skip
    found = of_type(code(text), "COERCE")
    assert [e.sentence_index for e in found] == [0]
    assert found[0].attributed_to is None  # the attribution stays with its sentence


@pytest.mark.model
def test_a_later_mention_naming_the_actor_represents_the_event(code: Coder) -> None:
    text = "Dozens of civilians were killed in the port. Militiamen of the Red Hand killed them."
    found = of_type(code(text), "ASSAULT")
    assert len(found) == 1 and found[0].sentence_index == 1


@pytest.mark.model
def test_nearby_means_near_any_mention_of_the_event(code: Coder) -> None:
    text = ("Dozens of soldiers were killed in attacks near the border. They targeted a "
            "convoy at dawn. Two bombers from the Red Hand detonated explosives beside the "
            "trucks.")  # fmt: skip
    found = of_type(code(text), "ASSAULT")
    assert len(found) == 1, [e.trigger.text for e in found]
    assert found[0].sentence_index == 0 and len(found[0].restatements) >= 2


@pytest.mark.model
def test_a_group_pronoun_of_a_source_is_that_source(code: Coder) -> None:
    text = ("The Red Hand said it had killed four soldiers near the dam. Volunteers of the "
            "Blue League were fighting beside the army in the valley.")  # fmt: skip
    assert len(of_type(code(text), "ASSAULT")) == 2
