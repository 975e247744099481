"""Coreference: pronouns, definite descriptions, possessives and surnames."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_groups import document_participants
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations

DAY = dt.date(2024, 6, 1)


def resolve_in(text: str, entities: tuple[tuple[str, str], ...], mention: str,
               *, occurrence: int = -1, day: dt.date | None = DAY) -> Actor:  # fmt: skip
    """Resolve the last (or given) occurrence of ``mention`` in ``text``."""
    resolve = document_resolver(text, annotations(text, entities), published=day)
    starts = [i for i in range(len(text)) if text.startswith(mention, i)]
    start = starts[occurrence]
    return resolve(Mention(mention, start, start + len(mention)))


def test_surname_after_full_name_of_unknown_person() -> None:
    text = "Iraqi Prime Minister Jamal Karimi arrived. Karimi met the envoy"
    actor = resolve_in(text, (("Jamal Karimi", "PERSON"), ("Karimi", "PERSON")), "Karimi")
    assert (actor.country, actor.sector, actor.antecedent) == ("IRQ", "GOV", "Jamal Karimi")


def test_surname_of_known_person_keeps_kb_id() -> None:
    text = "Recep Tayyip Erdogan spoke. Erdogan left"
    actor = resolve_in(text, (("Recep Tayyip Erdogan", "PERSON"),), "Erdogan")
    assert actor.id == "person:recep-tayyip-erdogan"


def test_person_title_after_name_in_apposition() -> None:
    text = "Jamal Karimi, the Iraqi foreign minister, arrived. He met the envoy"
    actor = resolve_in(text, (("Jamal Karimi", "PERSON"),), "He")
    assert (actor.country, actor.antecedent) == ("IRQ", "Jamal Karimi")


@pytest.mark.parametrize("pronoun", ["he", "He", "she", "his", "him"])
def test_personal_pronoun_takes_nearest_person(pronoun: str) -> None:
    text = f"Syria and Vladimir Putin met. Later {pronoun} spoke"
    actor = resolve_in(text, (("Syria", "GPE"), ("Vladimir Putin", "PERSON")), pronoun)
    assert (actor.id, actor.country) == ("person:vladimir-putin", "RUS")
    assert actor.antecedent == "Vladimir Putin"


def test_it_skips_people_and_takes_organisation_or_country() -> None:
    text = "Turkey warned Vladimir Putin. It said the talks failed"
    actor = resolve_in(text, (("Turkey", "GPE"), ("Vladimir Putin", "PERSON")), "It")
    assert (actor.country, actor.antecedent) == ("TUR", "Turkey")


def test_they_prefers_plural_antecedent() -> None:
    text = "Syrian rebels attacked Iraq. They said the attack worked"
    resolve = document_resolver(text, annotations(text, (("Iraq", "GPE"),)), published=DAY)
    resolve(Mention("Syrian rebels", 0, 13))
    actor = resolve(Mention("They", 29, 33))
    assert (actor.country, actor.sector, actor.antecedent) == ("SYR", "REB", "Syrian rebels")


def test_the_group_takes_nearest_organisation() -> None:
    text = "Hezbollah fired rockets at Israel. The group said it acted alone"
    actor = resolve_in(text, (("Hezbollah", "ORG"), ("Israel", "GPE")), "The group")
    assert (actor.id, actor.antecedent) == ("group:hezbollah", "Hezbollah")


@pytest.mark.parametrize(
    ("mention", "sector"),
    [
        ("the government", "GOV"),
        ("the ministry", "GOV"),
        ("the army", "MIL"),
        ("The militants", "REB"),
        ("the police", "COP"),
    ],
)
def test_definite_sector_noun_takes_country_of_antecedent(mention: str, sector: str) -> None:
    text = f"Iraq was hit hard. Later {mention} spoke"
    actor = resolve_in(text, (("Iraq", "GPE"),), mention)
    assert (actor.country, actor.sector, actor.antecedent) == ("IRQ", sector, "Iraq")
    assert actor.id == f"IRQ-{sector}"


def test_definite_sector_noun_prefers_same_sector() -> None:
    text = "Syrian rebels shelled Iraq. The rebels said"
    resolve = document_resolver(text, annotations(text, (("Iraq", "GPE"),)), published=DAY)
    resolve(Mention("Syrian rebels", 0, 13))
    actor = resolve(Mention("The rebels", 28, 38))
    assert (actor.country, actor.antecedent) == ("SYR", "Syrian rebels")


def test_definite_role_resolves_office_holder_of_antecedent_country() -> None:
    text = "Turkey was hit hard. The president spoke"
    actor = resolve_in(text, (("Turkey", "GPE"),), "The president")
    assert (actor.id, actor.antecedent) == ("person:recep-tayyip-erdogan", "Turkey")


def test_possessive_pronoun_gives_the_possessor_country() -> None:
    text = "The United Nations rejected a call for its peacekeeping forces in East Timor"
    ents = (("The United Nations", "ORG"), ("East Timor", "GPE"))
    actor = resolve_in(text, ents, "its peacekeeping forces")
    assert (actor.country, actor.sector, actor.antecedent) == ("UNO", "MIL", "The United Nations")


def test_no_antecedent_leaves_pronoun_unresolved() -> None:
    actor = resolve_in("He spoke", (), "He")
    assert actor.country is None and actor.antecedent is None
    assert actor.id is not None and actor.id.startswith("doc-actor_")


def test_antecedent_must_precede_the_mention() -> None:
    text = "It said Turkey was ready"
    actor = resolve_in(text, (("Turkey", "GPE"),), "It")
    assert actor.country is None


def test_pronoun_binds_nearest_person_even_if_unknown() -> None:
    text = "Vladimir Putin called Jamal Karimi. He said no"
    actor = resolve_in(text, (("Vladimir Putin", "PERSON"), ("Jamal Karimi", "PERSON")), "He")
    assert (actor.country, actor.antecedent) == (None, "Jamal Karimi")


@pytest.mark.parametrize("mention", ["this liberal journalist", "the fate of the army chiefs"])
def test_only_short_institutional_descriptions_refer_back(mention: str) -> None:
    text = f"Iraq was hit hard. Later {mention} spoke"
    assert resolve_in(text, (("Iraq", "GPE"),), mention).antecedent is None


def test_pronoun_prefers_a_recent_participant_over_a_place() -> None:
    text = "Islamic State lost a stadium in Raqqa, the Syrian town. Its fighters fled"
    ents = (("Islamic State", "ORG"), ("Raqqa", "GPE"), ("Syrian", "NORP"))
    resolve = document_resolver(text, annotations(text, ents), published=DAY)
    resolve(Mention("Islamic State", 0, 13))
    start = text.index("Its fighters")
    actor = resolve(Mention("Its fighters", start, start + 12))
    assert (actor.country, actor.sector, actor.antecedent) == ("IMG", "REB", "Islamic State")


def test_their_takes_a_national_group_with_its_sector() -> None:
    # "Syrian rebels" is no event participant: only the pre-scanned "Syrian" names it.
    text = "Syrian rebels advanced on Sunday. Their capture of the town was confirmed"
    actor = resolve_in(text, (("Syrian", "NORP"),), "Their capture of the town")
    assert (actor.country, actor.sector, actor.antecedent) == ("SYR", "REB", "Syrian rebels")


def test_known_organisation_missed_by_ner_is_an_antecedent() -> None:
    text = "Hamas fighters stormed the base. The group said its capture of the base was over"
    actor = resolve_in(text, (), "its capture of the base")
    assert (actor.country, actor.antecedent) == ("PSE", "Hamas")


def test_plural_pronoun_after_a_coordinated_list_takes_every_party() -> None:
    text = "Hezbollah fighters and the Syrian army attacked. Their assault killed 12. Egypt spoke"
    ents = (("Hezbollah", "ORG"), ("Syrian", "NORP"), ("Egypt", "GPE"))
    participants = document_participants(text, annotations(text, ents), published=DAY)
    first = text.index("the Syrian army")
    parties = participants.resolve(
        (Mention("Hezbollah fighters", 0, 18), Mention("the Syrian army", first, first + 15))
    )
    assert [a.country for a in parties] == ["LBN", "SYR"]
    start = text.index("Their assault")
    group = participants.resolve((Mention("Their assault", start, start + 13),))
    assert [(a.country, a.antecedent) for a in group] == [
        ("LBN", "Hezbollah fighters"),
        ("SYR", "the Syrian army"),
    ]
    later = text.index("Egypt")
    (egypt,) = participants.resolve((Mention("Egypt", later, later + 5),))
    assert egypt.country == "EGY"


def test_a_party_named_after_the_list_ends_it() -> None:
    text = "Hezbollah fighters and Syria attacked. Erdogan condemned it and their assault"
    ents = (("Hezbollah", "ORG"), ("Syria", "GPE"), ("Erdogan", "PERSON"))
    participants = document_participants(text, annotations(text, ents), published=DAY)
    participants.resolve((Mention("Hezbollah fighters", 0, 18), Mention("Syria", 23, 28)))
    later = text.index("Erdogan")
    participants.resolve((Mention("Erdogan", later, later + 7),))
    start = text.index("their assault")
    found = participants.resolve((Mention("their assault", start, start + 13),))
    assert [a.antecedent for a in found] == ["Hezbollah fighters"]


def test_description_with_a_capitalised_modifier_is_a_new_party() -> None:
    text = "The Turkish army advanced. The Kurdish militia withdrew"
    actor = resolve_in(text, (("Turkish", "NORP"),), "The Kurdish militia")
    assert (actor.country, actor.antecedent) == (None, None)


def test_a_description_the_group_owns_is_the_group() -> None:
    text = "Hezbollah commanders said some of the group's fighters had withdrawn"
    actor = resolve_in(text, (("Hezbollah", "ORG"),), "the group's fighters")
    assert (actor.country, actor.sector, actor.id) == ("LBN", "REB", "group:hezbollah")
    text = "Hezbollah commanders said the group's rivals had withdrawn"
    rivals = resolve_in(text, (("Hezbollah", "ORG"),), "the group's rivals")
    assert rivals.id != "group:hezbollah"


def test_a_member_noun_takes_its_owners_sector() -> None:
    text = "Hamas held a rally. Its members marched"
    actor = resolve_in(text, (("Hamas", "ORG"),), "Its members")
    assert (actor.country, actor.sector) == ("PSE", "REB")


def test_one_person_of_a_nation_is_no_they() -> None:
    text = "Two aid workers were seized. Marc Lenoir, a Frenchman, saw it. They were freed"
    ents = (("Marc Lenoir", "PERSON"), ("Frenchman", "NORP"))
    assert resolve_in(text, ents, "They").country != "FRA"


def test_the_group_is_no_state_institution() -> None:
    text = "Hamas fired rockets. The Pentagon denied it. Later the group fired ten"
    ents = (("Hamas", "ORG"), ("Pentagon", "ORG"))
    assert resolve_in(text, ents, "the group").country == "PSE"
    text = "Hamas fired rockets. The Pentagon denied it. Later the agency fired ten"
    assert resolve_in(text, ents, "the agency").country == "USA"


def test_the_country_is_a_state_not_the_event_s_other_party() -> None:
    text = (
        "Chad's rulers asked Niger and Mali for help. "
        "Niger and Mali shelled towns, ruining the country"
    )
    ents = (("Chad", "GPE"), ("Niger", "GPE"), ("Mali", "GPE"))
    participants = document_participants(text, annotations(text, ents), published=DAY)
    at = text.rindex("Niger")
    shellers = (Mention("Niger", at, at + 5), Mention("Mali", at + 10, at + 14))
    end = text.index("the country")
    country = Mention("the country", end, end + 11)
    participants.resolve(shellers, event=(*shellers, country))
    (found,) = participants.resolve((country,), event=(*shellers, country))
    assert (found.country, found.antecedent) == ("TCD", "Chad")


def test_the_country_without_a_state_before_it_stays_unresolved() -> None:
    text = "Rebels shelled towns, ruining the country"
    assert resolve_in(text, (), "the country").country is None


def test_a_pronoun_is_not_the_other_side_of_its_event() -> None:
    text = "Canada has kept working with the KDP, and it has also armed the party"
    ents = (("Canada", "GPE"), ("KDP", "ORG"))
    participants = document_participants(text, annotations(text, ents), published=DAY)
    first = text.index("the KDP")
    participants.resolve((Mention("Canada", 0, 6),), event=())
    participants.resolve((Mention("the KDP", first, first + 7),))
    it, party = text.index("it "), text.index("the party")
    actor_m, recipient_m = Mention("it", it, it + 2), Mention("the party", party, party + 9)
    actors = participants.resolve((actor_m,), event=(actor_m, recipient_m))
    recipients = participants.resolve((recipient_m,), event=(actor_m, recipient_m))
    assert actors[0].id == recipients[0].id  # without the rule: "it" = the party it arms
    (apart,) = participants.apart((actor_m,), actors, recipients)
    assert apart.country == "CAN"
    # A pronoun that names another party is left alone.
    assert participants.apart((recipient_m,), recipients, (apart,)) == recipients


def test_a_name_cut_at_a_hyphen_is_read_whole() -> None:
    text = "Rebels wrote an appeal to the government of Bashar al-Assad last week"
    ents = (("Bashar al-Assad", "PERSON"),)
    participants = document_participants(text, annotations(text, ents), published=DAY)
    start = text.index("the government")
    cut = Mention("the government of Bashar al", start, start + 27)
    (found,) = participants.resolve((cut,))
    assert (found.text, found.country, found.sector) == (
        "the government of Bashar al-Assad",
        "SYR",
        "GOV",
    )


def test_a_name_apposed_to_a_relative_is_a_private_person_of_that_gender() -> None:
    # "Sharon" is a known prime minister's alias; after "his mother," it is the mother.
    text = "Tom Reid was detained in July. Reid's mother, Sharon, said no official had visited him"
    entities = (("Tom Reid", "PERSON"), ("Reid", "PERSON"), ("Sharon", "PERSON"))
    mother = resolve_in(text, entities, "Sharon")
    assert (mother.country, mother.id) != ("ISR", "person:ariel-sharon")
    assert mother.country is None
    assert resolve_in(text, entities, "him").antecedent in {"Reid", "Tom Reid"}


def test_a_pronoun_skips_a_relative_of_the_other_gender() -> None:
    text = "Ana Ruiz was held in May. Her brother, Boris, said police had not charged her"
    entities = (("Ana Ruiz", "PERSON"), ("Boris", "PERSON"))
    assert resolve_in(text, entities, "her").antecedent == "Ana Ruiz"
