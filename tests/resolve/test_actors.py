"""Actor rules: one mention's words -> country, sector, id (hand-built annotations)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.model import Actor, Annotations, Entity, Mention, Place, Sentence
from sitroom.resolve.actors import document_resolver

DAY = dt.date(2024, 6, 1)


def annotations(text: str, entities: tuple[tuple[str, str], ...] = ()) -> Annotations:
    """Sentences split at ". ", entities found by their first occurrence."""
    sentences, start = [], 0
    for index, part in enumerate(text.split(". ")):
        sentences.append(Sentence(index, start, start + len(part), part))
        start += len(part) + 2
    found = []
    for surface, label in entities:
        at = text.index(surface)
        found.append(Entity(surface, at, at + len(surface), label))
    return Annotations(tuple(sentences), tuple(found), (), ())


def resolve_one(text: str, *, day: dt.date | None = DAY) -> Actor:
    """Resolve the whole text as one participant mention."""
    resolve = document_resolver(text, annotations(text), published=day)
    return resolve(Mention(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iraq", "IRQ"),
        ("Syria", "SYR"),
        ("the United States", "USA"),
        ("the U.S.", "USA"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Swaziland", "SWZ"),
        ("Kosovo", "KOS"),
        ("Palestine", "PSE"),
        ("the Democratic Republic of Congo", "COD"),
        ("Puerto Rico", "USA"),
        ("Greenland", "DNK"),
    ],
)
def test_country_names_old_and_new(text: str, country: str) -> None:
    actor = resolve_one(text)
    assert actor.country == country
    assert actor.id == country and actor.sector is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iraqi", "IRQ"),
        ("Syrians", "SYR"),
        ("the Turkish side", "TUR"),
        ("American", "USA"),
        ("British", "GBR"),
        ("Ivorian", "CIV"),
        ("Burmese", "MMR"),
    ],
)
def test_demonyms(text: str, country: str) -> None:
    assert resolve_one(text).country == country


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Ankara", "TUR", "GOV"),
        ("Washington", "USA", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("the Damascus regime", "SYR", "GOV"),
        ("the Pentagon", "USA", "MIL"),
        ("Moscow", "RUS", "GOV"),
    ],
)
def test_capitals_and_seats_of_power_as_metonyms(text: str, country: str, sector: str) -> None:
    actor = resolve_one(text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "actor_id"),
    [
        ("the UN", "UNO", "igo:un"),
        ("the United Nations", "UNO", "igo:un"),
        ("UNHCR", "UNO", "igo:unhcr"),
        ("the European Union", "EUR", "igo:eu"),
        ("the EU", "EUR", "igo:eu"),
        ("NATO", "IGO", "igo:nato"),
        ("Nato", "IGO", "igo:nato"),  # British spelling of a word acronym
        ("Unicef", "UNO", "igo:unicef"),
        ("the Arab League", "IGO", "igo:arab-league"),
        ("the African Union", "IGO", "igo:au"),
        ("the IMF", "IGO", "igo:imf"),
        ("Amnesty International", "NGO", "ngo:amnesty"),
        ("the Red Cross", "NGO", "ngo:icrc"),
        ("Doctors Without Borders", "NGO", "ngo:msf"),
    ],
)
def test_international_bodies(text: str, country: str, actor_id: str) -> None:
    actor = resolve_one(text)
    assert (actor.country, actor.id) == (country, actor_id)


@pytest.mark.parametrize(
    ("text", "actor_id", "country", "sector"),
    [
        ("HTS", "group:hts", "SYR", "REB"),
        ("Hayat Tahrir al-Sham", "group:hts", "SYR", "REB"),
        ("Daesh", "group:isis", "IMG", "REB"),
        ("ISIL fighters", "group:isis", "IMG", "REB"),
        ("the Islamic State group", "group:isis", "IMG", "REB"),
        ("al Qaeda", "group:al-qaeda", "IMG", "REB"),
        ("the PKK", "group:pkk", "TUR", "REB"),
        ("Hezbollah", "group:hezbollah", "LBN", "REB"),
        ("Hamas militants", "group:hamas", "PSE", "REB"),
        ("the Houthis", "group:houthis", "YEM", "REB"),
        ("al-Shabab", "group:al-shabaab", "SOM", "REB"),
        ("Boko Haram", "group:boko-haram", "NGA", "REB"),
        ("the Taliban", "group:taliban", "AFG", "GOV"),
    ],
)
def test_armed_groups_by_alias(text: str, actor_id: str, country: str, sector: str) -> None:
    actor = resolve_one(text)
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


def test_group_sector_after_it_took_power() -> None:
    assert resolve_one("HTS", day=dt.date(2025, 6, 1)).sector == "GOV"
    assert resolve_one("the Taliban", day=dt.date(2010, 1, 1)).sector == "REB"


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Putin", "person:vladimir-putin", "RUS"),
        ("Erdogan", "person:recep-tayyip-erdogan", "TUR"),
        ("Turkish President Recep Tayyip Erdogan", "person:recep-tayyip-erdogan", "TUR"),
        ("Bashar al-Assad", "person:bashar-al-assad", "SYR"),
        ("NATO chief Jens Stoltenberg", "person:jens-stoltenberg", "NOR"),
    ],
)
def test_known_people(text: str, person: str, country: str) -> None:
    actor = resolve_one(text, day=dt.date(2010, 1, 1))
    assert (actor.id, actor.country, actor.sector) == (person, country, "GOV")


def test_person_country_follows_office_held() -> None:
    assert resolve_one("Stoltenberg", day=dt.date(2020, 1, 1)).country == "IGO"
    assert resolve_one("Stoltenberg", day=dt.date(2010, 1, 1)).country == "NOR"


def test_ambiguous_surname_by_date() -> None:
    assert resolve_one("President Bush", day=dt.date(1990, 6, 1)).id == "person:george-h-w-bush"
    assert resolve_one("President Bush", day=dt.date(2005, 6, 1)).id == "person:george-w-bush"


@pytest.mark.parametrize(
    ("text", "day", "person"),
    [
        ("the Turkish president", dt.date(2024, 6, 1), "person:recep-tayyip-erdogan"),
        ("the Turkish president", dt.date(2010, 6, 1), "person:abdullah-gul"),
        ("the US president", dt.date(2022, 6, 1), "person:joe-biden"),
        ("the president of Iraq", dt.date(2010, 6, 1), "person:jalal-talabani"),
        ("Germany's chancellor", dt.date(2015, 6, 1), "person:angela-merkel"),
        ("the British foreign secretary", dt.date(2012, 6, 1), "person:william-hague"),
        ("the UN secretary-general", dt.date(2010, 6, 1), "person:ban-ki-moon"),
    ],
)
def test_office_holder_by_role_and_date(text: str, day: dt.date, person: str) -> None:
    assert resolve_one(text, day=day).id == person


def test_role_outside_any_known_term_is_not_a_person() -> None:
    actor = resolve_one("the Turkish president", day=dt.date(1995, 6, 1))
    assert (actor.id, actor.country, actor.sector) == ("TUR-GOV", "TUR", "GOV")
    assert resolve_one("the Turkish president", day=None).id == "TUR-GOV"


def test_role_with_other_words_is_not_the_office_holder() -> None:
    assert resolve_one("the Turkish president's spokesman").id == "TUR-GOV"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Iraqi Defense Ministry", "IRQ", "MIL"),
        ("Iraqi army", "IRQ", "MIL"),
        ("Syrian troops", "SYR", "MIL"),
        ("Israeli soldiers", "ISR", "MIL"),
        ("Syrian opposition fighters", "SYR", "REB"),
        ("Afghan rebels", "AFG", "REB"),
        ("Iraqi insurgents", "IRQ", "REB"),
        ("Somali militants", "SOM", "REB"),
        ("Iranian protesters", "IRN", "CVL"),
        ("Egyptian students", "EGY", "CVL"),
        ("Gaza residents", "PSE", "CVL"),
        ("the Iraqi government", "IRQ", "GOV"),
        ("Iraqi ministers", "IRQ", "GOV"),
        ("Turkish police", "TUR", "COP"),
        ("a Pakistani court", "PAK", "JUD"),
        ("the Kenyan parliament", "KEN", "LEG"),
        ("Ukrainian lawmakers", "UKR", "LEG"),
        ("the ruling Turkish party", "TUR", "PTY"),
        ("Nigerian gunmen", "NGA", "UAF"),
        ("Russian journalists", "RUS", "JRN"),
        ("an Israeli army spokesman", "ISR", "MIL"),
        ("a Syrian official", "SYR", "GOV"),
        ("the Libyan delegation", "LBY", "GOV"),  # a delegation alone speaks for its state
        ("the Yemeni rebel delegation", "YEM", "REB"),  # ... else for whom it represents
        ("Bolivian opposition negotiators", "BOL", "OPP"),
        ("former Egyptian president", "EGY", "ELI"),
        ("Abkhazia", "GEO", "PRE"),
        ("the Syrian rebel army", "SYR", "REB"),  # a rebel army is no state's army
        ("the government of Vladimir Putin", "RUS", "GOV"),  # the state's, not the man
    ],
)
def test_sector_words(text: str, country: str, sector: str) -> None:
    actor = resolve_one(text)
    assert (actor.country, actor.sector) == (country, sector)
    assert actor.id == f"{country}-{sector}"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Iraq's Defense Ministry", "IRQ", "MIL"),
        ("Iraq's ministerial national council", "IRQ", "GOV"),
        ("Russia's UN ambassador", "RUS", "GOV"),
        ("Norway's foreign minister", "NOR", "GOV"),
    ],
)
def test_possessive_owner(text: str, country: str, sector: str) -> None:
    actor = resolve_one(text, day=None)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("NATO-member Norway", "NOR"),
        ("a UN official", "UNO"),
        ("troops from Chad", "TCD"),
        ("rebels in Syria", "SYR"),
        ("the ambassador to Syria", None),
        ("Russian-backed rebels", None),
        ("pro-Russian separatists", "UKR"),
        ("a London-based group", None),
        ("US-led coalition forces", "USA"),
        ("Up to 1,000 Turkish soldiers", "TUR"),
        ("ethnic Turks", None),
        ("members of Hamas", "PSE"),
    ],
)
def test_which_name_owns_the_mention(text: str, country: str | None) -> None:
    assert resolve_one(text).country == country


def test_regions_are_not_coded() -> None:
    actor = resolve_one("Latin America")
    assert actor.country is None and actor.name is None


def test_lowercase_words_are_not_names() -> None:
    assert resolve_one("us").country is None
    assert resolve_one("a ban").country is None


def test_unknown_actor_gets_a_document_scoped_id() -> None:
    text = "The Zorgon Liberation Committee"
    actor = resolve_one(text)
    assert actor.country is None and actor.sector is None and actor.name is None
    assert actor.id is not None and actor.id.startswith("doc-actor_")
    assert actor.id == resolve_one(text).id  # stable
    other = document_resolver("Another text.", annotations("Another text."), published=DAY)
    assert other(Mention(text, 0, len(text))).id != actor.id  # scoped to the document


def test_nameless_sector_noun_takes_the_one_country_of_its_sentence() -> None:
    text = "Police fired tear gas in Iraq"
    resolve = document_resolver(text, annotations(text, (("Iraq", "GPE"),)), published=DAY)
    actor = resolve(Mention("Police", 0, 6))
    assert (actor.country, actor.sector) == ("IRQ", "COP")
    assert actor.id is not None and actor.id.startswith("doc-actor_")


def test_nameless_sector_noun_with_two_countries_stays_unknown() -> None:
    text = "Police fired tear gas in Iraq near Syria"
    ents = (("Iraq", "GPE"), ("Syria", "GPE"))
    resolve = document_resolver(text, annotations(text, ents), published=DAY)
    assert resolve(Mention("Police", 0, 6)).country is None


def test_actor_keeps_mention_offsets_and_canonical_name() -> None:
    text = "Yesterday Turkish President Recep Tayyip Erdogan spoke"
    resolve = document_resolver(text, annotations(text), published=DAY)
    actor = resolve(Mention("Turkish President Recep Tayyip Erdogan", 10, 48))
    assert (actor.start, actor.end, actor.name) == (10, 48, "Recep Tayyip Erdoğan")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("tunisian rioters", "TUN"),
        ("polish workers", None),
        ("Alaska", "USA"),
        ("Sharon Stone", None),
        ("Ariel Sharon", "ISR"),
        ("Sharon", "ISR"),
        ("the Kenya Anti-Corruption Commission", "KEN"),
    ],
)
def test_case_and_longer_names(text: str, country: str | None) -> None:
    assert resolve_one(text).country == country


def test_unknown_titled_person_takes_sentence_country() -> None:
    text = "Judge Alejandro Rivera charged 28 Chilean officials"
    resolve = document_resolver(text, annotations(text, (("Chilean", "NORP"),)), published=DAY)
    actor = resolve(Mention("Judge Alejandro Rivera", 0, 22, "PERSON"))
    assert (actor.country, actor.sector) == ("CHL", "JUD")


def test_country_in_another_persons_title_is_not_context() -> None:
    text = "President Jean Dupont welcomed South African leader Piet Botha"
    ents = (("Jean Dupont", "PERSON"), ("South African", "NORP"), ("Piet Botha", "PERSON"))
    resolve = document_resolver(text, annotations(text, ents), published=DAY)
    assert resolve(Mention("President Jean Dupont", 0, 21, "PERSON")).country is None
    botha = resolve(Mention("Piet Botha", 52, 62, "PERSON"))
    assert (botha.country, botha.antecedent) == ("ZAF", None)


@pytest.mark.model
def test_resolver_on_a_parsed_article() -> None:
    from sitroom.model import Article
    from sitroom.nlp import annotate

    text = "Turkish President Recep Tayyip Erdogan met Iraqi officials. He praised the army."
    article = Article(article_id="a", doc_id="d", source="s", text=text, published=DAY)
    _, parsed = annotate(article)
    resolve = document_resolver(text, parsed, published=DAY)
    assert resolve(Mention("Iraqi officials", 43, 58)).id == "IRQ-GOV"
    he = resolve(Mention("He", 60, 62))
    assert (he.id, he.antecedent) == ("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan")


def _resolve_with_places(text: str, mention: str, places: tuple[Place, ...]) -> Actor:
    resolve = document_resolver(text, annotations(text), published=DAY, places=places)
    start = text.index(mention)
    return resolve(Mention(mention, start, start + len(mention)))


def test_participant_that_is_a_resolved_place_takes_its_country() -> None:
    text = "Khartoum lifted the curfew in West Kordofan State"
    place = Place("West Kordofan State", 30, 49, name="West Kordofan", country="SDN")
    actor = _resolve_with_places(text, "West Kordofan State", (place,))
    assert (actor.country, actor.sector, actor.name) == ("SDN", None, "West Kordofan")


def test_sector_noun_at_a_resolved_place_is_that_state_s() -> None:
    text = "Rebels attacked the army in Tal Afar"
    place = Place("Tal Afar", 28, 36, name="Tal Afar", country="IRQ")
    actor = _resolve_with_places(text, "the army in Tal Afar", (place,))
    assert (actor.country, actor.sector) == ("IRQ", "MIL")
    assert actor.text == "the army in Tal Afar"


def test_place_inside_a_mention_is_not_its_owner() -> None:
    text = "Rebels attacked the Tal Afar council offices"
    place = Place("Tal Afar", 19, 27, name="Tal Afar", country="IRQ")
    actor = _resolve_with_places(text, "the Tal Afar council offices", (place,))
    assert actor.country is None


@pytest.mark.parametrize(("text", "country"), [("iRaq", "IRQ"), ("the leaders of sYria", "SYR")])
def test_name_with_capitals_out_of_place_is_read(text: str, country: str) -> None:
    assert resolve_one(text).country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Association of Independent Jurists", "NGO"),
        ("Members of the Lawyers' Society", "NGO"),
        ("the Association of Kenyan Jurists", "KEN"),  # a state owns it
        ("the association", None),  # not a name
    ],
)
def test_unknown_civil_society_organisation_is_an_ngo(text: str, country: str | None) -> None:
    assert resolve_one(text).country == country


@pytest.mark.parametrize(("text", "country"), [("Chechen fighters", "RUS"), ("Uighurs", "CHN")])
def test_peoples_of_one_state_take_that_state(text: str, country: str) -> None:
    assert resolve_one(text).country == country


def test_opposition_forces_are_rebels_not_the_army() -> None:
    assert resolve_one("Syrian opposition forces").sector == "REB"


def test_a_word_acronym_in_lower_case_is_no_name() -> None:
    assert resolve_one("nato").country is None


def test_a_rebel_army_is_rebels_an_army_is_not() -> None:
    assert (resolve_one("the rebel army").sector, resolve_one("the army").sector) == ("REB", "MIL")


def test_the_spokesman_of_a_leader_is_still_his() -> None:
    actor = resolve_one("the spokesman of Vladimir Putin", day=dt.date(2018, 3, 1))
    assert actor.id == "person:vladimir-putin"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the rebels' Baghdad accord", None, "REB"),
        ("the Nairobi talks", None, None),
        ("the Cairo platform", None, None),
        ("Cairo", "EGY", "GOV"),  # the seat of power alone is still its government
        ("the Tehran government", "IRN", "GOV"),
    ],
)
def test_a_city_naming_a_text_or_forum_is_no_party(
    text: str, country: str | None, sector: str | None
) -> None:
    actor = resolve_one(text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "actor_id", "sector"),
    [
        ("the Foreign Office", "inst:gbr-fco", "GOV"),  # a ministry of its own, not No 10
        ("Scotland Yard", "inst:gbr-met-police", "COP"),  # police, not intelligence
        ("the Home Office", "inst:gbr-home-office", "GOV"),
    ],
)
def test_british_institutions_keep_their_own_ids(text: str, actor_id: str, sector: str) -> None:
    actor = resolve_one(text)
    assert (actor.id, actor.country, actor.sector) == (actor_id, "GBR", sector)
