"""Domestic politics: parties, national bodies, common-word names, a document's home state."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.model import Actor, Mention
from sitroom.resolve.actor_kb import LOOKUP_DIR, default_kb, load
from sitroom.resolve.actor_names import names_in
from sitroom.resolve.actor_setting import home_state
from sitroom.resolve.actor_text import build_index, scan, tokenize
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations, resolve_one

DAY = dt.date(2005, 3, 1)


def _code(text: str) -> tuple[str | None, str | None, str | None]:
    actor = resolve_one(text, day=DAY)
    return actor.country, actor.sector, actor.id


@pytest.mark.parametrize(
    ("text", "country", "actor_id"),
    [
        ("Labour", "GBR", "party:gbr-labour"),
        ("the Conservatives", "GBR", "party:gbr-conservatives"),
        ("the Tories", "GBR", "party:gbr-conservatives"),
        ("the Liberal Democrats", "GBR", "party:gbr-libdems"),
        ("the Lib Dems", "GBR", "party:gbr-libdems"),
        ("the SNP", "GBR", "party:gbr-snp"),
        ("Plaid Cymru", "GBR", "party:gbr-plaid"),
        ("UKIP", "GBR", "party:gbr-ukip"),
        ("the DUP", "GBR", "party:gbr-dup"),
        ("the Ulster Unionists", "GBR", "party:gbr-uup"),
        ("the SDLP", "GBR", "party:gbr-sdlp"),
        ("the Greens", "GBR", "party:gbr-greens"),
        ("Sinn Fein", "GBR", "party:sinn-fein"),
        ("the Democrats", "USA", "party:usa-democrats"),
        ("the Republicans", "USA", "party:usa-republicans"),
        ("the GOP", "USA", "party:usa-republicans"),
        ("the CDU", "DEU", "party:deu-cdu"),
        ("the SPD", "DEU", "party:deu-spd"),
        ("the UMP", "FRA", "party:fra-ump"),
    ],
)
def test_each_main_party_has_its_own_id_country_and_sector(
    text: str, country: str, actor_id: str
) -> None:
    assert _code(text) == (country, "PTY", actor_id)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("a Labour MP", "GBR", "LEG"),
        ("some Labour MPs", "GBR", "LEG"),
        ("the Tory leader", "GBR", "PTY"),
        ("a Democratic senator", "USA", "LEG"),
        ("the Labour government", "GBR", "GOV"),
    ],
)
def test_a_member_word_keeps_the_party_country_and_its_own_sector(
    text: str, country: str, sector: str
) -> None:
    assert _code(text)[:2] == (country, sector)


@pytest.mark.parametrize(
    "text",
    [
        "labour costs",
        "rising labour costs in the region",
        "the democrats of the world",
        "LABOUR",
        "a conservative estimate",
        "the greens of the golf course",
        "in unison",
    ],
)
def test_common_words_in_lower_case_name_no_party(text: str) -> None:
    assert _code(text)[0] is None


@pytest.mark.parametrize(
    "text", ["the Republican Guard", "the Social Democrats", "the Kurdish Democratic party"]
)
def test_a_common_word_name_inside_a_longer_unknown_name_is_no_party(text: str) -> None:
    assert _code(text)[0] != "USA"


def test_a_party_word_cut_out_of_a_longer_name_by_the_tagger_is_no_antecedent() -> None:
    text = "Angry Liberal Democrat councillors met. The police were called"
    resolve = document_resolver(text, annotations(text, (("Democrat", "NORP"),)), published=DAY)
    at = text.index("The police")
    assert resolve(Mention("The police", at, at + 10)).country != "USA"


def test_exact_aliases_match_only_as_spelt() -> None:
    index = build_index([("Labour", "party")], cased=lambda phrase, value: "exact")
    assert scan(index, tokenize("the Labour leader"))
    assert not scan(index, tokenize("LABOUR LEADER"))
    assert not scan(index, tokenize("labour market"))


def test_an_exact_alias_must_be_one_of_the_entry_aliases(tmp_path: Path) -> None:
    directory = tmp_path / "actors"
    shutil.copytree(LOOKUP_DIR, directory, ignore=shutil.ignore_patterns("*.py"))
    path = directory / "organisations.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("exact: [Republicans,", "exact: [Republicanz,", 1),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ConfigError, match=r"organisations\.yml.*Republicanz"):
        load(directory)


@pytest.mark.parametrize(
    ("text", "actor_id", "sector"),
    [
        ("the Trades Union Congress", "inst:gbr-tuc", "LAB"),
        ("the TUC", "inst:gbr-tuc", "LAB"),
        ("MSPs", "inst:gbr-scottish-parliament", "LEG"),
        ("Holyrood", "inst:gbr-scottish-parliament", "LEG"),
        ("the Welsh Assembly", "inst:gbr-welsh-assembly", "LEG"),
        ("the Welsh Assembly Government", "inst:gbr-welsh-government", "GOV"),
        ("Stormont", "inst:gbr-ni-assembly", "LEG"),
        ("the CBI", "inst:gbr-cbi", "BUS"),
        ("the NHS", "inst:gbr-nhs", "MED"),
        ("the Crown Prosecution Service", "inst:gbr-cps", "JUD"),
    ],
)
def test_uk_domestic_bodies(text: str, actor_id: str, sector: str) -> None:
    assert _code(text) == ("GBR", sector, actor_id)


def test_congress_alone_stays_the_us_congress() -> None:
    assert _code("Congress")[:2] == ("USA", "LEG")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Welsh councils", "GOV"),
        ("the shadow health secretary", "OPP"),
        ("Labour backbenchers", "LEG"),
        ("the Kerrow Local Health Board", "MED"),
        ("First Minister Jane Doe", "GOV"),
        ("Transport Secretary Jane Doe", "GOV"),
        ("International Development Secretary Jane Doe", "GOV"),
        ("the shadow cabinet", "OPP"),
    ],
)
def test_uk_role_and_body_words(text: str, sector: str) -> None:
    assert _code(text)[1] == sector


def _resolve_all(
    text: str, words: list[str], entities: tuple[tuple[str, str], ...] = ()
) -> list[Actor]:
    resolve = document_resolver(text, annotations(text, entities), published=DAY)
    found = []
    for word in words:
        at = text.index(word)
        found.append(resolve(Mention(word, at, at + len(word))))
    return found


def test_home_state_from_parties_and_legislatures() -> None:
    kb = default_kb()

    def home(text: str) -> str | None:
        return home_state(kb, (entries for *_, entries in names_in(kb, tokenize(text), text)))

    assert home("Labour and the Tories clashed over MSPs' pay") == "GBR"
    assert home("Labour won a seat") is None  # once is no home
    assert home("Democrats, Labour and the Tories met") == "GBR"
    assert home("Democrats and Republicans met Labour and the Tories") is None


def test_domestic_bodies_take_the_home_state() -> None:
    text = "Labour and the Tories clashed in a debate. Ministers will consult the unions"
    ministers, unions = _resolve_all(text, ["Ministers", "the unions"])
    assert (ministers.country, ministers.sector) == ("GBR", "GOV")
    assert (unions.country, unions.sector) == ("GBR", "LAB")
    # Without party or legislature names there is no home.
    text = "Talks broke down in a debate. Ministers will consult the unions"
    assert _resolve_all(text, ["Ministers"])[0].country is None


def test_a_state_institution_takes_no_nationality_of_a_private_party() -> None:
    text = "A Peruvian student shot by Chilean police sued the government"
    words = ["A Peruvian student", "the government"]
    student, government = _resolve_all(text, words, (("Chilean", "NORP"),))
    assert student.country == "PER"
    assert (government.country, government.sector) == ("CHL", "GOV")


def test_relatives_hold_nothing_of_the_office_of_whom_they_are_related_to() -> None:
    assert _code("a friend of the Tory leader")[0] is None
    text = "Ann found the Labour MP Jo Marsh after her mother wrote to her"
    mother = _resolve_all(text, ["her mother"], (("Jo Marsh", "PERSON"),))[0]
    assert (mother.country, mother.sector) == (None, None)
