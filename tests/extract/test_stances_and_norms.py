"""Non-events of political news, second round: norms for anyone, shared views, questions,
names, standing positions, levels of support, kinds of people, policies put forward and
electoral results (docs/codebook.md, "Non-events")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.patterns import default_patterns
from sitroom.extract.senses import sense_holds
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model

LEAD = "The assembly met on Monday. "


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a norm for anyone, or a state a party should embody
        ('He told the radio station: "No mayor should ever promise a budget he cannot fund."',
         "REQUEST"),
        ('During the debate, the Green peer said: "The presidency should embody the values of'
         ' this nation."', "REQUEST"),
        # a view shared, not an agreement
        ("The foreign minister agreed the treaty was unfair but added that its effects were"
         " small.", "AGREE"),
        # a question, not a demand
        ("The senator asked the minister about the delays.", "REQUEST"),
        ("The mayor's aide was asked by councillors about the budget gap.", "REQUEST"),
        # information withheld from the press, no refusal
        (LEAD + "The minister refused to provide details of the deal.", "REJECT"),
        # a broadcaster as the addressee: sourcing, not a meeting
        ("She told ITV on Sunday that the talks had failed.", "CONSULT"),
        # standing positions, habits and levels of support
        ("The senator said students regard the dam project, which her party opposed, as"
         " central.", "REJECT"),
        ("In 2019 the union, which opposed the annexation of Velmar, told members to shun the"
         " ruling party.", "REJECT"),
        (LEAD + '"Fishermen usually agree on quotas but rarely vote together."', "AGREE"),
        ("Studies suggest support for the mayor has been falling among pensioners.",
         "SUPPORT"),
        # a kind of people
        (LEAD + '"Inmates get released early when the courts find their trials unfair," the'
         " senator said.", "RETREAT"),
        (LEAD + '"If refugees reach the border asking for shelter they will be refused entry,"'
         " the minister said.", "REQUEST"),
        # a policy put forward to the public
        (LEAD + "The government proposed new powers after the judges ruled against it.",
         "AGREE"),
        (LEAD + "Ministers had proposed abolishing the post of chief whip, but the senators"
         " rejected this.", "AGREE"),
        (LEAD + 'The senator said the Greens offered a "radical agenda".', "AGREE"),
        # a party beaten is beaten at the polls
        (LEAD + "The Greens have named ten seats where they could beat Labour.", "ASSAULT"),
    ],
)  # fmt: skip
def test_stances_and_norms_are_no_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The senator said Iran should stop enrichment.", "REQUEST"),
        ("The senator asked the minister to resign.", "REQUEST"),
        ("The army, which attacked the town on Monday, withdrew later.", "ASSAULT"),
        ("The president welcomed the decision by Iran to free the sailors.", "SUPPORT"),
        (LEAD + "Germany proposed a debt freeze last week.", "AGREE"),
        (LEAD + "The government proposed a ceasefire to the rebels.", "AGREE"),
        (LEAD + "The government proposed holding talks with the rebels.", "AGREE"),
        (LEAD + "A man beat a Labour party activist in the street.", "ASSAULT"),
        (LEAD + "The hostages are freed by the army after a raid.", "RETREAT"),
        (LEAD + "Azerbaijan said it would grant autonomy if Armenian forces pull out.",
         "RETREAT"),
    ],
)  # fmt: skip
def test_acts_beside_them_stay(code: Coder, text: str, event_type: str) -> None:
    assert len(of_type(code(text), event_type)) >= 1


@pytest.mark.parametrize(
    ("text", "word", "pattern_id", "holds"),
    [
        # a name given, nobody telephoned
        ("It matters what the envoys do, not what they are called.", "called",
         "consult.phone", False),
        ("The minister was called by his counterpart on Monday.", "called", "consult.phone",
         True),
        # "it is ADJ to talk about X": anyone talking, no meeting
        ("It is not wrong to talk about raising taxes.", "talk", "consult.talk", False),
        ("The plan was agreed after the envoys talked on Monday.", "talked", "consult.talk",
         True),
    ],
)  # fmt: skip
def test_naming_and_talk_about(
    pipeline: Language, text: str, word: str, pattern_id: str, holds: bool
) -> None:
    doc = pipeline(text)
    token = next(t for t in doc if t.text == word)
    pattern = default_patterns().by_id[pattern_id][1]
    assert sense_holds(pattern, token) is holds
