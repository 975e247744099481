"""Read one participant mention with the knowledge base: who it names, country, sector.

A mention is split at its head: words before the first preposition or clause word
("the president | of Iraq", "rebels | in Syria") are the head phrase. The country comes,
in order, from a possessive ("Iraq's ministry"), a name ending the head phrase
("NATO-member Norway"), a known person, the first name or demonym of the head phrase
("Iraqi officials"), then an "of/from/in" complement ("the president of Iraq"). The
sector comes from the rightmost strong sector word of the head phrase, then the
complement ("leader of the rebels"), then the named entity, then weak words ("official").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from sitroom.ids import make_id
from sitroom.model import Actor, Mention
from sitroom.resolve.actor_kb import Entry, KnowledgeBase, Organisation, Person
from sitroom.resolve.actor_names import Hit, names_in
from sitroom.resolve.actor_text import Token, fold, scan, tokenize

# "Up to 1,000 ethnic Turks", "members of Hamas": the quantity is not the head.
_QUANTITY = re.compile(
    r"^(?:(?:up to|more than|at least|about|nearly|some|around|over|almost|an estimated)\s+)?"
    r"(?:[\d][\d,.]*|tens|hundreds|thousands|dozens|scores|millions|several|many|most|some|"
    r"all|one|two|three|four|five|members|a group|a number|a team|a delegation|part|"
    r"supporters|elements|units)"
    r"(?:\s+of\s+(?:thousands|hundreds|dozens)?)?(?:\s+of)?\s+(?=\S)",
    re.IGNORECASE,
)
# Sectors of armed groups that are no state's forces: their "commander" is not MIL.
ARMED_NON_STATE = frozenset({"REB", "UAF"})
# "pro-regime", "anti-government": a side named by whom it backs or fights.
_SIDES = frozenset({"pro", "anti"})
_SIDE_SECTORS = frozenset({"GOV", "REB", "OPP", "PTY"})
_ARMED = frozenset({"MIL", "REB", "UAF"})
# "iSrael", "tunisIA": a word whose capitals are out of place is read as a capitalised word.
_ODD_CASE = re.compile(r"\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z][a-z]+[A-Z]+[a-z]*\b")
# Nouns of people sent somewhere: "the delegation in Riyadh" is where it is, not whose.
_ITINERANT = frozenset({
    "delegation", "delegations", "team", "teams", "envoy", "envoys", "ambassador",
    "ambassadors", "mission", "missions", "negotiator", "negotiators", "diplomat", "diplomats",
    "embassy", "embassies", "consulate", "consulates", "correspondent", "correspondents",
    "visitor", "visitors", "tourist", "tourists",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reading:
    """What the words of one mention say about its actor."""

    country: str | None = None
    sector: str | None = None
    person: Person | None = None
    organisation: Organisation | None = None
    named: bool = False  # a KB name was found (country, org, person, place)
    metonym: bool = False  # a capital or seat of power standing for a government
    region: bool = False  # "Latin America": deliberately not coded
    role: str | None = None  # role heading the mention ("the Turkish president")
    person_like: bool = False
    plural: bool = False
    weak: bool = False  # the sector came only from a weak word ("official")
    complement: bool = False  # the name came from "of/from/in X", after the head
    kind: str | None = None  # what the owning name names: "country", "city", "org" ...
    # A country only from where it is, not from the states its sentence names (its foes as
    # often as its home): a people of several states ("Kurdish fighters", actor_peoples.py)
    # or an armed side named by whom it backs or fights ("pro-regime fighters").
    located: bool = False
    itinerant: bool = False  # "the delegation in Riyadh": the place says nothing of whose


def _side(kb: KnowledgeBase, tokens: list[Token], i: int, text: str) -> bool:
    """ "pro-government", "anti-junta", "pro-Kurdish": the side backed or fought is a name or
    a political body ("anti-aircraft" is no side)."""
    if tokens[i].folded not in _SIDES or text[tokens[i].end : tokens[i + 1].start] != "-":
        return False
    after = tokens[i + 1]
    sector = next((str(v[0]) for s, _, v in scan(kb.strong, [after]) if s == 0), None)
    return after.text[:1].isupper() or sector in _SIDE_SECTORS


def itinerant(kb: KnowledgeBase, tokens: list[Token], head_end: int) -> bool:
    """ "the delegation in Riyadh", "an envoy at Geneva": a sent party's place, not its home."""
    return (
        0 < head_end < len(tokens)
        and tokens[head_end].folded in {"in", "at"}
        and tokens[head_end - 1].folded in _ITINERANT
    )


def _split(kb: KnowledgeBase, tokens: list[Token], covered: set[int]) -> int:
    for i, token in enumerate(tokens):
        if i and token.folded in kb.words["split"] and i not in covered:
            return i
    return len(tokens)


def _pick(entries: tuple[Entry, ...], kb: KnowledgeBase, day: dt.date | None) -> Entry:
    """One entry of an ambiguous alias: an office holder on the day, else the first kind."""
    people = [e for e in entries if e.kind == "person"]
    if len(people) > 1 and day is not None:
        for entry in people:
            if any(term.covers(day) for term in kb.persons[entry.ref].terms):
                return entry

        # Nobody in office: the one whose last office ended most recently before the day.
        def last_end(entry: Entry) -> dt.date:
            ends = [t.end or day for t in kb.persons[entry.ref].terms if t.start <= day]
            return max(ends, default=dt.date.min)

        return max(people, key=last_end)
    return entries[0]


def _in_name(kb: KnowledgeBase, tokens: list[Token], start: int, covered: set[int]) -> bool:
    """ "Tom King": a capitalised sector word after an unknown capitalised word is a name."""
    if start == 0 or start - 1 in covered:
        return False
    previous, word = tokens[start - 1].text, tokens[start].text
    return (
        previous[:1].isupper()
        and word[:1].isupper()
        and previous.lower() not in kb.words["title_capitalised"]
        and previous.lower() not in {"the", "a", "an"}  # "The Court" opening a sentence
    )


def _body_head(kb: KnowledgeBase, tokens: list[Token], start: int, end: int) -> bool:
    """ "the Newark Police Department": a phrase of several words naming a body (not a
    person noun) after an unknown name is that place's body, not a surname."""
    return end - start > 1 and tokens[end - 1].folded not in kb.words["person_nouns"]


def _sector(
    kb: KnowledgeBase, tokens: list[Token], head_end: int, covered: set[int]
) -> tuple[str | None, str | None, bool, str | None]:
    """(strong sector of the head phrase or complement, weak sector, former?, sector of
    the complement when the head's came from a word modifying a person noun)."""
    strong = [
        (s, e, v)
        for s, e, v in scan(kb.strong, tokens)
        if not covered.intersection(range(s, e))
        and (not _in_name(kb, tokens, s, covered) or _body_head(kb, tokens, s, e))
    ]
    head = [hit for hit in strong if hit[1] <= head_end]
    tail = [hit for hit in strong if hit[0] >= head_end]
    former = False
    chosen: str | None = None
    if head:
        start, _, values = head[-1]
        chosen = str(values[0])
        former = any(token.folded in kb.words["former"] for token in tokens[:start])
        if chosen == "GOV" and any(token.folded == "shadow" for token in tokens[:start]):
            chosen = "OPP"  # "the shadow home secretary": the opposition's spokesman
    weak = [v for s, e, v in scan(kb.weak, tokens) if e == head_end]
    if (
        chosen is None
        and tail
        and (weak or tokens[head_end - 1].folded in kb.words["person_nouns"])
    ):
        # "the leader of the rebels", not "a critic of the regime".
        chosen = str(tail[0][2][0])
    # "the executive chair of the political wing of X": "executive" only modifies the
    # person noun; the body the title is "of" says what kind of actor this is.
    modifier = bool(head) and head[-1][1] < head_end
    titled = modifier and tokens[head_end - 1].folded in kb.words["person_nouns"]
    of_body = str(tail[0][2][0]) if titled and tail else ("" if titled else None)
    return chosen, (str(weak[-1][0]) if weak else None), former, of_body


def _role(
    kb: KnowledgeBase, tokens: list[Token], head_end: int, name_tokens: set[int]
) -> str | None:
    """The role heading the mention when nothing but names and determiners precede it."""
    roles = [(s, e, v) for s, e, v in scan(kb.roles, tokens[:head_end]) if e == head_end]
    if not roles:
        return None
    start, _, values = roles[-1]
    rest = [t for i, t in enumerate(tokens[:start]) if i not in name_tokens]
    if all(t.folded in kb.words["role_modifiers"] for t in rest):
        return str(values[0])
    return None


def _choose(kb: KnowledgeBase, hits: list[Hit], tokens: list[Token], head_end: int) -> Hit | None:
    """The name that owns the mention (see the module docstring for the order)."""
    head = [h for h in hits if h[1] <= head_end]
    possessive = [h for h in head if h[1] < len(tokens) and tokens[h[1]].folded == "'s"]
    people = [h for h in head if any(e.kind == "person" for e in h[2])]
    if possessive:
        return possessive[0]
    if head and head[-1][1] == head_end:
        return head[-1]
    if people:
        return people[0]
    if head:
        return head[0]
    if head_end < len(tokens) and (
        tokens[head_end].folded in kb.words["complement"] or _serving(kb, tokens, head_end)
    ):
        return next((h for h in hits if h[0] > head_end), None)
    return None


def _other_than(kb: KnowledgeBase, tokens: list[Token], chosen: Hit, head_end: int) -> bool:
    """ "Assad's backer": someone other than Assad (actor_relations.py); "a friend of the
    Tory leader": a relative or friend is a private person, not of the name's body."""
    last = tokens[head_end - 1].folded
    if chosen[1] < head_end and tokens[chosen[1]].folded == "'s":
        return last.split("-")[-1] in kb.words["relational_nouns"]
    kin = any(last in kb.words[k] for k in ("kin_female", "kin_male", "kin_other"))
    return chosen[0] >= head_end and kin


def _serving(kb: KnowledgeBase, tokens: list[Token], head_end: int) -> bool:
    """ "the chief negotiator for the Yemeni opposition", "a spokesman for the army": whom
    the person works for ("the envoy for Chad" is sent to Chad, not Chad's)."""
    last = tokens[head_end - 1].folded
    return (
        tokens[head_end].folded == "for"
        and last in kb.words["person_nouns"]
        and last not in {"envoy", "ambassador"}
    )


def _owner(
    entry: Entry, kb: KnowledgeBase, day: dt.date | None
) -> tuple[str | None, str | None, Person | None, Organisation | None]:
    """Country, default sector, person and organisation of one KB entry on ``day``."""
    if entry.kind == "person":
        person = kb.persons[entry.ref]
        return person.country_on(day), person.sector, person, None
    if entry.kind == "org":
        org = kb.organisations[entry.ref]
        since = org.government_from
        in_power = since is not None and day is not None and day >= since
        return org.country, "GOV" if in_power else org.sector, None, org
    return entry.ref, "PRE" if entry.kind == "partial" else None, None, None


def read(text: str, kb: KnowledgeBase, *, day: dt.date | None) -> Reading:
    """Country, sector, person or organisation named by one mention's words."""
    quantity = _QUANTITY.match(text)
    text = text[quantity.end() :] if quantity else text
    tokens = tokenize(text)
    if not tokens:
        return Reading()
    hits = names_in(kb, tokens, text)
    covered = {i for s, e, _ in hits for i in range(s, e)}
    phrase_tokens = covered | {i for s, e, _ in scan(kb.strong, tokens) for i in range(s, e)}
    phrase_tokens |= {i for s, e, _ in scan(kb.roles, tokens) for i in range(s, e) if s < e - 1}
    head_end = _split(kb, tokens, phrase_tokens)
    chosen = _choose(kb, hits, tokens, head_end)
    sent = itinerant(kb, tokens, head_end)
    if chosen is not None and chosen[0] >= head_end and sent:
        chosen = None
    last = tokens[head_end - 1].folded
    if chosen is not None and _other_than(kb, tokens, chosen, head_end):
        chosen = None
    strong, weak, former, of_body = _sector(kb, tokens, head_end, covered)
    role = _role(kb, tokens, head_end, covered)
    person_like = last in kb.words["person_nouns"] or role is not None
    # Plural heads are common nouns or demonyms ("rebels", "Syrians"), not "United Nations".
    named_last = [h for h in hits if h[0] < head_end <= h[1]]
    plural = last.endswith("s") and last != "'s" and not person_like
    plural = plural and all(e.kind == "demonym" for h in named_last for e in h[2])
    if chosen is None:
        people = any(not covered.intersection(range(s, e)) for s, e, _ in scan(kb.peoples, tokens))
        if people and strong == "MIL":
            strong = "REB"  # "Kurdish forces": the forces of no state
        # "pro-regime fighters" killed by US forces are not American (an armed side only).
        sided = strong in _ARMED and any(_side(kb, tokens, i, text) for i in range(len(tokens) - 1))
        return Reading(sector=strong or weak, role=role, person_like=person_like, plural=plural,
                       weak=strong is None, located=people or sided, itinerant=sent)  # fmt: skip
    entry = _pick(chosen[2], kb, day)
    if entry.kind == "region":
        return Reading(named=True, region=True, plural=plural)
    country, default, person, org = _owner(entry, kb, day)
    metonym = entry.kind == "capital" and chosen[1] == head_end and chosen[0] <= 1
    if metonym and default is None:
        default = "GOV"  # "Ankara said": the government
    sector = strong or default or weak
    if of_body is not None and chosen[0] >= head_end and (of_body or org is not None):
        sector = of_body or default  # "the executive chair of the SDF": the SDF's sector
    if org is not None and default in ARMED_NON_STATE and sector == "MIL":
        sector = default  # "an SDF commander", "Hamas forces": the group's, not an army's
    if former and sector == "GOV":
        sector = "ELI"
    if person is not None and chosen[0] >= head_end and strong is not None and not person_like:
        person = None  # "the government of Bashar al-Assad": the state's body, not the man
    if person is None and role is not None and day is not None and country is not None:
        person = kb.holder(org.id if org else country, role, day) or kb.holder(country, role, day)
    return Reading(
        country=country,
        sector=sector or (person.sector if person else None),
        person=person,
        organisation=org,
        named=True,
        metonym=metonym,
        role=role,
        person_like=person_like or person is not None,
        plural=plural and person is None,
        complement=chosen[0] >= head_end,
        kind=entry.kind,
    )


def read_recased(kb: KnowledgeBase, text: str, day: dt.date | None) -> Reading:
    """``read``, and when no country is found, again with odd capitals fixed ("iSrael")."""
    reading = read(text, kb, day=day)
    if reading.country is None and _ODD_CASE.search(text):
        recased = read(_ODD_CASE.sub(lambda m: m.group().capitalize(), text), kb, day=day)
        if recased.country is not None:
            return recased
    return reading


def _name(kb: KnowledgeBase, reading: Reading, text: str) -> str:
    if reading.person is not None:
        return reading.person.name
    if reading.organisation is not None:
        return reading.organisation.name
    country = kb.countries.get(reading.country or "")
    if country is None:
        return text
    label = kb.labels.get(reading.sector or "")
    return f"{country.name} {label}" if label else country.name


def actor_of(
    kb: KnowledgeBase, reading: Reading, mention: Mention, *, scope: str, antecedent: str | None
) -> Actor:
    """An ``Actor`` from a reading; the id is the KB's when the actor is known."""
    if reading.person is not None:
        actor_id = reading.person.id
    elif reading.organisation is not None:
        actor_id = reading.organisation.id
    elif reading.country is not None and reading.named:
        actor_id = f"{reading.country}-{reading.sector}" if reading.sector else reading.country
    else:
        actor_id = make_id("doc-actor", scope, fold(mention.text))
    known = reading.named and not reading.region
    return Actor(
        text=mention.text,
        name=_name(kb, reading, mention.text) if known else None,
        country=reading.country,
        sector=reading.sector,
        id=actor_id,
        start=mention.start,
        end=mention.end,
        antecedent=antecedent,
    )


def relabel(
    actor: Actor, mention: Mention, *, sector: str | None = None, through: bool = True
) -> Actor:
    """The same actor named by another mention: that mention's text and span, ``sector``
    if given, and the actor's text as antecedent unless ``through`` is false (the mention
    contains the name itself: "leader Piet Botha")."""
    return dataclasses.replace(
        actor,
        text=mention.text,
        sector=sector or actor.sector,
        start=mention.start,
        end=mention.end,
        antecedent=actor.text if through else None,
    )
