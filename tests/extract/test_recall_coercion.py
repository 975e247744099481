"""Recall of coercion, hostage-taking and routine diplomatic frames outside the core verbs.

Each rule has a counter-example that must not fire (another sense or no party acting).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, type_patterns


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        (
            "The junta has curbed relief deliveries to the northern valleys.",
            "COERCE",
            "coerce.restrict-relief",
        ),
        ("Militia guards sealed off the camp on Thursday.", "COERCE", "coerce.seal-off"),
        ("The army cut off the district on Monday.", "COERCE", "coerce.cut-off-area"),
        ("Security guards kicked out two fans holding a banner.", "COERCE", "coerce.kick-out"),
        ("Police have banned the march planned for Sunday.", "COERCE", "coerce.ban-act"),
        ("Kurdish forces are guarding 900 detainees.", "COERCE", "coerce.hold-detainees"),
        ("The militants are holding 30 hostages in a mosque.", "ASSAULT", "assault.hold-hostages"),
        (
            "The fighters are using hundreds of villagers as human shields.",
            "ASSAULT",
            "assault.human-shields",
        ),
        (
            "Diplomats liaised with the Egyptian authorities on her behalf.",
            "CONSULT",
            "consult.liaise",
        ),
        (
            "The premier engaged in telephone diplomacy with the leaders of Peru and Chile.",
            "CONSULT",
            "consult.phone-diplomacy",
        ),
        ("Moscow said it had postponed the peace conference in Yalta.", "REJECT", "reject.cancel"),
        ("Warsaw put the border summit on hold.", "REJECT", "reject.put-on-hold"),
    ],
)
def test_coercion_and_diplomatic_frames_fire(
    code: Coder, text: str, event_type: str, pattern: str
) -> None:
    assert (event_type, pattern) in type_patterns(code, text)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("Heavy rains limited relief deliveries to the valleys.", "coerce.restrict-relief"),
        ("The envelope was sealed off with tape.", "coerce.seal-off"),
        ("The judge threw out the case against the mayor.", "coerce.kick-out"),
        ("He was kicked out of the squad after the match.", "coerce.kick-out"),
        ("Her job was to liaise with journalists covering the war.", "consult.liaise"),
        ("The hostages have been freed by the police.", "assault.hold-hostages"),
    ],
)
def test_coercion_and_diplomatic_counter_examples(code: Coder, text: str, pattern: str) -> None:
    assert pattern not in {p for _, p in type_patterns(code, text)}
