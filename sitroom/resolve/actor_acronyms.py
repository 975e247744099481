"""Acronyms a document defines: "the Free Voices Council (FVC)" makes "the FVC" that body.

A name followed by a parenthesised acronym of capitals ("(FVC)", "(Isis)") defines the
acronym for the rest of the document. A later bare use of it is resolved as the full name
was, and is an antecedent for "it" and "the group" like any organisation named so (the
knowledge base may not know the acronym: an article's own abbreviation for a body).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitroom.model import Actor, Mention
from sitroom.resolve.actor_rules import read, relabel
from sitroom.resolve.actors import DocumentActors
from sitroom.resolve.coref import Antecedent

# "the Free Voices Council (FVC)": a parenthesised acronym right after the name.
_DEFINED = re.compile(r"\s\(([A-Z][A-Za-z]{1,7})\)")


def _definitions(doc: DocumentActors) -> Iterator[tuple[str, Mention]]:
    """(acronym, full name) pairs: the entity that ends right before "(ACR)"."""
    ends = {e.end: e for e in doc.annotations.entities if e.label in {"ORG", "NORP", "GPE"}}
    for match in _DEFINED.finditer(doc.text):
        entity = ends.get(match.start())
        acronym = match.group(1)
        if entity is None or sum(ch.isupper() for ch in acronym) < 2:
            continue
        yield acronym, Mention(entity.text, entity.start, entity.end, entity.label)


def defined(doc: DocumentActors) -> dict[str, Actor]:
    """Each acronym the document defines -> the full name's actor (with a country only);
    its later uses are added to the document's antecedents."""
    found: dict[str, Actor] = {}
    for acronym, name in _definitions(doc):
        if acronym in found or read(acronym, doc.kb, day=doc.day).country is not None:
            continue  # the knowledge base knows it ("(PKK)")
        saved = list(doc.chain.items)  # reading the definition adds no antecedent
        actor = doc.resolve(name)
        doc.chain.items = saved
        if actor.country is None:
            continue
        found[acronym] = actor
        for use in re.finditer(rf"\b{re.escape(acronym)}\b", doc.text[name.end :]):
            start = name.end + use.start()
            if doc.text[start - 1 : start] == "(":
                continue  # the definition itself
            mention = Mention(acronym, start, start + len(acronym), "ORG")
            doc.chain.add(Antecedent(start=start, end=mention.end, actor=relabel(actor, mention),
                                     organisation=True, state=True))  # fmt: skip
    return found


def expanded(acronyms: dict[str, Actor], mention: Mention) -> Actor | None:
    """The actor of a mention that is a defined acronym ("the FVC", "FVC")."""
    bare = mention.text.removeprefix("the ").removeprefix("The ")
    actor = acronyms.get(bare)
    return relabel(actor, mention) if actor is not None else None
