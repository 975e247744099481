"""Participant mentions -> ``Actor``: country, sector, stable id, coreference.

``document_resolver`` is built once per document. It pre-scans the document's named
entities as antecedents (reading a person's title from the words before it, "Iraqi
Prime Minister ..."), then resolves each participant mention:

0. a role or relational noun through its own apposition ("the premier, Jane Doe,");
1. pronouns, "the group", "the government"-like descriptions and leading possessives
   ("its forces") through ``coref`` (participants first; "the regime": ``actor_epithet``);
2. the mention's own words with the knowledge base (``actor_rules.read``);
3. an unknown name through an earlier full name ("Joxe" after "Pierre Joxe") or its home
   ("Ola Berg, 31, from Tromvik", "the Leeds-born medic": ``actor_origin``);
4. a place the gazetteer resolved ("West Darfur State", "the army in Idlib") takes that
   place's country; an unknown body headed "Association", "Foundation" ... is an NGO;
5. a sector-only mention ("police") or an unknown titled person takes the one state its
   sentence names (``actor_relations``; "Kurdish fighters" only where: ``actor_peoples``);
   else a generic party ("the rebels") the document's setting state (``actor_setting``).

Antecedents: NER names ("Syrian rebels"), missed known organisations, earlier participants.

Known actors get their knowledge-base id (``TUR``, ``TUR-GOV``, ``person:...``,
``group:hts``); anything else a document-scoped id from its text, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from sitroom.ids import digest, make_id
from sitroom.model import Actor, Annotations, Entity, Mention, Place, Sentence
from sitroom.resolve.actor_binding import complement_subject, unbound
from sitroom.resolve.actor_context import national_group, title_of
from sitroom.resolve.actor_epithet import epithet_owner
from sitroom.resolve.actor_kb import NON_STATE, default_kb
from sitroom.resolve.actor_origin import birthplace, home_after
from sitroom.resolve.actor_peoples import located_state, named_group
from sitroom.resolve.actor_relations import (
    apposed,
    civil_society,
    relational,
    sentence_state,
    toponym,
)
from sitroom.resolve.actor_rules import Reading, actor_of, names_in, read, read_recased, relabel
from sitroom.resolve.actor_scope import on_counterpart, without_sources
from sitroom.resolve.actor_setting import setting_state
from sitroom.resolve.actor_speaker import (
    as_speaker,
    clause_subject,
    office_holder,
    pronoun_gender,
    quoted,
    speaker_span,
    voice_of,
)
from sitroom.resolve.actor_text import fold, tokenize
from sitroom.resolve.coref import NOMINAL, Antecedent, Chain, anaphor, antecedent_for, possessor

ANTECEDENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
GROUP_KINDS = frozenset({"group", "igo", "ngo"})
PLACE_KINDS = frozenset({"country", "capital", "demonym", "city", "partial"})
STATE_KINDS = frozenset({"country", "capital", "partial"})  # a state, not a town in it
ARMED = frozenset({"MIL", "REB", "UAF"})
Spans = Sequence[tuple[int, int]]  # (start, end) of mentions
_ONE = re.compile(r"(?:(?:^|\s)[Aa]n?\s+\S+|\w(?:[hs]man|woman))$")


class DocumentActors:
    """Coreference state and sentence context of one document."""

    def __init__(
        self,
        text: str,
        annotations: Annotations,
        published: dt.date | None,
        places: Sequence[Place] = (),
    ) -> None:
        self.kb = default_kb()
        self.toponyms = [p for p in places if p.country is not None]
        self.text = text
        self.day = published
        self.scope = digest(text, size=8)
        self.annotations = annotations
        self.chain = Chain()
        self.places: dict[int, list[tuple[int, str]]] = defaultdict(list)  # sentence -> states
        self.claimed: list[tuple[int, int]] = []  # spans of person titles
        self.titles: dict[tuple[int, int], tuple[int, int]] = {}  # title span -> name span
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
            entry = entries[0]
            if entry.kind == "org":
                country = self.kb.organisations[entry.ref].country
                organisations.append(Mention(text[tokens[start].start : tokens[end - 1].end],
                                             offset + tokens[start].start,
                                             offset + tokens[end - 1].end, "ORG"))  # fmt: skip
            else:
                country = entry.ref if entry.kind in PLACE_KINDS else None
            at, to = offset + tokens[start].start, offset + tokens[end - 1].end
            # "his Russian counterpart": another state than the other participants'.
            if country is None or country in NON_STATE:
                continue
            if not on_counterpart(self.kb, self.text, at, to):
                self.places[index].append((at, country))
        return organisations

    def _unlabelled(self, mention: Mention) -> None:
        """A known organisation the NER missed ("Islamic State fighters") is still an
        antecedent for "the group" and "its"."""
        if any(a.start < mention.end and mention.start < a.end for a in self.chain.items):
            return
        reading = read(mention.text, self.kb, day=self.day)
        # Not state institutions: "the Pentagon" would outrank "the country" as an antecedent.
        if reading.organisation is not None and reading.organisation.kind in GROUP_KINDS:
            actor = actor_of(self.kb, reading, mention, scope=self.scope, antecedent=None)
            self._remember(actor, reading, label="ORG")

    def _sentence_at(self, start: int) -> Sentence | None:
        return next((s for s in self.annotations.sentences if s.start <= start < s.end), None)

    def sentence_of(self, start: int) -> int | None:
        return found.index if (found := self._sentence_at(start)) is not None else None

    def sentence_start(self, start: int) -> int | None:
        return found.start if (found := self._sentence_at(start)) is not None else None

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
                country = self._sentence_state(entity.start, entity.end)
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

    def _prescan(self, entity: Entity) -> None:
        after = re.match(r"-(\w+)", self.text[entity.end : entity.end + 20])
        if after and after.group(1).lower() in self.kb.words["not_owner_after"]:
            return  # "a UK-based group": the UK is neither actor nor context
        label = entity.label
        reading = read(entity.text, self.kb, day=self.day)
        if label == "PERSON" and reading.country is not None and reading.person is None:
            label = "NORP"  # "Britons" tagged PERSON: a demonym, not somebody's name
        elif label == "PERSON":
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
        self._remember(actor, reading, label=label)

    def _remember(
        self, actor: Actor, reading: Reading, *, label: str | None, participant: bool = False
    ) -> None:
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

    def _through(
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

    def _context(self, mention: Mention, reading: Reading, others: Spans) -> str | None:
        """The one state named in the mention's sentence, for a nameless sector noun
        ("police") or an unknown person with a title ("Judge Alejandro Rivera")."""
        if reading.sector is None or reading.weak or reading.named:  # named: has a country
            return None
        return self._sentence_state(mention.start, mention.end, located=reading.located,
                                    others=others)  # fmt: skip

    def _sentence_state(
        self, start: int, end: int, *, located: bool = False, others: Spans = ()
    ) -> str | None:
        """The one state the sentence at ``start`` names outside ``start:end``, titles, ``others``
        and goals of acts (``actor_relations``); ``located``: where it puts the mention."""
        sentence = self._sentence_at(start)
        if sentence is None:
            return None
        if located:
            return located_state(self.kb, self.text, sentence, (start, end), places=self.toponyms,
                                 named=self.places.get(sentence.index, []))  # fmt: skip
        others = [(a, b) for a, b in others if not a <= start < b]
        return sentence_state(self.kb, self.text, self.places.get(sentence.index, []), (start, end),
                              since=sentence.start, titles=self.claimed, others=others)  # fmt: skip

    def _unnamed(self, mention: Mention, reading: Reading, others: Spans) -> Actor | None:
        """A mention without a country in its words: a place the gazetteer resolved, an
        unknown civil-society body, or a sector noun in a sentence naming one state."""
        place = toponym(self.toponyms, self.text, mention) if not reading.region else None
        if place is not None and reading.sector is not None:
            # "the army in Idlib": the forces of the state the place is in.
            located = Reading(country=place.country, sector=reading.sector)
            return actor_of(self.kb, located, mention, scope=self.scope, antecedent=None)
        if place is not None:
            actor = Actor(mention.text, place.name, place.country, None, make_id("doc-actor",
                          self.scope, fold(mention.text)), mention.start, mention.end)  # fmt: skip
            self._remember(actor, reading, label=mention.label, participant=True)
            return actor
        if civil_society(self.kb, mention.text):
            ngo = Reading(country="NGO", sector=reading.sector)
            return actor_of(self.kb, ngo, mention, scope=self.scope, antecedent=None)
        country = birthplace(self.kb, mention.text, mention.start, self.toponyms)
        country = country or self._context(mention, reading, others) or setting_state(
            mention, self._sentence_at(mention.start), self.toponyms)
        if country is not None:
            contextual = Reading(country=country, sector=reading.sector)
            return actor_of(self.kb, contextual, mention, scope=self.scope, antecedent=None)
        return None

    def _person(self, mention: Mention, reading: Reading) -> Actor | None:
        """A person pre-scanned with a title: the title itself ("the home secretary" in
        "the home secretary, Jamal Karimi, said"), or a mention holding the name ("leader
        Piet Botha"), or the surname of an earlier full name."""
        found = None
        for (start, end), (first, last) in self.titles.items():
            if start <= mention.start and mention.end <= end and reading.country is None:
                holder = self.chain.within(first, last)
                if holder is not None and holder.person and holder.actor.country is not None:
                    found = holder
        if found is None and not reading.named:
            inner = self.chain.within(mention.start, mention.end)
            found = inner if inner is not None and inner.person else None
        if found is not None:
            inside = mention.start <= found.start and found.end <= mention.end
            return relabel(found.actor, mention, sector=reading.sector, through=not inside)
        if not reading.named and mention.text[:1].isupper():  # not a place: "Joxe" the person
            ante = self.chain.by_surname(mention.text, mention.start, known=False)
            if ante is not None:
                return self._through(mention, ante, reading, definite=False)
        return None

    def _referent(self, mention: Mention, reading: Reading, others: Spans) -> Actor | None:
        """A pronoun, "the group", "the government" or "its forces": what it refers to."""
        recent, here = self.recent(mention.start), self.sentence_start(mention.start)
        kind = anaphor(mention.text, self.kb, sector=reading.sector, named=reading.named)
        if kind == "definite" and reading.role is not None:
            # "the president" after "Donald Trump": that person, not the last state's.
            holder = office_holder(self.kb, self.chain, reading.role, mention.start, self.day)
            if holder is not None:
                return self._through(mention, holder, reading, definite=False)
        gender = pronoun_gender(self.kb, mention.text)
        if kind is not None:
            # "A UN report said the militia ...": a cited source owns no description.
            chain = self.chain if kind not in NOMINAL else without_sources(
                self.kb, self.chain, self.text, here, of=mention.text)  # fmt: skip
            # "he demanded the Syrian leader resign": not that leader; "Turkey fought the
            # regime": not Turkey.
            chain = unbound(self.kb, chain, self.text, mention, others=others,
                            day=self.day, definite=kind in {"definite", "state"})  # fmt: skip
            ante = epithet_owner(self.kb, chain, self.text, mention)  # "the regime"
            ante = ante or clause_subject(self.kb, chain, self.text, mention, here)
            ante = ante or complement_subject(self.kb, chain, self.text, mention, here)
            ante = ante or antecedent_for(chain, kind, mention.start, sector=reading.sector,
                                          recent=recent, here=here, gender=gender,
                                          office=reading.person_like)  # fmt: skip
            if ante is not None:
                self.chain.learn(ante, gender)
                return self._through(mention, ante, reading, definite=kind == "definite")
        # "its forces in Syria": the possessive owns the mention, "in Syria" is a place.
        owner = possessor(mention.text) if reading.country is None or reading.complement else None
        owner = None if relational(self.kb, mention.text) else owner  # "its rivals"
        if owner is not None:
            ante = antecedent_for(self.chain, owner, mention.start, recent=recent, here=here,
                                  gender=gender)  # fmt: skip
            if ante is not None:
                self.chain.learn(ante, gender)
                # "its forces": the owner's country, this sector; "their capture": the owner.
                definite = reading.sector is not None
                return self._through(mention, ante, reading, definite=definite)
        return None

    def _voiced(self, mention: Mention, speaker: str, others: Spans) -> Actor | None:
        """ "we", "our fighters", "I" inside a quotation attributed to ``speaker``."""
        voice = voice_of(self.kb, self.text, mention)
        if voice is None:  # the cheap test first: this runs for every mention of a quote
            return None
        sentence = self._sentence_at(mention.start)
        if sentence is None or not quoted(self.text, mention.start):
            return None
        span = speaker_span(self.text, speaker, mention.start, (sentence.start, sentence.end))
        if span is None:
            return None
        label = next((e.label for e in self.annotations.entities
                      if (e.start, e.end) == span), None)  # fmt: skip
        saved = list(self.chain.items)  # reading the speaker adds no antecedent
        speaking = self.resolve(Mention(speaker, span[0], span[1], label), others=others)
        self.chain.items = saved
        reading = read_recased(self.kb, mention.text, self.day)
        return as_speaker(self.kb, mention, reading, speaking, voice, scope=self.scope)

    def resolve(self, mention: Mention, *, speaker: str | None = None, others: Spans = ()) -> Actor:
        """The actor of one participant mention; ``speaker`` is who the event's sentence is
        attributed to (the voice of a quoted "we" and "I"), ``others`` its event's participants."""
        voiced = self._voiced(mention, speaker, others) if speaker else None
        if voiced is not None:
            return voiced
        reading = read_recased(self.kb, mention.text, self.day)
        apposition = apposed(self.kb, self.text, mention, reading, self.day)
        if apposition is None and reading.located:  # "the Kurdish guerrillas, the PKK,"
            apposition = named_group(self.kb, self.text, mention, self.day)
        if apposition is not None:
            return actor_of(self.kb, apposition, mention, scope=self.scope, antecedent=None)
        titled = self._person(mention, reading) if reading.country is None else None
        found = titled or self._referent(mention, reading, others)
        if found is None and reading.country is None:
            found = self._unnamed(mention, reading, others)
        if found is not None:
            return found
        actor = actor_of(self.kb, reading, mention, scope=self.scope, antecedent=None)
        self._remember(actor, reading, label=mention.label, participant=True)
        return actor


def document_resolver(
    text: str,
    annotations: Annotations,
    *,
    published: dt.date | None,
    places: Sequence[Place] = (),
) -> Callable[[Mention], Actor]:
    """A resolver for participant mentions of one document (holds its coreference state);
    ``places`` are its resolved toponyms, for participants that are places."""
    return DocumentActors(text, annotations, published, places).resolve
