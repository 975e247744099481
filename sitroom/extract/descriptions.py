"""Descriptions that are no occurrences (docs/codebook.md, "Generic and personal statements").

A participle that only says which group is meant ("strongholds of rebels fighting the
army"), the simple present of a material act with no time ("the militia shells from
schools"), an ability or mandate ("has a mandate to support", "you cannot prosecute
them", "the capability to strike"), an offence category in a list ("jailed for crimes
ranging from theft to protesting"), enlisting told as fighting ("joined the fight", "went
abroad to fight"), a manner ("ways he could fight X"), a sacrifice ("offering their
lives"), an event word that only classifies a noun ("targeting decisions"), warning
shots ("fired in the air") and belittled offers ("all they offered is talk"). All cues
are read from the parse.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.extract import codebook
from sitroom.extract.clauses import PRESENT_TAGS
from sitroom.extract.lexicon import genericity
from sitroom.extract.triggers import Match
from sitroom.model import Mention

ANCHOR_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY"})
OPPONENT_PREPS = frozenset({"against", "with"})
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "'", "\u2019"})


def _verb(match: Match) -> Token:
    return match.frame if match.frame.pos_ in {"VERB", "AUX"} else match.token


def _anchored(verb: Token) -> bool:
    """A time, count or quantity of its own ("fighting the army on Monday")."""
    return any(t.ent_type_ in ANCHOR_ENTITIES or t.dep_ == "npadvmod" for t in verb.subtree)


def _identifying(match: Match) -> str | None:
    """ "Strongholds of rebels fighting the army": a present participle after a noun that
    is itself an argument of another predicate says which group is meant. With a time or
    count of its own ("rebels fighting troops on Monday") it reports an act; a headline's
    noun phrase ("Rebels fighting troops near X") has no other predicate and is kept."""
    words, verb = genericity(), _verb(match)
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.i < verb.head.i:
        return None
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ == "ROOT":
        return None
    casualty = (
        noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in words.casualty_verbs
    )
    if casualty:
        return None  # "a soldier fighting X has died": the combat he died in, not which soldier
    if verb.lemma_.lower() not in words.identifying_verbs or _anchored(verb):
        return None
    if not any(c.dep_ == "dobj" or c.lower_ in OPPONENT_PREPS for c in verb.children):
        return None  # no side fought: a standing role, flagged by the modality reader
    return f"identifies '{noun.text}' ('{verb.text}'), no act"


def _headline(verb: Token) -> bool:
    """Headlines drop the final stop and tell past acts in the present ("Troops kill 12")."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return sent.start == 0 or last is None or last.text not in SENTENCE_ENDS


def _habitual(match: Match) -> str | None:
    """ "The militia shells from schools": the simple present of a material act with no
    time anywhere in its sentence tells what a party does, not one act. A light verb with
    an event noun ("launches an assault") tells one act."""
    verb = _verb(match)
    if match.nominal or verb.tag_ not in PRESENT_TAGS or verb.pos_ != "VERB":
        return None
    if match.event_type.lower() not in genericity().habitual_types or _headline(verb):
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.sent):
        return None
    return f"habitual present ('{verb.text}')"


def _stance(match: Match) -> str | None:
    """Standing positions, no acts: a stance verb in a past relative clause with no time of
    its own on a participant of another predicate ("the league, which opposed the war, urged
    ..."); a verbal act in the simple present with a generic adverb ("farmers generally
    agree on it"; a material act so told is flagged by the modality reader); a
    nominal stance that rises or falls ("support for X has been falling")."""
    words, verb = genericity(), _verb(match)
    if match.nominal:
        level = match.token.dep_ in {"nsubj", "nsubjpass"}
        if level and match.token.head.lemma_.lower() in words.level_verbs:
            return f"a level of '{match.token.text}', no act"
        return None
    if (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBD"  # "whose party opposes the plan": a live position in the news
        and verb.lemma_.lower() in words.stance_verbs
        and verb.head.dep_ != "ROOT"
        and not _anchored(verb)
    ):
        return f"a standing position ('{verb.text}') describing '{verb.head.text}'"
    generic = any(c.dep_ == "advmod" and c.lower_ in words.generic_adverbs for c in verb.children)
    # Verbal acts only: "militias often raid" is flagged by the modality reader, not dropped.
    verbal = codebook.codes(match.event_type, None)[1] in codebook.VERBAL_QUADS
    if generic and verbal and verb.tag_ in PRESENT_TAGS and not _headline(verb):
        return f"what holds as a rule ('{verb.text}')"
    return None


def _bare_plural(noun: Token) -> bool:
    """ "People", "prisoners": a plural noun for people in general with no determiner,
    possessor or number (a kind of people, not particular ones; "Armenian forces" is a party)."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in genericity().generic_people
        and not any(
            c.dep_ in {"det", "poss", "nummod", "compound", "appos", "relcl", "acl", "prep"}
            for c in noun.children
        )
    )


def _generic_kind(match: Match) -> str | None:
    """What happens to or is done by a kind of people: a present passive on a bare plural
    with no agent ("inmates get released early when ..."), or the act of a bare plural in a
    present "if/when" clause ("if refugees arrive asking for shelter, ..."). With a time in
    the sentence, or in a headline, it reports one event."""
    verb = _verb(match)
    if match.nominal or _headline(verb) or any(t.ent_type_ in {"DATE", "TIME"} for t in verb.sent):
        return None
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    passive = bool(auxes) and all(a.tag_ in PRESENT_TAGS for a in auxes)
    agentless = not any(c.dep_ == "agent" for c in verb.children)
    if passive and agentless and subjects and all(_bare_plural(s) for s in subjects):
        return f"a kind of people ('{subjects[0].text}'), no particular act"
    clause = verb.head if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG" else verb
    marks = genericity().condition_marks
    conditional = clause.tag_ in PRESENT_TAGS and any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause.children
    )
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    if conditional and doers and all(_bare_plural(d) for d in doers):
        return f"a condition on a kind of people ('{doers[0].text}')"
    return None


def _ability(match: Match, actors: tuple[Mention, ...]) -> str | None:
    """ "Has a mandate to support", "you cannot prosecute them": a standing mandate or
    what anyone may do is no act."""
    words, verb = genericity(), _verb(match)
    if verb.dep_ in {"acl", "relcl", "xcomp"} and verb.head.lemma_.lower() in words.mandate_nouns:
        return f"a mandate ('{verb.head.text}')"
    clause = verb.head if verb.dep_ == "conj" else verb  # "cannot hold X and prosecute them"
    holder = _capability_noun(clause)
    if holder is not None:
        return f"a capability ('{holder.text} to {verb.text}')"
    generic = bool(actors) and all(m.text.lower().strip() in words.generic_subjects for m in actors)
    can = any(c.dep_ == "aux" and c.lower_ in words.capability_modals for c in clause.children)
    if generic and can:
        return "what anyone may do"
    token = match.token.head if match.token.dep_ == "conj" else match.token
    return _kinds_can(token) if token.pos_ == "VERB" else None


def _kinds_can(verb: Token) -> str | None:
    """ "Wardens can now use force to detain suspects", "any foreigner suspected of X can be
    held": what members of a class may do or undergo (a bare plural or "any" noun as every
    party, with "can") states a power or rule, not one act."""
    words = genericity()
    governor = verb.head if verb.dep_ == "xcomp" else verb  # "can use force to detain"
    if not any(
        c.dep_ == "aux" and c.lower_ in words.capability_modals
        for v in (verb, governor)
        for c in v.children
    ):
        return None
    parties = [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}] + [
        c for c in verb.children if c.dep_ in {"dobj", "dative"}
    ]
    if parties and all(_kind(p) for p in parties):
        return f"what {parties[0].text} can do or undergo, no one act"
    return None


def _kind(noun: Token) -> bool:
    """ "suspects", "police officers", "any foreign national": a class, not a named party."""
    if noun.pos_ == "PROPN":
        return False
    quantified = any(
        c.dep_ == "det" and c.lower_ in genericity().generic_quantifiers for c in noun.children
    )
    bare = noun.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in noun.children
    )
    return quantified or bare


def _capability_noun(verb: Token) -> Token | None:
    """The noun whose "to"-infinitive ``verb`` is ("the power to detain", "the right to
    strike"), by the parse or, when the parser hangs the infinitive elsewhere ("curbs on
    rights to protest"), by the words right before "to"."""
    words = genericity()
    holder = None
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in words.capability_nouns:
        holder = verb.head
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if holder is None and to is not None and to.i == verb.i - 1 and to.i > 0:
        before = verb.doc[to.i - 1]
        own = before.head == verb  # "for the big powers to give up": the doer, not a power
        if before.pos_ == "NOUN" and before.lemma_.lower() in words.capability_nouns and not own:
            holder = before
    if holder is not None and holder.head.lemma_.lower() in words.exercising_verbs:
        return None  # "used its power to bar him": the power exercised is the act
    return holder


def _offence_category(match: Match) -> str | None:
    """ "jailed for offences ranging from smoking to protesting", "crimes such as looting":
    a kind of offence in a list, no act that took place."""
    words, node = genericity(), match.token
    while node.dep_ in {"pobj", "pcomp", "conj", "prep"} and node.head is not node:
        node = node.head
        listing = node.lemma_.lower() in words.range_verbs or (
            node.lower_ == "as" and any(c.lower_ == "such" for c in (node.head, *node.children))
        )
        if listing:
            owner = node.head if node.dep_ in {"acl", "prep"} else None
            if owner is not None and {owner.lemma_.lower(), owner.lower_} & words.offence_nouns:
                return f"an offence category ('{owner.text}')"
    return None


def _enlisting(match: Match) -> str | None:
    """ "Joined the fight against X", "went to Syria to fight": enlisting, not an attack."""
    words, token = genericity(), match.token
    if match.nominal and token.lemma_.lower() in words.enlisting_nouns:
        joined = match.frame if match.frame != token else token.head
        if joined.lemma_.lower() in words.enlisting_verbs:
            return f"enlisting ('{joined.text} the {token.text}')"
    verb = _verb(match)
    purpose = verb.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    if purpose and verb.lemma_.lower() in words.enlisting_acts:
        going = verb.head.lemma_.lower() in words.enlisting_verbs | words.travel_verbs
        onward = any(c.dep_ == "prt" for c in verb.head.children)  # "went on to fight": next
        if going and not onward:
            return f"a motive of '{verb.head.text}' ('to {verb.text}')"
    return None


def _manner(match: Match) -> str | None:
    """ "Better ways he could fight X": a modal relative clause on a manner noun."""
    words, verb = genericity(), _verb(match)
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in words.manner_nouns:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return f"a manner ('{verb.head.text}')"
    return None


def _sacrifice(match: Match) -> str | None:
    """ "Offering their lives": a sacrifice, no offer to a party."""
    words, token = genericity(), match.token
    if token.lemma_.lower() not in words.sacrifice_verbs:
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if objects and all(o.lemma_.lower() in words.sacrifice_objects for o in objects):
        return f"a sacrifice ('{token.text} {objects[0].text}')"
    return None


def _classifier(match: Match) -> str | None:
    """ "Targeting decisions", "bombing policy": an event word classifying a noun."""
    token = match.token
    if token.tag_ not in {"VBG", "NN"} or token.i + 1 >= len(token.doc):
        return None
    noun = token.doc[token.i + 1]
    if noun.lemma_.lower() not in genericity().classified_nouns:
        return None
    modifier = token.dep_ in {"amod", "compound"} and token.head == noun
    bare_object = (
        noun.dep_ == "dobj"
        and noun.head == token
        and not any(c.dep_ in {"det", "poss"} for c in noun.children)
    )
    return f"classifies '{noun.text}'" if modifier or bare_object else None


def _warning_shots(match: Match) -> str | None:
    """ "Fired in the air": warning shots at no one (a dispersal is coded by its own verb)."""
    words, token = genericity(), match.token
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.shooting_verbs:
        return None
    fired = words.fired_objects  # "fired their guns into the air" still aims at no one
    if any(
        c.dep_ == "dative" or (c.dep_ == "dobj" and c.lemma_.lower() not in fired)
        for c in token.children
    ):
        return None
    skyward = [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "into", "at"}
        for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in words.sky_nouns
    ]  # fmt: skip
    return f"warning shots ('{token.text} ... {skyward[0].text}')" if skyward else None


def _dismissive(match: Match) -> str | None:
    """ "All the council has offered is more talk", "the only thing they proposed was a
    review": an offer belittled as worthless is a criticism, not an offer."""
    words, verb = genericity(), _verb(match)
    if match.event_type.lower() not in words.dismissive_types:
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    if verb.dep_ == "csubj" and verb.head.lemma_.lower() == "be":
        head = verb.left_edge  # "all the council has offered"
    elif verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_ == "be":
        head = verb.head  # "all (that) they offered", "the only thing they offered"
    elif after.lemma_ == "be" and not any(c.dep_ == "nsubj" for c in after.children):
        head = verb.left_edge  # the parser may coordinate the copula with the verb
    else:
        return None
    belittled = head.lower_ in words.dismissive_heads or any(
        c.lower_ in words.dismissive_heads for c in head.children if c.dep_ in {"amod", "advmod"}
    )
    return f"belittled ('{head.text} ... {verb.text}')" if belittled else None


def not_an_occurrence(match: Match, actors: tuple[Mention, ...]) -> str | None:
    """Why a description, enlisting or classifier codes no event, or None."""
    rules: tuple[Callable[[], str | None], ...] = (
        lambda: _identifying(match),
        lambda: _habitual(match),
        lambda: _stance(match),
        lambda: _generic_kind(match),
        lambda: _ability(match, actors),
        lambda: _offence_category(match),
        lambda: _enlisting(match),
        lambda: _manner(match),
        lambda: _sacrifice(match),
        lambda: _classifier(match),
        lambda: _warning_shots(match),
        lambda: _dismissive(match),
    )
    return next((why for why in (rule() for rule in rules) if why), None)
