"""Recall of the trigger stage: lexical senses and nominal events with their own parties.

Each rule has a counter-example that must not fire (another sense or a non-political use).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, type_patterns


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        (
            "Egypt placed soldiers in the zone on high alert on Friday.",
            "MOBILIZE",
            "mobilize.put-on-alert",
        ),
        ("Syrian air defences downed two Israeli rockets.", "ASSAULT", "assault.down-aircraft"),
        ("Oman has restored diplomatic links with Riyadh.", "SUPPORT", "support.ties-links"),
        ("Dozens of Iraqis were turned away at the border.", "REJECT", "reject.turn-away"),
        (
            "The same week the federal appeals court upheld the entry ban.",
            "COERCE",
            "coerce.uphold-ban",
        ),
        (
            "Last year the commission began a legal case against Hungary.",
            "ACCUSE",
            "accuse.legal-case",
        ),
        (
            "Washington has cut off its backing for rebel groups.",
            "SANCTION",
            "sanction.withdraw-support",
        ),
        (
            "Washington withdrew support for the southern rebels.",
            "SANCTION",
            "sanction.withdraw-support",
        ),
    ],
)
def test_lexical_sense_fires(code: Coder, text: str, event_type: str, pattern: str) -> None:
    assert (event_type, pattern) in type_patterns(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "The teacher put the pupils on alert before the exam.",
        "The strikers downed tools at noon.",
        "The engineers restored the rail links to the port.",
        "She turned away from the window.",
        "The referee upheld the decision.",
        "In any case, the ministers will meet again.",
        "The club ended its support scheme last year.",
    ],
)
def test_other_senses_do_not_fire(code: Coder, text: str) -> None:
    new = {
        "mobilize.put-on-alert",
        "assault.down-aircraft",
        "support.ties-links",
        "reject.turn-away",
        "coerce.uphold-ban",
        "accuse.legal-case",
        "sanction.withdraw-support",
    }
    assert not {pattern for _, pattern in type_patterns(code, text)} & new


def test_nominal_act_inside_another_event_is_reported(code: Coder) -> None:
    """The incursion names its doer and target: it happened, whoever backed or condemned it."""
    for text in (
        "Paris gave tacit support to Ankara's recent military incursion into Kobane.",
        "The opposition condemned Russia's incursion into Georgia.",
    ):
        assaults = [c for c in code(text) if c.event_type == "ASSAULT"]
        assert assaults, text
        assert assaults[0].actors and assaults[0].recipients, text


def test_nominal_content_without_doer_stays_content(code: Coder) -> None:
    """ "condemned the attack on the convoy": no doer named, only the condemnation is coded."""
    types = {c.event_type for c in code("The opposition condemned the attack on the convoy.")}
    assert types == {"ACCUSE"}


def test_figurative_foray_is_not_an_incursion(code: Coder) -> None:
    found = code("Critics praised the author's foray into fiction.")
    assert not [c for c in found if c.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        (
            "Mahmoud, who was seized in March, was captured by the army.",
            "COERCE",
            "coerce.capture-party",
        ),
        ("The army said it had neutralised 20 terrorists.", "ASSAULT", "assault.neutralise"),
        (
            "Macron hosted Kurdish leaders at the palace on Thursday.",
            "CONSULT",
            "consult.host-party",
        ),
        ("A squadron of jets was redeployed to Qatar in March.", "MOBILIZE", "mobilize.deploy"),
    ],
)
def test_more_senses_fire(code: Coder, text: str, event_type: str, pattern: str) -> None:
    assert (event_type, pattern) in type_patterns(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "The photographer captured the president on camera.",
        "The chemist neutralised the acid with a base.",
        "Turkey hosts millions of Syrian refugees.",
        "The city hosted the national football teams.",
        "The airline redeployed its staff to the new terminal.",
    ],
)
def test_more_senses_counter_examples(code: Coder, text: str) -> None:
    assert not code(text)


def test_own_act_of_target_and_modal_clause(code: Coder) -> None:
    """ "of" names the target too; under a modal the noun is left to its governor."""
    found = code("The opposition condemned the Saudi bombing of Yemeni ports.")
    assert "ASSAULT" in {c.event_type for c in found}
    modal = code("The UN will investigate the Russian attack on the convoy.")
    assert {c.event_type for c in modal} == {"ACCUSE"}


def test_hosting_troops_is_not_a_meeting(code: Coder) -> None:
    found = code("The airfield near Erbil is hosting American troops.")
    assert not [c for c in found if c.pattern == "consult.host-party"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Marovia armed the Delan militia in 2015.", "Marovia", "the Delan militia"),
        # a participial adjunct of background ("a backer since 2012, arming ...")
        (
            "Marovia has been a backer of the opposition since 2012, arming rebel groups.",
            "Marovia",
            "rebel groups",
        ),
        ("The Delan militia was armed by Marovia.", "Marovia", "The Delan militia"),
    ],
)
def test_arming_a_party_is_military_aid(code: Coder, text: str, actor: str, recipient: str) -> None:
    aid = [c for c in code(text) if c.event_type == "AID"]
    assert [m.text for m in aid[0].actors] == [actor]
    assert [m.text for m in aid[0].recipients] == [recipient]
    assert aid[0].cameo == "072"


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked the village on Monday.",
        "The villagers armed themselves with rifles.",
        "The guards were armed with rifles.",
    ],
)
def test_arming_counter_examples(code: Coder, text: str) -> None:
    assert not any(c.event_type == "AID" for c in code(text))


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The retaking of Tikrit by Iraqi troops took three months.", True),
        ("Their recapturing of Tikrit took three months.", True),
        ("The retaking of the exam is scheduled for May.", False),
    ],
)
def test_retaking_a_place_is_a_capture(code: Coder, text: str, fires: bool) -> None:
    found = any(c.pattern == "assault.capture-nominal" for c in code(text))
    assert found is fires
