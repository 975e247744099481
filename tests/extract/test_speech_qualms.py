"""Criticism without a core accuse verb (PLOVER ACCUSE): a stance of disapproval voiced
about a party's act ("expressed concern about X's offensive"), blame assigned ("held X
responsible for the killings"), an act said to strike at what a party holds ("was an
attack on our sovereignty"), a label the parser hangs apart ("described the move as
provocative", "as a 'rogue state' by Y") and ridicule."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, by_pattern

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pattern", "actor", "recipient"),
    [
        ("The Elbonian foreign ministry expressed serious concern about the Ruritanian troop "
         "build-up.", "accuse.voice-concern", "The Elbonian foreign ministry",
         "the Ruritanian troop build-up"),
        ("The opposition leader voiced strong reservations about a Ruritanian plan to build a "
         "dam.", "accuse.voice-concern", "The opposition leader", "Ruritanian"),
        ("The Elbonian minister said he was concerned about Ruritania's new offensive.",
         "accuse.be-concerned", "he", "Ruritania"),
    ],
)  # fmt: skip
def test_voiced_concern_about_a_party_act_is_accuse(
    code: Coder, text: str, pattern: str, actor: str, recipient: str
) -> None:
    assert by_pattern(code, text, pattern) == [("ACCUSE", [actor], [recipient])]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania had legitimate concerns over its border security.",  # held, not voiced
        "The aid agency expressed concern for the safety of the hostages.",  # a worry
        "Residents were concerned about the flooding.",  # no party's act
        "The committee concerned with the Ruritanian plan met on Monday.",  # "concerned with"
        "The envoy expressed concern about the refugees in the camps.",  # people, no act
    ],
)
def test_worry_without_a_party_act_is_no_accuse(code: Coder, text: str) -> None:
    assert not [
        c for c in code(text) if c.pattern in {"accuse.voice-concern", "accuse.be-concerned"}
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        ("Elbonia held Ruritania responsible for the shelling of the border villages.",
         "Elbonia", ["Ruritania"]),
        ("The rebels said they held both Quito and Lima accountable for the killings.",
         "they", ["Quito", "Lima"]),
    ],
)  # fmt: skip
def test_holding_a_party_responsible_is_accuse(
    code: Coder, text: str, actor: str, recipients: list[str]
) -> None:
    assert by_pattern(code, text, "accuse.hold-responsible") == [("ACCUSE", [actor], recipients)]


@pytest.mark.parametrize(
    "text",
    [
        "The general was held responsible for security in the capital.",  # a task
        "The council held the mayor responsible for organising the parade.",  # a task
    ],
)
def test_responsibility_for_a_task_is_no_accuse(code: Coder, text: str) -> None:
    assert by_pattern(code, text, "accuse.hold-responsible") == []


def test_said_responsible_for_a_harm_is_accuse(code: Coder) -> None:
    text = "The ministry said Ruritania was responsible for the deaths of six soldiers."
    assert by_pattern(code, text, "accuse.say-judged") == [
        ("ACCUSE", ["The ministry"], ["Ruritania"])
    ]
    task = "\u201cThe alliance is responsible for finding the missing,\u201d the envoy said."
    assert by_pattern(code, task, "accuse.say-judged") == []


def test_an_attack_on_sovereignty_is_a_charge(code: Coder) -> None:
    text = (
        "The Ruritanian blockade was a flagrant attack on Elbonian sovereignty, the ministry said."
    )
    assert by_pattern(code, text, "accuse.say-judged") == [
        ("ACCUSE", ["the ministry"], ["The Ruritanian blockade"])
    ]
    neutral = "The raid was an attack on a fuel depot, the ministry said."
    assert by_pattern(code, neutral, "accuse.say-judged") == []


def test_as_label_hung_on_the_object_still_judges(code: Coder) -> None:
    # The parser hangs "as provocative" on "move" here.
    text = (
        "The Peruvian trade minister, Ana Ruiz, giving her yearly press briefing, described "
        "the US move as provocative and unilateral."
    )
    found = by_pattern(code, text, "accuse.describe-as")
    assert [(t, a) for t, a, _ in found] == [("ACCUSE", ["The Peruvian trade minister"])]


def test_quoted_label_with_a_by_judge(code: Coder) -> None:
    text = (
        "The Ruritanian plan was described as a \u201cterror state\u201d by the Elbonian president."
    )
    found = by_pattern(code, text, "accuse.describe-as")
    assert [(t, a) for t, a, _ in found] == [("ACCUSE", ["the Elbonian president"])]


def test_ridicule_is_disapproval(code: Coder) -> None:
    found = by_pattern(
        code, "The Elbonian opposition ridiculed the Ruritanian proposal.", "accuse.condemn"
    )
    assert [(t, a) for t, a, _ in found] == [("ACCUSE", ["The Elbonian opposition"])]


def test_a_cause_raising_concern_voices_nothing(code: Coder) -> None:
    # "raise" is no light verb: its subject is often what gave rise to the concern.
    text = "The Ruritanian looting raised concerns about the Elbonian offensive."
    assert not [c for c in code(text) if c.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("The Velorian minister said the Osrian shelling was a violation of the ceasefire.", True),
        ("The Velorian minister said the Osrian shelling was a flagrant violation.", True),
        ("The Velorian minister said the Osrian shelling was a violation of the timetable.",
         False),  # a breach of what no party holds
    ],
)  # fmt: skip
def test_a_violation_is_a_charge_only_of_what_a_party_holds(
    code: Coder, text: str, judged: bool
) -> None:
    assert bool(by_pattern(code, text, "accuse.say-judged")) is judged
