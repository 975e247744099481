"""Recall of judicial and quasi-judicial acts: verdicts, sentences served, pleas, rulings
against a party, dismissed appeals, legal appeals and court battles, rebutted criticism,
inquiries into a party's conduct and complaints to the police.

Each rule has a counter-example that must not fire (another sense or no party).
"""

from __future__ import annotations

import pytest

from sitroom.model import EventCandidate
from tests.extract.conftest import Coder, type_patterns


def _one(code: Coder, text: str, pattern: str) -> EventCandidate:
    [event] = [c for c in code(text) if c.pattern == pattern]
    return event


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        (
            "A jury in Dunmore found the former mayor guilty of fraud.",
            "SANCTION",
            "sanction.found-guilty",
        ),
        (
            "The Kestrel council leader was found guilty of taking bribes.",
            "SANCTION",
            "sanction.found-guilty",
        ),
        (
            "The rebel commander is serving a life sentence for the bombing.",
            "SANCTION",
            "sanction.serve-sentence",
        ),
        (
            "Former minister Ivo Brandt pleaded not guilty to the charges.",
            "REJECT",
            "reject.plead-innocent",
        ),
        ("The tribunal ruled against the Valdorian ministry.", "ACCUSE", "accuse.rule-against"),
        (
            "The Supreme Court threw out the Valdorian government's appeal.",
            "REJECT",
            "reject.dismiss-appeal",
        ),
        (
            "The High Court dismissed an appeal by the Home Office.",
            "REJECT",
            "reject.dismiss-appeal",
        ),
        (
            "The union will appeal against the Kestrel council's decision.",
            "ACCUSE",
            "accuse.appeal-against",
        ),
        (
            "The union lodged an appeal against the Kestrel council's decision.",
            "ACCUSE",
            "accuse.legal-challenge",
        ),
        (
            "The tenants are locked in a court battle with the Ministry of Defence.",
            "ACCUSE",
            "accuse.legal-case",
        ),
        ("The Valdorian ministry dismissed the criticism.", "REJECT", "reject.deny-charge"),
        (
            "The ombudsman is looking at the minister's conduct over the contracts.",
            "ACCUSE",
            "accuse.look-at-conduct",
        ),
        (
            "The ombudsman is examining the minister's dealings with the firm.",
            "ACCUSE",
            "accuse.examine-conduct",
        ),
        ("Police began delving into the killings of three farmers.", "ACCUSE", "accuse.delve"),
        (
            "The Justice Ministry is reviewing whether the mayor broke the law.",
            "ACCUSE",
            "accuse.review-whether",
        ),
        (
            "The opposition referred the minister to the police.",
            "ACCUSE",
            "accuse.report-to-police",
        ),
        (
            "Labour campaigners handed the leaflets to police.",
            "ACCUSE",
            "accuse.evidence-to-police",
        ),
    ],
)
def test_judicial_acts_code(code: Coder, text: str, event_type: str, pattern: str) -> None:
    assert (event_type, pattern) in type_patterns(code, text)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("The jury found the former mayor not guilty of fraud.", "sanction.found-guilty"),
        ("Former minister Ivo Brandt pleaded guilty to the charges.", "reject.plead-innocent"),
        (
            "The rebel leader, who is serving a life sentence, called for calm.",
            "sanction.serve-sentence",
        ),
        ("The minister served a second term in office.", "sanction.serve-sentence"),
        ("The rebel leader died while serving his sentence.", "sanction.serve-sentence"),
        ("The referee ruled against the striker.", "accuse.rule-against"),
        ("The minister dismissed the Kestrel council's appeal.", "reject.dismiss-appeal"),
        ("The charity appealed against violence at the border.", "accuse.appeal-against"),
        ("Ministers looked at the options.", "accuse.look-at-conduct"),
        ("The ministry is reviewing whether the rules should change.", "accuse.review-whether"),
        # a party's plans looked at, no wrong: only a wrongdoing verb makes an inquiry
        ("Officials are examining whether Norland will keep its pledge.", "accuse.review-whether"),
        ("The book delves into the history of the region.", "accuse.delve"),
        ("The museum handed the paintings to the gallery.", "accuse.evidence-to-police"),
    ],
)
def test_other_senses_do_not_code(code: Coder, text: str, pattern: str) -> None:
    assert pattern not in {p for _, p in type_patterns(code, text)}


def test_verdict_convicts_the_defendant(code: Coder) -> None:
    event = _one(
        code, "A jury in Dunmore found the former mayor guilty of fraud.", "sanction.found-guilty"
    )
    assert (event.mode, [m.text for m in event.actors]) == ("convict", ["A jury"])
    assert [m.text for m in event.recipients] == ["the former mayor"]


def test_dismissed_appeal_is_refused_to_its_mover(code: Coder) -> None:
    event = _one(
        code,
        "The Supreme Court threw out the Valdorian government's appeal.",
        "reject.dismiss-appeal",
    )
    assert [m.text for m in event.actors] == ["The Supreme Court"]
    assert [m.text for m in event.recipients] == ["the Valdorian government"]


def test_inquiry_into_conduct_names_its_owner(code: Coder) -> None:
    event = _one(
        code, "The ombudsman launched an inquiry into the minister's conduct.", "accuse.nominal"
    )
    assert (event.mode, [m.text for m in event.recipients]) == ("investigate", ["the minister"])


def test_dismissed_criticism_answers_its_critic(code: Coder) -> None:
    event = _one(
        code, "The spokesman dismissed the criticism from the opposition.", "reject.deny-charge"
    )
    assert [m.text for m in event.recipients] == ["the opposition"]
