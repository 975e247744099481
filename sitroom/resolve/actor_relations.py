"""Where a participant's country may not come from, and what a role noun names.

- ``sentence_state``: a sector noun ("police") takes the one state its sentence names,
  but not a state that is the goal or target of an act ("urged Jordan", "fled to
  Lebanon", "talks with Russia"), nor one inside another participant of the same event,
  nor one compared ("as in Chad", "like Iraq", "unlike Peru").
- ``relational``: a relational noun ("backer", "ally", "rival") names somebody other than
  its possessor: "Assad's backer" is not Syrian, "its rivals" are not the owner's.
- ``eu_body``: "the commission" once the EU is named is the EU's.
- ``apposed``: a role or relational noun resolved through its own apposition ("the then
  prime minister, Jane Doe,", "Iran's ally, Syria,"): the apposition's country and person,
  the role's own sector.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from sitroom.model import Mention, Place
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_rules import Reading, read
from sitroom.resolve.actor_text import fold, tokenize
from sitroom.resolve.coref import Antecedent, Chain

# The apposition right after a mention: ", Russia," / ", the Russian president, ..."
_APPOSITION = re.compile(r"^,\s+((?:the\s+|an?\s+)?[^,.;:()“”\"]{2,60}?)\s*(?:[,.;:]|$)")
_ARTICLE = r"(?:(?:the|its|his|her|their)\s+)?"


@functools.cache
def _goal(words: frozenset[str]) -> re.Pattern[str]:
    """A goal preposition (group 1: the word before it), or a verb in -ed/-ing (group 2)
    right before a state."""
    alternation = "|".join(sorted(words, key=len, reverse=True))
    # A verb in -ed/-ing, or a bare one after "to" or a modal ("to help Iran").
    verb = r"([a-z]{2,}(?:ed|ing)|(?:to|will|would|must|should|could|can|may|might)\s+[a-z]{3,})"
    return re.compile(rf"(?:(?:^|\s)(\w*)\s+(?:{alternation})|\s{verb})\s+{_ARTICLE}$")


def goal_of_act(kb: KnowledgeBase, text: str, at: int, since: int, *, verbs: bool = True) -> bool:
    """Whether the state named at ``at`` is the goal or target of an act: after "to",
    "with", "against" ..., or (``verbs``) the object of a verb ("urged Jordan")."""
    before = " " + text[max(since, at - 40) : at]
    found = _goal(kb.words["goal_before"]).search(before)
    if found is None:
        return False
    # "loyal to Iraq", "close to Syria", "neighbouring Turkey": adjectives, no act.
    word = found.group(2) if found.group(2) is not None else found.group(1)
    word = word.split()[-1] if word else word
    return (verbs or found.group(2) is None) and word.lower() not in kb.words["goal_exceptions"]


def demonym_at(kb: KnowledgeBase, text: str, at: int) -> bool:
    """ "Egyptian police", "the Chilean officials": a nationality adjective describes
    the scene; only a state *named* as a goal or party is another party."""
    word = re.match(r"[\w'’.-]+", text[at:])
    return word is not None and read(word.group(), kb, day=None).kind == "demonym"


def private_nationality(kb: KnowledgeBase, text: str, at: int) -> bool:
    """ "the Egyptian man", "a German war criminal": a nationality adjective before a
    private person's noun (up to two words on) is that person's, not the scene's."""
    found = re.match(r"[\w'’.-]+((?:\s+[\w'’-]+){1,2})", text[at:])
    if found is None or not demonym_at(kb, text, at):
        return False
    return any(fold(w) in kb.words["private_persons"] for w in found.group(1).split())


def sentence_state(
    kb: KnowledgeBase,
    text: str,
    named: Sequence[tuple[int, str]],
    span: tuple[int, int],
    *,
    since: int,
    titles: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    aided: bool = False,
    official: str | None = None,
    person: bool = False,
) -> str | None:
    """The one state a sentence names (``named``: offset, country) outside ``span`` and
    person ``titles``, unless it is only *named* (not a demonym) as the goal of an act or
    inside another participant of the event (``others``) that is not a place ("in
    Kampala"). Leaving such a state out never makes another one the only one. ``aided``:
    the mention receives aid, whose givers' demonym is theirs ("Maltese sailors rescued
    200 people": the people are not Maltese). ``official``: the one country of the state
    officials the sentence names ("President Lula"), taken when the only state named is
    a goal after the mention ("Obama is pressed by congress to help Iran": not Iran's).
    ``person``: the mention is a titled person, who takes no private person's nationality
    ("Home Secretary X said the Egyptian man ...": X is not Egyptian)."""
    start, end = span
    kept = [(at, c) for at, c in named
            if not start <= at < end and not any(a <= at < b for a, b in titles)]  # fmt: skip
    if len({c for _, c in kept}) != 1:
        return None

    def apposition_end(end: int) -> int:  # "Mali's ally, France,": the party's own name
        found = _APPOSITION.match(text[end : end + 80])
        return end + found.end(1) if found else end

    def party(at: int) -> bool:
        if _compared(kb, text, at, since):  # "As in Chad, ...": another scene
            return True
        if person and private_nationality(kb, text, at):  # "the Egyptian man": his own
            return True
        other = any(a <= at < apposition_end(b) for a, b in others)
        other = other and not locative(kb, text, at, since)
        if aided and other:
            return True
        return not demonym_at(kb, text, at) and (other or goal_of_act(kb, text, at, since))

    found = next((c for at, c in kept if not party(at)), None)
    if found is None and official is not None and all(at >= end for at, _ in kept):
        return official
    return found


@functools.cache
def _words_before(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\s+(?:[\w'’-]+\s+){{0,2}}$", re.I)


def _compared(kb: KnowledgeBase, text: str, at: int, since: int) -> bool:
    """ "As in Chad", "like the Iraqi war", "unlike Peru": a scene compared, not this one."""
    before = text[max(since, at - 40) : at]
    return _words_before(kb.words["comparison_before"]).search(before) is not None


def locative(kb: KnowledgeBase, text: str, at: int, since: int) -> bool:
    """ "in Kampala", "across the country of Belarus", "in northern Syria": a place."""
    before = text[max(since, at - 40) : at]
    return _words_before(kb.words["locative_before"]).search(before) is not None


def _head_noun(kb: KnowledgeBase, text: str) -> str | None:
    words = fold(text.strip()).replace("-", " ").split()
    # The head ends before "of", "in" ...: "its enemies of" (a trailing preposition).
    head = next((i for i, w in enumerate(words) if i and w in kb.words["split"]), len(words))
    return words[head - 1] if words else None


def relational(kb: KnowledgeBase, text: str) -> bool:
    """ "Assad's backer", "its rivals", "his arch-nemesis": a relational head noun."""
    return _head_noun(kb, text) in kb.words["relational_nouns"]


def kinship(kb: KnowledgeBase, text: str) -> bool:
    """ "her birth mother", "the MP's wife": a relative is a private person, who holds
    nothing of the possessor's office (no sector, no state's country)."""
    head = _head_noun(kb, text)
    return any(head in kb.words[kin] for kin in ("kin_female", "kin_male", "kin_other"))


def apposed(
    kb: KnowledgeBase, text: str, mention: Mention, reading: Reading, day: dt.date | None
) -> Reading | None:
    """A role or relational noun without a person of its own, read through the
    apposition after it: its country and person, the role's own sector if any."""
    if reading.person is not None or reading.organisation is not None:
        return None
    if not (reading.person_like or relational(kb, mention.text)):
        return None
    found = _APPOSITION.match(text[mention.end : mention.end + 80])
    # A noun phrase or a name, not a clause or adjunct (", speaking in Ankara,").
    if found is None or not re.match(r"(?:the|an?)\s|[A-Z]", found.group(1)):
        return None
    other = read(found.group(1), kb, day=day)
    if other.country is None or other.region:
        return None
    own = reading.sector if not relational(kb, mention.text) else None
    return Reading(
        country=other.country,
        sector=own or other.sector,
        person=other.person,
        organisation=other.organisation,
        named=True,
        role=reading.role,
        person_like=reading.person_like or other.person_like,
        kind=other.kind,
    )


def toponym(places: Sequence[Place], text: str, mention: Mention) -> Place | None:
    """A participant that is a place the gazetteer knows ("West Darfur State", "the
    city of Basra"): the toponym ends the mention and is not a mere modifier in it."""
    if mention.label in {"PERSON", "ORG", "NORP"}:
        return None  # the gazetteer's reading of a name that NER says is no place
    for place in places:
        if mention.start <= place.start and place.end == mention.end:
            # Only lower-case words before it ("the city of"), not "the Fortune Forum".
            before = text[mention.start : place.start]
            return None if any(w[:1].isupper() for w in before.split()) else place
    return None


# Bodies a town or state names as its own ("the Newark police", "a Texas court",
# "the Powys health board").
_LOCAL_SECTORS = frozenset({"COP", "JUD", "MED"})
_ARTICLES = frozenset({"the", "a", "an"})


def local_body(places: Sequence[Place], mention: Mention, sector: str | None) -> Place | None:
    """A police force or court premodified by a place the gazetteer resolved ("the Newark
    Police Department", "Kent police"): that place, whose country the body serves."""
    if sector not in _LOCAL_SECTORS:
        return None
    for place in places:
        if mention.start <= place.start and place.end < mention.end:
            before = mention.text[: place.start - mention.start].split()
            after = mention.text[place.end - mention.start :]
            if all(w.lower() in _ARTICLES for w in before) and after[:1] == " ":
                return place
    return None


def civil_society(kb: KnowledgeBase, text: str) -> bool:
    """An unknown organisation headed by "Association", "Foundation", ... (capitalised)."""
    heads = kb.words["ngo_heads"]
    return any(t.text[:1].isupper() and t.folded in heads for t in tokenize(text))


def eu_body(kb: KnowledgeBase, chain: Chain, text: str, mention: Mention) -> Antecedent | None:
    """ "the commission" after the EU was named, or a bare "council" conjoined to an EU
    body ("the European parliament and council"): the EU's."""
    folded = fold(mention.text.strip())
    found = chain.nearest(mention.start, lambda a: a.actor.country == "EUR")
    if found is None:
        return None
    if folded in kb.words["eu_bodies"]:
        return found
    conjoined = text[found.end : mention.start].strip() in {"and", "or", ","}
    return found if conjoined and folded in kb.words["eu_body_nouns"] else None
