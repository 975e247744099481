"""Participants named by context: a request answered, a sent text, a leader, a defender."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _parties(code: Coder, text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = of_type(asserted(code(text)), event_type)
    assert found, f"no asserted {event_type} in {text!r}"
    return [m.text for m in found[0].actors], [m.text for m in found[0].recipients]


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        ("The union urged the ministers to resign. They refused.", "The union"),
        ("The rebels had called on Russia to protect them. However, Russia refused.", "The rebels"),
        ("Peru appealed to Chile to reopen the border. Chile declined.", "Peru"),
    ],
)
def test_bare_refusal_answers_the_request_before(code: Coder, text: str, requester: str) -> None:
    _, recipients = _parties(code, text, "REJECT")
    assert recipients == [requester]


@pytest.mark.parametrize(
    "text",
    [
        "Peru appealed to Chile to reopen the border. Bolivia declined.",  # not the one asked
        "Peru reopened the border on Monday. Chile refused.",  # nothing was asked
        # Another name of the state is the resolver's knowledge, not read by extraction.
        "Peru had called on Chile to protect them. However, Santiago refused.",
    ],
)
def test_refusal_without_matching_request_has_no_requester(code: Coder, text: str) -> None:
    _, recipients = _parties(code, text, "REJECT")
    assert "Peru" not in recipients


def test_who_fends_off_an_offensive_is_its_target(code: Coder) -> None:
    actors, recipients = _parties(
        code, "Kurdish fighters fended off the Elbonian offensive.", "ASSAULT"
    )
    assert recipients == ["Kurdish fighters"]
    assert actors == ["Elbonian"]


def test_time_is_no_target_of_a_repelled_attack(code: Coder) -> None:
    _, recipients = _parties(code, "The defenders repelled a rebel assault on Sunday.", "ASSAULT")
    assert recipients == ["The defenders"]


def test_sent_text_speaks_for_its_sender(code: Coder) -> None:
    actors, recipients = _parties(
        code, "Jets dropped leaflets urging the rebels to surrender.", "REQUEST"
    )
    assert actors == ["Jets"]
    assert recipients == ["the rebels"]


def test_participle_on_an_agent_is_its_own(code: Coder) -> None:
    actors, _ = _parties(code, "Villagers urging the army to leave blocked the road.", "REQUEST")
    assert actors == ["Villagers"]


def test_leader_of_talks_takes_part(code: Coder) -> None:
    text = "The UN-brokered talks between the rebels and the government collapsed."
    actors, _ = _parties(code, text, "CONSULT")
    assert "UN" in actors


def test_cooperation_of_a_party_with_another(code: Coder) -> None:
    text = "The cooperation of the police with the army angered the rebels."
    actors, _ = _parties(code, text, "COOPERATE")
    assert set(actors) == {"the police", "the army"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The president vowed to crush the Elbonian army.", ["the Elbonian army"]),
        ("The president vowed to send Elbonian troops to the border.", []),  # one's own force
    ],
)
def test_threatened_party_marked_by_a_name(code: Coder, text: str, target: list[str]) -> None:
    _, recipients = _parties(code, text, "THREATEN")
    assert recipients == target


def test_possessor_after_curly_apostrophe(code: Coder) -> None:
    text = (
        "Their aim seems divergent from their Elbonian patrons’ focus on attacking Kurdish troops."
    )
    actors, _ = _parties(code, text, "ASSAULT")
    assert actors == ["their Elbonian patrons"]
    text = "The talks’ focus on arming the militias worried Oslo."
    assert not any("talks" in m.text for c in code(text) for m in c.actors)


def test_who_leads_an_attack_carried_it_out(code: Coder) -> None:
    actors, _ = _parties(
        code, "Karim was thought to be killed in a French-led bombing of Velna in 2016.", "ASSAULT"
    )
    assert actors == ["French"]


def test_backing_an_attack_is_not_carrying_it_out(code: Coder) -> None:
    found = of_type(code("Karim was hurt in a French-backed bombing of Velna in 2016."), "ASSAULT")
    assert all("French" not in [m.text for m in c.actors] for c in found)


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        ("Dozens of students were detained on Friday when riot police stormed the campus.",
         "riot police"),
        ("Ames was arrested on 3 May while visiting the port of Kelso, when armed police "
         "raided his hotel.", "armed police"),
        ("The activists were detained as soldiers searched the camp.", "soldiers"),
    ],
)  # fmt: skip
def test_arrest_by_the_body_of_a_when_clause(code: Coder, text: str, taker: str) -> None:
    actors, _ = _parties(code, text, "COERCE")
    assert actors == [taker]


@pytest.mark.parametrize(
    "text",
    [
        "He was detained when protesters stormed the building.",  # not a body that arrests
        "He was arrested after police raided his flat.",  # another act before it
    ],
)
def test_no_arrester_from_other_clauses(code: Coder, text: str) -> None:
    found = of_type(asserted(code(text)), "COERCE")
    assert found and not found[0].actors
