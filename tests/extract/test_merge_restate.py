"""Restatements of one event (docs/codebook.md, One event, several mentions).

A later definite event noun that names no new party, place or time ("their arrest") joins
the earlier event it names again; "fighting" and "clashes" of one sentence are one battle;
a quoted protest at the place of a reported one is that protest. Hand-written documents
whose sentences sit apart (the filler keeps the older nearby-sentence rule out of play).
"""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from sitroom.extract import restate
from sitroom.extract.confidence import Features
from sitroom.extract.merge import merge
from sitroom.model import EventCandidate, Flags, Mention, Span
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model

FILLER = "The harvest was poor that year. Elsewhere the weather was mild."


def _triggers(found: list[EventCandidate]) -> list[str]:
    return [e.trigger.text for e in found]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # pronoun possessor, same word as the verb
        (f"Border guards arrested two smugglers near the river on Tuesday. {FILLER} "
         "Their arrest angered local traders.", "arrested"),
        # "news of their ...", a noun of the same kind (detain / detention)
        (f"Police detained three reporters in the capital on Friday. {FILLER} "
         "News of their detention spread quickly.", "detained"),
        # a meeting word of the same kind
        (f"The two foreign ministers met in Oslo on Monday. {FILLER} "
         "Their talks focused on fishing rights.", "met"),
        # restating an earlier event is not undone by the restatement's own clause
        (f"Border guards arrested two smugglers near the river. {FILLER} "
         "Traders fear their arrest.", "arrested"),
    ],
)  # fmt: skip
def test_definite_restatement_joins_the_earlier_event(code: Coder, text: str, kept: str) -> None:
    found = [e for e in code(text) if e.event_type in ("COERCE", "CONSULT")]
    assert _triggers(found) == [kept]
    assert found[0].actors  # the earlier mention's participants are kept


def test_restating_noun_takes_the_reading_of_the_verb(code: Coder) -> None:
    # One sense per discourse: "their capture" is the capture of persons read at first.
    text = (f"Two notorious foreign jihadists were captured in the desert by Kurdish fighters. "
            f"{FILLER} Their capture raises hard questions for the government.")  # fmt: skip
    found = code(text)
    assert _triggers(found) == ["captured"]
    assert found[0].event_type == "COERCE"


@pytest.mark.parametrize(
    "later",
    [
        "Their arrest of two farmers angered local traders.",  # another target
        "Their second arrest angered local traders.",  # "second": another event
        "Turkish arrests angered local traders.",  # a party of its own
    ],
)
def test_noun_naming_something_new_is_another_event(code: Coder, later: str) -> None:
    text = f"Border guards arrested two smugglers near the river. {FILLER} {later}"
    assert len(of_type(code(text), "COERCE")) == 2


def test_two_arrests_of_different_people_stay_two(code: Coder) -> None:
    text = (
        f"Police arrested a teacher in the north. {FILLER} The arrest of a nurse angered her union."
    )
    assert len(of_type(code(text), "COERCE")) == 2


def test_asserted_restatement_of_an_unrealised_act_is_another_assertion(code: Coder) -> None:
    text = (f"Border guards may arrest two smugglers near the river. {FILLER} "
            "Their arrest angered local traders.")  # fmt: skip
    found = of_type(code(text), "COERCE")
    assert [e.flags.hypothetical for e in found] == [True, False]


def test_fighting_and_clashes_of_one_sentence_are_one_battle(code: Coder) -> None:
    text = "Dozens of militiamen who fought for the army were killed in clashes with rebel forces."
    found = of_type(code(text), "ASSAULT")
    assert len(found) == 1
    assert {m.text for m in found[0].actors} == {"Dozens of militiamen", "rebel forces"}


def test_two_finite_battles_of_one_sentence_stay_two(code: Coder) -> None:
    text = "Rebels fought the army in the north, while militias clashed with police in the south."
    assert len(of_type(code(text), "ASSAULT")) == 2


@pytest.mark.parametrize(("city", "expected"), [("Marseille", 1), ("Toulouse", 2)])
def test_quoted_protest_at_the_same_place_restates_the_reported_one(
    code: Coder, city: str, expected: int
) -> None:
    text = (f"About 200 farmers demonstrated in Marseille on Monday against the new tax. {FILLER} "
            f"\"Our members are marching in {city} for their farms,\" the union said.")  # fmt: skip
    assert len(of_type(code(text), "PROTEST")) == expected


def _candidate(
    doc_text: str, sentence: int, trigger: str, *,
    actors: tuple[str, ...] = (), times: tuple[str, ...] = (),
) -> EventCandidate:  # fmt: skip
    def mention(text: str) -> Mention:
        start = doc_text.index(text)
        return Mention(text, start, start + len(text))

    return EventCandidate(
        event_type="ASSAULT", sentence_index=sentence, sentence=Span(0, len(doc_text)),
        trigger=mention(trigger), pattern="test", actors=tuple(map(mention, actors)),
        times=tuple(map(mention, times)), flags=Flags(),
    )  # fmt: skip


FEATURES = Features(strength=0.5, has_actor=True, has_recipient=False, named_participant=False,
                    nominal=False, sentence_tokens=10, attributed=False, future=False)  # fmt: skip


@pytest.mark.parametrize(("times", "merged"), [((), 1), (("on Friday",), 2)])
def test_restatement_with_a_time_of_its_own_is_another_event(
    pipeline: Language, times: tuple[str, ...], merged: int
) -> None:
    text = "Troops shelled the port. Rain fell. Cold came. The shelling on Friday was heavy."
    doc = pipeline(text)
    first = _candidate(text, 0, "shelled", actors=("Troops",))
    later = _candidate(text, 3, "shelling", times=times)
    assert len(merge([(first, FEATURES), (later, FEATURES)], doc)) == merged
    assert len(merge([(first, FEATURES), (later, FEATURES)])) == 2  # no parse, no restatement


@pytest.mark.parametrize(
    ("phrase", "restating"),
    [("their arrest", True), ("the summit", True), ("talks", True), ("a summit", False),
     ("another raid", False), ("two arrests", False), ("fresh clashes", False),
     ("the latest arrest", False)],
)  # fmt: skip
def test_which_nouns_restate(pipeline: Language, phrase: str, restating: bool) -> None:
    doc = pipeline(f"Officials discussed {phrase} yesterday.")
    noun = doc[2:-2].root
    assert restate.restating(noun) is restating


def test_event_words_of_one_kind() -> None:
    assert restate.derived("negotiation", "negotiate") and restate.derived("killing", "kill")
    assert not restate.derived("protection", "protest")
    assert restate.kin("summit", frozenset({"meet"}))
    assert not restate.kin("summit", frozenset({"arrest"}))


@pytest.mark.parametrize(
    ("second", "merged"),
    [(Flags(hypothetical=True, future=True), 1),  # hoped for and planned: one unrealised act
     (Flags(future=True), 2),  # announced is not done
     (Flags(), 2)],
)  # fmt: skip
def test_unrealised_mentions_merge_whatever_their_future_flag(second: Flags, merged: int) -> None:
    text = "Rebels hope to storm the fort. Later the rebels plan to storm the fort."
    first = _candidate(text, 0, "storm", actors=("Rebels",))
    first = dataclasses.replace(first, flags=Flags(hypothetical=True))
    later = dataclasses.replace(_candidate(text, 1, "plan", actors=("rebels",)), flags=second)
    assert len(merge([(first, FEATURES), (later, FEATURES)])) == merged
