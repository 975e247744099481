"""Statements that are not events (docs/codebook.md, "Generic and personal statements").

Generic: a quantified participant ("any side that breaks the truce"), a comparison
("like other factions battling X", "easier to shell a town than to govern it"), a
capability ("a court which can try war crimes"), a state of a nominal ("the evidence
implicating X is plentiful"), a disposition ("reluctant to send troops") or a wh-question.
Personal: interview frames, naming requests to the reporter, the reporter or an audience
as addressee, and wishes ("his desire to fight"). All cues are read from the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from sitroom.extract import descriptions, procedures
from sitroom.extract.agents import is_agent
from sitroom.extract.codebook import VERBAL_QUADS
from sitroom.extract.lexicon import genericity
from sitroom.extract.media import is_press
from sitroom.extract.phrases import mention_head
from sitroom.extract.triggers import Match
from sitroom.model import Mention

CLAUSE_MODIFIERS = frozenset({"relcl", "acl"})
PAST_TAGS = frozenset({"VBD"})
QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _heads(doc: Doc, items: Iterable[Mention]) -> list[Token]:
    return [h for h in (mention_head(doc, m) for m in items) if h is not None]


def _named(head: Token, words: frozenset[str]) -> bool:
    """ "her first name", "a nom de guerre": the head or its phrase is one of ``words``."""
    phrase = " ".join(t.lower_ for t in head.subtree if t.dep_ not in {"det", "poss"})
    return head.lemma_.lower() in words or any(w in phrase for w in words if " " in w)


def _quantified(head: Token) -> bool:
    """ "any party", "most other groups", "how many volunteers"."""
    words = genericity()
    for child in head.children:
        if child.dep_ in {"det", "amod", "predet"} and child.lower_ in words.generic_quantifiers:
            return True
        if child.lower_ in words.wh_quantities and any(g.lower_ == "how" for g in child.children):
            return True
    return False


def _generic_participant(match: Match, actors: list[Token]) -> str | None:
    if not actors or not all(_quantified(h) for h in actors):
        return None
    wh = any(c.lower_ == "how" for h in actors for q in h.children for c in q.children)
    restrictive = match.token.dep_ in CLAUSE_MODIFIERS and match.token.head in actors
    return f"generic participant '{actors[0].text}'" if wh or restrictive else None


def _comparison(match: Match) -> str | None:
    words, token = genericity(), match.token
    for node in (token, *token.ancestors):
        named = bool(node.ent_type_) or node.pos_ == "PROPN"
        if node.dep_ == "pobj" and node.head.lower_ in words.comparison_preps and not named:
            return f"inside a comparison ('{node.head.text} {node.text}')"
        if node.dep_ not in CLAUSE_MODIFIERS | {"pobj", "prep", "conj"} and node is not token:
            break  # the comparison must contain the event, not merely share its sentence
    governor = token.head if token.dep_ in {"xcomp", "advcl"} else None
    if governor is None:
        return None
    # "it is easier to shell": the infinitive hangs on the copula or on the adjective
    predicates = [governor, *(c for c in governor.children if c.dep_ == "acomp")]
    comparative = any(
        p.tag_ in {"JJR", "RBR"}
        or any(c.dep_ == "advmod" and c.lower_ in words.comparative_adverbs for c in p.children)
        for p in predicates
    )
    clause = governor.head if governor.dep_ == "acomp" else governor
    marked = any(t.lower_ in words.comparison_marks for t in clause.subtree)
    return "a comparative evaluation" if comparative and marked else None


def _capability(match: Match) -> str | None:
    token = match.token
    can = any(
        c.dep_ == "aux" and c.lower_ in genericity().capability_modals for c in token.children
    )
    return "a capability of the antecedent" if token.dep_ == "relcl" and can else None


def _nominal_state(match: Match, quad: int) -> str | None:
    """ "The evidence implicating X is plentiful": a state of the evidence, no act."""
    token, noun = match.token, match.token.head
    if quad not in VERBAL_QUADS or token.dep_ != "acl" or is_agent(noun):
        return None
    copula = noun.head
    stative = noun.dep_ == "nsubj" and copula.lemma_ == "be"
    if stative and any(c.dep_ in {"acomp", "attr"} for c in copula.children):
        return f"a state of '{noun.text}'"
    return None


def _disposition(match: Match) -> str | None:
    token = match.token
    if token.pos_ == "ADJ" and token.lemma_.lower() in genericity().disposition_adjectives:
        return f"a disposition ('{token.text}')"
    return None


def _wh_question(match: Match, actors: list[Token]) -> str | None:
    sent = match.token.sent
    question = any(t.text == "?" for t in sent[-2:])
    wh = bool(actors) and all(h.lower_ in genericity().wh_pronouns for h in actors)
    if question and wh and match.token.tag_ not in PAST_TAGS:
        return "a wh-question"
    return None


def _complements(token: Token) -> Iterable[Token]:
    """ "agreed to be interviewed", "agreed to interviews": what is agreed to or refused."""
    for child in token.children:
        if child.dep_ == "xcomp":
            yield child
        elif child.dep_ == "prep" and child.lower_ == "to":
            yield from (c for c in child.children if c.dep_ == "pobj")


def _press_request(match: Match, participants: list[Token]) -> str | None:
    words = genericity()
    if any(not h.ent_type_ and _named(h, words.naming_nouns) for h in participants):
        return "a name is no party"
    for comp in _complements(match.token):
        if comp.lemma_.lower() in words.interview_words:
            return f"an interview frame ('{comp.text}')"
    return None


def _addressees(match: Match, participants: list[Token]) -> list[Token]:
    found = list(participants)
    for child in match.token.children:
        if child.dep_ in {"dobj", "dative"}:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"to", "with"}:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _personal_talk(match: Match, participants: list[Token], mentions: list[Mention]) -> str | None:
    if match.event_type != "CONSULT":
        return None
    words, addressees = genericity(), _addressees(match, participants)
    if any(is_press(m.text) for m in mentions):
        return "talk with the press"
    speech = match.token.pos_ == "VERB" and match.token.lemma_.lower() in words.speech_verbs
    me = [h for h in addressees if h.pos_ == "PRON" and h.text in words.first_person_objects]
    if speech and me:  # lower case only: "with US mediation" is no "us"
        return "speech to the reporter"
    writer = [h for h in addressees if h.lower_ in words.reporter_pronouns]
    if writer and (speech or not _quoted(match.token.sent)):  # "met me", "told Me"
        return "the reporter as party"
    if speech and any(h.lemma_.lower() in words.audience_nouns for h in addressees):
        return "an address to an audience"
    return None


def _quoted(sent: Span) -> bool:
    """Quotation marks in the sentence: "me" may be a quoted speaker, not the writer."""
    return any(t.text in QUOTES or t.tag_ in {"``", "''"} for t in sent)


def _press_question(match: Match, actors: list[Token]) -> str | None:
    """ "Asked by reporters whether ...", "the BBC asked him": the press asks, no party."""
    if match.event_type not in {"REQUEST", "CONSULT"}:
        return None
    agents = [
        o for c in match.token.children if c.dep_ == "agent" for o in c.children
        if o.dep_ == "pobj"
    ]  # fmt: skip
    askers = actors + agents
    if askers and all(is_press(" ".join(t.text for t in h.subtree)) for h in askers):
        return "a question from the press"
    return None


def _doers(token: Token) -> list[Token]:
    passive = [o for c in token.children if c.dep_ == "agent" for o in c.children]
    return passive or [c for c in token.children if c.dep_ == "nsubj"]


def _depiction(match: Match) -> str | None:
    """ "The photo captured the fighters", "caught on camera": depicted, nobody taken."""
    words, token = genericity(), match.token
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.depiction_verbs:
        return None
    media = [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "in", "by"}
        for o in c.children if o.dep_ == "pobj"
    ]  # fmt: skip
    depicted = [d for d in (*_doers(token), *media) if d.lemma_.lower() in words.depiction_nouns]
    return f"a depiction ('{depicted[0].text}')" if depicted else None


def _private_wish(match: Match) -> str | None:
    """ "Her mother wants the killers tried": kin or bystanders wish, no party demands."""
    words, token = genericity(), match.token
    governor = token.head
    if token.dep_ not in {"ccomp", "xcomp", "oprd"} or governor.pos_ != "VERB":
        return None
    if governor.lemma_.lower() not in words.wishing_verbs:
        return None
    wishers = [c for c in governor.children if c.dep_ == "nsubj"]
    if wishers and all(w.lemma_.lower() in words.private_wishers for w in wishers):
        return f"a private wish ('{governor.text}')"
    return None


def _wish(match: Match) -> str | None:
    words, token = genericity(), match.token
    governor = token.head
    if token.dep_ in {"acl", "xcomp"} and governor.lemma_.lower() in words.desire_nouns:
        return f"a wish ('{governor.text}')"
    if token.dep_ in {"xcomp", "ccomp", "attr"} and governor.lemma_ == "be":
        for subject in governor.children:
            wanted = any(
                c.dep_ in {"relcl", "ccomp"} and c.lemma_.lower() in words.desire_verbs
                for c in subject.children
            )
            if subject.dep_ == "nsubj" and subject.lower_ in words.pseudo_cleft_heads and wanted:
                return "a wish (pseudo-cleft)"
    return None


def _bare_plural(noun: Token) -> bool:
    """ "members", "doctors": a plural with no determiner, possessor, number or name."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "compound"} for c in noun.children)


def _norm(match: Match) -> str | None:
    """ "Under the rules, members are forbidden from striking one another": a present
    passive of prohibition or obligation on a bare plural, with no agent, states a rule;
    neither the rule nor the act it forbids or requires is an event."""
    words, token = genericity(), match.token
    rule = token if token.lemma_.lower() in words.norm_verbs else None
    if rule is None and token.dep_ in {"pcomp", "xcomp"}:
        head = token.head.head if token.dep_ == "pcomp" else token.head
        rule = head if head.lemma_.lower() in words.norm_verbs else None
    if rule is None or rule.tag_ != "VBN":
        return None
    passive = [c for c in rule.children if c.dep_ == "auxpass"]
    present = bool(passive) and all(c.tag_ in {"VBP", "VBZ"} for c in passive)
    subjects = [c for c in rule.children if c.dep_ == "nsubjpass"]
    agent = any(c.dep_ in {"agent", "npadvmod"} for c in rule.children)  # "by", "on Monday"
    if present and not agent and subjects and all(_bare_plural(s) for s in subjects):
        return f"a rule ('{subjects[0].text} {passive[0].text} {rule.text}'), no act"
    return None


def _habitual_adjunct(match: Match) -> str | None:
    """ "Travellers should be careful when visiting X": a subjectless gerund adjunct under a
    modal, an imperative or a simple present says what one does whenever it happens."""
    token, words = match.token, genericity()
    if token.tag_ != "VBG" or token.dep_ != "advcl":
        return None
    if not any(c.lower_ in words.habitual_adjunct_marks for c in token.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None
    main = token.head
    auxes = [c for c in main.children if c.dep_ in {"aux", "auxpass"}]
    modal = any(c.tag_ == "MD" and c.lower_ not in {"will", "shall", "'ll"} for c in auxes)
    imperative = main.tag_ == "VB" and not auxes  # or a mandative "that they exercise care"
    present = main.tag_ in {"VBP", "VBZ"} and all(c.tag_ in {"VBP", "VBZ"} for c in auxes)
    if modal or imperative or present:
        return f"a habit ('{token.text}' whenever it happens), not one act"
    return None


def _tally(match: Match) -> str | None:
    """ "suspects were arrested in only four cases", "in most cases": a count of cases is an
    aggregate ("justice in the cases of X" names the cases)."""
    for prep in match.token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            counted = any(
                c.dep_ == "nummod" or c.lower_ in genericity().tally_quantifiers
                for c in noun.children
            )
            if noun.lemma_.lower() in genericity().case_nouns and noun.tag_ == "NNS" and counted:
                return f"a tally ('in ... {noun.text}'), not one event"
    return None


def _rule_topic(match: Match) -> str | None:
    """ "adopted a policy on threatening and harassing language": the topic of a rule or
    policy names a kind of act, not one done."""
    token, words = match.token, genericity()
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "on threatening and harassing language"
    if token.tag_ not in {"VBG", "NN", "NNS"} or token.dep_ not in {"pcomp", "pobj"}:
        return None
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in words.topic_preps:
        return None
    if prep.head.lemma_.lower() in words.classified_nouns:
        return f"the topic of '{prep.head.text}', not an act"
    return None


def not_an_event(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...], quad: int
) -> str | None:
    """Why a generic, comparative or personal statement codes no event, or None."""
    doc = match.token.doc
    actor_heads = _heads(doc, actors)
    participants = actor_heads + _heads(doc, recipients)
    rules: tuple[Callable[[], str | None], ...] = (
        lambda: _generic_participant(match, actor_heads),
        lambda: _comparison(match),
        lambda: _capability(match),
        lambda: _nominal_state(match, quad),
        lambda: _disposition(match),
        lambda: _wh_question(match, actor_heads),
        lambda: _press_request(match, participants),
        lambda: _personal_talk(match, participants, [*actors, *recipients]),
        lambda: _wish(match),
        lambda: _press_question(match, actor_heads),
        lambda: _depiction(match),
        lambda: _private_wish(match),
        lambda: descriptions.not_an_occurrence(match, actors),
        lambda: procedures.alone_or_asked(match, actors, recipients),
        lambda: _norm(match) or _habitual_adjunct(match) or _tally(match),
        lambda: _rule_topic(match),
    )
    return next((why for why in (rule() for rule in rules) if why), None)
