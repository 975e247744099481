"""Participant mentions -> ``Actor``: country, sector, stable id, coreference.

``document_resolver`` is built once per document. Its ``actor_antecedents.Antecedents``
pre-scan the document's named entities and the states its sentences name; then each
participant mention is resolved:

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
   else a generic party ("the rebels") the document's setting state, a domestic body
   ("ministers", "MPs") its home state (``actor_setting``).

A participant so resolved is an antecedent of the later mentions.

Known actors get their knowledge-base id (``TUR``, ``TUR-GOV``, ``person:...``,
``group:hts``); anything else a document-scoped id from its text, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from sitroom.ids import digest, make_id
from sitroom.model import Actor, Annotations, Mention, Place
from sitroom.resolve.actor_antecedents import Antecedents, Spans
from sitroom.resolve.actor_binding import adjunct_subject, complement_subject, unbound
from sitroom.resolve.actor_divided import compass_half, divided_state
from sitroom.resolve.actor_epithet import epithet_owner
from sitroom.resolve.actor_generic import generic_fighters, one_armed_group
from sitroom.resolve.actor_kb import default_kb
from sitroom.resolve.actor_origin import birthplace
from sitroom.resolve.actor_peoples import named_group
from sitroom.resolve.actor_pronouns import (
    conjoined,
    expletive,
    governing_subject,
    previous_subject,
    relative_head,
    relative_subject,
    reported_subject,
)
from sitroom.resolve.actor_quote import PRONOUN_SPEAKERS, quote_speaker, quoted
from sitroom.resolve.actor_relations import (
    apposed,
    civil_society,
    kinship,
    local_body,
    relational,
    toponym,
)
from sitroom.resolve.actor_rules import Reading, actor_of, read_recased, relabel
from sitroom.resolve.actor_scope import without_sources
from sitroom.resolve.actor_setting import home_state, home_titled, setting_state
from sitroom.resolve.actor_speaker import (
    as_speaker,
    clause_subject,
    office_holder,
    pronoun_gender,
    speaker_span,
    voice_of,
)
from sitroom.resolve.actor_text import fold
from sitroom.resolve.coref import (
    NOMINAL,
    STATE_SECTORS,
    Chain,
    anaphor,
    antecedent_for,
    possessor,
)

# "the factions that ousted Isis": a restrictive relative clause right after the noun.
_RELATIVE = re.compile(r"\s+(?:that|who|which|whose)\s")
# "the anti-Assad opposition", "the Iran-backed militia": a name inside a hyphenated modifier.
_NAMED_MODIFIER = re.compile(r"\w-[A-Z]|[A-Z]\w*-\w")


def establishing(text: str, mention: Mention) -> bool:
    """Whether a definite description ("the militia") introduces its party by what it says
    of it (a restrictive relative clause, a name in a hyphenated modifier) rather than
    referring back to one named before."""
    inner = mention.text.split()[1:-1]
    if any(_NAMED_MODIFIER.search(word) for word in inner):
        return True
    return _RELATIVE.match(text[mention.end : mention.end + 8]) is not None


# Domestic bodies a story names once with their state and then without it ("Police").
_HEAD_SECTORS = frozenset({"COP", "JUD", "JRN", "LEG"})


class DocumentActors:
    """The participant resolver of one document, over its pre-scanned ``Antecedents``."""

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
        self.antecedents = Antecedents(self.kb, text, annotations, day=published,
                                       toponyms=self.toponyms, scope=self.scope)  # fmt: skip
        # Whose parties and legislatures it names, from the names the antecedents found.
        self.home = home_state(self.kb, self.antecedents.named)

    # The chain and the sentence lookups are also ``actor_groups``' and ``actor_acronyms``'.
    @property
    def chain(self) -> Chain:
        return self.antecedents.chain

    @chain.setter
    def chain(self, chain: Chain) -> None:  # ``Participants.apart``: "it" without a party
        self.antecedents.chain = chain

    def sentence_of(self, start: int) -> int | None:
        return self.antecedents.sentence_of(start)

    def sentence_start(self, start: int) -> int | None:
        return self.antecedents.sentence_start(start)

    def recent(self, start: int) -> int | None:
        return self.antecedents.recent(start)

    def _context(
        self, mention: Mention, reading: Reading, others: Spans, *, aided: bool = False
    ) -> str | None:
        """The one state named in the mention's sentence, for a nameless sector noun
        ("police") or an unknown person with a title ("Judge Alejandro Rivera")."""
        if reading.sector is None or reading.weak or reading.named:  # named: has a country
            return None
        state = reading.sector in STATE_SECTORS
        return self.antecedents.sentence_state(mention.start, mention.end, located=reading.located,
                                               others=others, aided=aided, state=state)  # fmt: skip

    def _same_head(self, mention: Mention, reading: Reading) -> str | None:
        """ "Police" after "German police", "the editor" after "a Cambodian editor": a
        nameless police, court, press or legislature mention takes the country of the
        earlier mentions with its head noun and sector, when they all name one state."""
        if reading.sector not in _HEAD_SECTORS or reading.weak or not mention.text.split():
            return None
        head = fold(mention.text.split()[-1]).rstrip("s")
        states = {
            a.actor.country
            for a in self.chain.items
            if a.end <= mention.start
            and a.actor.country is not None
            and a.actor.sector == reading.sector
            and fold(a.actor.text.split()[-1]).rstrip("s") == head
        }
        return states.pop() if len(states) == 1 else None

    def _unnamed(
        self, mention: Mention, reading: Reading, others: Spans, *, aided: bool = False
    ) -> Actor | None:
        """A mention without a country in its words: a place the gazetteer resolved, an
        unknown civil-society body, or a sector noun in a sentence naming one state."""
        if generic_fighters(self.kb, mention.text, reading):  # "Isis ... 100 militants"
            group = one_armed_group(self.chain, mention, self.recent(mention.start))
            if group is not None:
                return relabel(group.actor, mention)
        # "the delegation in Riyadh": where it was sent, not whose it is.
        unplaced = reading.region or reading.itinerant
        place = toponym(self.toponyms, self.text, mention) if not unplaced else None
        place = place or (None if unplaced else local_body(self.toponyms, mention, reading.sector))
        if place is not None and reading.sector is not None:
            # "the army in Idlib": the forces of the state the place is in.
            located = Reading(country=place.country, sector=reading.sector)
            return actor_of(self.kb, located, mention, scope=self.scope, antecedent=None)
        if place is not None:
            actor = Actor(mention.text, place.name, place.country, None, make_id("doc-actor",
                          self.scope, fold(mention.text)), mention.start, mention.end)  # fmt: skip
            self.antecedents.remember(actor, reading, label=mention.label, participant=True)
            return actor
        sentence = self.antecedents.sentence_at(mention.start)
        if civil_society(self.kb, mention.text):
            # A body of the home state's civil society, else of none ("NGO").
            home = setting_state(mention, sentence, self.toponyms, self.home, civil=True)
            ngo = Reading(country=home or "NGO", sector=reading.sector)
            return actor_of(self.kb, ngo, mention, scope=self.scope, antecedent=None)
        country = birthplace(self.kb, mention.text, mention.start, self.toponyms)
        country = (
            country
            or self._context(mention, reading, others, aided=aided)
            or self._same_head(mention, reading)
            or setting_state(mention, sentence, self.toponyms, self.home)
        )
        if country is not None:
            contextual = Reading(country=country, sector=reading.sector)
            return actor_of(self.kb, contextual, mention, scope=self.scope, antecedent=None)
        return None

    def _honoured(self, mention: Mention, actor: Actor) -> Actor:
        """ "Prince Harry" known from an earlier mention without a country: a person with a
        title the document's home state confers is of that state (``actor_setting``)."""
        home = self.home
        if actor.country is not None or home is None or not home_titled(mention.text, home):
            return actor
        sentence = self.antecedents.sentence_at(mention.start)
        at_home = setting_state(mention, sentence, self.toponyms, home)
        return actor if at_home is None else replace(actor, country=at_home)

    def _person(self, mention: Mention, reading: Reading) -> Actor | None:
        """A person pre-scanned with a title: the title itself ("the home secretary" in
        "the home secretary, Jamal Karimi, said"), or a mention holding the name ("leader
        Piet Botha"), or the surname of an earlier full name."""
        found = None
        if reading.country is None:
            found = self.antecedents.title_holder(mention.start, mention.end)
        if found is None and not reading.named:
            inner = self.chain.within(mention.start, mention.end)
            found = inner if inner is not None and inner.person else None
        if found is not None:
            inside = mention.start <= found.start and found.end <= mention.end
            return relabel(found.actor, mention, sector=reading.sector, through=not inside)
        if not reading.named and mention.text[:1].isupper():  # not a place: "Joxe" the person
            ante = self.chain.by_surname(mention.text, mention.start, known=False)
            if ante is not None:
                return self.antecedents.through(mention, ante, reading, definite=False)
        return None

    def _namesake(self, mention: Mention, reading: Reading) -> Actor | None:
        """ "Hariri" after "Nasr al-Hariri, chief negotiator for ...": that titled namesake."""
        ante = self.antecedents.namesake(mention.text, mention.start, reading)
        if ante is None:
            return None
        actor = relabel(ante.actor, mention)
        # A participant like any person read from its words: "he" next may be this one.
        self.antecedents.remember(actor, Reading(person_like=True), label="PERSON",
                                  participant=True)  # fmt: skip
        return actor

    def _referent(self, mention: Mention, reading: Reading, others: Spans) -> Actor | None:
        """A pronoun, "the group", "the government" or "its forces": what it refers to."""
        recent, here = self.recent(mention.start), self.sentence_start(mention.start)
        kind = anaphor(mention.text, self.kb, sector=reading.sector, named=reading.named)
        if kind == "singular" and expletive(self.text, mention):  # "it is legal to ..."
            return actor_of(self.kb, Reading(), mention, scope=self.scope, antecedent=None)
        if kind in NOMINAL and establishing(self.text, mention):
            kind = None  # "the factions that ousted Isis": a new party, described
        if kind == "definite" and reading.role is not None:
            # "the president" after "Donald Trump": that person, not the last state's.
            holder = office_holder(self.kb, self.chain, reading.role, mention.start, self.day)
            if holder is not None:
                return self.antecedents.through(mention, holder, reading, definite=False)
        gender = pronoun_gender(self.kb, mention.text)
        if kind is not None:
            # "A UN report said the militia ...": a cited source owns no description.
            chain = self.chain if kind not in NOMINAL else without_sources(
                self.kb, self.chain, self.text, here, of=mention.text)  # fmt: skip
            # "he demanded the Syrian leader resign": not that leader; "Turkey fought the
            # regime": not Turkey.
            chain = unbound(self.kb, chain, self.text, mention, others=others,
                            day=self.day, definite=kind in {"definite", "state"})  # fmt: skip
            chain = relative_head(chain, self.text, mention, here)  # "the PKK, with whom it"
            chain = conjoined(chain, self.text, mention)  # "he and Maskhadov": not Maskhadov
            chain = self._not_quoting(chain, mention, others)  # “... for him to apologise”
            ante = epithet_owner(self.kb, chain, self.text, mention)  # "the regime"
            ante = ante or reported_subject(self.kb, chain, self.text, mention, here)
            ante = ante or adjunct_subject(self.kb, chain, self.text, mention, here)
            ante = ante or clause_subject(self.kb, chain, self.text, mention, here)
            ante = ante or complement_subject(self.kb, chain, self.text, mention, here)
            ante = ante or relative_subject(chain, self.text, mention, here)
            ante = ante or governing_subject(self.kb, chain, self.text, mention, here)
            ante = ante or previous_subject(chain, self.text, mention, here, recent)
            ante = ante or antecedent_for(chain, kind, mention.start, sector=reading.sector,
                                          recent=recent, here=here, gender=gender,
                                          office=reading.person_like)  # fmt: skip
            if ante is not None:
                self.chain.learn(ante, gender)
                return self.antecedents.through(mention, ante, reading, definite=kind == "definite")
        # "its forces in Syria": the possessive owns the mention, "in Syria" is a place.
        owner = possessor(mention.text) if reading.country is None or reading.complement else None
        # "its rivals"; "her mother": a private person, not of the possessor's office.
        if relational(self.kb, mention.text) or kinship(self.kb, mention.text):
            owner = None
        if owner is not None:
            ante = antecedent_for(self.chain, owner, mention.start, recent=recent, here=here,
                                  gender=gender)  # fmt: skip
            if ante is not None:
                self.chain.learn(ante, gender)
                # "its forces": the owner's country, this sector; "their capture": the owner.
                definite = reading.sector is not None
                return self.antecedents.through(mention, ante, reading, definite=definite)
        return None

    def _not_quoting(self, chain: Chain, mention: Mention, others: Spans) -> Chain:
        """The chain less the speaker of the quotation a "he"/"him"/"she"/"her" stands in: a
        speaker names himself "I" or "me", so a third person in his words is somebody else."""
        if fold(mention.text.strip()) not in _THIRD_PERSON or not quoted(self.text, mention.start):
            return chain
        span = quote_speaker(self.kb, self.text, mention.start)
        if span is None:
            return chain
        label = next((e.label for e in self.annotations.entities
                      if (e.start, e.end) == span), None)  # fmt: skip
        # Reading the speaker adds no antecedent and teaches no gender.
        saved, genders = list(self.chain.items), dict(self.chain.genders)
        speaking = self.resolve(Mention(self.text[span[0] : span[1]], span[0], span[1], label),
                                others=others)  # fmt: skip
        self.chain.items = saved
        self.chain.genders.clear()
        self.chain.genders.update(genders)
        if speaking.id is None or _STATE_ID.match(speaking.id):
            return chain  # a speaker read only as a state ("AUS") names no one person
        return chain.without(lambda a: a.person and a.actor.id == speaking.id)

    def _voiced(self, mention: Mention, speaker: str | None, others: Spans) -> Actor | None:
        """ "we", "our fighters", "I" inside a quotation: the voice of whoever the quotation
        is attributed to around its marks (``actor_quote``), else of the event's ``speaker``."""
        voice = voice_of(self.kb, self.text, mention)
        if voice is None:  # the cheap test first: this runs for every mention of a quote
            return None
        sentence = self.antecedents.sentence_at(mention.start)
        if sentence is None or not quoted(self.text, mention.start):
            return None
        span = quote_speaker(self.kb, self.text, mention.start)
        if span is not None and fold(self.text[span[0] : span[1]]) in PRONOUN_SPEAKERS:
            span = None  # "He said: “...": who "he" is, the attribution's own coreference
        if span is None and speaker:
            span = speaker_span(self.text, speaker, mention.start, (sentence.start, sentence.end))
        if span is None:
            return None
        speaker = self.text[span[0] : span[1]]
        label = next((e.label for e in self.annotations.entities
                      if (e.start, e.end) == span), None)  # fmt: skip
        saved = list(self.chain.items)  # reading the speaker adds no antecedent
        speaking = self.resolve(Mention(speaker, span[0], span[1], label), others=others)
        self.chain.items = saved
        reading = read_recased(self.kb, mention.text, self.day)
        return as_speaker(self.kb, mention, reading, speaking, voice, scope=self.scope)

    def resolve(
        self,
        mention: Mention,
        *,
        speaker: str | None = None,
        others: Spans = (),
        aided: bool = False,
    ) -> Actor:
        """The actor of one participant mention; ``speaker`` is who the event's sentence is
        attributed to (the voice of a quoted "we" and "I"), ``others`` its event's participants;
        ``aided``: the mention receives aid from them (their nationality is the giver's)."""
        voiced = self._voiced(mention, speaker, others)
        if voiced is not None:
            return voiced
        half = compass_half(mention.text)
        if half is not None:  # "the North": a divided country's half, never a namesake region
            country = divided_state(self.kb, self.text, half, mention.start)
            half_of = Reading(country=country, named=country is not None)
            return actor_of(self.kb, half_of, mention, scope=self.scope, antecedent=None)
        reading = read_recased(self.kb, mention.text, self.day)
        if self.antecedents.kin(mention) is not None:
            reading = Reading(person_like=True)  # "his mother, Sharon,": a private person
        apposition = apposed(self.kb, self.text, mention, reading, self.day)
        if apposition is None and reading.located:  # "the Kurdish guerrillas, the PKK,"
            apposition = named_group(self.kb, self.text, mention, self.day)
        if apposition is not None:
            return actor_of(self.kb, apposition, mention, scope=self.scope, antecedent=None)
        titled = self._person(mention, reading) if reading.country is None else None
        titled = titled or self._namesake(mention, reading)
        found = titled or self._referent(mention, reading, others)
        if found is None and reading.country is None:
            found = self._unnamed(mention, reading, others, aided=aided)
        if found is not None:
            return self._honoured(mention, found)
        actor = actor_of(self.kb, reading, mention, scope=self.scope, antecedent=None)
        self.antecedents.remember(actor, reading, label=mention.label, participant=True)
        return actor


_THIRD_PERSON = frozenset({"he", "him", "she", "her"})
_STATE_ID = re.compile(r"^[A-Z]{3}(?:-[A-Z]{3})?$")  # "AUS", "GBR-GOV": no person's own id


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
