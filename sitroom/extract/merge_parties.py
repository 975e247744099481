"""Whether two participant phrases of one document name the same party (for ``merge``).

Sharing any word is too weak: "Turkish forces" and "the new force" share their head,
"the foreign secretary" and "any foreign government" a common adjective, "Turkish-backed
rebels" and "a Turkish airstrike" a patron. Two phrases name one party when they share a
name (a capitalised word of the party itself) or one's names are a short form of the
other's (initials "US", clipped words "Lib Dems"), or the same head noun with the modifiers of
one among those of the other ("the rebels" ... "Syrian rebels"; not "Kurdish fighters" ...
"Isis fighters"). A patron ("X-backed"), a possessor ("X's men") or a place qualifier
("X-based") names another party, not this one (docs/codebook.md, One event, several
mentions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitroom.extract import restate
from sitroom.model import Mention

WORD = re.compile(r"[^\W\d_]+")
# The head phrase ends before a postmodifier: "the leader of the group", "officials in Rome".
POSTMODIFIER = re.compile(
    r",\s|\b(?:of|in|from|at|on|for|with|who|which|that|whose|near|inside|outside)\b"
)
POSSESSOR = re.compile(r"[^\W\d_]+(?:['\u2019]s?)(?=\s|$)")
OWNER = re.compile(r"^(.+?)['\u2019]s?\s")
# "its members", "their leaders": a part of a party named before, which only the context
# says; such a phrase names no party of its own unless it has a name ("their Kurdish allies").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# "the two leaders", "both sides", "the pair": the parties just named, told again by their
# number; without a name such a phrase names no party of its own (it counts as a pronoun).
GROUP_ANAPHOR = re.compile(r"^(?:the\s+(?:two|three|pair|duo|trio)|both)\b", re.IGNORECASE)
# Pronouns by which a source speaks of its own group ("the ministry said it ...").
GROUP_PRONOUNS = frozenset({"it", "they", "we"})
# Function words and pronouns say nothing about who a participant is (``merge_times.words``
# drops these from participants, places and times).
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "and", "its", "their", "his", "her", "s", "in", "from", "to", "for",
    "on", "some", "several", "two", "three", "it", "they", "he", "she", "them", "we", "who",
    "which", "that", "this", "those", "these", "himself", "themselves", "itself",
})  # fmt: skip
# A party phrase's own words also leave out the other pronouns and quantifiers.
PARTY_FUNCTION_WORDS = FUNCTION_WORDS | {
    "i", "me", "my", "you", "your", "us", "our", "him", "whose", "all", "any", "both", "each",
    "many", "others", "such",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Party:
    """The words of a participant phrase that say who it is."""

    names: frozenset[str]  # capitalised words of the party itself ("Kurdish", "Putin")
    head: str | None  # head noun of the head phrase ("forces")
    qualifiers: frozenset[str]  # names among the head phrase's modifiers ("Turkish forces")
    contrast: frozenset[str]  # "another bomber", "the new force": another party of that kind
    owner: Party | None = None  # "the alliance" of "the alliance's council"
    spelled: tuple[str, ...] = ()  # the names in order, as written ("United", "States")


def _stem(word: str) -> str:
    if word.isupper():
        return word.lower()  # "US", "SDF"
    return word.lower().removesuffix("s")  # "missiles" and "the third missile"


def _own_words(text: str) -> list[str]:
    """Words of the phrase, less possessors, numbers and patron compounds ("Turkish-backed")."""
    lexicon = restate.coreference()
    patrons = lexicon.patron_participles
    words: list[str] = []
    for token in POSSESSOR.sub(" ", text).split():
        if any(char.isdigit() for char in token):
            continue  # "1,500", "13th-century"
        parts = WORD.findall(token)
        if len(parts) > 1 and parts[-1].lower() in patrons:
            continue  # "US-backed", "rebel-held", "London-based": another party or a place
        if len(parts) > 1 and parts[0].lower() in lexicon.alignment_prefixes:
            words.append("-".join(parts))  # "pro-regime": an alignment, qualifies as a name
            continue
        words += parts
    # "US" is a name, "us" a pronoun.
    return [
        w for w in words if w.lower() not in PARTY_FUNCTION_WORDS or (len(w) > 1 and w.isupper())
    ]


def party(mention: Mention, *, positional: bool = False) -> Party:
    """``positional``: the phrase opens its sentence, so its first capital may not be a name."""
    text = mention.text
    words = _own_words(text)
    first = text.split(maxsplit=1)[:1]
    possessed = bool(first) and first[0].lower() in POSSESSIVE_PRONOUNS
    anaphoric = possessed or bool(GROUP_ANAPHOR.match(text))
    if not words or (anaphoric and not any(word[:1].isupper() for word in words)):
        return Party(frozenset(), None, frozenset(), frozenset())
    head_text = POSTMODIFIER.split(text, maxsplit=1)[0]
    head_phrase = _own_words(head_text)
    owned = OWNER.match(head_text)
    owner = party(Mention(owned.group(1), mention.start, mention.start + owned.end(1)),
                  positional=positional) if owned else None  # fmt: skip
    ambiguous = positional and mention.label is None

    def name(word: str) -> bool:
        if "-" in word:
            return True  # an alignment ("pro-regime")
        if not word[:1].isupper():
            return False
        return word.isupper() or not (ambiguous and text.lstrip("\"'\u201c").startswith(word))

    head = _stem(head_phrase[-1]) if head_phrase else None
    modifiers = head_phrase[:-1]
    other = restate.coreference().other_party_modifiers
    return Party(
        names=frozenset(_stem(word) for word in words if name(word)),
        head=head,
        qualifiers=frozenset(_stem(word) for word in modifiers if name(word)),
        contrast=frozenset(word.lower() for word in modifiers) & other,
        owner=owner if owner is not None and owner.head is not None else None,
        spelled=_bare_name(text, words, [word for word in words if name(word)]),
    )


def _bare_name(text: str, words: list[str], names: list[str]) -> tuple[str, ...]:
    """The names, when the phrase is one name and nothing else ("the United States"; not
    "Uganda and Sudan", not "the US military": a part of the party, which may act apart)."""
    return tuple(names) if names == words and " ".join(names) in text else ()


def _clip(word: str) -> str:
    return word.lower().removesuffix("s")


def _short_for(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A short name of a party: its initials ("US" for "United States") or its words
    clipped, word by word ("Lib Dems" for "Liberal Democrats")."""
    if len(short) == 1 and len(full) > 1 and short[0].isupper() and len(short[0]) == len(full):
        return not any(word.isupper() for word in full) and short[0] == "".join(
            word[0] for word in full
        )
    if len(short) != len(full) or len(short) < 2 or short == full:
        return False
    # Each clipped word keeps a syllable or more: "Lab", not the "L" of an initial.
    return all(
        len(_clip(s)) >= 3 and _clip(f).startswith(_clip(s))
        for s, f in zip(short, full, strict=True)
    )


def same_party(a: Party, b: Party) -> bool:
    """A shared name, one's owner, or one head noun whose qualifying names are those of one
    of them ("the rebels" ... "Syrian rebels"; not "Kurdish fighters" ... "Isis fighters",
    not "the bombers" ... "another bomber")."""
    shared = a.names & b.names
    titles = restate.coreference().office_titles
    if shared and shared <= titles and a.names - titles and b.names - titles:
        return False  # "Foreign Secretary Jack Straw", "Development Secretary Hilary Benn"
    if shared or _short_for(a.spelled, b.spelled) or _short_for(b.spelled, a.spelled):
        return True
    # "the alliance's council" acts for the alliance (not "X's men" for "X's inner circle").
    if a.owner is not None and b.owner is None and same_party(a.owner, b):
        return True
    if b.owner is not None and a.owner is None and same_party(a, b.owner):
        return True
    return (
        a.head is not None
        and a.head == b.head
        and (a.qualifiers <= b.qualifiers or b.qualifiers <= a.qualifiers)
        and a.contrast == b.contrast
    )


def parties(participants: Iterable[Mention], openings: frozenset[int]) -> tuple[Party, ...]:
    """The participants that are more than pronouns; ``openings``: sentence offsets."""
    found = (party(m, positional=m.start in openings) for m in participants)
    return tuple(p for p in found if p.head is not None)


def share(a: Iterable[Party], b: Iterable[Party]) -> bool:
    """Some participant of one is a participant of the other."""
    second = tuple(b)
    return any(same_party(m, n) for m in a for n in second)
