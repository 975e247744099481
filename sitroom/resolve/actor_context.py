"""A name read with the words around it in the document.

A demonym or a state with the sector noun after it is one national group ("Syrian
rebels", "US officials"): ``national_group``.

A person's title (``title_of``) is in one of four places: right before the name ("Iraqi
Prime Minister Jamal Karimi"), an apposition after it ("Jamal Karimi, the Iraqi foreign
minister,"), an apposition before it ("the home secretary, Jamal Karimi,") or the subject
of a naming predicate ("A Dutch marine killed on patrol was named as Jan Smit"). A title
with a country gives the person country and sector; a title with only a sector ("the
party chairman") gives the sector, and the country may come from the sentence (see
``actors``). The words of a title are claimed by the person: they are no context for
anybody else in the sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from sitroom.model import Entity, Mention
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_rules import Reading, read
from sitroom.resolve.actor_text import scan, tokenize

_FOLLOWING = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}")  # lower-case words after a name
# ", the Iraqi foreign minister," / ", a Dutch volunteer who ...": ends at a relative too.
_APPOSITION = re.compile(r"^,\s+([^,.;()]{3,60}?)(?:[,.;]|\s+(?:who|whose|which|that)\s)")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_BEFORE = re.compile(r"([^,.;()\"“”]{3,80}),\s+$")  # the words between a comma and the name
_DETERMINER = re.compile(r"(?:^|\s)((?:[Tt]he|[Aa]n?)\s)")
# "A soldier killed on Monday has been named as ": the subject names the person after it.
_NAMED_AS = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)([A-Z][^.!?]{2,200}?)\s+(?:(?:has|have)\s+been|was|were)\s+"
    r"(?:(?:officially|formally|locally)\s+)?(?:named|identified)\s+as\s+(?:[A-Z][\w.]*\s+){0,2}$"
)


@dataclass(frozen=True, slots=True)
class Title:
    """What a title says about a person, and the span of text it takes up."""

    reading: Reading
    start: int
    end: int


def _title_pattern(kb: KnowledgeBase) -> re.Pattern[str]:
    """The title right before a name: capitalised words and lower-case title words,
    "said Iraqi Prime Minister ", "welcomed South African leader " -> its last words."""
    return _title_regex(kb.words["person_nouns"] | kb.words["title_lowercase"])


@functools.cache
def _title_regex(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(words))  # built once per word list, not per person
    return re.compile(rf"((?:(?:[A-Z][\w.'’-]*|of|the|'s|’s|{alternation})\s+)+)$")


def _noun_phrase(kb: KnowledgeBase, text: str) -> bool:
    """ "the Iraqi foreign minister", "Iraq's envoy", "former minister": an apposition,
    not a clause ("Karimi, said he rejected Isis,")."""
    first = text.split(maxsplit=1)[0]
    words = kb.words["title_lowercase"] | kb.words["person_nouns"]
    return first[:1].isupper() or first.lower() in _DETERMINERS | words


def _office(reading: Reading) -> bool:
    """ "the home secretary", "the party chairman": a person's office, not a body."""
    return (
        reading.person is None
        and reading.sector is not None
        and (reading.person_like or reading.role is not None)
    )


def _all_known(kb: KnowledgeBase, title: str) -> bool:
    """Whether every word of a title is a title or sector word ("Interior Minister"), with
    no unknown name among them ("PDI leader")."""
    tokens = tokenize(title)
    known = {i for index in (kb.strong, kb.weak, kb.roles)
             for s, e, _ in scan(index, tokens) for i in range(s, e)}  # fmt: skip
    words = kb.words["person_nouns"] | kb.words["title_lowercase"]
    return all(i in known or t.folded in words for i, t in enumerate(tokens))


def title_of(
    kb: KnowledgeBase, text: str, entity: Entity, day: dt.date | None, since: int | None = None
) -> Title | None:
    """The title of the person named by ``entity`` in ``text``, if it has one; ``since`` is
    where its sentence starts (a title never runs over: "... in Syria. Jac Holmes").

    A title with a country wins over one with only a sector, whichever side it is on.
    """
    found: list[Title] = []
    since = since or 0
    before = text[max(since, entity.start - 80) : entity.start]
    title = _title_pattern(kb).search(before[-60:])
    if title:
        titled = read(title.group(1) + entity.text, kb, day=day)
        if titled.country is not None:
            return Title(titled, entity.start - len(title.group(1)), entity.start)
        # "Attorney General Janet Reno": an office without a country still gives the sector
        # (a later bare "Reno" is that official); not "PDI leader", an unknown body's.
        office = read(title.group(1), kb, day=day)
        if _office(office) and _all_known(kb, title.group(1)):
            found.append(Title(office, entity.start - len(title.group(1)), entity.start))
    apposition = _APPOSITION.match(text[entity.end : entity.end + 72])
    if apposition and _noun_phrase(kb, apposition.group(1)):
        described = read(apposition.group(1), kb, day=day)
        if _office(described) or (described.country is not None and described.person is None):
            found.append(Title(described, entity.end, entity.end + apposition.end()))
    preceding = _BEFORE.search(before)
    if preceding:
        # "..., the home secretary, Karimi": the shortest description opened by a
        # determiner that names an office ("the leader of the party", not "the party").
        for opening in reversed(list(_DETERMINER.finditer(preceding.group(1)))):
            described = read(preceding.group(1)[opening.start(1) :], kb, day=day)
            # "a Dutch convert, Karimi,": a demonym with a person noun is a nationality.
            national = described.country is not None and described.person_like
            if _office(described) or (national and described.person is None):
                # "Speaking to the BBC, Karimi said": no title
                start = entity.start - len(before) + preceding.start(1) + opening.start(1)
                found.append(Title(described, start, entity.start))
                break
    named = _NAMED_AS.search(text[max(since, entity.start - 240) : entity.start])
    if named:
        described = read(named.group(1), kb, day=day)
        if described.country is not None and described.person is None:
            start = entity.start - len(named.string) + named.start(1)
            found.append(Title(described, start, start + len(named.group(1))))
    with_country = [t for t in found if t.reading.country is not None]
    return next(iter(with_country or found), None)


def national_group(
    kb: KnowledgeBase, text: str, mention: Mention, reading: Reading, day: dt.date | None
) -> tuple[Mention, Reading]:
    """ "Syrian rebels", "US officials": a demonym or state with the sector noun after it
    is the antecedent, so that "their" later takes the group, sector and all."""
    words = _FOLLOWING.match(text, mention.end)
    if words is None:
        return mention, reading
    # "Britain said their citizens": a verb or a determiner ends the noun phrase.
    stops = _DETERMINERS | kb.words["reporting_verbs"]
    found = words.group().split()
    limit = next((i for i, word in enumerate(found) if word in stops), len(found))
    for size in range(limit, 0, -1):
        tail = " ".join(words.group().split()[:size])
        end = text.index(tail, mention.end) + len(tail)
        phrase = text[mention.start : end]
        group = read(phrase, kb, day=day)
        last = read(tail.split()[-1], kb, day=day)  # the phrase ends on its noun
        if group.country == reading.country and group.sector and group.sector == last.sector:
            return Mention(phrase, mention.start, end, mention.label), group
    return mention, reading
