"""Generic, comparative and personal statements code no event (docs/codebook.md,
"Generic and personal statements"); each rule has a real event that must survive."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a quantified participant: the clause restricts "any"/"most", or asks "how many"
        ("Any party that violates the truce will face consequences.", "REJECT"),
        ("It astonished us how many foreign volunteers journeyed to Chad to fight the militia.",
         "ASSAULT"),
        # comparisons
        ("Like other factions battling the army, the brigade relies on Qatar.", "ASSAULT"),
        ("It is easier to shell a town than to govern it.", "ASSAULT"),
        ("The army found it more useful to bomb the bridges than to hold them.", "ASSAULT"),
        # a capability, a state of a nominal, a disposition, a wh-question
        ("The court in Geneva, which can prosecute generals for genocide, opened in May.",
         "ACCUSE"),
        ("The evidence implicating the minister in fraud is plentiful.", "ACCUSE"),
        ("They are reluctant to send troops.", "REJECT"),
        ("Who will attack the convoy next?", "ASSAULT"),
    ],
)  # fmt: skip
def test_generic_statements_are_no_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Most rebels withdrew from the town on Monday.", "RETREAT"),
        ("Like the army, the rebels shelled the town.", "ASSAULT"),
        ("The rebels attacked the town more fiercely than before.", "ASSAULT"),
        ("The court, which convicted the general in May, is based in Geneva.", "SANCTION"),
        ("The report accusing the army of torture was released on Monday.", "ACCUSE"),
        ("The militia refused to release the prisoners.", "REJECT"),
        ("Who attacked the convoy?", "ASSAULT"),
    ],
)
def test_specific_events_survive(code: Coder, text: str, event_type: str) -> None:
    assert len(of_type(code(text), event_type)) == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # interview frames and naming requests made to the reporter
        ("The fighters and officials who agreed to interviews spoke on condition of anonymity.",
         "AGREE"),
        ("The minister declined to be interviewed.", "REJECT"),
        ("Lina, who asked that only her first name be used, said the militia left.", "REQUEST"),
        # the press, the reporter or an audience as the other party
        ("In a phone conversation with the Guardian in May, he described the town as home.",
         "CONSULT"),
        ("The minister told me that talks would resume.", "CONSULT"),
        ("Speaking to us by phone, the colonel said the town had fallen.", "CONSULT"),
        ("The mayor talked with the crowd in the square.", "CONSULT"),
        # wishes and traits
        ("Her desire to fight the militia grew.", "ASSAULT"),
        ("All he wanted was to fight the militia.", "ASSAULT"),
    ],
)  # fmt: skip
def test_personal_statements_are_no_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The ministers agreed to talks.", "AGREE"),
        ("The militia agreed to release the reporters.", "AGREE"),
        ("The president spoke to Erdogan by phone.", "CONSULT"),
        ("The general met the mourners at the cemetery.", "CONSULT"),
    ],
)
def test_political_interactions_survive(code: Coder, text: str, event_type: str) -> None:
    assert len(of_type(code(text), event_type)) == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the reporter as a party: "me" in narration, any case
        ("The commander met me in Raqqa.", "CONSULT"),
        ("He told Me that the army had burned his crops.", "CONSULT"),
        # a question from the press
        ("Asked by reporters whether he would resign, the minister shrugged.", "REQUEST"),
        ("He was asked by the BBC whether the army would withdraw.", "REQUEST"),
        # an image or recording "captures" people: a depiction
        ("The photo captured the fighters at the checkpoint.", "ASSAULT"),
        ("Footage captured the militants near the village.", "COERCE"),
        # the wish of kin or bystanders
        ("The families want the militia commanders arrested.", "COERCE"),
        # an act "sanctioned" is approved, not penalised
        ("The move was sanctioned by Washington.", "SANCTION"),
        ("The council sanctioned the operation.", "SANCTION"),
    ],
)  # fmt: skip
def test_reporting_depiction_and_wishes_are_no_events(
    code: Coder, text: str, event_type: str
) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ('"The envoy met me twice," the mayor said.', "CONSULT"),
        ("The UN asked Russia to withdraw its troops.", "REQUEST"),
        ("The police captured the gunmen on Tuesday.", "COERCE"),
        ("The army captured the fighters at the checkpoint.", "ASSAULT"),
        ("The government wants the militia commanders arrested.", "COERCE"),
        ("Washington sanctioned the generals over the massacre.", "SANCTION"),
    ],
)
def test_party_acts_beside_those_rules_survive(code: Coder, text: str, event_type: str) -> None:
    assert len(of_type(code(text), event_type)) == 1
