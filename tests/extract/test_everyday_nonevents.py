"""Non-events of everyday political news: social ills fought, powers and classes described,
documents as doers, tasks undertaken, shots fired skyward (docs/codebook.md, "Non-events")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a social ill as the only object: a policy aim, no party fought
        ('"We must fight crime with every tool we have," the minister said.', "ASSAULT"),
        ("Mr Odell said nations had to work with Velmar to fight global terror.", "ASSAULT"),
        # a power or right, what a class of people can do or undergo
        ("The council plans to hire 900 wardens who can't arrest anyone.", "COERCE"),
        ("The commission has the power to suspend or bar him from office.", "COERCE"),
        ("The new rules would allow all councils to give wardens the power to detain suspects.",
         "COERCE"),
        ("Any foreign citizen suspected of links with the cartel can be detained or can opt to"
         " leave.", "COERCE"),
        ("Rangers can now use firm force to detain suspected poachers for an hour.", "COERCE"),
        # a document or finding as doer
        ("While the figures provided support for Velorian bonds, the markets weakened.",
         "SUPPORT"),
        ("The Velorian Reform Bill proposes new powers to the ministry.", "AGREE"),
        # a task undertaken, not a promise
        ("The two judges, who undertook major reviews on prisons and courts, were honoured.",
         "AGREE"),
        # weapons fired into the air
        ("The dancers cheered and the men fired their rifles into the air.", "ASSAULT"),
    ],
)  # fmt: skip
def test_everyday_non_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Velmar undertook to withdraw its troops from the border by June.", "AGREE"),
        ("Troops fought the cartel near Gao on Tuesday.", "ASSAULT"),
        ("The guards fired their rifles at the crowd on Monday.", "ASSAULT"),
        ("The police detained 40 suspects in Gao on Monday.", "COERCE"),
        ("The commission used its power to bar him from office on Monday.", "COERCE"),
        ("Police can confirm they arrested two men on Monday.", "COERCE"),
        ("Bill proposes a truce to the rebels.", "AGREE"),
    ],
)
def test_real_acts_stay(code: Coder, text: str, event_type: str) -> None:
    assert len(of_type(code(text), event_type)) >= 1
