"""The names in a participant mention that name its owner (for ``actor_rules.read``).

The knowledge base's names found in the mention's words, less those that do not name whose
the participant is: a name hyphenated before "backed" ("Russian-backed rebels") or after
"pro" or "ethnic" ("pro-Russian rebels", "ethnic Turks"), a city naming a text or forum
("the Riyadh agreement"), a place or nationality word after an honorific, a surname ("Mr
German"), a one-word person name or common-word party name before another capitalised word
("Sharon Stone", "the Republican Guard"), a known person's surname after another given name
("Nasr al-Hariri": a namesake or relative), and a state institution's bare name after
another state's adjective ("the Syrian Congress").
"""

from __future__ import annotations

import re

from sitroom.resolve.actor_kb import Entry, KnowledgeBase
from sitroom.resolve.actor_text import Token, fold, scan, tokenize

# Single-word person names that an unknown capitalised word after them turns into another
# person ("Sharon Stone"); places keep their country ("Kenya Anti-Corruption Commission").
SHADOWED = frozenset({"person"})
# Lower-case particles inside Arabic and European surnames ("Nasr al-Hariri", "van Dijk").
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "de", "del", "der", "di", "da", "van",
                        "von", "la", "le", "du"})  # fmt: skip
# Capitalised words before a surname that are no given name ("Mr Hariri", "The Assads").
_NOT_GIVEN = frozenset({
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "mr", "mrs", "ms",
    "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "imam", "ayatollah",
    "sayyed", "sayyid", "mullah", "prof", "professor", "rev", "gen", "col", "maj", "capt",
    "lt", "sgt", "general", "colonel", "major", "captain", "marshal", "late", "young", "old",
    "former", "ex", "then", "when", "after", "before", "as", "but", "and", "while", "if",
})  # fmt: skip

# Honorifics: the word after one is a surname, whatever else it names ("Mr German" is no
# German, "Mrs English" no Englishwoman).
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})

Hit = tuple[int, int, tuple[Entry, ...]]  # first token, end token, what the name names


def names_in(kb: KnowledgeBase, tokens: list[Token], text: str) -> list[Hit]:
    """Names in the mention (``text``, which ``tokens`` split), without those that do not
    name its owner."""
    raw = scan(kb.names, tokens)
    known = {i for s, e, _ in raw for i in range(s, e)}
    for index in (kb.strong, kb.weak, kb.roles):
        known |= {i for s, e, _ in scan(index, tokens) for i in range(s, e)}
    found = []
    for start, end, values in raw:
        before = tokens[start - 1] if start else None
        after = tokens[end] if end < len(tokens) else None
        # "Russian-backed rebels", but "Iraqi armed factions" are Iraqi.
        hyphen_after = after is not None and text[tokens[end - 1].end : after.start] == "-"
        if after is not None and after.folded in kb.words["not_owner_after"] and hyphen_after:
            continue
        if before is not None and before.folded in kb.words["not_owner_before"]:
            continue
        entries = tuple(v for v in values if isinstance(v, Entry))
        surname = before is not None and before.folded.rstrip(".") in _HONORIFICS
        if surname and not any(e.kind == "person" for e in entries):
            continue
        # "the Riyadh agreement", "the Astana talks": a city names where a text or a forum
        # was made, not a party to it.
        venue = after is not None and after.folded in kb.words["named_after_venue"]
        if venue and entries and all(e.kind in {"capital", "city"} for e in entries):
            continue
        # "Sharon Stone" is not Ariel Sharon; "the Republican Guard", "Labour Court" are no
        # party (a common-word alias starting a longer unknown name).
        single = end - start == 1 and all(e.kind in SHADOWED or e.exact for e in entries)
        if _namesake(kb, tokens, (start, end, entries), known):
            continue
        if _foreign_institution(kb, raw, start, entries):
            continue
        followed = (
            after is not None
            and after.text[:1].isupper()
            and after.folded not in kb.words["calendar"]
        )
        if single and followed and end not in known:
            continue
        if entries and all(e.exact for e in entries) and _continues(kb, tokens, start, known):
            continue  # "the Social Democrats", "a Christian Democrat": another party
        found.append((start, end, entries))
    return found


def _namesake(kb: KnowledgeBase, tokens: list[Token], hit: Hit, known: set[int]) -> bool:
    """ "Nasr al-Hariri", "Maher al-Assad": a known person's surname after another given
    name (an unknown capitalised word, past a particle) is a namesake or relative."""
    start, end, entries = hit
    if not entries or any(e.kind != "person" for e in entries):
        return False
    given = start - 1
    while given >= 0 and tokens[given].folded in _PARTICLES and tokens[given].text.islower():
        given -= 1
    if given < 0 or given in known:
        return False
    word = tokens[given]
    if not word.text[:1].isupper() or len(word.text.rstrip(".")) < 2 or word.folded in _NOT_GIVEN:
        return False  # "J. Smith": an initial may be the person's own
    if word.folded in kb.words["title_capitalised"]:
        return False
    names = [kb.persons[e.ref].name.replace("-", " ").split() for e in entries]
    if any(fold(name[0]) in {t.folded for t in tokens[start:end]} for name in names):
        return False  # "Beyond Donald Trump": the hit holds the given name itself
    return word.folded not in {fold(w) for name in names for w in name}


def _foreign_institution(
    kb: KnowledgeBase, raw: list[Hit], start: int, entries: tuple[Entry, ...]
) -> bool:
    """ "the Syrian Congress": another state's adjective before a state institution's bare
    name ("Congress") makes it that state's body, not the institution."""
    orgs = [kb.organisations[e.ref] for e in entries if e.kind == "org"]
    if not orgs or len(orgs) != len(entries) or any(o.kind != "institution" for o in orgs):
        return False
    before = [v for s, e, v in raw if e == start]
    states = {e.ref for v in before for e in v if isinstance(e, Entry)
              and e.kind in {"demonym", "country"}}  # fmt: skip
    return bool(states) and all(o.country not in states for o in orgs)


def _unknown_capital(kb: KnowledgeBase, word: Token, known: bool) -> bool:
    """A capitalised word that is no determiner, title or known name or sector word."""
    return (
        word.text[:1].isupper()
        and not known
        and word.folded not in _NOT_GIVEN
        and word.folded not in kb.words["title_capitalised"]
    )


def _continues(kb: KnowledgeBase, tokens: list[Token], start: int, known: set[int]) -> bool:
    """A common-word name after an unknown capitalised word that does not open the mention."""
    return start >= 2 and _unknown_capital(kb, tokens[start - 1], start - 1 in known)


# The word before a span, and what stands before that word (a sentence end or nothing).
_BEFORE = re.compile(r"(?:^|(\S*)\s+)([^\W\d_][\w'’-]*)\s+$")


def cut_name(kb: KnowledgeBase, text: str, start: int, end: int) -> bool:
    """ "Liberal Democrat" tagged "Democrat" alone: the span is only a common-word party name
    and follows, mid-sentence, an unknown capitalised word; it ends a longer name."""
    tokens = tokenize(text[start:end])
    hits = scan(kb.names, tokens)
    if len(hits) != 1 or hits[0][:2] != (0, len(tokens)) or end - start > 40:
        return False
    if not all(isinstance(e, Entry) and e.exact for e in hits[0][2]):
        return False
    match = _BEFORE.search(text[max(0, start - 80) : start])
    if match is None or match.group(1) is None or match.group(1)[-1:] in {".", "!", "?", '"', "“"}:
        return False  # the word opens its sentence ("Senior Democrats said")
    word = tokenize(match.group(2))
    known = bool(word) and any(scan(index, word) for index in (kb.names, kb.strong, kb.weak))
    return len(word) == 1 and _unknown_capital(kb, word[0], known)
