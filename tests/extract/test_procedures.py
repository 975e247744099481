"""One body's own procedure and questions put to a speaker code no event (docs/codebook.md,
"One body's own procedure", sitroom/extract/procedures.py); each rule has a real event
beside it that must survive."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # one body deliberating a topic, no counterpart
        ("The Scottish Greens will debate their rail policy at the weekend.", "CONSULT"),
        ("Lawmakers are preparing to debate a bill that opponents say would weaken the courts.",
         "AGREE"),
        ("The rail unions are united against the cuts and the Transport Workers Federation is"
         " discussing the matter next Tuesday.", "CONSULT"),
        ("The amendment will be debated by the Senate on Tuesday.", "CONSULT"),
        # a conference as setting, a body's own conference
        ("The minister resigned after he was photographed in a bar during the Liberal Party"
         " conference in Hull.", "CONSULT"),
        ("Speaking at the party's spring conference in Leeds, Mr Jones said the railways would"
         " be renationalised.", "CONSULT"),
        ("A delegate fainted at the Teamsters' conference in Ohio.", "CONSULT"),
        ("The Liberal Party will hold its autumn conference in Leeds.", "CONSULT"),
        # publishing its own proposals, an electoral appeal, a party's attraction
        ("The Green Party will announce its proposals before the summer recess.", "AGREE"),
        ("\"The Alliance Party will ask the voters for their support this spring,\" she said.",
         "REQUEST"),
        ("\"The party has to modernise and broaden its appeal,\" he said.", "REQUEST"),
        # an interviewer's question, a belief of people in general, an evaluation
        ("The mayor was asked to respond to critics who said the depot should stay open.",
         "REQUEST"),
        ("The premier was asked about the leaked memo when she appeared on the radio.",
         "REQUEST"),
        ("He was asked if union support for the minister had cost the party votes.", "SUPPORT"),
        ("\"We do not want people thinking that our soldiers beat up prisoners,\" he said.",
         "ASSAULT"),
        ("She said it was not enough for the police to investigate behind closed doors.",
         "ACCUSE"),
    ],
)  # fmt: skip
def test_own_procedures_and_questions_are_no_events(
    code: Coder, text: str, event_type: str
) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("France and Germany discussed the tariff dispute on Monday.", "CONSULT"),
        ("The minister discussed the plan with union leaders on Monday.", "CONSULT"),
        ("The Greens will hold talks with the rail minister next week.", "CONSULT"),
        ("The EU will stage a donor conference in Brussels next year.", "CONSULT"),
        ("The ambassador was asked to leave the country within 48 hours.", "REQUEST"),
        ("Ministers have been asked to explain how the figures reached a newspaper.", "REQUEST"),
        ("The opposition asked the president to resign.", "REQUEST"),
        ("Soldiers beat up prisoners in the jail, witnesses said.", "ASSAULT"),
    ],
)  # fmt: skip
def test_events_between_parties_are_kept(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) != []
