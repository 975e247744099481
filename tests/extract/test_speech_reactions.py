"""Verbal reactions about another party, second pass: announced harm is THREATEN, an act
another party is said to owe is REQUEST, "called/advocated for X to V" asks X, and a
judgement voiced in a passive or an extraposed clause is ACCUSE."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, by_pattern

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The Ruritanian foreign minister warned that Elbonia would pay a heavy price for "
         "the incursion.", "Elbonia"),
        ("The ministry said the rebels would face the consequences of their refusal.",
         "the rebels"),
    ],
)  # fmt: skip
def test_harm_announced_to_a_party_is_threaten(code: Coder, text: str, recipient: str) -> None:
    found = by_pattern(code, text, "threaten.harm-announced")
    assert [(t, r) for t, _, r in found] == [("THREATEN", [recipient])]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the government would pay the salaries next week.",  # no harm
        "The farmer said the harvest would suffer from the drought.",  # no party
        "Ruritania said it would suffer heavy losses.",  # the speaker itself
    ],
)
def test_no_harm_to_another_party_no_threat(code: Coder, text: str) -> None:
    assert by_pattern(code, text, "threaten.harm-announced") == []


def test_act_owed_by_another_party_is_request(code: Coder) -> None:
    text = "The Bolivian minister said Chile must withdraw its troops from the border."
    assert by_pattern(code, text, "request.deontic") == [
        ("REQUEST", ["The Bolivian minister"], ["Chile"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The league's spokesman said flags must be within size restrictions.",  # a rule
        "The family wrote that a man like their son should not go to prison.",  # private
        "He argued that Bolivian fighters should be excluded from returning.",  # passive
        "The envoy insisted that the Kurds should have their own delegation.",  # a claim
    ],
)
def test_no_party_owing_an_act_no_request(code: Coder, text: str) -> None:
    assert by_pattern(code, text, "request.deontic") == []


@pytest.mark.parametrize(
    "text",
    [
        "The agency called for Peru to release the detainees.",
        "The agency advocated for Peru to release the detainees.",
    ],
)
def test_call_for_a_party_to_act_asks_it(code: Coder, text: str) -> None:
    found = code(text)
    assert [(c.event_type, [r.text for r in c.recipients]) for c in found] == [
        ("REQUEST", ["Peru"])
    ]  # the release asked for is not coded as one


def test_waiting_for_a_party_asks_nothing(code: Coder) -> None:
    assert not [
        c for c in code("Protesters waited for the police to leave.") if c.event_type == "REQUEST"
    ]


def test_judge_of_a_passive_description_is_the_accuser(code: Coder) -> None:
    text = (
        "The move was described as \u201cvery alarming\u201d by the Bolivian ambassador, "
        "Juan Ortiz."
    )
    found = by_pattern(code, text, "accuse.describe-as")
    assert [(t, a) for t, a, _ in found] == [("ACCUSE", ["the Bolivian ambassador"])]


def test_extraposed_judgement_names_the_judged_party(code: Coder) -> None:
    text = "The minister said it was unacceptable for Chile to keep its troops at the border."
    assert by_pattern(code, text, "accuse.say-judged") == [("ACCUSE", ["The minister"], ["Chile"])]


def test_a_call_the_demand_was_made_in_stays_a_consult(code: Coder) -> None:
    # Only the clause said is a speech act's content, not the meeting it was said in.
    found = code(
        "The minister said in a meeting with the Elbonian envoy that Quito must withdraw "
        "its troops."
    )
    assert sorted(c.event_type for c in found) == ["CONSULT", "REQUEST"]


def test_extraposed_judgement_beside_an_appended_apposition(code: Coder) -> None:
    # The parser takes the appended "- a reference to ..." for the verb's object.
    text = (
        "He argued it was unacceptable for foreign troops to remain in the country "
        "\u2013 a reference to Elbonian soldiers in the north."
    )
    found = by_pattern(code, text, "accuse.say-judged")
    assert [(t, r) for t, _, r in found] == [("ACCUSE", ["foreign troops"])]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian officials said they must guard the river crossings.",
        "The Elbonian ministry said they would face the consequences.",
        "The Elbonian rebels said they would pay a heavy price.",
        "Andrea Vasquez said she would face the consequences of her vote.",
        "The Bolivian minister said he must withdraw from the race.",
    ],
)
def test_a_pronoun_agreeing_with_the_speaker_is_the_speaker(code: Coder, text: str) -> None:
    found = [c for c in code(text) if c.pattern in {"request.deontic", "threaten.harm-announced"}]
    assert found == []


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("The Bolivian minister said they must withdraw their troops.", "request.deontic"),
        ("The Elbonian army said he would pay a heavy price for the incursion.",
         "threaten.harm-announced"),
    ],
)  # fmt: skip
def test_a_pronoun_of_another_number_is_another_party(code: Coder, text: str, pattern: str) -> None:
    assert [t for t, _, _ in by_pattern(code, text, pattern)] == [
        "REQUEST" if pattern == "request.deontic" else "THREATEN"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Elbonia would pay for the rebuilding of the bridges.",
        "The minister said Elbonia would receive a response to its letter.",
    ],
)
def test_paying_a_bill_or_receiving_a_reply_is_no_harm(code: Coder, text: str) -> None:
    assert by_pattern(code, text, "threaten.harm-announced") == []


def test_paying_dearly_for_it_is_harm(code: Coder) -> None:
    text = "The minister warned that Elbonia would pay dearly for the incursion."
    assert [t for t, _, _ in by_pattern(code, text, "threaten.harm-announced")] == ["THREATEN"]
