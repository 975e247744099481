"""Participants lost or misplaced by the parse and recovered (codebook §"Participants"):
fire named by its shooter, a misread participle after a "by" agent, a speech act coordinated
with a reported state, the theme of a handover, whose words are denied, "join X in a visit"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, roles

pytestmark = pytest.mark.model


def test_fire_named_by_its_shooter_is_an_attack(code: Coder) -> None:
    text = "Councillor Ada Brenner was gunned down by sniper fire outside her house."
    actors, recipients = roles(code, text, "gunned")
    assert (actors, recipients) == (["sniper"], ["Councillor Ada Brenner"])


def test_a_blaze_is_still_no_attack(code: Coder) -> None:
    assert not code("Two guards were killed by a fire at the depot.")


def test_agent_with_a_misread_participle(code: Coder) -> None:
    text = "Marta Kolnik was killed on Friday by a sniper hiding in her garden."
    actors, _ = roles(code, text, "killed")
    assert actors == ["sniper"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The mayor said the budget cuts were painful and urged the council to delay them.",
         "urged", "The mayor"),
        ("Ms Orrin said the figures were misleading and promised an independent review.",
         "promised", "Ms Orrin"),
    ],
)  # fmt: skip
def test_speech_act_after_a_reported_state_is_the_speakers(
    code: Coder, text: str, trigger: str, actor: str
) -> None:
    actors, _ = roles(code, text, trigger)
    assert actors == [actor]


def test_what_is_handed_over_is_no_recipient(code: Coder) -> None:
    text = "Valdoria refused to hand over three Norlandic pilots."
    actors, recipients = roles(code, text, "refused")
    assert (actors, recipients) == (["Valdoria"], [])
    _, recipients = roles(code, "The junta refused to hand over the pilots to Norland.", "refused")
    assert recipients == ["Norland"]


def test_refused_denials_stand_for_their_author(code: Coder) -> None:
    text = "The Valdorian government refuses to accept Norland's denials of any role."
    _, recipients = roles(code, text, "refuses")
    assert recipients == ["Norland"]


def test_denied_claims_stand_for_the_claimant(code: Coder) -> None:
    _, recipients = roles(code, "Her claims were denied by the interior minister.", "denied")
    assert recipients == ["Her"]


def test_joiner_and_joined_both_visit(code: Coder) -> None:
    text = "The premier will join Interior Minister Ilse Varga in a visit to Dunmore on Monday."
    actors, _ = roles(code, text, "visit")
    assert actors == ["The premier", "Interior Minister Ilse Varga"]


def test_aid_given_to_help_a_party_goes_to_it(code: Coder) -> None:
    _, recipients = roles(code, "The council will give grants to help a refugee charity.", "give")
    assert recipients == ["a refugee charity"]
    text = "The ministry gave money to the schools to help them recover."
    _, recipients = roles(code, text, "gave")
    assert recipients == ["the schools"]
