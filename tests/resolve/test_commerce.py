"""Company and market business is no political event (docs/codebook.md, "Non-events";
invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.model import Actor, EventCandidate, Mention, Span
from sitroom.resolve import commerce
from sitroom.run.pipeline import analyze_text

TEXT = "Harbridge Corp. agreed to sell its snack unit for $40 million."


def _candidate(event_type: str, *mentions: Mention) -> EventCandidate:
    return EventCandidate(
        event_type=event_type, sentence_index=0, sentence=Span(0, len(TEXT)),
        trigger=Mention("agreed", 16, 22), pattern="t", actors=mentions,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("event_type", "actors", "market"),
    [
        ("AGREE", (Actor("Harbridge Corp."),), True),  # a company name
        ("SUPPORT", (Actor("Investors", sector="BUS"),), True),
        ("RETREAT", (Actor("its chief financial officer", sector="BUS"),), True),
        ("AGREE", (Actor("Harbridge"),), True),  # an unknown name selling a unit
        ("AGREE", (Actor("it"),), True),
        ("AGREE", (Actor("Harbridge Corp."), Actor("the regulator", sector="GOV")), False),
        ("AGREE", (Actor("Harbridge Corp."), Actor("the union", sector="LAB")), False),
        ("AGREE", (Actor("Ruritania", country="RUR"),), False),
        # A business lobby the knowledge base knows is a party.
        ("SUPPORT", (Actor("the CBI", sector="BUS", id="inst:gbr-cbi"),), False),
        # A bank was bombed: a target; shares were hit: the market.
        ("ASSAULT", (Actor("the bank", sector="BUS"),), False),
        ("ASSAULT", (Actor("Harbridge shares"),), True),
        ("ACCUSE", (Actor("Harbridge Corp."),), False),  # not a type of the rule
    ],
)
def test_market_only(event_type: str, actors: tuple[Actor, ...], market: bool) -> None:
    candidate = _candidate(event_type)
    assert commerce.market_only(candidate, actors, text=TEXT) is market


def test_unknown_names_need_a_transaction() -> None:
    text = "Harbridge agreed to end the dispute with Pellmore."
    candidate = EventCandidate(
        event_type="AGREE", sentence_index=0, sentence=Span(0, len(text)),
        trigger=Mention("agreed", 10, 16), pattern="t",
    )  # fmt: skip
    assert not commerce.market_only(candidate, (Actor("Harbridge"),), text=text)


def test_a_state_named_is_a_party_even_unresolved() -> None:
    soviets = Mention("the Soviets", 0, 11, "NORP")
    candidate = _candidate("CONSULT", soviets)
    parties = (Actor("the company", sector="BUS"), Actor("the Soviets", start=0, end=11))
    assert not commerce.market_only(candidate, parties, text=TEXT)


def test_rules_are_validated(tmp_path: Path) -> None:
    bad = tmp_path / "commerce.yml"
    bad.write_text("version: 1\ntypes: [BUYOUT]\n")
    with pytest.raises(ConfigError, match="commerce"):
        commerce.rules(bad)


@pytest.mark.model
def test_company_deals_are_not_stored_but_a_regulator_blocking_one_is() -> None:
    text = (
        "Harbridge Foods Corp. said it agreed to buy the snack unit of Pellmore Ltd. for "
        "$40 million. Investors welcomed the move. The competition authority rejected "
        "Harbridge's bid for Pellmore."
    )
    events = analyze_text(text, published="2020-05-04").events
    assert [e.event_type for e in events] == ["REJECT"]
    assert events[0].actor[0].sector == "GOV"


@pytest.mark.model
def test_a_company_officer_is_business_not_military() -> None:
    text = "Harbridge Corp.'s chief financial officer, Tom Ruddle, resigned on Monday."
    assert analyze_text(text, published="2020-05-04").events == ()


def test_a_national_business_sector_is_business() -> None:
    industry = Mention("British industry", 0, 16, "NORP")
    actor = Actor("British industry", country="GBR", sector="BUS", start=0, end=16)
    assert commerce.market_only(_candidate("REQUEST", industry), (actor,), text=TEXT)


@pytest.mark.parametrize(
    "actor",
    [
        Actor("The agency's former chief executive", sector="BUS"),  # a public body
        Actor("Business groups", sector="BUS"),  # an organised interest
        Actor("him"),  # unresolved: may hold an office
    ],
)
def test_public_bodies_lobbies_and_persons_keep_the_event(actor: Actor) -> None:
    assert not commerce.market_only(_candidate("SUPPORT"), (actor,), text=TEXT)
