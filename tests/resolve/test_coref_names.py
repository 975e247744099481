"""Later mentions of a person: a titled surname, "X said he", a pronoun's conjunct."""

from __future__ import annotations

from sitroom.model import Mention
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actor_pronouns import resolve_after
from tests.resolve.test_actors import annotations
from tests.resolve.test_coref import DAY


def test_surname_takes_the_sector_of_a_countryless_title() -> None:
    text = "Interior Minister Lena Varga toured the port. Varga agreed to meet the mayors"
    resolve = document_resolver(text, annotations(text, (("Lena Varga", "PERSON"),)),
                                published=DAY)  # fmt: skip
    start = text.rindex("Varga")
    actor = resolve(Mention("Varga", start, start + 5))
    assert actor.sector == "GOV"
    assert actor.id == resolve(Mention("Lena Varga", 18, 28)).id


def test_title_with_an_unknown_name_gives_no_sector() -> None:
    text = "Zorbak leader Lena Varga toured the port. Varga agreed to meet the mayors"
    resolve = document_resolver(text, annotations(text, (("Lena Varga", "PERSON"),)),
                                published=DAY)  # fmt: skip
    start = text.rindex("Varga")
    assert resolve(Mention("Varga", start, start + 5)).sector is None


ENVOYS = (("Bruno Ackermann", "PERSON"), ("Tomas Brek", "PERSON"))


def test_he_after_said_is_the_sayer() -> None:
    text = ("Bruno Ackermann, a German envoy, spoke first. Tomas Brek, a Polish envoy, met the "
            "press. Ackermann said he would resign")  # fmt: skip
    actor = resolve_after(text, ENVOYS, ("Tomas Brek, a Polish envoy",), "he")
    assert actor.country == "DEU"


def test_he_after_said_is_not_the_object_of_a_relative() -> None:
    text = ("Bruno Ackermann, a German envoy, spoke first. Tomas Brek, a Polish envoy, met the "
            "press. The man who hired Ackermann said he would resign")  # fmt: skip
    actor = resolve_after(text, ENVOYS, ("Tomas Brek, a Polish envoy",), "he")
    assert actor.country != "DEU"


def test_he_is_not_his_own_conjunct() -> None:
    text = ("Bruno Ackermann, a German envoy, spoke first. Tomas Brek, a Polish envoy, met the "
            "press. Later he and Brek agreed to talk")  # fmt: skip
    actor = resolve_after(text, ENVOYS, ("Tomas Brek, a Polish envoy",), "he")
    assert actor.country == "DEU"


LEADERS = (("Lena Varga", "PERSON"), ("Paul Moreau", "PERSON"))


def _they_after(text: str) -> list[str | None]:
    from sitroom.resolve.actor_groups import document_participants

    participants = document_participants(text, annotations(text, LEADERS), published=DAY)
    start = text.index(" they ") + 1
    they = Mention("they", start, start + 4)
    return [a.country for a in participants.resolve((they,), event=(they,))]


def test_they_after_coordinated_sayers_is_every_sayer() -> None:
    text = ("German Chancellor Lena Varga and French President Paul Moreau said they would "
            "close the border")  # fmt: skip
    assert _they_after(text) == ["DEU", "FRA"]


def test_they_after_sayers_in_a_relative_clause_is_not_the_list() -> None:
    text = ("The aide who met German Chancellor Lena Varga and French President Paul Moreau "
            "said they would close the border")  # fmt: skip
    assert _they_after(text) != ["DEU", "FRA"]
