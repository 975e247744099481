"""One happening told twice: group anaphors, durations, framing event nouns, word classes
(docs/codebook.md, One event, several mentions)."""

from __future__ import annotations

import pytest

from sitroom.extract import merge_parties, merge_times, restate
from sitroom.model import Mention
from tests.extract.conftest import Coder, of_type


@pytest.mark.parametrize("text", ["the two leaders", "both sides", "The pair", "the three men"])
def test_a_group_told_by_its_number_names_no_party(text: str) -> None:
    assert merge_parties.party(Mention(text, 0, len(text))).head is None


@pytest.mark.parametrize("text", ["both Kurdish forces", "the two Marovian ministers"])
def test_a_numbered_group_with_a_name_is_a_party(text: str) -> None:
    assert merge_parties.party(Mention(text, 0, len(text))).head is not None


@pytest.mark.parametrize(
    ("text", "duration"),
    [("an hour", True), ("for two days", True), ("Monday", False), ("last week", False)],
)
def test_a_length_of_time_is_no_time_of_the_event(text: str, duration: bool) -> None:
    assert merge_times.points((Mention(text, 0, len(text)),)) == (
        () if duration else (Mention(text, 0, len(text)),)
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("shelled on 4 June", ("4", "June")),
        ("since March 21st", ("21", "March")),
        ("as many as 12 may have drowned", None),  # the modal, not the month
        ("in August 40 families fled", None),  # no 40th day
        ("on 32 May", None),
    ],
)
def test_a_calendar_day_is_a_capitalised_month_and_a_day_of_it(
    text: str, day: tuple[str, str] | None
) -> None:
    found = [(m[1] or m[4], m[2] or m[3]) for m in merge_times.CALENDAR_DAY.finditer(text)]
    assert found == ([day] if day else [])


def test_word_classes_of_conversations_and_blasts() -> None:
    assert restate.kin("call", frozenset({"speak", "phone"}))
    assert restate.kin("conversation", frozenset({"talk"}))
    assert restate.kin("explosion", frozenset({"attack"}))
    assert restate.kin("blast", frozenset({"bomb"}))
    assert not restate.kin("explosion", frozenset({"speak"}))


@pytest.mark.model
def test_the_call_between_the_two_leaders_is_the_call(code: Coder) -> None:
    text = ("The Velorian president, Ada Kessel, spoke by phone with the Osrian prime minister, "
            "Tomas Wend, on Monday. The call between the two leaders lasted an hour.")  # fmt: skip
    assert len(of_type(code(text), "CONSULT")) == 1


@pytest.mark.model
def test_the_two_leaders_on_another_day_are_another_meeting(code: Coder) -> None:
    text = ("The Velorian president, Ada Kessel, spoke by phone with the Osrian prime minister, "
            "Tomas Wend, on Monday. The two leaders met in Pilsa on Friday.")  # fmt: skip
    assert len(of_type(code(text), "CONSULT")) == 2


@pytest.mark.model
def test_an_event_noun_framing_the_verb_is_its_act(code: Coder) -> None:
    text = ("Marovia has sent in jets to attack the rebel-held district of Velo in its "
            "heaviest assault for months, as envoys gathered in Oslo.")  # fmt: skip
    assert len(of_type(code(text), "ASSAULT")) == 1


@pytest.mark.model
def test_an_act_after_their_other_act_stays_two(code: Coder) -> None:
    text = "Marovian troops advanced on Velo after their capture of Orsk."
    assert len(of_type(code(text), "ASSAULT")) == 2


def test_a_distant_act_placed_in_a_year_is_background_not_the_lead(code: Coder) -> None:
    text = (
        "Ruritania's attack on the border town of Kell is a new phase of the long war. "
        "Thousands of people have fled the town. "
        "Aid agencies have asked for a corridor to the valley. "
        "Relations sank in 2014, when Ruritania shot down a Marovian jet."
    )
    attacks = of_type(code(text), "ASSAULT")
    assert len(attacks) == 2  # the lead's attack and the 2014 downing
    assert not any(t.text == "2014" for t in attacks[0].times)


def test_a_distant_pronoun_act_placed_in_a_year_is_background(code: Coder) -> None:
    # A pronoun actor naming the lead's target joins it only if neither sentence alone names
    # a year: "in 2014, when it sent troops to fight X" is an older act against X.
    text = (
        "The Ostrian Front led the battle against the Delan militia in the east. "
        "Thousands of people have fled the valley. "
        "Aid agencies have asked for a corridor to the river. "
        "Its role grew in mid-2014, when it sent troops to fight the Delan militia."
    )
    assert len(of_type(code(text), "ASSAULT")) == 2


@pytest.mark.model
def test_relief_and_its_purpose_infinitive_are_one_act(code: Coder) -> None:
    # "help" states the aim of the relief: flagged hypothetical alone, one act with it.
    text = ("Velorian relief to help the flood victims of the valley will not cut funds for "
            "schools, the Velorian premier, Ada Kessel, has promised.")  # fmt: skip
    aid = of_type(code(text), "AID")
    assert len(aid) == 1
    assert not aid[0].flags.hypothetical
    assert [m.text for m in aid[0].recipients] == ["the flood victims of the valley"]


@pytest.mark.model
def test_a_meeting_voiced_once_and_quoted_again_is_one_act(code: Coder) -> None:
    # The first is voiced by a source (a future meeting coded AGREE), the quote is not.
    text = ("The ministry says teachers will be consulted before any changes are made. "
            "In a statement on Friday, the ministry said it was reviewing the curriculum. "
            '"Teachers will of course be consulted about any changes.')  # fmt: skip
    found = [c for c in code(text) if c.pattern == "consult.meet"]
    assert len(found) == 1
