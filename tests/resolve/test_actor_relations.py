"""Goals and co-participants give no country, relational nouns, appositions, binding and
complement subjects (hand-made sentences)."""

from __future__ import annotations

import datetime as dt

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_groups import document_participants
from tests.resolve.test_actors import annotations
from tests.resolve.test_coref import resolve_in

DAY = dt.date(2018, 6, 30)
Entities = tuple[tuple[str, str], ...]


def event_of(
    text: str, entities: Entities, actors: tuple[str, ...], recipients: tuple[str, ...]
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """One event's actors and recipients (first occurrences), resolved as the pipeline does."""
    participants = document_participants(text, annotations(text, entities), published=DAY)

    def mention(word: str) -> Mention:
        start = text.index(word)
        return Mention(word, start, start + len(word))

    first = tuple(mention(w) for w in actors)
    second = tuple(mention(w) for w in recipients)
    event = (*first, *second)
    return (
        participants.resolve(first, event=event),
        participants.resolve(second, event=event),
    )


def codes(actors: tuple[Actor, ...]) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# A. Goals, targets and co-participants are no sentence context.


def test_goal_of_a_preposition_gives_no_country() -> None:
    text = "Gunmen chased the convoy all the way to Chad"
    (gunmen,), _ = event_of(text, (("Chad", "GPE"),), ("Gunmen",), ())
    assert gunmen.country is None


def test_object_of_a_verb_gives_no_country() -> None:
    text = "Militiamen were pleading with nobody, pressing Niger hard on the matter"
    (militia,), _ = event_of(text, (("Niger", "GPE"),), ("Militiamen",), ())
    assert militia.country is None


def test_the_events_other_participant_gives_no_country() -> None:
    text = "Militiamen met Chad at the border"
    (militia,), (chad,) = event_of(text, (("Chad", "GPE"),), ("Militiamen",), ("Chad",))
    assert (militia.country, chad.country) == (None, "TCD")


def test_a_state_merely_named_in_the_sentence_still_gives_the_country() -> None:
    text = "Police in Chad detained the organisers"
    (police,), _ = event_of(text, (("Chad", "GPE"),), ("Police",), ())
    assert (police.country, police.sector) == ("TCD", "COP")


def test_a_demonym_modifying_a_verbs_object_still_gives_the_country() -> None:
    text = "Police defended the Chadian ban on marches"
    (police,), _ = event_of(text, (("Chadian", "NORP"),), ("Police",), ())
    assert police.country == "TCD"


def test_relational_noun_is_not_its_possessors() -> None:
    text = "Mali's main ally sent planes"
    (ally,), _ = event_of(text, (("Mali", "GPE"),), ("Mali's main ally",), ())
    assert ally.country is None


def test_possessive_pronoun_on_a_relational_noun_is_not_the_owner() -> None:
    text = "Chad was blamed by its foes for lying"
    (foes,), _ = event_of(text, (("Chad", "GPE"),), ("its foes",), ())
    (trailing,), _ = event_of(text, (("Chad", "GPE"),), ("its foes for",), ())
    assert (foes.country, trailing.country) == (None, None)


def test_office_nouns_and_own_demonyms_keep_their_country() -> None:
    text = "Chad's president and Malian officials met Niger"
    entities = (("Chad", "GPE"), ("Malian", "NORP"), ("Niger", "GPE"))
    actors, _ = event_of(text, entities, ("Chad's president", "Malian officials"), ("Niger",))
    assert codes(actors) == [("TCD", "GOV"), ("MLI", "GOV")]


def test_the_apposition_of_another_participant_gives_no_country() -> None:
    text = "Militiamen held talks with the junta's main ally, France, on Monday"
    entities = (("France", "GPE"),)
    (militia, ally), _ = event_of(text, entities, ("Militiamen", "the junta's main ally"), ())
    assert (militia.country, ally.country) == (None, "FRA")


def test_relational_noun_resolves_through_its_apposition() -> None:
    text = "Mali's main ally, France, sent planes"
    (ally,), _ = event_of(text, (("Mali", "GPE"), ("France", "GPE")), ("Mali's main ally",), ())
    assert ally.country == "FRA"


# B. A role noun through its own apposition; EU institutions.


def test_role_noun_resolves_through_the_named_person_after_it() -> None:
    text = "In 2015 the then prime minister, David Cameron, promised more places"
    actor = resolve_in(text, (("David Cameron", "PERSON"),), "the then prime minister")
    assert (actor.country, actor.sector) == ("GBR", "GOV")


def test_role_noun_without_apposition_stays_unresolved() -> None:
    text = "In 2015 the then prime minister promised more places"
    actor = resolve_in(text, (), "the then prime minister")
    assert actor.country is None


def test_lower_case_european_institutions_are_eur() -> None:
    text = "The European parliament asked the European commission to act"
    parliament = resolve_in(text, (), "The European parliament")
    commission = resolve_in(text, (), "the European commission")
    assert (parliament.country, parliament.sector, commission.country) == ("EUR", "LEG", "EUR")


# C. Pronouns: complement subjects and binding.


def test_pronoun_after_a_fear_noun_is_the_opening_subject() -> None:
    text = "Egypt, which seized an island from Sudan long ago, raised its guard amid fears it"
    actor = resolve_in(text, (("Egypt", "GPE"), ("Sudan", "GPE")), "it")
    assert actor.country == "EGY"


def test_pronoun_after_a_saying_verb_skips_an_adjunct() -> None:
    text = "Egypt, wary of the Sudan militia near its frontier, said on Monday it"
    actor = resolve_in(text, (("Egypt", "GPE"), ("Sudan", "GPE")), "it")
    assert actor.country == "EGY"


def test_an_object_between_verb_and_pronoun_keeps_the_ordinary_search() -> None:
    text = "Egypt warned Sudan that it"
    actor = resolve_in(text, (("Egypt", "GPE"), ("Sudan", "GPE")), "it")
    assert actor.country == "SDN"


def test_pronoun_is_not_another_argument_of_its_clause() -> None:
    text = "Erdoğan backs a deal keeping Bashar al-Assad in power, though he once urged the Syrian leader to go"  # noqa: E501
    entities = (("Erdoğan", "PERSON"), ("Bashar al-Assad", "PERSON"))
    (he,), _ = event_of(text, entities, ("he",), ("the Syrian leader",))
    assert he.country == "TUR"


def test_pronoun_without_such_argument_takes_the_nearest_person() -> None:
    text = "Erdoğan backs a deal keeping Bashar al-Assad in power, though he once urged peace"
    entities = (("Erdoğan", "PERSON"), ("Bashar al-Assad", "PERSON"))
    (he,), _ = event_of(text, entities, ("he",), ())
    assert he.country == "SYR"


def test_plural_pronoun_is_not_a_singular_goal_of_motion() -> None:
    text = "The Haddads moved to Chad and there they"
    (they,), _ = event_of(text, (("Chad", "GPE"),), ("they",), ())
    assert they.country is None


def test_the_commission_after_the_eu_is_the_eus() -> None:
    text = "The EU set a quota. The commission sued Poland"
    entities = (("EU", "ORG"), ("Poland", "GPE"))
    (commission,), _ = event_of(text, entities, ("The commission",), ("Poland",))
    assert commission.country == "EUR"


def test_the_commission_without_the_eu_stays_unresolved() -> None:
    text = "A quota was set. The commission sued the firm"
    (commission,), _ = event_of(text, (), ("The commission",), ())
    assert commission.country is None


def test_a_bare_body_noun_conjoined_to_an_eu_body_is_the_eus() -> None:
    text = "Talks go on between the European Parliament and council"
    (_, council), _ = event_of(text, (), ("the European Parliament", "council"), ())
    assert council.country == "EUR"


def test_a_bare_council_not_conjoined_to_an_eu_body_stays_unresolved() -> None:
    text = "The European Parliament met. A town council objected"
    (council,), _ = event_of(text, (), ("council",), ())
    assert council.country is None


# F. Comparisons and more relational nouns.


def test_a_state_named_in_a_comparison_gives_no_country() -> None:
    text = "As in Chad, police fired on the crowd"
    (police,), _ = event_of(text, (("Chad", "GPE"),), ("police",), ())
    assert police.country is None
    text = "In Chad, police fired on the crowd"
    (police,), _ = event_of(text, (("Chad", "GPE"),), ("police",), ())
    assert police.country == "TCD"


def test_hosts_and_captors_are_not_their_possessors() -> None:
    text = "The Swiss minister thanked his hosts and freed his captors"
    _, (hosts, captors) = event_of(
        text, (("Swiss", "NORP"),), ("The Swiss minister",), ("his hosts", "his captors")
    )
    assert (hosts.country, captors.country) == (None, None)


def test_a_definite_description_is_not_its_events_other_party() -> None:
    text = "Mali massed troops. Chad fought the government for a week"
    (chad,), (government,) = event_of(
        text, (("Mali", "GPE"), ("Chad", "GPE")), ("Chad",), ("the government",)
    )
    assert (chad.country, government.country) == ("TCD", "MLI")


def _receivers(text: str, event_type: str) -> tuple[Actor, ...]:
    participants = document_participants(text, annotations(text, ()), published=DAY)
    giver = Mention("Maltese sailors", 0, len("Maltese sailors"))
    start = text.index("migrants")
    taken = Mention("migrants", start, start + len("migrants"))
    participants.resolve((giver,), event=(giver, taken))
    return participants.resolve((taken,), event_type=event_type, event=(giver, taken))


def test_the_givers_demonym_is_not_the_aid_receivers_country() -> None:
    (migrants,) = _receivers("Maltese sailors rescued 300 migrants at sea", "AID")
    assert migrants.country is None


def test_the_other_sides_demonym_still_places_other_receivers() -> None:
    (migrants,) = _receivers("Maltese sailors detained 300 migrants at sea", "COERCE")
    assert migrants.country == "MLT"


def test_a_legislature_takes_the_officials_country_over_a_later_goal() -> None:
    text = "Chilean President Ana Soto was pressed by congress to help Peru"
    (congress,), _ = event_of(text, (("Ana Soto", "PERSON"),), ("congress",), ("Ana Soto",))
    assert congress.country == "CHL"


def test_a_titled_person_takes_no_private_persons_nationality() -> None:
    text = "Interior Minister Tom Vale said the Chadian man would be sent home"
    (vale,), _ = event_of(text, (("Tom Vale", "PERSON"), ("Chadian", "NORP")), ("Tom Vale",), ())
    assert vale.country is None
    text = "Interior Minister Tom Vale said the Chadian plan would be dropped"
    (vale,), _ = event_of(text, (("Tom Vale", "PERSON"), ("Chadian", "NORP")), ("Tom Vale",), ())
    assert vale.country == "TCD"
