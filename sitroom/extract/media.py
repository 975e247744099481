"""Reporting to the press is sourcing, not a PLOVER CONSULT ("told the Guardian")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitroom.extract.lexicon import media
from sitroom.model import Mention


def _is_media(text: str) -> bool:
    words = media()
    folded = " ".join(text.lower().replace("’s", "").replace("'s", "").split())
    if folded in words.outlets or folded.removeprefix("the ") in words.outlets:
        return True
    if bool(folded) and folded.split()[-1] in words.nouns:
        return True
    # "the state news agency"; a bare "agency" is any body ("the UN refugee agency").
    if folded.endswith(("news agency", "press agency")):
        return True
    # A proper name with an outlet word in it ("Guardian Australia", "the Kyiv Post").
    named = any(word[:1].isupper() for word in text.split() if word.lower() != "the")
    opening = text.split()[1:] if text.lower().startswith("the ") else text.split()
    if len(opening) > 1 and opening[0][:1].isupper() and opening[0].lower() in words.name_openers:
        return True  # "Channel Nine", not "the English Channel"
    return named and any(word in words.name_cues for word in folded.split())


def _addressees(trigger: Token) -> Iterable[str]:
    """Objects of "to"/"with" and direct objects of the trigger ("speaking to the BBC")."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "with"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield " ".join(t.text for t in obj.subtree)
        elif child.dep_ in {"dobj", "dative"}:
            yield " ".join(t.text for t in child.subtree)


def press_talk(trigger: Token, participants: Iterable[Mention]) -> str | None:
    """The outlet when a speech verb's other party is the press, else None."""
    if trigger.lemma_.lower() not in media().verbs:
        return None
    for text in (*(m.text for m in participants), *_addressees(trigger)):
        if _is_media(text):
            return text
    return None


def is_press(text: str) -> bool:
    """Whether a participant's text names a news outlet or its staff ("the Guardian")."""
    return _is_media(text)
