"""clean.text.scrub: debris is removed only when detected; clean text comes back unchanged."""

from __future__ import annotations

import pytest

from sitroom.clean.rules import load_rules
from sitroom.clean.text import Piece, scrub

RULES = load_rules()


def _scrub(text: str, *, split: bool = False, title: str | None = None) -> list[Piece]:
    return scrub(text, rules=RULES, split=split, title=title)


@pytest.mark.parametrize(
    "text",
    [
        "EU - UK TALKS RESUME .\nBRUSSELS 1996-08-30\nTalks resumed on Friday , officials said .\n",
        "  Leading spaces and a trailing one. \r\n\r\nSecond paragraph.\n\n\n",
        "Results:\nMen 's singles , second round\nA beat B\nWomen 's singles , second round\n"
        "C beat D\nMen 's singles , second round\nE beat F\n",
        "The talks\u2014held in Geneva\u2014ended on Monday (local time).",
        "Daily Schedule\n\nMorning talks on trade.\n\nDaily Schedule\n\nAfternoon vote.\n",
    ],
)
def test_scrub_returns_clean_text_unchanged(text: str) -> None:
    (piece,) = _scrub(text, split=True)
    assert piece.text == text
    assert piece.changed is False


def test_scrub_drops_a_repeated_block_keeping_the_first() -> None:
    block = (
        "Rescue teams reached the flooded villages on Sunday morning.\n"
        "More than 300 people were taken to shelters, the governor said.\n"
    )
    text = f"Heavy rain hit the north.\n\n{block}{block}\nRoads remain closed."
    (piece,) = _scrub(text)
    assert piece.changed
    assert piece.text == f"Heavy rain hit the north.\n\n{block}\nRoads remain closed."


def test_scrub_splits_a_dump_on_repeated_headlines() -> None:
    text = (
        "Storm Hits the Coast\n\nStorm Hits the Coast\n\nWinds of 120 km/h hit the coast.\n\n\n"
        "Parliament Passes the Budget\nADVERTISEMENT\nParliament Passes the Budget\n\n"
        "The vote was 201 to 150.\nShare | Tweet | Email\n"
    )
    first, second = _scrub(text, split=True)
    assert (first.title, first.text) == ("Storm Hits the Coast", "Winds of 120 km/h hit the coast.")
    assert (second.title, second.text) == (
        "Parliament Passes the Budget",
        "The vote was 201 to 150.",
    )
    # Without split (one JSONL record), the same text stays one piece.
    (whole,) = _scrub(text)
    assert whole.title == "Storm Hits the Coast"
    assert whole.text.startswith("Winds of") and "Parliament Passes the Budget" in whole.text
    assert "ADVERTISEMENT" not in whole.text and "Tweet" not in whole.text


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Troops patrol the city. (AP Photo/Hussein Malla)",
            "Troops patrol the city.",
            "AP Photo/Hussein Malla",
        ),
        ("Troops patrol the city.(Reuters)", "Troops patrol the city.", "Reuters"),
        ("Troops patrol the city. (EPA-EFE)", "Troops patrol the city.", "EPA-EFE"),
        (
            "Troops patrol the city. Photo: Jane Doe/Reuters",
            "Troops patrol the city.",
            "Jane Doe/Reuters",
        ),
        (
            "Troops patrol the city. Photograph: Getty Images",
            "Troops patrol the city.",
            "Getty Images",
        ),
    ],
)
def test_scrub_parses_credit_variants(line: str, caption: str, credit: str) -> None:
    text = f"{line}\n\nThe army said the operation would last a week."
    (piece,) = _scrub(text)
    (found,) = piece.captions
    assert found.credit == credit
    assert piece.text[found.start : found.end] == caption


def test_scrub_records_captions_in_unchanged_text_with_valid_offsets() -> None:
    text = "Intro line.\n  A man waves a flag in Kyiv. (AFP/Getty Images)\nBody."
    (piece,) = _scrub(text)
    assert piece.text == text and not piece.changed
    (caption,) = piece.captions
    assert text[caption.start : caption.end] == "A man waves a flag in Kyiv."
    assert caption.credit == "AFP/Getty Images"


def test_scrub_glued_credit_gets_a_space_and_offsets_follow() -> None:
    text = "Fighters ride past a tank, Tuesday Dec. 3, 2024.(AP)\nBody text follows here."
    (piece,) = _scrub(text)
    assert piece.changed
    assert piece.text.startswith("Fighters ride past a tank, Tuesday Dec. 3, 2024. (AP)\n")
    (caption,) = piece.captions
    assert piece.text[caption.start : caption.end].endswith("2024.")


def test_scrub_credit_alone_on_a_line_belongs_to_the_caption_above() -> None:
    text = (
        "Protesters gather outside parliament.\nPhoto: Jane Doe/Reuters\n\n"
        "The protest was peaceful."
    )
    (piece,) = _scrub(text)
    assert piece.text == "Protesters gather outside parliament.\n\nThe protest was peaceful."
    (caption,) = piece.captions
    assert caption.credit == "Jane Doe/Reuters"
    assert piece.text[caption.start : caption.end] == "Protesters gather outside parliament."


@pytest.mark.parametrize(
    "debris",
    [
        "Advertisement", "TT", "Read more: Ten things to know", "Share on Facebook",
        "Facebook Twitter Email", "READ MORE", "Story continues below advertisement",
        "Image 3 of 12",
    ],
)  # fmt: skip
def test_scrub_drops_debris_lines(debris: str) -> None:
    text = f"First paragraph of the story.\n{debris}\nSecond paragraph of the story."
    (piece,) = _scrub(text)
    assert piece.text == "First paragraph of the story.\nSecond paragraph of the story."


def test_scrub_given_title_is_removed_from_the_top_of_the_body() -> None:
    (piece,) = _scrub("Budget Passes\n\nThe vote was close.", title="Budget  Passes")
    assert piece.text == "The vote was close."


def test_scrub_legitimate_repeats_far_apart_are_kept() -> None:
    question = "What did you think when you first heard the news?"
    first, second = (
        "\n".join(f"{who} gave answer paragraph number {n} of the interview." for n in range(8))
        for who in ("Ann", "Bob")
    )
    text = f"{question}\n{first}\n{question}\n{second}"
    (piece,) = _scrub(text)
    assert piece.text == text
