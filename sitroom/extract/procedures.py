"""One body's own procedure and questions put to a speaker (docs/codebook.md, "One body's
own procedure").

PLOVER events lie between parties. A chamber debating a bill, a union discussing an issue,
a party holding its conference or publishing its proposals, a party asking voters for
support: one body acts alone, no counterpart. A conference that is only the time or
place of another clause ("during the party conference") is a setting. A word inside an
interviewer's question ("was asked if ...", "was asked to respond") or inside what people
in general might believe ("people thinking that ...") asserts nothing. All cues are read
from the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from sitroom.extract.agents import is_agent, is_word
from sitroom.extract.lexicon_speech import procedures
from sitroom.extract.phrases import mention_head
from sitroom.extract.triggers import Match
from sitroom.model import Mention

PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "LOC", "FAC"})
PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})
QUESTION_MARKS = frozenset({"if", "whether"})


def _partnered(token: Token) -> bool:
    """ "discussed it with X", "a conference between X and Y": a second party."""
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in token.children)


def _one_body(head: Token) -> bool:
    """A chamber, committee, party or organisation acting as one ("MPs", "the union")."""
    if head.lower_ == "it":
        return True
    if is_word(head, procedures().deliberative_bodies):
        return True
    return head.pos_ == "PROPN" and head.ent_type_ not in PERSON_OR_PLACE  # "the Greens"


def _deliberation(match: Match, heads: list[Token], recipients: tuple[Mention, ...]) -> str | None:
    """ "The federation is discussing the matter", "senators will debate the bill": one
    body deliberates a topic; a consultation needs a counterpart ("discussed it with X")."""
    token = match.token
    if match.event_type != "CONSULT" or match.nominal or recipients or len(heads) != 1:
        return None
    if token.lemma_.lower() not in procedures().deliberation_verbs or _partnered(token):
        return None
    topics = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(is_agent(t) for t in topics) or not _one_body(heads[0]):
        return None
    return f"one body's deliberation ('{heads[0].text} {token.text}')"


def _setting_conference(match: Match) -> str | None:
    """ "Photographed during the party conference": the conference dates or places
    another clause; it is no meeting reported."""
    words, token = procedures(), match.token
    if not match.nominal or token.lemma_.lower() not in words.conference_nouns:
        return None
    if token.dep_ != "pobj" or _partnered(token):
        return None
    prep = token.head
    if prep.lower_ not in words.setting_preps and prep.head.lower_ not in words.setting_preps:
        return None  # "ahead of the conference": the preposition is "of" under "ahead"
    return f"a conference as setting ('{prep.text} ... {token.text}')"


def _own_conference(match: Match) -> str | None:
    """ "Will hold its autumn conference": a body's gathering of its own members."""
    words, token = procedures(), match.token
    if not match.nominal or token.lemma_.lower() not in words.conference_nouns:
        return None
    if _partnered(token):
        return None
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    internal = any(
        t.lower_ in words.internal_conference_modifiers for m in modifiers for t in m.subtree
    )
    return f"a body's own conference ('{token.text}')" if internal else None


def _publication(match: Match, recipients: tuple[Mention, ...]) -> str | None:
    """ "Will announce its proposals": publishing one's own plans commits to no one."""
    words, token = procedures(), match.token
    if match.event_type != "AGREE" or not match.nominal or recipients:
        return None
    if token.lower_ not in words.publication_nouns and token.lemma_.lower() not in (
        words.publication_nouns
    ):
        return None
    frame = match.frame
    if frame is token or frame.lemma_.lower() not in words.publication_verbs:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in (*token.children, *frame.children)):
        return None  # "presented its proposals to the union": offered to a party
    return f"publishing its own {token.text} ('{frame.text}')"


def _objects(token: Token) -> Iterable[Token]:
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"}:
            yield child
        elif child.dep_ == "prep":
            yield from (c for c in child.children if c.dep_ == "pobj")


def _electoral_appeal(match: Match, recipients: tuple[Mention, ...]) -> str | None:
    """ "Will ask the voters for their support": campaigning, not a demand on a party."""
    words = procedures()
    if match.event_type != "REQUEST" or not recipients:
        return None
    heads = [h for h in (mention_head(match.token.doc, m) for m in recipients) if h is not None]
    if not heads or not all(is_word(h, words.electorate_nouns) for h in heads):
        return None
    asked = [o for o in _objects(match.token) if is_word(o, words.electoral_asks)]
    return f"an electoral appeal ('{match.token.text} ... {asked[0].text}')" if asked else None


def _attraction(match: Match) -> str | None:
    """ "Must broaden its appeal", "her broad appeal": how attractive a party is to
    voters, no plea to anyone."""
    words, token = procedures(), match.token
    if not match.nominal or not is_word(token, words.attraction_nouns):
        return None
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
    governor = token.head if token.dep_ in {"dobj", "nsubjpass"} else None
    cues = [t for t in (*modifiers, governor) if t is not None]
    found = [t for t in cues if is_word(t, words.attraction_words)]
    return f"an attraction ('{found[0].text} ... {token.text}')" if found else None


def _question(match: Match) -> str | None:
    """ "Was asked to respond", "was asked about X", "asked if support for X ...": an
    interviewer's question, no demand; its content is asked, not asserted."""
    words, token = procedures(), match.token
    lemma = token.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if passive and lemma in words.question_verbs and match.event_type == "REQUEST":
        agents = [c for c in token.children if c.dep_ == "agent"]
        answering = [
            c for c in token.children
            if (c.dep_ == "xcomp" and c.lemma_.lower() in words.answer_verbs)
            or (c.dep_ == "prep" and c.lower_ == "about")
        ]  # fmt: skip
        if not agents and answering:
            return f"an interviewer's question ('{token.text} {answering[0].text}')"
    for node in (token, *token.ancestors):
        marked = any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in node.children)
        if marked and node.head.lemma_.lower() in words.question_verbs:
            return f"inside a question ('{node.head.text} ...')"
    return None


def _generic_belief(match: Match) -> str | None:
    """ "We don't want people thinking that soldiers beat civilians": what people in
    general might believe reports no act."""
    words = procedures()
    for node in match.token.ancestors:
        if node.lemma_.lower() not in words.belief_verbs:
            continue
        believers = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if node.dep_ == "acl" and not believers:
            believers = [node.head]  # "people thinking that ..."
        if believers and all(is_word(b, words.generic_believers) for b in believers):
            return f"a belief of people in general ('{node.text}')"
        return None
    return None


def _evaluation(match: Match) -> str | None:
    """ "It is not enough for the police to investigate": what a party should do, judged
    by the speaker; the infinitive with its for-subject asserts no act."""
    token, governor = match.token, match.token.head
    if token.dep_ not in {"advcl", "xcomp"} or governor.lemma_ != "be":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
        return None
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in governor.children)
    judged = [c for c in governor.children if c.dep_ == "acomp"]
    return f"an evaluation ('it is {judged[0].text} for')" if expletive and judged else None


def alone_or_asked(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...]
) -> str | None:
    """Why one body's own procedure or a question codes no event, or None."""
    doc = match.token.doc
    heads = [h for h in (mention_head(doc, m) for m in actors) if h is not None]
    rules: tuple[Callable[[], str | None], ...] = (
        lambda: _deliberation(match, heads, recipients),
        lambda: _setting_conference(match),
        lambda: _own_conference(match),
        lambda: _publication(match, recipients),
        lambda: _electoral_appeal(match, recipients),
        lambda: _attraction(match),
        lambda: _question(match),
        lambda: _generic_belief(match),
        lambda: _evaluation(match),
    )
    return next((why for why in (rule() for rule in rules) if why), None)
