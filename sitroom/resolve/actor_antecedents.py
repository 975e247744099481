"""A document's antecedents and the states its sentences name, for ``actors``.

``Antecedents`` is built once per document, before any participant is resolved. It
pre-scans the states each sentence names (countries, capitals, demonyms, national bodies:
the context of a nameless "police", ``sentence_state``) and takes as antecedents:

- NER names ("Syrian rebels", "US officials": ``actor_context.national_group``);
- persons, read with their title ("Iraqi Prime Minister ...", "..., the party chairman,"),
  else their home ("..., 26, from Leeds,"), else an earlier full name's ("Joxe");
- known organisations the NER missed ("Islamic State fighters").

Participants are added as they are resolved (``remember``); a later mention referring to
one takes its actor with the mention's own span (``through``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from sitroom.ids import make_id
from sitroom.model import Actor, Annotations, Entity, Mention, Place, Sentence
from sitroom.resolve.actor_context import national_group, title_of
from sitroom.resolve.actor_kb import NON_STATE, Entry, KnowledgeBase
from sitroom.resolve.actor_names import cut_name, names_in
from sitroom.resolve.actor_origin import home_after
from sitroom.resolve.actor_peoples import located_state
from sitroom.resolve.actor_relations import sentence_state
from sitroom.resolve.actor_rules import Reading, actor_of, read, relabel
from sitroom.resolve.actor_scope import on_counterpart
from sitroom.resolve.actor_text import fold, tokenize
from sitroom.resolve.coref import STATE_SECTORS, Antecedent, Chain

ANTECEDENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
GROUP_KINDS = frozenset({"group", "igo", "ngo"})
PLACE_KINDS = frozenset({"country", "capital", "demonym", "city", "partial"})
STATE_KINDS = frozenset({"country", "capital", "partial"})  # a state, not a town in it
ARMED = frozenset({"MIL", "REB", "UAF"})
Spans = Sequence[tuple[int, int]]  # (start, end) of mentions
# "Mr Campbell" (which the NER may tag ORG): a person, and of which gender.
_HONORIFIC = re.compile(r"(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+[A-Z]")
_GENDERS = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she",
            "dame": "she", "lady": "she"}  # fmt: skip
# Only these make a name the NER tags ORG a person ("Lord Chancellor" is an office).
_MISTER = frozenset({"mr", "mrs", "ms", "miss"})
_ONE = re.compile(r"(?:(?:^|\s)[Aa]n?\s+\S+|\w(?:[hs]man|woman))$")


def honorific(text: str, entity: Entity | Antecedent) -> str:
    """The honorific a name opens with or follows ("mr", "lady"); "" if none."""
    before = re.search(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$",
                       text[max(0, entity.start - 7) : entity.start])  # fmt: skip
    found = before or _HONORIFIC.match(text, entity.start, entity.end)
    return "" if found is None else found.group(1).lower()


def title_gender(chain: Chain, text: str, item: Antecedent) -> str | None:
    """ "he"/"she" for a person: from a pronoun already resolved to it, else its honorific."""
    learnt = chain.genders.get(item.actor.id or "")
    return learnt or _GENDERS.get(honorific(text, item))


class Antecedents:
    """The coreference chain of one document and the states its sentences name."""

    def __init__(
        self,
        kb: KnowledgeBase,
        text: str,
        annotations: Annotations,
        *,
        day: dt.date | None,
        toponyms: Sequence[Place],
        scope: str,
    ) -> None:
        self.kb = kb
        self.text = text
        self.folded = fold(text)  # ``namesake`` asks per person whether a name is in the text
        self.annotations = annotations
        self.day = day
        self.toponyms = toponyms  # resolved places with a country
        self.scope = scope
        self.chain = Chain()
        self.places: dict[int, list[tuple[int, str]]] = defaultdict(list)  # sentence -> states
        self.claimed: list[tuple[int, int]] = []  # spans of person titles
        self.titles: dict[tuple[int, int], tuple[int, int]] = {}  # title span -> name span
        self.named: list[tuple[Entry, ...]] = []  # what each known name of the text names
        organisations = [
            org
            for sentence in annotations.sentences
            for org in self._scan_places(sentence.index, sentence.start, sentence.text)
        ]
        for entity in annotations.entities:
            if entity.label in ANTECEDENT_LABELS:
                self._prescan(entity)
        for mention in organisations:
            self._unlabelled(mention)

    def _scan_places(self, index: int, offset: int, text: str) -> list[Mention]:
        """States a sentence names (countries, capitals, demonyms, national bodies); the
        known organisations it names are returned."""
        tokens = tokenize(text)
        organisations = []
        for start, end, entries in names_in(self.kb, tokens, text):
            self.named.append(entries)
            entry = entries[0]
            if entry.kind == "org":
                country = self.kb.organisations[entry.ref].country
                organisations.append(Mention(text[tokens[start].start : tokens[end - 1].end],
                                             offset + tokens[start].start,
                                             offset + tokens[end - 1].end, "ORG"))  # fmt: skip
            else:
                country = entry.ref if entry.kind in PLACE_KINDS else None
            at, to = offset + tokens[start].start, offset + tokens[end - 1].end
            if entry.kind in {"city", "capital"}:  # "Birmingham, Ala.": read in context
                country = self._located_city(at, to) or country
            # "his Russian counterpart": another state than the other participants'.
            if country is None or country in NON_STATE:
                continue
            if not on_counterpart(self.kb, self.text, at, to):
                self.places[index].append((at, country))
        return organisations

    def _located_city(self, at: int, to: int) -> str | None:
        """The country the place resolver gave the city named at ``at:to`` (its state
        abbreviation or region after it, "Birmingham, Ala."), over the city's best-known one."""
        return next((p.country for p in self.toponyms if p.start == at and p.end == to), None)

    def _unlabelled(self, mention: Mention) -> None:
        """A known organisation the NER missed ("Islamic State fighters") is still an
        antecedent for "the group" and "its"."""
        if any(a.start < mention.end and mention.start < a.end for a in self.chain.items):
            return
        reading = read(mention.text, self.kb, day=self.day)
        # Not state institutions: "the Pentagon" would outrank "the country" as an antecedent.
        if reading.organisation is not None and reading.organisation.kind in GROUP_KINDS:
            actor = actor_of(self.kb, reading, mention, scope=self.scope, antecedent=None)
            self.remember(actor, reading, label="ORG")

    def sentence_at(self, start: int) -> Sentence | None:
        return next((s for s in self.annotations.sentences if s.start <= start < s.end), None)

    def sentence_of(self, start: int) -> int | None:
        return found.index if (found := self.sentence_at(start)) is not None else None

    def sentence_start(self, start: int) -> int | None:
        return found.start if (found := self.sentence_at(start)) is not None else None

    def recent(self, start: int) -> int | None:
        """Start of the sentence before the one at ``start``: the salience window."""
        index = self.sentence_of(start)
        if index is None:
            return None
        previous = [s for s in self.annotations.sentences if s.index in {index - 1, index}]
        return min(s.start for s in previous)

    def _titled(self, entity: Entity) -> Reading:
        """A person entity read with its title ("Iraqi Prime Minister ...", "..., the
        party chairman,"); a title without a country takes the one state its sentence
        names; a bare surname takes what an earlier full name of the person had."""
        reading = read(entity.text, self.kb, day=self.day)
        if reading.country is not None:
            return reading
        title = title_of(self.kb, self.text, entity, self.day, self.sentence_start(entity.start))
        if title is not None:
            self.claimed.append((title.start, title.end))
            self.titles[(title.start, title.end)] = (entity.start, entity.end)
            reading = title.reading
            if reading.country is None:
                country = self.sentence_state(entity.start, entity.end, person=True)
                reading = Reading(country=country, sector=reading.sector, person_like=True,
                                  named=country is not None)  # fmt: skip
            return reading
        home = home_after(self.kb, self.text, entity.end, self.toponyms)  # ", 26, from Leeds,"
        if home is not None:
            return Reading(country=home, person_like=True)
        same = self.chain.by_surname(entity.text, entity.start)
        if same is not None:
            found = same.actor
            return Reading(country=found.country, sector=found.sector, person_like=True)
        return reading

    def namesake(self, text: str, start: int, reading: Reading) -> Antecedent | None:
        """The titled person of the document whose surname ``text`` (read as a known
        person) is: "Hariri" after "Nasr al-Hariri, chief negotiator for ...", unless the
        known person's full name is in the text."""
        person = reading.person
        if person is None or reading.role is not None or fold(person.name) in self.folded:
            return None
        ante = self.chain.by_surname(text, start, known=False)
        if ante is None or not ante.person or ante.actor.sector is None:
            return None
        return None if ante.actor.id == person.id else ante

    def _office_named(self, entity: Entity, reading: Reading) -> bool:
        """An unknown name the tagger calls an organisation but an apposed office with a
        country describes ("Jan Kral, the UN envoy for Chad,"): a person."""
        if entity.label != "ORG" or reading.country is not None or reading.sector is not None:
            return False
        title = title_of(self.kb, self.text, entity, self.day, self.sentence_start(entity.start))
        return title is not None and title.reading.person_like and title.reading.country is not None

    def kin(self, entity: Entity | Mention) -> str | None:
        """ "he"/"she"/"" for a one-word name apposed to a relative or friend ("Reid's
        mother, Sharon,"), None otherwise."""
        before = re.search(r"(\w+),\s*$", self.text[max(0, entity.start - 30) : entity.start])
        if before is None or " " in entity.text.strip():
            return None
        noun, words = before[1].lower(), self.kb.words
        if noun in words["kin_female"]:
            return "she"
        if noun in words["kin_male"]:
            return "he"
        return "" if noun in words["kin_other"] else None

    def _prescan(self, entity: Entity) -> None:
        after = re.match(r"-(\w+)", self.text[entity.end : entity.end + 20])
        if after and after.group(1).lower() in self.kb.words["not_owner_after"]:
            return  # "a UK-based group": the UK is neither actor nor context
        if cut_name(self.kb, self.text, entity.start, entity.end):
            return  # "Democrat" cut out of "Liberal Democrat": no US party
        label = entity.label
        reading = read(entity.text, self.kb, day=self.day)
        kin = self.kin(entity) if label == "PERSON" else None
        if kin is not None:
            reading = Reading(person_like=True)  # "his mother, Sharon,": not Ariel Sharon
        elif label == "PERSON" and reading.country is not None and reading.person is None:
            label = "NORP"  # "Britons" tagged PERSON: a demonym, not somebody's name
        elif label == "PERSON" and (same := self.namesake(entity.text, entity.start, reading)):
            # "Hariri" after "Nasr al-Hariri, chief negotiator ...": that man again.
            mention = Mention(entity.text, entity.start, entity.end, label)
            self.remember(relabel(same.actor, mention), Reading(person_like=True), label=label)
            return
        elif (
            label == "PERSON"
            or self._office_named(entity, reading)
            or (label == "ORG" and honorific(self.text, entity) in _MISTER)
        ):
            label = "PERSON"
            reading = self._titled(entity)
        if reading.country is None and label != "PERSON":
            return
        mention = Mention(entity.text, entity.start, entity.end, entity.label)
        if label in {"NORP", "GPE"}:  # "Syrian rebels", "US officials"
            mention, reading = national_group(self.kb, self.text, mention, reading, self.day)
        actor = actor_of(self.kb, reading, mention, scope=self.scope, antecedent=None)
        if label == "PERSON" and reading.person is None:
            # An unknown person still takes "he" and "she"; the country only if titled.
            actor = Actor(entity.text, entity.text, reading.country, reading.sector, make_id(
                "doc-actor", self.scope, fold(entity.text)), entity.start, entity.end)  # fmt: skip
        if kin and actor.id is not None:
            self.chain.genders[actor.id] = kin
        self.remember(actor, reading, label=label)

    def remember(
        self, actor: Actor, reading: Reading, *, label: str | None, participant: bool = False
    ) -> None:
        """Add ``actor`` (read as ``reading``) to the chain, with what it can be referred to as."""
        if actor.start is None or actor.end is None:
            return
        if actor.country is None and label != "PERSON" and not reading.located:
            return  # a people ("the Kurds") stays an antecedent for "they" without one
        # "a Frenchman", "an American": one person of that nation, not its people.
        one = label == "NORP" and bool(_ONE.search(self.text[max(0, actor.start - 3) : actor.end]))
        person = label == "PERSON" or reading.person is not None or reading.person_like or one
        # A bare demonym is a people ("the Dutch"); "Chechen government" is one body.
        demonym = label == "NORP" and reading.sector is None
        organisation = label == "ORG" or reading.organisation is not None
        self.chain.add(Antecedent(
            start=actor.start, end=actor.end, actor=actor, person=person,
            plural=not person and (demonym or reading.plural), organisation=organisation,
            participant=participant, state=organisation or reading.kind in STATE_KINDS,
            possessive=self.text[actor.end : actor.end + 2] in {"'s", "’s"},
        ))  # fmt: skip

    def title_holder(self, start: int, end: int) -> Antecedent | None:
        """The person with a country whose pre-scanned title holds ``start:end`` ("the home
        secretary" in "the home secretary, Jamal Karimi, said")."""
        found = None
        for (first, last), (name_start, name_end) in self.titles.items():
            if first <= start and end <= last:
                holder = self.chain.within(name_start, name_end)
                if holder is not None and holder.person and holder.actor.country is not None:
                    found = holder
        return found

    def through(
        self, mention: Mention, ante: Antecedent, reading: Reading, *, definite: bool
    ) -> Actor:
        """A mention resolved through an antecedent: its actor, with this mention's span."""
        actor = ante.actor
        if definite and ante.person and actor.sector is None and reading.sector in ARMED:
            # "her commanders" of a private Briton: no army of Britain's (nor hers).
            own = Reading(sector=reading.sector)
            return actor_of(self.kb, own, mention, scope=self.scope, antecedent=None)
        if definite and actor.country is not None:
            # "the government" after "Iraq": the antecedent's country, this mention's sector.
            # "the president" after "Turkey": who held the office on the publication day.
            role, day = reading.role, self.day
            holder = self.kb.holder(actor.country, role, day) if role and day else None
            # "its members", "the officials": a member noun is of the owner's sector.
            sector = actor.sector if reading.weak and actor.sector else reading.sector
            own = Reading(country=actor.country, sector=sector, person=holder, named=True)
            return actor_of(self.kb, own, mention, scope=self.scope, antecedent=actor.text)
        return relabel(actor, mention)

    def sentence_state(
        self,
        start: int,
        end: int,
        *,
        located: bool = False,
        others: Spans = (),
        aided: bool = False,
        state: bool = False,
        person: bool = False,
    ) -> str | None:
        """The one state the sentence at ``start`` names outside ``start:end``, titles, ``others``
        and goals of acts (``actor_relations``); ``located``: where it puts the mention;
        ``state``: a state institution, which a goal leaves to the sentence's officials;
        ``person``: a titled person, who takes no private person's nationality."""
        sentence = self.sentence_at(start)
        if sentence is None:
            return None
        if located:
            return located_state(self.kb, self.text, sentence, (start, end), places=self.toponyms,
                                 named=self.places.get(sentence.index, []))  # fmt: skip
        others = [(a, b) for a, b in others if not a <= start < b]
        official = self._official(sentence.start, sentence.end) if state else None
        return sentence_state(self.kb, self.text, self.places.get(sentence.index, []), (start, end),
                              since=sentence.start, titles=self.claimed, others=others,
                              aided=aided, official=official, person=person)  # fmt: skip

    def _official(self, start: int, end: int) -> str | None:
        """The one country of the state officials named in ``start:end`` ("President Lula")."""
        countries = {
            a.actor.country for a in self.chain.items
            if start <= a.start and a.end <= end and a.person and a.actor.country is not None
            and a.actor.sector in STATE_SECTORS and a.actor.country not in NON_STATE
        }  # fmt: skip
        return countries.pop() if len(countries) == 1 else None
