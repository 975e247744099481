"""Every PLOVER type fires on a plain sentence, with its participants."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model

CASES = [
    ("AGREE", "Jordan and Britain agreed to hold joint naval drills next year.",
     ["Jordan", "Britain"], []),
    ("CONSULT", "The Egyptian foreign minister met his Qatari counterpart in Cairo on Monday.",
     ["The Egyptian foreign minister", "his Qatari counterpart"], []),
    ("SUPPORT", "Germany praised the Tunisian government for its reforms.", ["Germany"],
     ["the Tunisian government"]),
    ("CONCEDE", "The government lifted the curfew in the capital on Sunday.",
     ["The government"], []),
    ("COOPERATE", "Israel shared intelligence with Jordan about the smuggling network.",
     ["Israel", "Jordan"], []),
    ("AID", "Japan sent humanitarian aid to Bangladesh after the cyclone.",
     ["Japan"], ["Bangladesh"]),
    ("RETREAT", "Russian troops withdrew from the town of Kherson on Friday.", ["Russian troops"],
     ["the town of Kherson"]),
    ("REQUEST", "The United Nations urged Ethiopia to allow aid convoys into Tigray.",
     ["The United Nations"], ["Ethiopia"]),
    ("ACCUSE", "The Iraqi government condemned the advance of armed factions in Syria.",
     ["The Iraqi government"], ["armed factions"]),
    ("REJECT", "Iran rejected the European proposal on Monday.", ["Iran"], ["European"]),
    ("THREATEN", "North Korea threatened to attack South Korea.", ["North Korea"], ["South Korea"]),
    ("PROTEST", "Thousands of students protested against the government in Dhaka on Friday.",
     ["Thousands of students"], ["the government in Dhaka"]),
    ("SANCTION", "The European Union imposed sanctions on Belarus on Monday.",
     ["The European Union"], ["Belarus"]),
    ("MOBILIZE", "Russia deployed troops to the border with Ukraine.", ["Russia"], ["Ukraine"]),
    ("COERCE", "Police arrested twelve opposition activists in Minsk.", ["Police"],
     ["twelve opposition activists"]),
    ("ASSAULT", "Rebels attacked an army base near Goma on Sunday, killing five soldiers.",
     ["Rebels"], ["an army base"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("event_type", "text", "actors", "recipients"), CASES, ids=[c[0] for c in CASES]
)
def test_type_fires_with_participants(
    code: Coder, event_type: str, text: str, actors: list[str], recipients: list[str]
) -> None:
    found = of_type(asserted(code(text)), event_type)
    assert found, f"no asserted {event_type} in {text!r}"
    event = found[0]
    assert [m.text for m in event.actors] == actors
    assert [m.text for m in event.recipients] == recipients
    for mention in (*event.actors, *event.recipients, event.trigger):
        assert text[mention.start : mention.end] == mention.text


def test_all_sixteen_types_are_covered() -> None:
    from sitroom.model import EVENT_TYPES

    assert sorted({case[0] for case in CASES}) == sorted(EVENT_TYPES)


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        (
            "The president spoke with his French counterpart by phone on Tuesday.",
            "CONSULT",
            "phone",
        ),
        ("Taiwan's vice foreign minister visited Russia today.", "CONSULT", "visit"),
        ("Israel released 150 Palestinian prisoners on Monday.", "RETREAT", "release"),
        ("Thousands of workers went on strike in Lagos.", "PROTEST", "strike"),
        ("Police arrested the opposition leader in Kampala.", "COERCE", "arrest"),
        ("Insurgents fired rockets at the airport in Kabul.", "ASSAULT", "heavy-weapons"),
    ],
)
def test_mode_from_trigger_and_cues(code: Coder, text: str, event_type: str, mode: str) -> None:
    found = of_type(asserted(code(text)), event_type)
    assert found and found[0].mode == mode


def test_passive_agent_is_actor_subject_is_recipient(code: Coder) -> None:
    event = of_type(code("The mayor was arrested by Turkish police on Sunday."), "COERCE")[0]
    assert [m.text for m in event.actors] == ["Turkish police"]
    assert [m.text for m in event.recipients] == ["The mayor"]


def test_light_verb_nominal_event(code: Coder) -> None:
    event = of_type(
        code("Iraq's ministerial national council held an emergency meeting on Sunday."), "CONSULT"
    )[0]
    assert event.trigger.text == "held an emergency meeting"
    assert [m.text for m in event.actors] == [
        "Iraq’s ministerial national council".replace("’", "'")
    ]


def test_noun_that_another_event_is_about_is_not_coded(code: Coder) -> None:
    found = asserted(code("France condemned the attack on the embassy."))
    assert [c.event_type for c in found] == ["ACCUSE"]


def test_characterisation_is_not_an_event(code: Coder) -> None:
    assert not asserted(code("They are viewed as a direct threat to the political system in Iraq."))


def test_coordinated_national_modifiers_give_two_participants(code: Coder) -> None:
    event = of_type(code("Senior Hungarian and Romanian officials agreed on Wednesday."), "AGREE")[
        0
    ]
    assert [m.text for m in event.actors] == ["Hungarian", "Romanian officials"]


def test_codebook_values_are_set(code: Coder) -> None:
    event = of_type(code("The European Union imposed sanctions on Belarus on Monday."), "SANCTION")[
        0
    ]
    assert event.quad == 4 and event.cameo and event.intensity == -6.0
    assert 0.0 <= event.score <= 1.0
    assert event.pattern == "sanction.impose"


@pytest.mark.parametrize(
    "text",
    [
        "The Green Party suspended two councillors over the leaked e-mails.",
        "The union expelled three members for crossing the picket line.",
    ],
)
def test_a_body_putting_out_its_own_members_is_a_sanction(code: Coder, text: str) -> None:
    found = asserted(code(text))
    assert [(c.event_type, c.mode) for c in found] == [("SANCTION", "expel")], text


def test_suspending_a_newspaper_stays_a_ban(code: Coder) -> None:
    found = asserted(code("The army suspended the opposition newspaper for a month."))
    assert [(c.event_type, c.mode) for c in found] == [("COERCE", "restrict")]
