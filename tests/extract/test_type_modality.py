"""Each of the 16 PLOVER types: a negated, a hypothetical and an attributed report.

The sentences are hand-written, one construction per flag (negated auxiliary or a
denial, a modal or a condition, a reporting clause or "according to"), so that a
type whose trigger escapes the modality or attribution rules shows up here.
"""

from __future__ import annotations

import pytest

from sitroom.model import EVENT_TYPES
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model

NEGATED = {
    "AGREE": "Jordan and Britain did not agree on a new trade deal.",
    "CONSULT": "The Egyptian foreign minister did not meet his Qatari counterpart on Monday.",
    "SUPPORT": "Germany did not endorse the Tunisian government's reform plan.",
    "CONCEDE": "The government has not lifted the curfew in the capital.",
    "COOPERATE": "Israel never shared intelligence with Jordan about the network.",
    "AID": "Japan did not send humanitarian aid to Bangladesh.",
    "RETREAT": "Russian troops did not withdraw from the town on Friday.",
    "REQUEST": "The United Nations did not urge Ethiopia to open the roads.",
    "ACCUSE": "The Iraqi government did not condemn the raid on the border post.",
    "REJECT": "Iran did not reject the European proposal on Monday.",
    "THREATEN": "North Korea did not threaten to attack South Korea.",
    "PROTEST": "Students did not protest against the government in Dhaka on Friday.",
    "SANCTION": "The European Union did not impose sanctions on Belarus.",
    "MOBILIZE": "Russia has not deployed troops to the border with Ukraine.",
    "COERCE": "Police did not arrest the opposition activists in Minsk.",
    "ASSAULT": "The army denied that its soldiers attacked the village near Goma.",
}

HYPOTHETICAL = {
    "AGREE": "Jordan and Britain could agree on a new trade deal if talks go well.",
    "CONSULT": "The Egyptian foreign minister might meet his Qatari counterpart in Cairo.",
    "SUPPORT": "Germany could endorse the Tunisian government's reform plan.",
    "CONCEDE": "The government might lift the curfew in the capital.",
    "COOPERATE": "Israel could share intelligence with Jordan if the talks succeed.",
    "AID": "Japan could send humanitarian aid to Bangladesh.",
    "RETREAT": "If the talks fail, Russian troops might withdraw from the town.",
    "REQUEST": "The United Nations could urge Ethiopia to open the roads.",
    "ACCUSE": "The Iraqi government could condemn the raid on the border post.",
    "REJECT": "Iran might reject the European proposal.",
    "THREATEN": "North Korea could threaten to attack South Korea.",
    "PROTEST": "Students might protest against the government in Dhaka.",
    "SANCTION": "The European Union could impose sanctions on Belarus.",
    "MOBILIZE": "Russia could deploy troops to the border with Ukraine.",
    "COERCE": "Police might arrest the opposition activists in Minsk.",
    "ASSAULT": "If the ceasefire collapses, rebels could attack the army base near Goma.",
}

ATTRIBUTED = {
    "AGREE": ("Jordan and Britain agreed to hold joint naval drills, the ministry said.",
              "the ministry"),
    "CONSULT": ("The Egyptian foreign minister met his Qatari counterpart in Cairo on Monday, "
                "according to state television.", "state television"),
    "SUPPORT": ("Germany praised the Tunisian government for its reforms, officials said.",
                "officials"),
    "CONCEDE": ("The government lifted the curfew in the capital, the state news agency said.",
                "the state news agency"),
    "COOPERATE": ("Israel shared intelligence with Jordan about the network, a diplomat said.",
                  "a diplomat"),
    "AID": ("Japan sent humanitarian aid to Bangladesh, according to the foreign ministry.",
            "the foreign ministry"),
    "RETREAT": ("Russian troops withdrew from the town on Friday, the governor said.",
                "the governor"),
    "REQUEST": ("The United Nations urged Ethiopia to open the roads, a spokesman said.",
                "a spokesman"),
    "ACCUSE": ("The Iraqi government condemned the raid on the border post, the statement said.",
               "the statement"),
    "REJECT": ("Iran rejected the European proposal on Monday, state media said.",
               "state media"),
    "THREATEN": ("North Korea threatened to attack South Korea, according to the news agency.",
                 "the news agency"),
    "PROTEST": ("Thousands of students protested against the government in Dhaka, "
                "witnesses said.", "witnesses"),
    "SANCTION": ("The European Union imposed sanctions on Belarus, diplomats said.",
                 "diplomats"),
    "MOBILIZE": ("Russia deployed troops to the border with Ukraine, the Pentagon said.",
                 "the Pentagon"),
    "COERCE": ("Police arrested twelve opposition activists in Minsk, a rights group said.",
               "a rights group"),
    "ASSAULT": ("Rebels attacked an army base near Goma on Sunday, the army said.", "the army"),
}  # fmt: skip


def test_every_type_has_all_three_cases() -> None:
    assert set(NEGATED) == set(HYPOTHETICAL) == set(ATTRIBUTED) == set(EVENT_TYPES)


@pytest.mark.parametrize("event_type", sorted(NEGATED))
def test_negated(code: Coder, event_type: str) -> None:
    found = of_type(code(NEGATED[event_type]), event_type)
    assert found, f"no {event_type} at all in {NEGATED[event_type]!r}"
    assert all(c.flags.negated for c in found)


@pytest.mark.parametrize("event_type", sorted(HYPOTHETICAL))
def test_hypothetical(code: Coder, event_type: str) -> None:
    found = of_type(code(HYPOTHETICAL[event_type]), event_type)
    assert found, f"no {event_type} at all in {HYPOTHETICAL[event_type]!r}"
    assert all(c.flags.hypothetical and not c.flags.negated for c in found)


@pytest.mark.parametrize("event_type", sorted(ATTRIBUTED))
def test_attributed(code: Coder, event_type: str) -> None:
    text, source = ATTRIBUTED[event_type]
    found = of_type(code(text), event_type)
    assert found, f"no {event_type} in {text!r}"
    event = found[0]
    assert not (event.flags.negated or event.flags.hypothetical)
    assert (event.attributed_to or "").lower().endswith(source.split()[-1].lower())


def test_unvoiced_conditional_guess_stays_hypothetical(code: Coder) -> None:
    """The writer's "could ... if" is no one's threat; a source's is (PLOVER THREATEN)."""
    guess = code("If the truce collapses, the militia could attack the airport.")
    assert of_type(guess, "ASSAULT") and not of_type(guess, "THREATEN")
    voiced = code("The militia could attack the airport if the truce collapses, its leader said.")
    assert of_type(voiced, "THREATEN")
