"""Participant lists of a document's events, resolved in text order.

A plural pronoun after a coordinated list of parties ("Hezbollah fighters and the Syrian
army attacked ... Their assault"; "Germany, France and Britain said ... their citizens")
refers to all of them, not to the nearest one. A capital that is the recipient of a
material act is the place (``actor_scope.place_target``). A pronoun never names the other
side of its own event ("the US works with the SDF. It also arms the alliance": "it" is
not the alliance it arms): it takes the next antecedent (``Participants.apart``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sitroom.model import Actor, Annotations, Mention, Place
from sitroom.resolve.actor_acronyms import defined, expanded
from sitroom.resolve.actor_antecedents import Spans
from sitroom.resolve.actor_pronouns import reported_subjects
from sitroom.resolve.actor_quote import quoted
from sitroom.resolve.actor_relations import eu_body
from sitroom.resolve.actor_rules import Reading, actor_of, read, relabel
from sitroom.resolve.actor_scope import place_target
from sitroom.resolve.actor_text import fold
from sitroom.resolve.actors import DocumentActors
from sitroom.resolve.coref import Antecedent, possessor

PLURAL_PRONOUNS = frozenset({"their", "they", "them"})
# Pronouns standing for a whole party (not "its forces", a part of it).
PARTY_PRONOUNS = frozenset({"it", "they", "them", "he", "him", "she", "her"})
_AND = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*")  # between conjuncts of a list


def _plural(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[0] in PLURAL_PRONOUNS and (
        len(words) == 1 or possessor(text) == "plural"
    )  # fmt: skip


class Participants:
    """Resolves the participant lists of a document's events in text order; a plural
    pronoun after a coordinated list ("Hezbollah and the army ... their assault") takes
    every party of that list."""

    def __init__(self, document: DocumentActors) -> None:
        self.document = document
        self.groups: list[tuple[Actor, ...]] = []
        self.later = -1  # sentence of the latest other party: a newer topic ends the list's
        self.acronyms = defined(document)  # "the Free Voices Council (FVC)"

    def _group(self, mention: Mention, others: Spans) -> tuple[Actor, ...]:
        """Every party of the last coordinated list, for a plural pronoun referring to it."""
        doc = self.document
        recent = doc.recent(mention.start)
        if not _plural(mention.text) or recent is None:
            return ()
        groups = [
            g for g in self.groups
            if all(a.start is not None and recent <= a.start < mention.start for a in g)
        ]  # fmt: skip
        if not groups:
            return ()
        group = groups[-1]
        if self.later > (doc.sentence_of(group[-1].start or 0) or 0):
            return ()
        # A nearer single antecedent after the list wins ("... the rebels. They said").
        single = doc.resolve(mention, others=others).antecedent
        last = max(a.end or 0 for a in group)
        other = single is not None and single not in {a.text for a in group}
        if other and doc.text.rfind(str(single), 0, mention.start) >= last:
            return ()
        return tuple(relabel(a, mention) for a in group)

    def _speakers(self, mention: Mention) -> tuple[Actor, ...]:
        """ "Obama and Putin said they ...": every coordinated speaker (``actor_pronouns``);
        a "we" inside a quotation is the quotation's speaker's instead (``actors._voiced``)."""
        doc = self.document
        if fold(mention.text) == "we" and quoted(doc.text, mention.start):
            return ()
        here = doc.sentence_start(mention.start)
        found = reported_subjects(doc.kb, doc.chain, doc.text, mention, here)
        return tuple(relabel(a.actor, mention) for a in found)

    def _whole(self, mention: Mention) -> Mention:
        """The mention up to the end of a name it cuts short ("the government of Bashar al"
        of "... Bashar al-Assad": a hyphen split the name's last word)."""
        doc = self.document
        for entity in doc.annotations.entities:
            cut = doc.text[mention.end : mention.end + 1] in {"-", "‐"}
            if cut and mention.start <= entity.start < mention.end < entity.end:
                end = entity.end
                return Mention(doc.text[mention.start : end], mention.start, end, mention.label)
        return mention

    def _listed(self, mention: Mention, single: Actor, reading: Reading) -> tuple[Actor, ...]:
        """Every state of the coordinated list ("Germany, France and Britain") that a plural
        pronoun's antecedent ends, each with the pronoun phrase's own sector (``reading``) if
        it has one ("their citizens"): one of them alone would be wrong. Only a list of the
        pronoun's own sentence: the next sentence may have a subject of its own ("Some Gulf states
        said they ...") the antecedent search cannot see."""
        doc = self.document
        here = doc.sentence_start(mention.start)
        if single.antecedent is None or here is None or not _plural(mention.text):
            return ()
        items = [a for a in doc.chain.items if here <= a.start and a.end <= mention.start]
        runs: list[list[Antecedent]] = []
        for item in items:
            if item.person or item.actor.country is None:
                continue
            last = runs[-1][-1] if runs else None
            if last is not None and _AND.fullmatch(doc.text[last.end : item.start]):
                runs[-1].append(item)
            elif last is None or item.start >= last.end:
                runs.append([item])
        run = next((r for r in runs if any(a.actor.text == single.antecedent for a in r)), [])
        if len({a.actor.country for a in run}) < 2:
            return ()
        sector = reading.sector
        return tuple(
            actor_of(doc.kb, Reading(country=a.actor.country, sector=sector, named=True), mention,
                     scope=doc.scope, antecedent=a.actor.text)
            if sector else relabel(a.actor, mention)
            for a in run
        )  # fmt: skip

    def resolve(
        self,
        mentions: Sequence[Mention],
        *,
        speaker: str | None = None,
        event_type: str | None = None,
        event: Sequence[Mention] = (),
    ) -> tuple[Actor, ...]:
        """Actors of one participant list (an event's actors, or its recipients, then with
        the ``event_type`` they are the target of); ``speaker`` is the event's
        attribution, the voice of a quoted "we"; ``event`` all its participants: no
        sentence context for one another."""
        doc = self.document
        others = [(m.start, m.end) for m in event]
        found: list[Actor] = []
        for mention in map(self._whole, mentions):
            group = self._speakers(mention) or self._group(mention, others)
            if not group:
                # Aid crosses sides: the givers' nationality is not the receivers'.
                aided = event_type == "AID"
                actor = expanded(self.acronyms, mention) or doc.resolve(
                    mention, speaker=speaker, others=others, aided=aided
                )
                body = (
                    eu_body(doc.kb, doc.chain, doc.text, mention) if actor.country is None else None
                )
                if body is not None:  # "the commission" after "the EU": the EU's
                    actor = relabel(body.actor, mention)
                reading = read(mention.text, doc.kb, day=doc.day)
                actor = place_target(doc.kb, reading, actor, event_type, scope=doc.scope)
                group = self._listed(mention, actor, reading) or (actor,)
            found.extend(group)
            if len(group) == 1 and found[-1].country is not None:
                sentence = self.document.sentence_of(mention.start)
                self.later = max(self.later, -1 if sentence is None else sentence)
        named = tuple(a for a in found if a.country is not None)
        if len(mentions) > 1 and len(named) > 1:
            self.groups.append(named)
        return tuple(found)

    def people(self) -> frozenset[str]:
        """Ids of the persons met so far: political only with an office or a knowledge-base
        entry (``relevance``)."""
        items = self.document.chain.items
        return frozenset(a.actor.id for a in items if a.person and a.actor.id is not None)

    def apart(
        self,
        mentions: Sequence[Mention],
        found: tuple[Actor, ...],
        other: tuple[Actor, ...],
        *,
        speaker: str | None = None,
        event: Sequence[Mention] = (),
    ) -> tuple[Actor, ...]:
        """``found`` (actors of ``mentions``) with a pronoun that resolved to a party of
        ``other`` (the event's other side) resolved again without that party: "it" does
        not arm itself; unresolved if nothing else agrees. ``event``: as for ``resolve``."""
        taken = {a.id for a in other if a.id is not None}
        if len(found) != len(mentions) or not taken:
            return found
        doc = self.document
        kept = list(found)
        spans = [(m.start, m.end) for m in event]
        for i, (mention, actor) in enumerate(zip(mentions, found, strict=True)):
            if actor.id not in taken or fold(mention.text) not in PARTY_PRONOUNS:
                continue
            chain = doc.chain
            doc.chain = chain.without(lambda a: a.actor.id in taken)
            try:
                again = doc.resolve(mention, speaker=speaker, others=spans)
            finally:
                doc.chain = chain
            kept[i] = again if again.id not in taken else Actor(mention.text, start=mention.start,
                                                                 end=mention.end)  # fmt: skip
        return tuple(kept)


def document_participants(
    text: str,
    annotations: Annotations,
    *,
    published: dt.date | None,
    places: Sequence[Place] = (),
) -> Participants:
    """Participant lists of one document's events, resolved with shared coreference."""
    return Participants(DocumentActors(text, annotations, published, places))
