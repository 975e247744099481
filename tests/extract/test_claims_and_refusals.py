"""Claimed conflict acts as accusations (type rule 7: who may accuse, who may be accused),
refusals to yield and denied obligations as REJECT (rule 5), warned intentions as threats
(rule 3) (docs/codebook.md, Modality)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _texts(mentions: tuple) -> list[str]:
    return [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        # a plain plural or collective claimant, a definite or owned group accused
        ("Villagers claimed that the militia was blocking them from leaving.", "Villagers",
         "the militia"),
        ("Witnesses claimed that the police beat the marchers.", "Witnesses", "the police"),
        ("Residents claimed that government forces shelled the market.", "Residents",
         "government forces"),
        ("Pinland claimed that Varesian troops attacked the border town.", "Pinland",
         "Varesian troops"),
    ],
)  # fmt: skip
def test_claimed_conflict_act_is_the_claimants_accusation(
    code: Coder, text: str, accuser: str, accused: str
) -> None:
    found = of_type(asserted(code(text)), "ACCUSE")
    assert found and found[0].mode == "allege"
    assert _texts(found[0].actors) == [accuser]
    assert _texts(found[0].recipients) == [accused]


@pytest.mark.parametrize(
    "text",
    [
        # the writer is no accuser
        "We claimed that the army shelled the town.",
        # unknown, indefinite or bare perpetrators: no one to accuse
        "Residents claimed that unidentified gunmen attacked the village.",
        "The group claimed that militants regained control of the ridge.",
        # the claimant's own men: a claim of responsibility
        "The front claimed that its fighters recaptured the villages.",
        # a count of victims: a casualty report relayed from the party
        "The movement claimed that 31 members were kidnapped by the Taliban.",
    ],
)
def test_claims_that_accuse_no_one(code: Coder, text: str) -> None:
    found = code(text)
    assert found, "the claimed act should still be found"
    assert not of_type(found, "ACCUSE")
    assert not asserted(found)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they would not withdraw from the hill.",
        "The minister insisted that the army would never release the prisoners.",
    ],
)
def test_announced_refusal_to_yield_is_reject(code: Coder, text: str) -> None:
    found = asserted(code(text))
    rejects = of_type(found, "REJECT")
    assert rejects and rejects[0].mode == "yield"
    assert not of_type(found, "RETREAT")


def test_unvoiced_negated_future_retreat_keeps_its_type(code: Coder) -> None:
    found = code("The rebels will not withdraw from the hill.")
    assert not of_type(found, "REJECT")
    assert of_type(found, "RETREAT")[0].flags.negated


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania denied on Monday that it was bound to observe the truce.",
        "The ministry said the army was not obliged to withdraw from the valley.",
    ],
)
def test_denied_obligation_is_a_refusal(code: Coder, text: str) -> None:
    found = asserted(code(text))
    assert of_type(found, "REJECT")
    assert not of_type(found, "RETREAT")


def test_writers_legal_statement_is_no_refusal(code: Coder) -> None:
    found = code("Ruritania is not bound to observe the truce.")
    assert not of_type(found, "REJECT")


def test_warned_intention_is_a_threat(code: Coder) -> None:
    text = "The president warned that his troops intended to advance on the port of Velka."
    threats = of_type(asserted(code(text)), "THREATEN")
    assert threats and threats[0].flags.future


def test_warned_outcome_is_no_threat(code: Coder) -> None:
    text = "The envoy warned that the militia might attack the port of Velka."
    found = code(text)
    assert not of_type(found, "THREATEN")
    assert not asserted(found)
