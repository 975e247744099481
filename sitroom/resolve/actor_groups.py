"""Participant lists of a document's events, resolved in text order.

A plural pronoun after a coordinated list of parties ("Hezbollah fighters and the Syrian
army attacked ... Their assault") refers to all of them, not to the nearest one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitroom.model import Actor, Annotations, Mention, Place
from sitroom.resolve.actor_text import fold
from sitroom.resolve.actors import DocumentActors
from sitroom.resolve.coref import possessor

PLURAL_PRONOUNS = frozenset({"their", "they", "them"})


class Participants:
    """Resolves the participant lists of a document's events in text order; a plural
    pronoun after a coordinated list ("Hezbollah and the army ... their assault") takes
    every party of that list."""

    def __init__(self, document: DocumentActors) -> None:
        self.document = document
        self.groups: list[tuple[Actor, ...]] = []
        self.later = -1  # sentence of the latest other party: a newer topic ends the list's

    def _group(self, mention: Mention) -> tuple[Actor, ...]:
        """Every party of the last coordinated list, for a plural pronoun referring to it."""
        doc = self.document
        words = fold(mention.text).split()
        plural = bool(words) and words[0] in PLURAL_PRONOUNS and (
            len(words) == 1 or possessor(mention.text) == "plural"
        )  # fmt: skip
        recent = doc.recent(mention.start)
        if not plural or recent is None:
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
        single = doc.resolve(mention).antecedent
        last = max(a.end or 0 for a in group)
        other = single is not None and single not in {a.text for a in group}
        if other and doc.text.rfind(str(single), 0, mention.start) >= last:
            return ()
        return tuple(
            Actor(mention.text, a.name, a.country, a.sector, a.id, mention.start, mention.end,
                  antecedent=a.text)
            for a in group
        )  # fmt: skip

    def resolve(
        self, mentions: Sequence[Mention], *, speaker: str | None = None
    ) -> tuple[Actor, ...]:
        """Actors of one participant list (an event's actors, or its recipients);
        ``speaker`` is the event's attribution, the voice of a quoted "we"."""
        found: list[Actor] = []
        for mention in mentions:
            group = self._group(mention)
            found.extend(group or (self.document.resolve(mention, speaker=speaker),))
            if not group and found[-1].country is not None:
                sentence = self.document.sentence_of(mention.start)
                self.later = max(self.later, -1 if sentence is None else sentence)
        named = tuple(a for a in found if a.country is not None)
        if len(mentions) > 1 and len(named) > 1:
            self.groups.append(named)
        return tuple(found)


def document_participants(
    text: str,
    annotations: Annotations,
    *,
    published: dt.date | None,
    places: Sequence[Place] = (),
) -> Participants:
    """Participant lists of one document's events, resolved with shared coreference."""
    return Participants(DocumentActors(text, annotations, published, places))
