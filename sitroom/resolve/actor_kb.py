"""The actor knowledge base: ``lookups/actors/*.yml`` validated, compiled into alias indexes.

Five files, each validated with pydantic at load (``ConfigError`` names file and key):
``countries.yml`` (generated, see ``generate_countries.py``), ``demonyms.yml`` (people of
cities; peoples of several states), ``organisations.yml``, ``persons.yml`` and
``sectors.yml``. Matching rules are in ``actor_text``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sitroom import datafile
from sitroom.errors import ConfigError
from sitroom.resolve.actor_text import Case, PhraseIndex, build_index, fold

LOOKUP_DIR = Path(__file__).parent / "lookups" / "actors"
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
_CODE = r"^[A-Z]{3}$"
_M = TypeVar("_M", bound="BaseModel")
WordList = Literal[
    "split", "complement", "not_owner_after", "not_owner_before", "calendar", "role_modifiers",
    "title_capitalised", "former", "title_lowercase", "person_nouns", "ngo_heads",
    "subordinators", "first_plural", "first_singular", "masculine", "feminine",
    "reporting_verbs", "source_lead", "counterparts", "place_targets", "goal_before",
    "goal_exceptions", "relational_nouns", "fear_nouns", "eu_bodies", "eu_body_nouns",
    "locative_before", "epithets", "comparison_before", "quote_verbs",
    "named_after_venue", "generic_fighters", "kin_female",
    "kin_male", "kin_other", "private_persons",
]  # fmt: skip
WORD_LISTS: tuple[str, ...] = get_args(WordList)

Kind = Literal["country", "capital", "demonym", "city", "partial", "org", "person", "region"]
# When one alias names several things, the earlier kind wins ("Brussels": the EU).
KIND_ORDER: tuple[Kind, ...] = (
    "person", "org", "region", "partial", "country", "capital", "demonym", "city",
)  # fmt: skip


# --- files as validated -------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class CountryFileEntry(_Strict):
    code: str = Field(pattern=_CODE)
    name: str
    kind: Literal["state", "territory", "partial"]
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    sector: str | None = None
    names: list[str]
    demonyms: list[str] = []
    capitals: list[str] = []
    cities: list[str] = []


class CountryFile(_Strict):
    version: int
    source: str
    countries: list[CountryFileEntry]


class OrganisationEntry(_Strict):
    id: str = Field(pattern=r"^[a-z]+:[a-z0-9-]+$")
    name: str
    kind: Literal["igo", "ngo", "group", "institution", "region"]
    country: str | None = Field(default=None, pattern=_CODE)
    sector: str | None = None
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    government_from: dt.date | None = None
    aliases: list[str]
    # Aliases that are common words ("Labour", "Democrats"): matched only as spelt, never
    # in lower case or all capitals, and not as the first word of a longer unknown name.
    exact: list[str] = []

    @model_validator(mode="after")
    def _exact_listed(self) -> OrganisationEntry:
        unknown = sorted(set(self.exact) - {self.name, *self.aliases})
        if unknown:
            raise ValueError(f"exact aliases not among the aliases: {', '.join(unknown)}")
        return self


class OrganisationFile(_Strict):
    version: int
    organisations: list[OrganisationEntry]


class Office(_Strict):
    role: str
    start: dt.date = Field(alias="from")
    end: dt.date | None = Field(default=None, alias="to")
    country: str | None = Field(default=None, pattern=_CODE)
    org: str | None = None  # the organisation of the office, for "the NATO chief"


class PersonEntry(_Strict):
    id: str | None = Field(default=None, pattern=r"^person:[a-z0-9-]+$")
    name: str
    country: str = Field(pattern=_CODE)
    sector: str = "GOV"
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    aliases: list[str] = []
    offices: list[Office] = []

    @field_validator("offices")
    @classmethod
    def _ordered(cls, offices: list[Office]) -> list[Office]:
        for office in offices:
            if office.end is not None and office.end < office.start:
                raise ValueError(f"office {office.role} ends before it starts")
        return offices


class PersonFile(_Strict):
    version: int
    persons: list[PersonEntry]


class DemonymFile(_Strict):
    version: int
    cities: dict[str, list[str]]
    stateless: list[str]


class SectorFile(_Strict):
    version: int
    labels: dict[str, str]
    strong: dict[str, list[str]]
    weak: dict[str, list[str]]
    roles: dict[str, list[str]]
    anaphors: dict[
        Literal["person_singular", "singular", "plural", "organisation", "group", "state"],
        list[str],
    ]
    words: dict[WordList, list[str]]

    @field_validator("words")
    @classmethod
    def _all_lists(cls, words: dict[WordList, list[str]]) -> dict[WordList, list[str]]:
        missing = sorted(set(WORD_LISTS) - set(words))
        if missing:
            raise ValueError(f"missing word lists: {', '.join(missing)}")
        return words


# --- compiled records ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    qid: str | None


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    government_from: dt.date | None


@dataclass(frozen=True, slots=True)
class Term:
    role: str
    start: dt.date
    end: dt.date | None
    country: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    country: str
    sector: str
    terms: tuple[Term, ...]

    def country_on(self, day: dt.date | None) -> str:
        """The country of the office held on ``day`` (a NATO chief is IGO), else home."""
        for term in self.terms if day else ():
            if day is not None and term.covers(day):
                return term.country
        return self.country


@dataclass(frozen=True, slots=True)
class Entry:
    """What an alias names: a kind and the code or id it refers to; ``exact``: the alias is
    a common word, matched only as spelt ("Labour", not "labour")."""

    kind: Kind
    ref: str
    exact: bool = False


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    persons: dict[str, Person]
    names: PhraseIndex  # values: Entry
    strong: PhraseIndex  # values: sector code
    weak: PhraseIndex  # values: sector code
    roles: PhraseIndex  # values: role id
    peoples: PhraseIndex  # words of peoples of several states (values: the word)
    labels: dict[str, str]
    anaphors: dict[str, frozenset[str]]
    words: dict[str, frozenset[str]]  # grammar words of mentions (sectors.yml "words")
    holders: dict[tuple[str, str], tuple[tuple[Term, str], ...]]  # (country or org, role)

    def holder(self, owner: str, role: str, day: dt.date) -> Person | None:
        """Who held ``role`` of ``owner`` (a country code or an org id) on ``day``."""
        for term, person_id in self.holders.get((owner, role), ()):
            if term.covers(day):
                return self.persons[person_id]
        return None


# --- loading ------------------------------------------------------------------------------


def _read(path: Path, model: type[_M]) -> _M:
    return datafile.load(path, model, what="actor lookup", name_entries=True)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _check(path: Path, key: str, ok: bool, message: str) -> None:
    if not ok:
        raise ConfigError(f"{path}: invalid actor lookup at {key}: {message}")


@dataclass(slots=True)
class _Builder:
    """Compiles validated files into a ``KnowledgeBase``, checking cross-references."""

    paths: dict[str, Path]
    sectors: set[str]
    roles: set[str]
    names: list[tuple[str, Entry]]
    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    persons: dict[str, Person]
    holders: dict[tuple[str, str], list[tuple[Term, str]]]

    @property
    def known(self) -> set[str]:
        return set(self.countries) | NON_STATE

    def add_countries(self, data: CountryFile) -> None:
        for entry in data.countries:
            if entry.kind == "state":
                self.countries[entry.code] = Country(entry.code, entry.name, entry.qid)
        for i, entry in enumerate(data.countries):
            where = f"countries.{i} ({entry.name}).code"
            _check(self.paths["countries"], where, entry.code in self.countries, "no such state")
            if entry.kind == "partial":
                self.names += [(n, Entry("partial", entry.code)) for n in entry.names]
                continue
            groups: tuple[tuple[Kind, list[str]], ...] = (
                ("country", [entry.name, *entry.names]),
                ("demonym", entry.demonyms),
                ("capital", entry.capitals),
                ("city", entry.cities),
            )
            for kind, words in groups:
                self.names += [(word, Entry(kind, entry.code)) for word in words]

    def add_demonyms(self, data: DemonymFile) -> None:
        """People of a city are of its state; the words of stateless peoples must not
        name anything (checked against the country names already added)."""
        path = self.paths["demonyms"]
        taken = {fold(name) for name, _ in self.names}
        for code, words in data.cities.items():
            _check(path, f"cities.{code}", code in self.countries, "no such state")
            for word in words:
                _check(path, f"cities.{code}", fold(word) not in taken, f"{word} is already a name")
            self.names += [(word, Entry("demonym", code)) for word in words]
        for word in data.stateless:
            _check(path, "stateless", fold(word) not in taken, f"{word} names a state")

    def add_organisations(self, data: OrganisationFile) -> None:
        path = self.paths["organisations"]
        for i, org in enumerate(data.organisations):
            where = f"organisations.{i} ({org.id})"
            _check(path, f"{where}.id", org.id not in self.organisations, "duplicate id")
            _check(path, f"{where}.country", org.country in self.known | {None},
                   f"unknown code {org.country}")  # fmt: skip
            _check(path, f"{where}.sector", org.sector in self.sectors | {None},
                   f"unknown sector {org.sector}")  # fmt: skip
            self.organisations[org.id] = Organisation(
                org.id, org.name, org.kind, org.country, org.sector, org.government_from
            )
            kind: Kind = "region" if org.kind == "region" else "org"
            exact = set(org.exact)
            self.names += [(alias, Entry(kind, org.id, alias in exact))
                           for alias in dict.fromkeys([org.name, *org.aliases])]  # fmt: skip

    def add_persons(self, data: PersonFile) -> None:
        path = self.paths["persons"]
        for i, person in enumerate(data.persons):
            where = f"persons.{i} ({person.name})"
            person_id = person.id or f"person:{slug(person.name)}"
            _check(path, f"{where}.id", person_id not in self.persons, "duplicate id")
            _check(path, f"{where}.country", person.country in self.known,
                   f"unknown code {person.country}")  # fmt: skip
            _check(path, f"{where}.sector", person.sector in self.sectors,
                   f"unknown sector {person.sector}")  # fmt: skip
            terms = []
            for j, office in enumerate(person.offices):
                _check(path, f"{where}.offices.{j}.role", office.role in self.roles,
                       f"unknown role {office.role}")  # fmt: skip
                _check(path, f"{where}.offices.{j}.org",
                       office.org is None or office.org in self.organisations,
                       f"unknown org {office.org}")  # fmt: skip
                term = Term(office.role, office.start, office.end, office.country or person.country)
                terms.append(term)
                self.holders[(office.org or term.country, office.role)].append((term, person_id))
            self.persons[person_id] = Person(
                person_id, person.name, person.country, person.sector, tuple(terms)
            )
            aliases = [person.name, *person.aliases]
            self.names += [(alias, Entry("person", person_id)) for alias in aliases]


# Demonyms also match in lower case ("tunisian rioters"), except words with other senses.
_CASED_DEMONYMS = frozenset({"polish", "pole", "poles", "finn", "finns", "dane", "danes", "turk",
                             "kiwi", "brit", "brits", "papal", "vatican", "lao"})  # fmt: skip


def _cased(phrase: str, entry: Entry) -> Case:
    if entry.exact:
        return "exact"
    return entry.kind != "demonym" or len(phrase) < 5 or fold(phrase) in _CASED_DEMONYMS


def load(directory: Path = LOOKUP_DIR) -> KnowledgeBase:
    """Read, validate and compile the five actor files of ``directory``."""
    paths = {name: directory / f"{name}.yml" for name in
             ("countries", "demonyms", "organisations", "persons", "sectors")}  # fmt: skip
    sector_file = _read(paths["sectors"], SectorFile)
    for part in ("strong", "weak"):
        for code in getattr(sector_file, part):
            _check(paths["sectors"], f"{part}.{code}", code in sector_file.labels, "unknown sector")
    builder = _Builder(paths, set(sector_file.labels), set(sector_file.roles), [], {}, {}, {},
                       defaultdict(list))  # fmt: skip
    builder.add_countries(_read(paths["countries"], CountryFile))
    demonyms = _read(paths["demonyms"], DemonymFile)
    builder.add_demonyms(demonyms)
    builder.add_organisations(_read(paths["organisations"], OrganisationFile))
    builder.add_persons(_read(paths["persons"], PersonFile))
    rank = {kind: n for n, kind in enumerate(KIND_ORDER)}
    names = sorted(builder.names, key=lambda pair: rank[pair[1].kind])

    def phrases(table: dict[str, list[str]]) -> PhraseIndex:
        return build_index([(word, key) for key, words in table.items() for word in words],
                           cased=False)  # fmt: skip

    return KnowledgeBase(
        countries=builder.countries,
        organisations=builder.organisations,
        persons=builder.persons,
        names=build_index(names, cased=_cased),
        strong=phrases(sector_file.strong),
        weak=phrases(sector_file.weak),
        roles=phrases(sector_file.roles),
        peoples=build_index([(word, word) for word in demonyms.stateless]),
        labels=dict(sector_file.labels),
        anaphors={key: frozenset(fold(w) for w in ws) for key, ws in sector_file.anaphors.items()},
        words={key: frozenset(fold(w) for w in ws) for key, ws in sector_file.words.items()},
        holders={key: tuple(value) for key, value in builder.holders.items()},
    )


@functools.cache
def default_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return load()
