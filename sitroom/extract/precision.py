"""Non-events the coder drops (docs/codebook.md, "Non-events").

Figurative conflict with only abstract objects ("destroy their future"), events of
unspecific actors ("everyone agrees"), a speaker's bare opinion ("I agree"), and a
second conflict reading of one trigger ("advanced" as both MOBILIZE and ASSAULT).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.extract import codebook, contest, genericity, nonpolitical, sport
from sitroom.extract.agents import is_agent, is_word
from sitroom.extract.clauses import to_infinitive
from sitroom.extract.confidence import Features
from sitroom.extract.lexicon import precision
from sitroom.extract.triggers import Match, is_purpose
from sitroom.model import EventCandidate, Mention

Scored = tuple[EventCandidate, Features]
NO_ONE = frozenset({"nobody", "no one", "no-one", "none"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


def _abstract_head(head: Token) -> bool:
    if head.ent_type_ or any(t.like_num or t.dep_ == "nummod" for t in head.children):
        return False  # "cost 20 lives": casualties
    words = precision().abstract_heads
    return is_word(head, words)


def _abstract(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.label or any(t.ent_type_ for t in span):
        return False
    return _abstract_head(span.root)


def _abstract_object(match: Match) -> Token | None:
    """The verb's direct object when it is abstract ("attacked the narrative of X")."""
    for child in match.token.children:
        if child.dep_ in {"dobj", "obj"} and _abstract_head(child):
            return child
    return None


def non_event(
    match: Match,
    actors: tuple[Mention, ...],
    recipients: tuple[Mention, ...],
    places: tuple[Mention, ...],
) -> str | None:
    """Why the pattern's reading codes no event, or None."""
    words, doc = precision(), match.token.doc
    kind = match.event_type.lower()
    figurative = _abstract_object(match) is not None or (
        bool(recipients) and all(_abstract(doc, m) for m in recipients)
    )
    if kind in words.abstract_types and figurative and not places:
        return "abstract object: no concrete target"
    # "beat Somerset by an innings", "restricted by the fact that", "visited his wife"
    other = (
        sport.non_event(match, actors, recipients)
        or contest.non_event(match, actors, recipients)  # "beat Labour at the polls"
        or nonpolitical.non_event(match, actors, recipients)
        or _document_content(match, kind)  # "the bill proposes new powers"
    )
    texts = [m.text.lower().strip() for m in actors]
    verbal = codebook.codes(match.event_type, None)[1] in codebook.VERBAL_QUADS
    if other is not None or (verbal and texts and all(t in words.unspecific_actors for t in texts)):
        return other or f"unspecific actor '{actors[0].text}'"  # "someone attacked" happened
    withheld = [c for c in match.token.children if c.dep_ == "xcomp"]
    withheld += [o for c in withheld for o in c.children if o.dep_ == "dobj"]
    if kind == "reject" and any(
        c.lemma_.lower()
        in (words.withheld_comments if c.dep_ == "xcomp" else words.withheld_objects)
        for c in withheld
    ):
        return "a comment withheld, not a refusal"
    addressees = [m.text.lower().strip() for m in recipients]
    if kind == "request" and addressees and all(t in words.self_addressees for t in addressees):
        return f"the speakers' own duty ('{recipients[0].text}')"
    speaker = bool(texts) and all(t in words.speaker_pronouns for t in texts)
    if kind in words.opinion_types and not recipients and speaker:
        return f"a speaker's opinion ('{actors[0].text}')"
    quad = codebook.codes(match.event_type, None)[1]
    return _norm_or_view(match, kind, recipients) or genericity.not_an_event(
        match, actors, recipients, quad
    )  # "any side that ..."


def _norm_or_view(match: Match, kind: str, recipients: tuple[Mention, ...]) -> str | None:
    """A norm for anyone ("said no minister should promise"), a policy put to the public
    ("proposed new powers") or a view shared ("agreed the treaty was unfair")."""
    addressees = [m.text.lower().strip() for m in recipients]
    if match.pattern.owed_by_party and addressees and all(_no_one(t) for t in addressees):
        return f"a norm for anyone ('{recipients[0].text}')"
    if kind == "agree" and not recipients and _policy_put(match):
        return "a policy put forward, no offer to a party"
    if kind == "agree" and _shared_view(match.token):
        return "a view shared, not an agreement"
    return None


def _policy_put(match: Match) -> bool:
    """ "The government proposed new powers", "ministers proposed abolishing the post": the
    object of "offer/propose" is a policy or a policy act (the addressee is checked by the
    caller)."""
    token, words = match.token, precision()
    if match.pattern.id != "agree.offer" or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]  # "the idea and new powers"
    acts = [c for c in token.children if c.dep_ == "xcomp"]  # "proposed abolishing the post"
    policies = [o for o in objects if o.lemma_.lower() in words.policy_offers]
    if any(is_agent(o) for o in objects if o not in policies):
        return False  # "offered the rebels new powers": a party is offered something
    return bool(policies) or any(a.lemma_.lower() in words.policy_acts for a in acts)


def _shared_view(token: Token) -> bool:
    """ "agreed (that) the treaty was unfair": "agree" with a clause stating what is the case
    concurs in a judgement; "agreed that talks would resume" settles what will be done."""
    if token.lemma_.lower() != "agree":
        return False
    # The parser may take the clause's subject for an object and "was" for a second verb
    # ("agreed the treaty, which ..., was unfair"): a subjectless "be" conjunct.
    misparsed = any(c.dep_ == "dobj" for c in token.children)
    return any(
        (c.dep_ == "ccomp" or (misparsed and c.dep_ == "conj" and not _has_subject(c)))
        and c.lemma_ == "be"
        and any(a.dep_ in {"acomp", "attr"} for a in c.children)
        and not any(a.dep_ == "expl" or a.tag_ == "MD" for a in c.children)
        for c in token.children
    )  # fmt: skip


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _no_one(text: str) -> bool:
    """ "No minister", "nobody", "no one": a negative quantifier asks no party in particular
    ("anyone who sees him should call" is an appeal to the public)."""
    return text in NO_ONE or text.split(" ", 1)[0] in NEGATIVE_DETERMINERS


def _document_content(match: Match, kind: str) -> str | None:
    document = _document_doer(match) if kind in precision().document_types else None
    return f"the content of '{document.text}', no party's act" if document is not None else None


def _document_doer(match: Match) -> Token | None:
    """ "The bill proposes powers", "the data provided support": the grammatical subject of
    the trigger (or of the verb whose object a nominal trigger is) is a document or finding.
    A proper noun needs a determiner ("the Police Bill", not a man called Bill)."""
    token, lexicon = match.token, precision()
    verb = token
    if token.pos_ == "NOUN":
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.document_verbs:
            return None
    words = lexicon.document_doers
    return next(
        (
            s for s in verb.children
            if s.dep_ == "nsubj" and s.lemma_.lower() in words
            and (s.pos_ != "PROPN" or any(c.dep_ == "det" for c in s.children))
        ),
        None,
    )  # fmt: skip


def _purpose_of_act(token: Token) -> bool:
    """ "sent in aircraft to attack": an infinitive complement or purpose of a verb."""
    return (token.dep_ == "xcomp" and to_infinitive(token)) or is_purpose(token)


def _clause(doc: Doc, candidate: EventCandidate) -> tuple[int, ...]:
    """The trigger's clause (coordinated verbs share one: "advanced and established
    positions") and its actors."""
    span = doc.char_span(candidate.trigger.start, candidate.trigger.end, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and (token.dep_ == "conj" or _purpose_of_act(token)):
        token = token.head  # "sent in aircraft to attack Idlib": one deed, one clause
    anchor = token.i if token is not None else candidate.trigger.start
    return (candidate.sentence_index, anchor, *(m.start for m in candidate.actors))


def one_per_clause(doc: Doc, items: list[Scored]) -> list[Scored]:
    """One clause, one conflict event: when a clause reads as both MOBILIZE and ASSAULT
    ("advanced on the town"), keep the type of higher codebook intensity (force used
    subsumes the posture short of force); mentions of one type are left to ``merge``."""
    rivals = {t.upper() for t in precision().clause_rivals}
    clauses = [
        _clause(doc, candidate) if candidate.event_type in rivals else None
        for candidate, _ in items
    ]
    types: dict[tuple[int, ...], dict[str, float]] = {}
    for (candidate, _), clause in zip(items, clauses, strict=True):
        if clause is not None:
            types.setdefault(clause, {})[candidate.event_type] = abs(candidate.intensity or 0.0)
    kept = {key: max(found, key=lambda t: found[t]) for key, found in types.items()}
    return [
        item
        for item, clause in zip(items, clauses, strict=True)
        if clause is None or kept[clause] == item[0].event_type
    ]
