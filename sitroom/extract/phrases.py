"""Participant noun phrases from the parse: their span, coordination and owners."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from sitroom.extract.agents import NAME_LABELS, entity_end, entity_start, is_agent, name_tokens
from sitroom.extract.anaphors import antecedent, is_anaphor
from sitroom.extract.lexicon import frames
from sitroom.model import Mention

# Relative pronouns that stand for a party (not the possessive "whose").
PLAIN_RELATIVES = frozenset({"who", "which", "that", "whom"})
RELATIVE_PRONOUNS = PLAIN_RELATIVES | {"whose"}
PERSONAL_RELATIVES = frozenset({"who", "whom"})
# Left dependents that belong to the name of a participant.
NP_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "punct"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A, B and C")."""
    found = [token]
    members = [
        c for c in token.children
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"} and not _past_clause(token, c)
    ]  # fmt: skip
    for child in members:
        if not _stray_modifier(child, members):
            found.extend(conjuncts(child))
    for child in _listed(token):
        found.extend(conjuncts(child))
    return found


def _past_clause(token: Token, conjunct: Token) -> bool:
    """ "teachers fighting X under the command of Y and its allies": a conjunct after a
    clause on ``token`` belongs inside that clause (coordination attaches low)."""
    return any(c.dep_ in {"acl", "relcl"} and token.i < c.i < conjunct.i for c in token.children)


# "the members, in particular Russia": an apposition that singles out members is a party too.
NOMINAL = frozenset({"NOUN", "PROPN"})
SINGLING_OUT = frozenset({"including", "particular", "notably", "especially", "particularly"})


def _listed(token: Token) -> list[Token]:
    """ "Spain, the UK, Italy and Greece" parsed with "the UK" as an apposition heading the
    rest of the list, and "the members, in particular Russia": both add parties. A plain
    apposition ("Russia's president, Vladimir Putin") names the same one and adds none."""
    found = []
    for child in token.children:
        if (
            child.dep_ == "appos"
            and child.pos_ in NOMINAL
            and any(
                (c.dep_ == "conj" and c.pos_ in NOMINAL) or c.lower_ in SINGLING_OUT
                for c in child.children
            )
            and not any(c.dep_ == "cc" and c.lower_ == "or" for c in child.children)
        ):  # not "Begum, now 19 and pregnant", nor other names ("X (Y or Z)")
            found.append(child)
        elif child.dep_ == "prep" and child.i > token.i and _singles_out(child):
            found.extend(c for c in child.children if c.dep_ == "pobj" and is_agent(c))
    return found


def _singles_out(prep: Token) -> bool:
    if prep.lower_ == "including":
        return True
    return prep.lower_ == "in" and any(c.lower_ == "particular" for c in prep.children)


def _stray_modifier(child: Token, members: list[Token]) -> bool:
    """ "the Kurds and neighbouring Turkey" parsed with "neighbouring" as a conjunct: a bare
    common noun right before another conjunct, with nothing between, modifies it."""
    follows = any(other.i == child.i + 1 for other in members)
    return follows and child.pos_ == "NOUN" and not child.ent_type_ and not list(child.children)


def relative_head(token: Token) -> Token:
    """Public alias: the antecedent a relative pronoun stands for (or the token itself)."""
    return _relative_head(token)


def _relative_head(token: Token) -> Token:
    """ "forces who attacked": the relative pronoun stands for the modified noun."""
    if token.lower_ in RELATIVE_PRONOUNS:
        clause = next((t for t in token.ancestors if t.dep_ in {"relcl", "acl"}), None)
        if clause is not None:
            return _agreeing(token, clause, _personal_antecedent(token, clause.head))
    return token


SINGULAR_AUXILIARIES = frozenset({"has", "is", "was", "does"})


def _agreeing(pronoun: Token, clause: Token, antecedent: Token) -> Token:
    """ "Norway and Denmark, which backs ...": a subject relative whose verb is singular
    stands for the last conjunct only, not for the whole list."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return antecedent
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    verb = auxiliaries[0] if auxiliaries else clause
    if verb.tag_ != "VBZ" and verb.lower_ not in SINGULAR_AUXILIARIES:
        return antecedent
    members = [c for c in antecedent.conjuncts if antecedent.i < c.i < pronoun.i]
    return members[-1] if members else antecedent


def _personal_antecedent(pronoun: Token, antecedent: Token) -> Token:
    """ "a fighter with Somali heritage, who was killed": the parser hangs the clause on the
    nearest noun; "who" stands for a person, so a non-agent inside a PP of the noun phrase
    ("with ... heritage", "of ...") gives way to the agent that heads the phrase, and so
    does the place a person is from ("a surgeon from Homs who was kidnapped")."""
    if pronoun.lower_ not in PERSONAL_RELATIVES:
        return antecedent
    origin = antecedent.ent_type_ in {"GPE", "LOC", "FAC"} and antecedent.head.lower_ == "from"
    if origin and antecedent.head.head.pos_ in {"NOUN", "PROPN"}:
        return antecedent.head.head  # "who" is a person, not the town they come from
    if is_agent(antecedent):
        return antecedent
    token = antecedent
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head
        if token.pos_ not in {"NOUN", "PROPN"}:
            break
        if is_agent(token):
            return token
    return antecedent


def np_bounds(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase named by ``head`` (no clauses, appositions, conjuncts)."""
    start = head.i
    for child in reversed(list(head.lefts)):  # nearest first, while contiguous
        if child.dep_ not in NP_LEFT or child.right_edge.i != start - 1:
            break
        if child.dep_ == "punct" and child.text not in {"-", "'"}:
            break
        start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.i != end:
            break
        if child.dep_ in {"compound", "flat", "nummod"}:
            end = child.right_edge.i + 1
        elif child.dep_ == "prep" and _keeps_pp(child):
            objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            # The PP's own noun phrase, without the clauses hanging off it.
            end = np_bounds(objects[0])[1] if objects else child.i + 1
        else:
            break
    doc = head.doc
    # Never start on a comma or conjunction left over from a coordination.
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return start, end


def _keeps_pp(prep: Token) -> bool:
    """ "members of X", "a court in Guyana", "ministers from the Georgian government": the
    PP names who the participant is."""
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    if prep.lower_ == "of":
        return True
    if (
        prep.lower_ == "from"
        and is_agent(prep.head)
        and any(token.ent_type_ in NAME_LABELS for obj in objects for token in obj.subtree)
    ):
        return True  # the body or nation a member comes from
    return prep.lower_ in {"in", "from"} and any(obj.ent_type_ in PLACE_LABELS for obj in objects)


def mention(head: Token) -> Mention:
    """The whole noun phrase headed by ``head`` as a ``Mention``."""
    head = _relative_head(head)
    start, end = np_bounds(head)
    if head.ent_type_ in NAME_LABELS:
        # "Barack Obama" parsed as two phrases: the mention covers the whole name.
        start, end = min(start, entity_start(head)), max(end, entity_end(head))
    span = head.doc[start:end]
    # The NER label of the head, else of a name inside the phrase ("Kampuchean guerrilla camps").
    label = next((t.ent_type_ for t in (head, *span) if t.ent_type_ in NAME_LABELS), None)
    return Mention(span.text, span.start_char, span.end_char, label)


NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def doc_text(doc: Doc) -> str:
    """The document's text, kept once: spaCy's ``Doc.text`` rebuilds it from every token."""
    text = doc.user_data.get("sitroom.text")
    if text is None:
        text = doc.user_data["sitroom.text"] = doc.text
    return text


def mention_span(doc: Doc, item: Mention) -> Span | None:
    """The tokens of a mention (``mention`` read back), or none for an empty span."""
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def mention_head(doc: Doc, item: Mention) -> Token | None:
    """The syntactic head of a mention's tokens."""
    span = mention_span(doc, item)
    return span.root if span is not None else None


def mentions(heads: Iterable[Token]) -> Iterator[Mention]:
    """One mention per conjunct, and one per coordinated national modifier."""
    for token in heads:
        if token.ent_type_ in NOT_PARTICIPANTS:
            continue
        named = antecedent(token) if is_anaphor(token) else None
        if named is not None:  # "the latter" is the last of the parties named before
            yield mention(named)
            continue
        owner = _relative_head(_owner(_possessed(token)))
        others = [c for t in name_tokens(owner) if t != owner for c in conjuncts(t)[1:]]
        for conjunct in dict.fromkeys([*conjuncts(owner), *others]):
            if conjunct == owner or _party(conjunct):
                yield from _split_modifiers(conjunct)


def _party(token: Token) -> bool:
    """A conjunct that may name someone ("Sweden and Finland", "the militia and its youth
    wing"), not a common noun for a thing listed beside a party ("support for their cause,
    as well as the rebuilding of the valley")."""
    if token.pos_ != "NOUN" or is_agent(token):
        return True
    start, end = np_bounds(token)
    owned = any(c.dep_ == "poss" and is_agent(c) for c in token.children)
    return owned or any(t.ent_type_ in NAME_LABELS for t in token.doc[start:end])


def _possessed(head: Token) -> Token:
    """ "the Danish premier Anna Berg's main backers, Sweden and Finland" parsed with
    "backers" as an apposition of "premier": with no comma between, the title is part of
    the possessor, and the possessed noun heads the phrase."""
    for child in head.rights:
        if child.dep_ != "appos" or child.left_edge.i != head.i + 1:
            continue
        if any(c.dep_ == "poss" and c.i < child.i for c in child.children):
            return child
    return head


def _owner(head: Token) -> Token:
    """ "Serbia's suppression of unrest" -> Serbia; "the advance of armed factions" -> factions."""
    if head.lemma_.lower() not in frames().proxies or head.ent_type_:
        return head
    for child in head.children:
        if child.dep_ == "poss":
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in head.lefts:
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}:
            return child  # "the Iranian missile test" -> Iranian
    return head


def _coordinated_modifier(child: Token) -> bool:
    """ "Hungarian and Romanian officials", "US and British forces": not one name
    ("Trinidad and Tobago", "the Foreign and Commonwealth Office")."""
    if child.dep_ not in {"amod", "compound", "nmod"}:
        return False
    others = [c for c in child.children if c.dep_ == "conj"]
    if not others or any(
        c.ent_type_ and child.ent_type_ and entity_start(c) == entity_start(child) for c in others
    ):
        return False
    # "US and British forces": a coordinated nominal modifier only when it is national.
    return child.dep_ != "nmod" or all(
        t.ent_type_ in {"GPE", "NORP"} for t in (child, *others)
    )  # fmt: skip


def _split_modifiers(head: Token) -> Iterator[Mention]:
    """ "Hungarian and Romanian officials" names two participants."""
    coordinated = [
        child for child in head.lefts
        if _coordinated_modifier(child)
    ]  # fmt: skip
    if not coordinated:
        yield mention(head)
        return
    first = coordinated[0]
    members = [first, *(c for c in first.children if c.dep_ == "conj")]
    for modifier in members[:-1]:
        yield Mention(
            modifier.text, modifier.idx, modifier.idx + len(modifier), modifier.ent_type_ or None
        )
    whole = mention(head)
    # The last conjunct keeps the head: "Hungarian and Romanian officials" -> "Romanian officials".
    start = members[-1].idx
    label = members[-1].ent_type_ or None
    yield Mention(doc_text(head.doc)[start : whole.end], start, whole.end, label)
