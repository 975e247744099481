"""Quoted first person, clause subjects, office holders, title sectors (hand-made text)."""

from __future__ import annotations

import datetime as dt
import re

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_kb import default_kb
from sitroom.resolve.actor_speaker import voice_of
from sitroom.resolve.actors import DocumentActors
from tests.resolve.test_actors import annotations, resolve_one

DAY = dt.date(2019, 2, 18)
Entities = tuple[tuple[str, str], ...]


def resolve_word(
    text: str, entities: Entities, word: str, *, speaker: str | None = None, occurrence: int = -1
) -> Actor:
    """Resolve the last (or given) whole-word occurrence of ``word`` in ``text``."""
    document = DocumentActors(text, annotations(text, entities), DAY)
    start = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][occurrence]
    return document.resolve(Mention(word, start, start + len(word)), speaker=speaker)


QUOTED = "“I told them that we would stay,” the Turkish foreign minister said"
MINISTER = "the Turkish foreign minister"


def test_quoted_we_is_the_speakers_government() -> None:
    actor = resolve_word(QUOTED, (), "we", speaker=MINISTER)
    assert (actor.country, actor.sector, actor.antecedent) == ("TUR", "GOV", MINISTER)


def test_quoted_i_is_the_speaker_in_person() -> None:
    actor = resolve_word(QUOTED, (), "I", speaker=MINISTER)
    assert (actor.country, actor.id) == ("TUR", "person:mevlut-cavusoglu")


def test_quoted_our_forces_take_the_speakers_country_and_own_sector() -> None:
    text = "Jamal Karimi, the Iraqi foreign minister, arrived. “Our soldiers stay,” Karimi said"
    entities: Entities = (("Jamal Karimi", "PERSON"), ("Karimi", "PERSON"))
    actor = resolve_word(text, entities, "Our soldiers", speaker="Karimi")
    assert (actor.country, actor.sector) == ("IRQ", "MIL")


def test_quoted_we_of_an_organisation_is_the_organisation() -> None:
    text = "“We will not free the prisoners,” the SDF said"
    actor = resolve_word(text, (("SDF", "ORG"),), "We", speaker="the SDF")
    assert actor.id == "group:sdf"


def test_we_outside_the_quotation_is_not_the_speaker() -> None:
    text = "The Turkish foreign minister said we would stay"
    actor = resolve_word(text, (), "we", speaker="The Turkish foreign minister")
    assert actor.country is None


def test_quoted_we_without_attribution_stays_unknown() -> None:
    actor = resolve_word("“I told them that we would stay.”", (), "we")
    assert actor.country is None


def test_quotation_attributed_after_its_marks_speaks_without_the_events_source() -> None:
    actor = resolve_word(QUOTED, (), "we")
    assert (actor.country, actor.sector, actor.antecedent) == ("TUR", "GOV", MINISTER)


def test_quotation_introduced_by_an_organisation_speaks_for_it() -> None:
    text = ("In a note to the relatives, sent on Monday, the Ukrainian army's general command "
            "said: “We are locked in a hard fight against the gangs.")  # fmt: skip
    actor = resolve_word(text, (), "We")
    assert (actor.country, actor.sector) == ("UKR", "MIL")


def test_later_sentence_of_a_quotation_keeps_its_speaker() -> None:
    text = "The Turkish foreign ministry said: “We know of the case. We are helping the relatives.”"
    actor = resolve_word(text, (), "We")
    assert (actor.country, actor.sector) == ("TUR", "GOV")


def test_resumed_quotation_keeps_the_speaker_named_between() -> None:
    text = "“We are leaving,” the Turkish foreign minister said. “Our troops go home.”"
    actor = resolve_word(text, (), "Our troops")
    assert (actor.country, actor.sector) == ("TUR", "MIL")


def test_quotation_speaker_outweighs_a_reporting_verb_inside_it() -> None:
    text = "“The emir insisted I fight,” Jamal Karimi, a Turkish citizen, told police."
    entities: Entities = (("Jamal Karimi", "PERSON"), ("emir", "PERSON"))
    actor = resolve_word(text, entities, "I", speaker="The emir")
    assert actor.antecedent == "Jamal Karimi"


def test_addressee_of_a_quotation_is_not_its_speaker() -> None:
    text = "The relatives wrote to him and told the Turkish minister: “We want him home.”"
    actor = resolve_word(text, (), "We")
    assert actor.country is None


def test_pronoun_attribution_is_left_to_the_events_source() -> None:
    text = "The Turkish foreign minister met Ali Khan. He said: “We stay.”"
    actor = resolve_word(text, (("Ali Khan", "PERSON"),), "We")
    assert actor.country is None


EU_DEAL = "The EU backs the deal that was abandoned by the US, {} it said no to Iran"
EU_ENTITIES: Entities = (("EU", "ORG"), ("US", "GPE"), ("Iran", "GPE"))


def test_pronoun_opening_a_subordinate_clause_takes_the_main_subject() -> None:
    actor = resolve_word(EU_DEAL.format("even if"), EU_ENTITIES, "it")
    assert (actor.country, actor.antecedent) == ("EUR", "EU")


def test_pronoun_after_a_coordinator_keeps_the_nearest_party() -> None:
    actor = resolve_word(EU_DEAL.format("and"), EU_ENTITIES, "it")
    assert (actor.country, actor.antecedent) == ("USA", "US")


def test_a_person_subject_does_not_take_it() -> None:
    text = "Jamal Karimi praised the deal left by the US, even if it said no to Iran"
    entities: Entities = (("Jamal Karimi", "PERSON"), ("US", "GPE"), ("Iran", "GPE"))
    assert resolve_word(text, entities, "it").country == "USA"


def test_the_president_is_the_president_named_earlier_not_the_last_state() -> None:
    text = "Donald Trump spoke on Sunday. Damascus is far from Syria. The president said so"
    entities: Entities = (("Donald Trump", "PERSON"), ("Damascus", "GPE"), ("Syria", "GPE"))
    actor = resolve_word(text, entities, "The president")
    assert (actor.country, actor.id) == ("USA", "person:donald-trump")


def test_the_president_without_a_named_president_takes_the_state() -> None:
    text = "Theresa May spoke on Sunday. Damascus is far from Syria. The president said so"
    entities: Entities = (("Theresa May", "PERSON"), ("Damascus", "GPE"), ("Syria", "GPE"))
    actor = resolve_word(text, entities, "The president")
    assert (actor.country, actor.id) == ("SYR", "person:bashar-al-assad")


def test_title_of_a_body_decides_the_sector_over_a_modifier() -> None:
    actor = resolve_one("an executive chair of the political wing of the YPG")
    assert (actor.country, actor.sector) == ("SYR", "PTY")


def test_modifier_sector_stands_without_a_body_after_the_title() -> None:
    assert resolve_one("the executive chair of the firm").sector == "BUS"


def test_nationality_adjective_gives_a_fighter_country_and_sector() -> None:
    actor = resolve_one("an American Isis fighter")
    assert (actor.country, actor.sector) == ("USA", "REB")


def test_subordinate_clause_without_a_comma_hangs_on_the_nearer_verb() -> None:
    text = "The EU will help defend the US if it is attacked"
    assert resolve_word(text, (("EU", "ORG"), ("US", "GPE")), "it").country == "USA"


def test_the_opening_phrase_ends_on_its_head() -> None:
    text = "NATO-member Norway backs the deal left by the US, even if it said no to Iran"
    entities: Entities = (("NATO", "ORG"), ("Norway", "GPE"), ("US", "GPE"), ("Iran", "GPE"))
    assert resolve_word(text, entities, "it").country == "NOR"


def test_demonym_with_a_person_noun_before_a_name_gives_the_country() -> None:
    text = "The Dutch convert Piet Vermeer spoke. He left"
    actor = resolve_word(text, (("Dutch", "NORP"), ("Piet Vermeer", "PERSON")), "He")
    assert (actor.country, actor.antecedent) == ("NLD", "Piet Vermeer")


def test_demonym_description_in_apposition_before_a_name() -> None:
    text = "She married an American Isis fighter, Jon Doe, in 2015. He left"
    actor = resolve_word(text, (("American", "NORP"), ("Jon Doe", "PERSON")), "He")
    assert (actor.country, actor.sector) == ("USA", "REB")


def test_demonym_with_a_person_noun_in_apposition_before_a_name() -> None:
    text = "She married a Dutch convert, Piet Vermeer, in 2015. He left"
    actor = resolve_word(text, (("Dutch", "NORP"), ("Piet Vermeer", "PERSON")), "He")
    assert (actor.country, actor.antecedent) == ("NLD", "Piet Vermeer")


def test_description_without_a_demonym_gives_no_country() -> None:
    text = "She married a convert, Jon Doe, in 2015. He left"
    assert resolve_word(text, (("Jon Doe", "PERSON"),), "He").country is None


def test_its_nationals_are_the_possessors_civilians() -> None:
    text = "France has refused to take back its nationals"
    actor = resolve_word(text, (("France", "GPE"),), "its nationals")
    assert (actor.country, actor.sector) == ("FRA", "CVL")


GENDERED = "Anna Smit, the Iraqi foreign minister, spoke. Piet Vermeer, a Dutch convert, left"
PEOPLE: Entities = (("Anna Smit", "PERSON"), ("Piet Vermeer", "PERSON"))


def _she_after(text: str) -> Actor:
    document = DocumentActors(text, annotations(text, PEOPLE), DAY)
    for word in ("He", "She"):
        start = [m.start() for m in re.finditer(rf"\b{word}\b", text)]
        actor = document.resolve(Mention(word, start[-1], start[-1] + len(word))) if start else None
    assert actor is not None
    return actor


def test_she_skips_the_person_an_earlier_he_referred_to() -> None:
    actor = _she_after(f"{GENDERED}. He was held. She said so")
    assert (actor.country, actor.antecedent) == ("IRQ", "Anna Smit")


def test_she_takes_the_nearest_person_when_no_gender_is_known() -> None:
    actor = _she_after(f"{GENDERED}. She said so")
    assert (actor.country, actor.antecedent) == ("NLD", "Piet Vermeer")


def test_a_quoted_state_institution_is_the_speakers_own() -> None:
    text = "Ana Silva, a Chilean student, moved to Peru. “The police beat us,” Silva said"
    ents = (("Ana Silva", "PERSON"), ("Peru", "GPE"), ("Silva", "PERSON"))
    actor = resolve_word(text, ents, "The police", speaker="Silva")
    assert (actor.country, actor.sector) == ("CHL", "COP")


def test_a_quoted_institution_after_a_state_named_is_left_to_the_search() -> None:
    text = "Ana Silva, a Chilean student, moved. “In Peru the police beat us,” Silva said"
    ents = (("Ana Silva", "PERSON"), ("Peru", "GPE"), ("Silva", "PERSON"))
    actor = resolve_word(text, ents, "the police", speaker="Silva")
    assert (actor.country, actor.sector) == ("PER", "COP")


def test_a_quoted_regime_or_office_is_nobodys_own() -> None:
    kb = default_kb()
    text = "“The regime and the president beat us,” said Ana Silva"
    assert voice_of(kb, text, Mention("The regime", 1, 11)) is None
    assert voice_of(kb, text, Mention("the president", 16, 29)) is None
    assert voice_of(kb, text, Mention("the army", 16, 24)) == "own"


def test_straight_quoted_paragraph_left_open_keeps_its_speaker() -> None:
    text = ('The Norwegian trade minister said: "We heard the growers. '
            '"We will meet the ports next week."')  # fmt: skip
    actor = resolve_word(text, (), "We")
    assert (actor.country, actor.sector) == ("NOR", "GOV")


def test_straight_quotation_is_read_by_direction_not_by_counting_marks() -> None:
    filler = 'A "vital" step, a "fair" price and a "long" wait were all noted. ' * 12
    text = filler + 'The Norwegian trade minister said: "I know from my talks that we agree.'
    actor = resolve_word(text, (), "my")
    assert actor.antecedent == "The Norwegian trade minister"


def test_quoted_i_is_the_speaker_even_without_a_country() -> None:
    text = 'Ms Halvorsen said: "I have met the growers."'
    actor = resolve_word(text, (("Halvorsen", "PERSON"),), "I")
    assert actor.antecedent == "Ms Halvorsen"


def test_resumed_straight_quotation_needs_only_its_attribution_between() -> None:
    text = ('"It was slow," the Norwegian judges said. Then Ana Ruiz, a lawyer at a charity, '
            'said: "We want the army to act."')  # fmt: skip
    actor = resolve_word(text, (), "We")
    assert actor.country is None
