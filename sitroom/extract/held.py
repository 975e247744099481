"""Places taken or left, and who held them.

"Troops took the town", "the militants withdrew from Kelso": the grammatical object of a
capture or a withdrawal is usually a place. PLOVER's recipient is the party that held or
defended it; the place is where the event happened. The coder marks such place
recipients (``EventCandidate.held_places``); the resolver keeps one only when it names a
state ("invaded Kuwait", ``resolve/taken_places.py``). The holder named beside the place
becomes the recipient: "the rebel-held town", "a town held by the rebels", "the last
stronghold of the rebels", "the coalition against the rebels took ...".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.extract.agents import TOPONYM_LABELS
from sitroom.extract.clauses import AGAINST, prep_objects
from sitroom.extract.constraints import PART_NOUNS
from sitroom.extract.lexicon import frames
from sitroom.extract.phrases import mention_head
from sitroom.extract.triggers import Match
from sitroom.model import Mention

# "the rebel-held town", "a district controlled by the army".
HOLDING_VERBS = frozenset({"hold", "control", "occupy", "run", "dominate"})
# "the last stronghold of X", "its de facto capital", "a refuge for X": a place said to be a
# party's own.
OWNED_PLACE_NOUNS = frozenset(
    {"stronghold", "strongholds", "refuge", "refuges", "bastion", "bastions", "heartland",
     "capital", "hideout", "hideouts", "redoubt"}
)  # fmt: skip
WITHDRAW = "withdraw"


def applies(match: Match) -> bool:
    """A capture or occupation of a place, or a withdrawal from one."""
    pattern = match.pattern
    if match.event_type == "ASSAULT":
        return pattern.object_is_location
    if match.event_type == "RETREAT":
        return pattern.mode == WITHDRAW or WITHDRAW in pattern.mode_cues
    return False


def struck(match: Match) -> bool:
    """Any other one-sided attack, or a threat of one ("shelled the town", "threatened to
    invade the town"): its place stays the target (its polity, "curfew in Cizre") unless
    the holder is named beside it."""
    if match.pattern.symmetric or applies(match):
        return False
    return match.event_type in {"ASSAULT", "THREATEN"}


def is_place(token: Token) -> bool:
    """A toponym or a place noun ("the town"), also through a part ("the rest of Kelso")."""
    if token.lemma_.lower() in PART_NOUNS:
        of_objects = [
            obj for prep in token.children if prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"
        ]  # fmt: skip
        return any(is_place(obj) for obj in of_objects)
    lemma = token.lemma_.lower()
    if token.ent_type_ in TOPONYM_LABELS:
        return True
    return lemma in frames().place_nouns or lemma in OWNED_PLACE_NOUNS


def taken_places(
    doc: Doc, match: Match, recipients: tuple[Mention, ...], *, from_setting: bool = False
) -> tuple[Mention, ...]:
    """The recipients of a capture or withdrawal that are places taken or left;
    ``from_setting``: the recipient is the place the event happened (no target named)."""
    held_only = struck(match)
    if not (applies(match) or held_only):
        return ()
    if from_setting:
        return () if held_only else recipients
    found = []
    for item in recipients:
        head = mention_head(doc, item)
        if head is None or head.pos_ not in {"NOUN", "PROPN"} or not is_place(head):
            continue
        # "shelled Kelso, a town held by the rebels": the rebels were hit, Kelso is where.
        if not held_only or any(_holders_of(node, False) for node in _descriptions(head)):
            found.append(item)
    return tuple(found)


def holders(match: Match, recipient_heads: list[Token], actor_heads: list[Token]) -> list[Token]:
    """Parties named as holding the place taken, left or attacked, when no party is its
    recipient."""
    if not (applies(match) or struck(match)) or not recipient_heads:
        return []
    if not all(is_place(head) for head in recipient_heads):
        return []
    found: list[Token] = []
    # "the rebel-held town" shelled: the mention already names its holder's sector and
    # its country; only a holder in a phrase of its own replaces it ("held by the rebels").
    modifiers = applies(match)
    for head in recipient_heads:
        for node in _descriptions(head):
            found += _holders_of(node, modifiers)
    for actor in actor_heads if applies(match) else ():  # "the coalition against X took ..."
        found += prep_objects(actor, AGAINST)
    return [t for t in dict.fromkeys(found) if t not in recipient_heads]


def _descriptions(head: Token) -> list[Token]:
    """The place noun and what describes it: "Kelso, a town held by X", "the town of Kelso",
    "a village that had turned into one of the final refuges of X"."""
    nodes = [head]
    nodes += [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and is_place(head.head.head):
        nodes.append(head.head.head)  # "the town of Kelso" with the name as head
    elif head.lemma_.lower() in frames().place_nouns:  # "the town of Kelso, which X holds"
        nodes += [o for p in head.children if p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # fmt: skip
    for relative in [c for n in list(nodes) for c in n.children if c.dep_ == "relcl"]:
        if relative.lemma_.lower() in {"become", "be"}:
            for attr in relative.children:
                if attr.dep_ in {"attr", "acomp"}:  # "one of the final refuges of X"
                    nodes.append(attr)
                    nodes += [o for p in attr.children if p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return nodes


def _holders_of(node: Token, modifiers: bool = True) -> list[Token]:
    found: list[Token] = []
    for child in node.children:
        if child.dep_ in {"amod", "acl", "relcl"} and child.lemma_.lower() in HOLDING_VERBS:
            for grand in child.children:
                if grand.dep_ == "agent":  # "held by the rebels", "which was held by ..."
                    found += [o for o in grand.children if o.dep_ == "pobj"]
                elif modifiers and grand.dep_ in {"npadvmod", "compound"} and grand.i < child.i:
                    found.append(grand)  # "rebel-held"
                elif grand.dep_ == "nsubj" and child.dep_ == "relcl" and grand.tag_ != "WDT":
                    found.append(grand)  # "the town the rebels held"
    if node.lemma_.lower() in OWNED_PLACE_NOUNS or node.lower_ in OWNED_PLACE_NOUNS:
        for child in node.children:
            if child.dep_ == "poss" and child.pos_ != "PRON" and not is_place(child):
                found.append(child)  # "the rebels' last stronghold"
            elif child.dep_ == "prep" and child.lower_ in {"of", "for"}:
                found += [o for o in child.children if o.dep_ == "pobj" and not is_place(o)]
    return found
