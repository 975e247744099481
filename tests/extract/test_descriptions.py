"""Descriptions, enlisting and classifiers code no event (docs/codebook.md, "Generic and
personal statements", sitroom/extract/descriptions.py); each rule has a real event that
must survive."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract import descriptions
from sitroom.extract.patterns import load_patterns
from sitroom.extract.triggers import Match
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an identifying participle on an argument of another predicate
        ("The valley is one of the last refuges of guerrillas fighting the junta.", "ASSAULT"),
        ("A nurse died while travelling with Tuareg units battling the militia in Mali.",
         "ASSAULT"),
        # the simple present of a material act with no time
        ("The town was quiet. Observers say that the cartel ambushes convoys from crowded markets.",
         "ASSAULT"),
        # a mandate, what anyone may do
        ("The agency has a mandate to support ministries in the region.", "SUPPORT"),
        # a capability or means, a kind of offence in a list
        ("These gangs lack the capability to kill on a large scale.", "ASSAULT"),
        ("The militias in the valley have the capability to kill thousands.", "ASSAULT"),
        ("Dozens were caned for misdemeanours ranging from drinking to protesting the governor's"
         " decrees.", "PROTEST"),
        ("Dozens were jailed for offences such as drinking and protesting the governor's"
         " decrees.", "PROTEST"),
        ("Under the new code, you cannot arrest a minor and detain him.", "COERCE"),
        # enlisting told as fighting
        ("Dozens of foreign volunteers joined the fight against the cartel in 2019.", "ASSAULT"),
        ("I travelled to Mali to fight alongside the militia.", "ASSAULT"),
        # a manner, a sacrifice, a classifier, warning shots
        ("She said there were wiser ways he could fight the cartel than with a rifle.",
         "ASSAULT"),
        ("Many brave guerrillas are offering their lives to defeat the junta.", "AGREE"),
        ("Monitors want the air force to publish how it makes targeting decisions.", "ASSAULT"),
        ("The guards fired into the air to tell the crowd to move faster.", "ASSAULT"),
        # a belittled offer: a criticism, no offer
        ("Nurses say wards are closing, but all the ministers have offered is more delay.",
         "AGREE"),
        ("The only thing the council has offered is a review.", "AGREE"),
    ],
)  # fmt: skip
def test_descriptions_are_no_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a participle with a time of its own, or the combat someone died in
        ("Guerrillas fighting the junta near Gao on Monday lost a commander.", "ASSAULT"),
        (
            "It was quiet. Danish volunteers fighting against the cartel have died in Sinaloa.",
            "ASSAULT",
        ),
        # the participle goes, the act of the clause stays
        ("Guerrillas fighting the junta captured the airport of Gao on Friday.", "ASSAULT"),
        # a headline, a light verb with an event noun
        ("Troops attack rebel town", "ASSAULT"),
        (
            "The town was quiet. The world looks on while the junta launches an assault on it.",
            "ASSAULT",
        ),
        (
            "The town was quiet. Observers say that the cartel ambushed convoys on Monday.",
            "ASSAULT",
        ),
        ("The agency supported the ministries in the region last year.", "SUPPORT"),
        ("The guerrillas fought the cartel in Sinaloa in 2019.", "ASSAULT"),
        ("The militia could go on to fight the junta.", "ASSAULT"),
        ("The guards fired at the crowd on Monday.", "ASSAULT"),
        ("The army used its capability to strike the depot on Monday.", "ASSAULT"),
        ("The army makes decisions and then shells the town on Monday.", "ASSAULT"),
        ("What Velmar has offered is a partial freeze of the programme.", "AGREE"),
    ],
)
def test_real_acts_survive(code: Coder, text: str, event_type: str) -> None:
    assert len(of_type(code(text), event_type)) >= 1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A bombing error killed twelve villagers.", "bombing"),  # "error" classifies nothing
        ("The bombing mistake was costly.", "bombing"),
        ("The Velorian state joined the war against the junta.", "war"),  # a state at war
    ],
)
def test_an_event_word_before_an_error_or_a_war_joined_is_kept(
    pipeline: Language, text: str, word: str
) -> None:
    # These nouns rarely trigger alone, so the rules are tested on a hand-made match.
    token = next(t for t in pipeline(text) if t.text == word)
    event_type, pattern = load_patterns().by_id["assault.attack-nominal"]
    match = Match(event_type, pattern, token, token, nominal=True)
    assert descriptions.not_an_occurrence(match, ()) is None
