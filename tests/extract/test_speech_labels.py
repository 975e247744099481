"""Labels and named speakers: "called the governor a traitor" is ACCUSE of the labelled
party; a speech-act noun with its speaker in a "from"/"by" phrase ("a request from the
mayor", "allegations made by the rebels") is that speaker's act, even inside another event."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, by_pattern

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Senator Kell called the governor a traitor.", "Senator Kell", "the governor"),
        ("The opposition leader described the finance minister as a liar and a coward.",
         "The opposition leader", "the finance minister"),
        ("The union branded the mayor a fraud.", "The union", "the mayor"),
    ],
)  # fmt: skip
def test_a_dysphemistic_label_of_a_party_is_accuse(
    code: Coder, text: str, actor: str, recipient: str
) -> None:
    assert by_pattern(code, text, "accuse.describe-as") == [("ACCUSE", [actor], [recipient])]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The senator branded the governor's decision \"reckless\".", "The senator",
         "the governor"),
        ("Lady Orme branded the minister's actions \"stupid and evil\".", "Lady Orme",
         "the minister"),
    ],
)  # fmt: skip
def test_a_quoted_predicate_after_the_object_judges_it(
    code: Coder, text: str, actor: str, recipient: str
) -> None:
    """The parser hangs a quoted predicate adjective on the object noun (amod)."""
    assert by_pattern(code, text, "accuse.describe-as") == [("ACCUSE", [actor], [recipient])]


def test_a_prenominal_adjective_is_no_predicate(code: Coder) -> None:
    text = "The mayor called the reckless drivers of the city."
    assert by_pattern(code, text, "accuse.describe-as") == []


@pytest.mark.parametrize(
    "text",
    [
        "The council described the plan as a traitor to its roots.",  # no party labelled
        "The coach called the striker a genius.",  # praise
        "The minister said the governor was not a traitor.",  # denied
    ],
)
def test_no_label_of_a_party_no_accuse(code: Coder, text: str) -> None:
    assert [t for t, _, _ in by_pattern(code, text, "accuse.describe-as")] == []
    assert [t for t, _, _ in by_pattern(code, text, "accuse.say-judged")] == []


def test_a_label_in_a_reported_clause_is_accuse(code: Coder) -> None:
    found = by_pattern(code, "The senator told reporters that the governor was a liar.",
                       "accuse.say-judged")  # fmt: skip
    assert found == [("ACCUSE", ["The senator"], ["the governor"])]


def test_a_request_from_a_named_speaker_was_made(code: Coder) -> None:
    text = "The ministry is still considering a request from the mayor to move the summit."
    found = [c for c in code(text) if c.pattern == "request.nominal"]
    assert [[a.text for a in c.actors] for c in found] == [["the mayor"]]
    assert not found[0].flags.hypothetical


def test_allegations_made_by_a_party_are_its_accusation(code: Coder) -> None:
    found = [
        c
        for c in code("The army denied the allegations made by the rebels.")
        if c.pattern == "accuse.nominal"
    ]
    assert [[a.text for a in c.actors] for c in found] == [["the rebels"]]
    assert not found[0].flags.negated


@pytest.mark.parametrize(
    "text",
    [
        "The army denied the allegations.",  # no speaker named
        "The minister rejected the demand for reform.",
    ],
)
def test_a_speech_noun_without_its_speaker_stays_content(code: Coder, text: str) -> None:
    patterns = {c.pattern for c in code(text)}
    assert not patterns & {"accuse.nominal", "request.nominal"}


def test_a_named_denial_is_reject(code: Coder) -> None:
    found = by_pattern(code, "Despite a denial from the ministry, the report was published.",
                       "reject.denial")  # fmt: skip
    assert found == [("REJECT", ["the ministry"], [])]
    assert by_pattern(code, "Despite denials, the report was published.", "reject.denial") == []


def test_a_complaint_from_a_party_is_its_accusation(code: Coder) -> None:
    found = by_pattern(code, "The ministry rejected a complaint from the union.", "accuse.nominal")
    assert found == [("ACCUSE", ["the union"], [])]


def test_a_range_from_a_party_is_no_speaker(code: Coder) -> None:
    text = "He made a series of criticisms about his colleagues from the minister down."
    assert all(
        "the minister" not in actors for _, actors, _ in by_pattern(code, text, "accuse.nominal")
    )


@pytest.mark.parametrize(
    ("text", "pattern", "actor", "recipient"),
    [
        ("The senator went on the offensive over the governor's plan.",
         "accuse.on-the-offensive", "The senator", "the governor"),
        ("The minister rounded on his critics.", "accuse.round-on", "The minister",
         "his critics"),
        ("The senator poured scorn on the governor's plan.", "accuse.pour-scorn", "The senator",
         "the governor"),
    ],
)  # fmt: skip
def test_idioms_of_verbal_attack_are_accuse(
    code: Coder, text: str, pattern: str, actor: str, recipient: str
) -> None:
    assert by_pattern(code, text, pattern) == [("ACCUSE", [actor], [recipient])]


@pytest.mark.parametrize(
    "text",
    [
        "The army went on the offensive over the weekend.",
        "The army went on the offensive against the rebels.",
        "The chef poured sauce on the plate.",
    ],
)
def test_fighting_or_pouring_is_no_verbal_attack(code: Coder, text: str) -> None:
    assert [c for c in code(text) if c.event_type == "ACCUSE"] == []


def test_a_letter_from_a_party_asking_speaks_for_its_sender(code: Coder) -> None:
    text = (
        "The newspaper published a letter from the governors to the minister asking for "
        "the return of the land."
    )
    found = [c for c in code(text) if c.event_type == "REQUEST"]
    assert [[a.text for a in c.actors] for c in found] == [["the governors"]]


def test_a_label_of_a_share_of_a_class_is_no_accuse(code: Coder) -> None:
    text = "The panel said that some border guards were thugs."
    assert by_pattern(code, text, "accuse.say-judged") == []
