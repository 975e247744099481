"""Events beside another event's phrase (adjuncts, coordination, own agents, answered
appeals), attack nominals after "under", the noun "fight", and senses of protest, send
back and defend (docs/codebook.md, "Triggers"; invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _types(code: Coder, text: str) -> set[str]:
    return {e.event_type for e in asserted(code(text))}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # A fronted adjunct of an absorbing trigger is no content of it.
        (
            "In a phone call to Ankara on Friday, the Danish premier urged Erdogan to "
            "release the journalists.",
            "CONSULT",
        ),
        # A gerund after a time preposition is its own act.
        (
            "Before storming the valley in May, the Ruritanian army ordered the villagers "
            "to leave.",
            "ASSAULT",
        ),
        ("The Ruritanian general urged calm during talks with the rebels on Monday.", "CONSULT"),
        # A participle with its own agent is that agent's act.
        (
            "Oslo accused Stockholm of hiding the documents, a charge denied by Stockholm.",
            "REJECT",
        ),
        # A predicate coordinated with the absorbing trigger is a second event.
        (
            "The envoy said Lisbon had accused Madrid of bad faith and delivered an ultimatum.",
            "THREATEN",
        ),
        # An owned appeal answered or ignored was made.
        ("The UN's calls for a truce have been ignored.", "REQUEST"),
        # "under attack from X": X attacks.
        ("The convoy came under attack from the militia.", "ASSAULT"),
        ("The Kurds have led the fight against the cartel since 2019.", "ASSAULT"),
        # A state's protest is diplomatic.
        ("Warsaw protested at the pact signed by Minsk.", "ACCUSE"),
        ("Students protested at the pact.", "PROTEST"),
        ("The army sent troops back to the border to face the rebels.", "MOBILIZE"),
        # Armed defence against a named attack is fighting.
        ("The militia defended their homeland from Ruritanian attack.", "ASSAULT"),
        ("The minister defended his colleague against the charges.", "SUPPORT"),
        ("Oslo recalled its ambassador.", "SANCTION"),
    ],
)
def test_event_is_coded(code: Coder, text: str, event_type: str) -> None:
    assert event_type in _types(code, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # Inside the content of the request, the call is what is asked for.
        ("The Danish premier urged Erdogan to hold a phone call with Athens.", "CONSULT"),
        # A gerund after "for" under another event is its reason.
        ("The court jailed the commander for storming the valley.", "ASSAULT"),
        # The participle's purpose stays the protest's content.
        (
            "Students staged a demonstration to protest the decision of sending troops to Mali.",
            "MOBILIZE",
        ),
        # A participle with its agent on a thing stays inside the demand.
        ("Farmers staged a sit-in to demand the return of land seized by the army.", "COERCE"),
        # An appeal without an owner names no requester.
        ("The calls for a truce have been ignored.", "REQUEST"),
        ("The town is under the control of the militia.", "ASSAULT"),
        # A cause fought against, or a fight with no side fighting, is no war.
        ("The senator joined the fight against corruption.", "ASSAULT"),
        ("The fight against the cartel continues.", "ASSAULT"),
        ("Warsaw protested at the pact signed by Minsk.", "PROTEST"),
        ("Students protested at the pact.", "ACCUSE"),
        # Returned to be tried: no deployment.
        ("Denmark sent the two captured fighters back to Norway to face trial.", "MOBILIZE"),
        ("The militia defended their homeland from Ruritanian attack.", "SUPPORT"),
        # A policy defended in words is no party supported.
        ("The minister defended the new policy.", "SUPPORT"),
        # What is talked of (with no partner) is a topic, not an act.
        ("Oslo talked of recalling its ambassador.", "SANCTION"),
    ],
)
def test_event_is_not_coded(code: Coder, text: str, event_type: str) -> None:
    assert event_type not in _types(code, text)


def test_owner_of_ignored_appeal_is_the_requester(code: Coder) -> None:
    [request] = of_type(code("The UN's calls for a truce have been ignored."), "REQUEST")
    assert [a.text for a in request.actors] == ["The UN"]


def test_attacker_after_under_is_the_actor(code: Coder) -> None:
    [attack] = of_type(code("The convoy came under attack from the militia."), "ASSAULT")
    assert [a.text for a in attack.actors] == ["the militia"]
