"""Pattern constraints: does a pattern's object, particle, modifier and complement rule hold?

``satisfies`` checks one pattern on one token (with its clause frame) and returns the
extra tokens that belong to the trigger (a particle, a modifier), or ``None``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, is_agent, is_word
from sitroom.extract.arguments import PLACE_LABELS, object_of
from sitroom.extract.clauses import AGAINST, lemma, prep_objects, to_infinitive
from sitroom.extract.commissives import commits_to
from sitroom.extract.complements import for_marks
from sitroom.extract.evaluations import evaluates, finds_breach, party_or_act
from sitroom.extract.lexicon import frames
from sitroom.extract.patterns import Pattern
from sitroom.extract.phrases import relative_head
from sitroom.extract.reactions import announces_harm, owed_by_party
from sitroom.extract.senses import sense_holds
from sitroom.extract.verdicts import judicial_fit

PART_NOUNS = frozenset(
    {"part", "parts", "some", "all", "most", "third", "half", "portion", "rest", "much", "many",
     "one", "two", "dozens", "hundreds", "thousands", "number", "series", "string", "handful",
     "several", "dozen", "control", "few"}
)  # fmt: skip
COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "attr"})
# "X, who is serving a sentence", "died while serving his sentence": a state of a participant.
BACKGROUND_CLAUSES = frozenset({"relcl", "acl", "advcl"})
# "pull back", "set ablaze": particles are sometimes parsed as adverbs or predicatives.
PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative", "advmod", "oprd", "acomp"})
# "called our baby Rosa": nouns for a child given a name.
NAMED_NOUNS = frozenset({"baby", "son", "daughter", "child", "boy", "girl", "newborn", "twin"})
# "called only by her nickname for fear of reprisals", "for example": an adverbial phrase,
# not the verb's particle ("called for talks").
ADVERBIAL_POBJS = frozenset({"fear", "example", "instance", "now", "sure", "good", "ever", "once"})


def of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrase, with their conjuncts ("seizure of A and B")."""
    found = [
        obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children if obj.dep_ == "pobj"
    ]  # fmt: skip
    return found + [conj for obj in found for conj in obj.conjuncts]


def _objects(pattern: Pattern, token: Token, frame: Token) -> list[Token]:
    """The trigger's objects (the frame's when the pattern requires an object of it)."""
    objects = object_of(token) if token.i == frame.i or not pattern.object else object_of(frame)
    if token.pos_ in {"NOUN", "PROPN"}:
        # A nominal trigger's object is its "of" phrase: "the capture of Aleppo".
        objects = objects + of_objects(token)
    # "part of a military aid program", "a third of Iraqi territory": look through the of-phrase.
    return objects + [
        pobj for obj in objects if lemma(obj) in PART_NOUNS
        for prep in obj.children if prep.lower_ == "of"
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip


def satisfies(  # noqa: PLR0911, PLR0912 - one early exit per constraint of the pattern
    pattern: Pattern, token: Token, frame: Token
) -> tuple[Token, ...] | None:
    """Extra trigger tokens when ``pattern``'s constraints hold on ``token``, else ``None``."""
    lex = frames()
    extra: list[Token] = []
    objects = _objects(pattern, token, frame)
    # Lists mix lemmas and surface forms ("troops"): both are checked.
    object_lemmas = {lemma(obj) for obj in objects} | {obj.lower_ for obj in objects}
    if pattern.object and not object_lemmas & set(pattern.object):
        return None
    # "the resorts that Kenya offers": a relative pronoun object stands for its head.
    heads = [relative_head(obj) for obj in objects]
    blocked = object_lemmas | {lemma(h) for h in heads} | {h.lower_ for h in heads}
    if blocked & set(pattern.not_object):
        return None
    if pattern.object_entity is not None:
        named = any(obj.ent_type_ in NAME_LABELS or obj.pos_ == "PRON" for obj in objects)
        if named != pattern.object_entity:
            return None
    if pattern.object_place and not any(_place(relative_head(obj)) for obj in objects):
        return None  # "Mosul, which was retaken": the relative pronoun stands for the place
    if pattern.subject_place and not any(
        _place(relative_head(c)) for c in token.children if c.dep_ == "nsubj"
    ):
        return None  # "the town fell to the army", never "the task fell to the army"
    if pattern.not_object_place and any(
        obj.ent_type_ in {"LOC", "FAC"} or lemma(obj) in lex.place_nouns for obj in objects
    ):
        return None
    if pattern.object_agent and not any(is_agent(obj) for obj in objects):
        return None
    if pattern.prep:
        particles = [
            c for c in token.children
            if c.dep_ in PARTICLE_DEPS and c.lower_ in pattern.prep and not _adverbial(c)
        ] + [m for m in for_marks(token) if m.lower_ in pattern.prep]  # fmt: skip
        if not particles:
            return None
        extra.extend(particles[:1])
    if pattern.intransitive and object_of(token):
        return None  # "called his brother on the day", "demonstrate the limits": another sense
    if pattern.not_prep and any(
        (c.dep_ in {"prt", "advmod"} or _idiom_noun(c)) and c.lower_ in pattern.not_prep
        for c in token.children
    ):
        return None  # "take back fighters" is repatriation, "take part in" joining
    if pattern.pobj:
        # "stripped the cleric of his citizenship": the parser may hang the PP on the object.
        heads = [token, *(o for o in token.children if o.dep_ in {"dobj", "obj"})]
        found = [
            obj for head in heads for prep in head.children if prep.dep_ in PARTICLE_DEPS
            for obj in prep.children
            if obj.dep_ == "pobj" and is_word(obj, pattern.pobj)
        ]  # fmt: skip
        if not found:
            return None
    # A required object's own phrase counts too: "won the battle for votes".
    stake_heads = [token, *(objects if pattern.object else ())]
    if pattern.not_pobj and any(
        is_word(obj, pattern.not_pobj)
        for head in stake_heads
        for prep in head.children if prep.dep_ in PARTICLE_DEPS
        for obj in prep.children if obj.dep_ == "pobj"
    ):  # fmt: skip
        return None  # "battled for votes", "a battle against corruption": a metaphor
    modifiers = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    if pattern.modifier:
        chosen = [m for m in modifiers if is_word(m, pattern.modifier)]
        if not chosen:
            return None
        extra.extend(chosen)
    if any(lemma(m) in pattern.not_modifier for m in modifiers):
        return None
    if pattern.no_complement and (
        any(c.dep_ in COMPLEMENTS for c in token.children) or _named(objects)
    ):
        return None
    if pattern.infinitive is not None and pattern.infinitive != _infinitive(
        token, addressed=bool(pattern.prep)
    ):
        return None  # "told his men to attack" is an order, "told Putin" a conversation
    if pattern.complement_aux and not any(
        aux.dep_ == "aux" and aux.lower_ in pattern.complement_aux
        for comp in token.children if comp.dep_ == "ccomp" and not _copular_state(comp)
        for aux in comp.children
    ):  # fmt: skip
        return None
    if pattern.complement_own and not any(
        _own_subject(comp) for comp in token.children if comp.dep_ == "ccomp"
    ):
        return None
    if pattern.clausal and not any(c.dep_ == "ccomp" for c in token.children):
        return None  # "denied the charges" is reject.deny-charge, "denied entry" deny-access
    if pattern.complement and not any(
        lemma(comp) in pattern.complement for comp in token.children if comp.dep_ == "ccomp"
    ):
        return None  # "examining whether Britain will continue the aid": no wrong looked into
    if pattern.evaluation and not evaluates(token):
        return None
    if pattern.finding and not finds_breach(token):
        return None
    if pattern.party_act_against and not any(
        party_or_act(obj) for head in (token, *objects) for obj in prep_objects(head, AGAINST)
    ):
        return None  # "a challenge against the decision": whose act is not said
    verdict = judicial_fit(pattern, token)  # "found guilty", "the court dismissed"
    if verdict is None:
        return None
    extra.extend(verdict)
    if pattern.not_background and token.dep_ in BACKGROUND_CLAUSES:
        return None  # "the founder, who is serving a life sentence": who he is, no news
    if pattern.harm_announced and not announces_harm(token):
        return None
    if (pattern.owed_by_party and not owed_by_party(token)) or (
        pattern.promised and not commits_to(token, pattern.promised)
    ):
        return None  # "vowed to plough on" is no threat, "vowed to crush them" is
    if not sense_holds(pattern, token):
        return None
    return tuple(extra)


def _place(token: Token) -> bool:
    return token.ent_type_ in PLACE_LABELS or lemma(token) in frames().place_nouns


def _named(objects: list[Token]) -> bool:
    """ "called our daughter Rosa", "our baby Rosa": a name right after a child's noun is
    given to it, a complement of naming ("called his counterpart Putin" is a call)."""
    return any(
        (c.dep_ == "appos" and c.i == obj.i + 1 and lemma(obj) in NAMED_NOUNS)
        or (c.dep_ == "compound" and obj.pos_ == "PROPN" and lemma(c) in NAMED_NOUNS)
        for obj in objects for c in obj.children
    )  # fmt: skip


def _idiom_noun(obj: Token) -> bool:
    """ "took part in": a bare object noun fixed in an idiom; "took part of the city" (an
    "of" phrase) or "took a large part" (a determiner or modifier) is a literal object."""
    return obj.dep_ == "dobj" and not any(
        c.dep_ in {"det", "amod", "poss", "nummod", "compound"} or c.lower_ == "of"
        for c in obj.children
    )


def _adverbial(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.lower_ in ADVERBIAL_POBJS for o in prep.children)


def _infinitive(token: Token, *, addressed: bool = False) -> bool:
    """Does ``token`` take a "to"-infinitive complement ("told them to leave")? After an
    addressee phrase the parser often hangs it as an adverbial ("appeal to the board *to
    allow* ..."), which then counts for a pattern with a required preposition."""
    deps = {"xcomp", "ccomp", "advcl"} if addressed else {"xcomp", "ccomp"}
    return any(c.dep_ in deps and to_infinitive(c) for c in token.children)


def _copular_state(comp: Token) -> bool:
    """ "warned (that) it would be difficult", "said they must be able to": a predicted or
    required state, not an act; "warned there would be consequences" stays an act."""
    return (
        comp.lemma_ == "be"
        and any(c.dep_ == "acomp" for c in comp.children)
        and not any(c.dep_ == "expl" for c in comp.children)
    )


def _own_subject(comp: Token) -> bool:
    """ "warned that it would respond", "that its army (the US) would act": a party's act;
    "warned that an assault would lead to a catastrophe" predicts what a thing will do."""
    subjects = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return any(
        s.pos_ == "PRON"
        or s.dep_ == "expl"
        or is_agent(s)
        or any(c.dep_ == "poss" for c in s.children)
        for s in subjects
    )
