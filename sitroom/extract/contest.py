"""Political contests that are not violence (docs/codebook.md, "Political contests").

The contest verbs of sport (``sport.yml`` ``contest_lemmas``) have two more peaceful senses in
political news: an electoral result or campaign ("beat Labour at the polls", "defeated the
government in a vote"), which is no event, and a war of words ("launched an attack on the
cost of the scheme", "the shadow chancellor clashed with the minister"), which PLOVER codes
as criticism (ACCUSE disapprove), not ASSAULT. Force in the clause (armed or rioting
participants, weapons, casualties, a physical target) keeps the violent reading.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Token

from sitroom.extract.agents import forms, is_word
from sitroom.extract.lexicon import Words, _Lexicon, _load
from sitroom.extract.sport import clause_tokens, sport
from sitroom.extract.triggers import Match
from sitroom.model import Mention


class Contest(_Lexicon):
    """Word lists of ``lexicon/contest.yml``."""

    electoral_nouns: Words  # "at the polls", "in the seat": an election as stake or setting
    electoral_verbs: Words  # "beat", "defeat", "fight": an electoral result or campaign
    result_verbs: Words  # "beat", "defeat": beating a party is an electoral result
    party_words: Words  # "Labour", "the Tories": a political party
    verbal_lemmas: Words  # "attack", "clash": criticism or debate between politicians
    political_words: Words  # "Labour", "minister", "shadow": a political party or office
    policy_nouns: Words  # "plans", "cost", "remarks": what criticism targets
    violent_words: Words  # "police", "stones", "injured", "car": force in the clause


# "an attack on the plans", "a campaign against the tax": the target; not "during" or "over".
TARGET_PREPS = frozenset({"on", "against", "at"})


@functools.cache
def contest() -> Contest:
    return _load("contest.yml", Contest)


def _contest_verb(match: Match, words: Words) -> bool:
    found = forms(match.token)
    return match.event_type == "ASSAULT" and bool(found & sport().contest_lemmas & words)


def _words(mentions: Iterable[Mention]) -> set[str]:
    return {w.strip("'\".,") for m in mentions for w in m.text.lower().split()}


def _head_word(mention: Mention) -> str:
    """The last word of a mention: "the Labour party", not "a Labour party activist"."""
    found = mention.text.lower().split()
    return found[-1].strip("'\".,") if found else ""


def _violent(match: Match, participants: tuple[Mention, ...]) -> bool:
    words = contest().violent_words
    return any(is_word(t, words) for t in clause_tokens(match)) or bool(
        _words(participants) & words
    )


def _stakes(match: Match, preps: Words | None = None) -> list[Token]:
    """The trigger's objects and the objects of its prepositions ("at the polls"), or of
    ``preps`` only."""
    found = []
    for head in {match.token, match.frame}:
        for child in head.children:
            if child.dep_ in {"dobj", "obj"}:
                found.append(child)
            elif child.dep_ == "prep" and (preps is None or child.lower_ in preps):
                found.extend(o for o in child.children if o.dep_ == "pobj")
    return found


def non_event(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...]
) -> str | None:
    """ "beat Labour at the polls", "fight the seat": an electoral contest, no event."""
    words = contest()
    if not _contest_verb(match, words.electoral_verbs) or _violent(match, (*actors, *recipients)):
        return None
    stake = next((t for t in _stakes(match) if is_word(t, words.electoral_nouns)), None)
    if stake is not None:
        return f"an electoral contest ('{stake.text}'), not violence"
    # "to beat Labour": a party beaten is beaten at the polls.
    parties = bool(recipients) and all(_head_word(m) in words.party_words for m in recipients)
    if parties and _contest_verb(match, words.result_verbs):
        return f"an electoral result ('{recipients[0].text}'), not violence"
    return None


def verbal(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...]
) -> str | None:
    """ "Labour attacked the plans", "the minister clashed with his shadow": criticism
    between politicians, or of a policy, with no force in the clause (ACCUSE disapprove)."""
    words = contest()
    participants = (*actors, *recipients)
    if not actors or not _contest_verb(match, words.verbal_lemmas):
        return None
    if _violent(match, participants):
        return None
    target = next((t for t in _stakes(match, TARGET_PREPS) if is_word(t, words.policy_nouns)), None)
    if target is not None:
        return f"an attack on a policy or statement ('{target.text}')"
    if all(_words((m,)) & words.political_words for m in participants):
        return "a contest between political parties or offices with no force"
    return None


def retyped(
    match: Match,
    actors: tuple[Mention, ...],
    recipients: tuple[Mention, ...],
    mode: str | None,
    why: list[str],
) -> tuple[str, str | None]:
    """The match's type and ``mode``, or ACCUSE (disapprove) for a war of words (noted in
    ``why``)."""
    reason = verbal(match, actors, recipients)
    if reason is None:
        return match.event_type, mode
    why.append(f"type: ASSAULT coded ACCUSE, {reason}")
    return "ACCUSE", "disapprove"
