"""Pronouns read by their place in the clause, before the nearest-antecedent search.

- ``expletive``: "it" in an extraposition frame ("it is legal to ...", "it is clear
  that ...", "it seems that ...", "it was reported that ...") is a dummy subject that
  refers to nothing; a control adjective ("it is ready to fight") or a raising passive
  ("it is expected to attack") keeps a referential "it".
- ``relative_head``: a pronoun subject of a relative clause is not the relative's head
  ("the PKK, with whom it fought": "it" is not the PKK; "the YPG, which they accuse":
  "they" are not the YPG): the relative pronoun and the pronoun are two arguments of one
  verb, so they cannot corefer (binding principle B); ``relative_subject``: such a pronoun
  takes the subject opening its sentence ("Ankara views X as allies of the PKK, with whom
  it has fought": Ankara) when the number agrees.
- ``previous_subject``: "It"/"They" opening a sentence continues the subject that opened
  the sentence before ("Ankara fought the PKK for decades. It has vowed ..."), not a
  nearer object (centering: the subject is the preferred centre; Hobbs's left-to-right
  search of the previous sentence).
"""

from __future__ import annotations

import re

from sitroom.model import Mention
from sitroom.resolve.actor_antecedents import title_gender
from sitroom.resolve.actor_binding import opens
from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_quote import quoted
from sitroom.resolve.actor_text import fold
from sitroom.resolve.coref import Antecedent, Chain, opening_subjects, subject_party

_COPULA = (
    r"(?:is|was|'s|’s|(?:would|will|could|might|may|should|must)\s+(?:not\s+)?be|"
    r"(?:has|had|have)\s+(?:not\s+)?been|remains|remained|becomes|became)"
)
_ADVERBS = r"(?:(?:not|also|still|now|very|quite|entirely|perfectly|clearly|certainly|highly|"
_ADVERBS += r"more|less|most|so|too|both|no|longer|widely|generally|already|therefore|"
_ADVERBS += r"[a-z]+ly)\s+)*"
_QUOTED = r"[\"“”‘’']?"  # a predicate the reporter quotes: it was "absurd" to
# Predicates whose subject "it" stands for an infinitive clause ("it is legal to kill them"):
# normative and modal adjectives, not control ones ("ready", "willing", "able").
_TO = (
    "legal|illegal|lawful|unlawful|legitimate|illegitimate|necessary|unnecessary|important|"
    "essential|vital|crucial|imperative|acceptable|unacceptable|possible|impossible|wrong|"
    "right|time|fair|unfair|reasonable|unreasonable|wise|unwise|prudent|better|best|worth|"
    "justified|permissible|forbidden|appropriate|inappropriate|urgent|pointless|premature|"
    # Evaluative predicates of a speaker's verdict ("it was absurd to charge farmers").
    "absurd|ridiculous|ludicrous|outrageous|disgusting|disgraceful|shameful|scandalous|"
    "unthinkable|inconceivable|irresponsible|foolish|stupid|naive|silly|crazy|dangerous|"
    "hard|difficult|easy|sensible|immoral|unjust|cruel|"
    r"a\s+mistake|an\s+error|a\s+disgrace|a\s+scandal|a\s+shame|a\s+pity|an\s+outrage|"
    r"a\s+(?:good|bad)\s+idea"
)
# Predicates whose subject "it" stands for a "that"-clause, not for a raised subject
# ("it is likely that ..." but "it is likely to attack"; "it is expected that ...").
_THAT = (
    _TO + "|clear|unclear|likely|unlikely|certain|uncertain|true|obvious|evident|apparent|"
    "doubtful|plausible|striking|ironic|surprising|unsurprising|notable|known|believed|"
    "thought|understood|reported|feared|expected|alleged|claimed|said|estimated|rumoured|"
    "confirmed|announced|agreed|decided"
)
_FOR = r"(?:\s+(?:for|to)\s+[^,.;:]{1,40}?)?"  # "important for Ankara to", "clear to all that"
_EXTRAPOSED = re.compile(
    rf"\s*{_COPULA}\s+{_ADVERBS}{_QUOTED}{_ADVERBS}"
    rf"(?:(?:{_TO})(?:\s+and\s+(?:{_TO}))?{_QUOTED}{_FOR}\s+to\s"
    rf"|(?:{_THAT})(?:\s+and\s+(?:{_THAT}))?{_QUOTED}{_FOR}\s+(?:that|whether|if|how|why|when)\s)"
    r"|\s*(?:seems|seemed|appears|appeared)\s+(?:that|as\s+if|as\s+though)\s",
    re.IGNORECASE,
)
# ", with whom", "which", "against which": a relative pronoun opening the pronoun's clause.
_RELATIVE = re.compile(
    r"\s*,?\s*(?:(?:with|against|by|to|for|from|of|on|alongside|upon)\s+)?(?:whom|which|who)\s+$",
    re.IGNORECASE,
)


def expletive(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is a dummy "it" of an extraposed clause ("It is legal to ...")."""
    if fold(mention.text.strip()) != "it":
        return False
    return _EXTRAPOSED.match(text, mention.end) is not None


def relative_head(chain: Chain, text: str, mention: Mention, here: int | None) -> Chain:
    """The chain less the head of a relative clause the pronoun is the subject of."""
    if here is None or fold(mention.text.strip()) not in {"it", "they"}:
        return chain
    relative = _RELATIVE.search(text, here, mention.start)
    if relative is None:
        return chain
    head = chain.nearest(relative.start(), lambda a: not text[a.end : relative.start()].strip())
    if head is None:
        return chain
    return chain.without(
        lambda a: a is head or (a.actor.id is not None and a.actor.id == head.actor.id)
    )


def previous_subject(
    chain: Chain, text: str, mention: Mention, here: int | None, before: int | None
) -> Antecedent | None:
    """For "It"/"They" opening a sentence, the party opening the sentence ``before`` it, when
    the number agrees."""
    pronoun = fold(mention.text.strip())
    if here is None or before is None or before >= here or pronoun not in {"it", "they"}:
        return None
    if text[here : mention.start].strip():
        return None  # not the sentence's first word
    opening = opening_subjects(chain, text, before, here)
    if not opening:
        return None
    subject = opening[0]
    # The subject is a whole phrase followed by its verb, not a modifier ("US troops").
    if not re.match(r"\s+[a-z]", text[subject.end : subject.end + 3]):
        return None
    if not subject_party(subject) or subject.plural != (pronoun == "they"):
        return None
    return subject


def relative_subject(
    chain: Chain, text: str, mention: Mention, here: int | None
) -> Antecedent | None:
    """For "it"/"they" subject of a relative clause, the party opening its sentence."""
    if here is None or fold(mention.text.strip()) not in {"it", "they"}:
        return None
    relative = _RELATIVE.search(text, here, mention.start)
    if relative is None:
        return None
    opening = opening_subjects(chain, text, here, relative.start())
    if not opening or not text[opening[0].end : relative.start()].strip():
        return None  # the relative's own head opens the sentence
    subject = opening[0]
    if not re.match(r"\s+[a-z]", text[subject.end : subject.end + 3]):
        return None
    if not subject_party(subject) or subject.plural != (fold(mention.text.strip()) == "they"):
        return None
    return subject


# "he and Maskhadov", "he and rebel leader Ana Ruiz": the other conjunct of the pronoun.
_CONJUNCT = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,4}")
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_NAME_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)$")


def conjoined(chain: Chain, text: str, mention: Mention) -> Chain:
    """The chain less the person conjoined with a "he"/"she" ("he and Maskhadov agreed"):
    two conjuncts of one phrase are two people."""
    if fold(mention.text.strip()) not in {"he", "she"}:
        return chain
    link = _CONJUNCT.match(text, mention.end)
    if link is None:
        return chain
    other = next((a for a in chain.items if a.start == link.end() and a.person), None)
    name = _NAME.match(text, link.end())
    if other is None and name is not None:  # a surname the tagger missed
        other = chain.by_surname(name.group(), link.end(), known=False)
    if other is None:
        return chain
    return chain.without(
        lambda a: a is other or (a.actor.id is not None and a.actor.id == other.actor.id)
    )


def _saying_verb(kb: KnowledgeBase, text: str, here: int, mention: Mention) -> int | None:
    """Where the saying verb whose complement ``mention`` opens starts ("X said (that) he")."""
    verbs = "|".join(sorted(kb.words["reporting_verbs"]))
    said = re.search(rf"\s+(?:{verbs})\s+(?:that\s+)?$", text[here : mention.start])
    return None if said is None else here + said.start()


def _titles_only(kb: KnowledgeBase, text: str) -> bool:
    """Only a title may stand before the subject ("Russian peacemaker ..."), not a clause of
    which it is the object ("The minister who sacked Lebed said he")."""
    words = kb.words["person_nouns"] | kb.words["title_lowercase"] | {"the", "of"}
    return not any(w[:1].islower() and w not in words for w in text.split())


# Between the conjuncts of a coordinated subject: "X and Y", "X, Y and Z", "X and
# President Y" (a title of the next name at most).
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w.’'-]*\s+){0,3}")


def reported_subjects(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention, here: int | None
) -> tuple[Antecedent, ...]:
    """For "they"/"we" opening the complement of a saying verb whose subject is a
    coordination of named parties ("Obama and Putin said they ..."), every conjunct: the
    plural pronoun agrees with the whole subject, not with its last name."""
    if here is None or fold(mention.text.strip()) not in {"they", "we"}:
        return ()
    at = _saying_verb(kb, text, here, mention)
    if at is None:
        return ()
    last = chain.nearest(at, lambda a: a.end == at and (a.person or a.actor.country is not None))
    conjuncts = [last] if last is not None else []
    while conjuncts:
        start = conjuncts[0].start

        def joined(a: Antecedent, start: int = start) -> bool:
            # The gap before the next conjunct is a bare list separator.
            listed = bool(_JOIN.fullmatch(text[a.end : start]))
            return a.start >= here and listed and (a.person or a.actor.country is not None)

        before = chain.nearest(start, joined)
        if before is None:
            break
        conjuncts.insert(0, before)
    if len(conjuncts) < 2 or " and " not in text[conjuncts[0].end : at]:
        return ()
    if not _titles_only(kb, text[here : conjuncts[0].start]):
        return ()
    return tuple(conjuncts)


def reported_subject(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention, here: int | None
) -> Antecedent | None:
    """For "he"/"she" opening the complement of a saying verb ("Lebed said he ..."), the
    person who is that verb's subject, opening the sentence (after a title at most)."""
    if here is None or fold(mention.text.strip()) not in {"he", "she"}:
        return None
    at = _saying_verb(kb, text, here, mention)
    if at is None:
        return None
    subject = chain.nearest(at, lambda a: a.person and a.end == at)
    name = _NAME_BEFORE.search(text[here:at])
    if subject is None and name is not None:  # a surname the tagger missed ("Lebed said")
        found = chain.by_surname(name.group(1), here + name.start(1), known=False)
        subject = Antecedent(here + name.start(1), at, found.actor, person=True) if found else None
    if subject is None or subject.start < here:
        return None
    if not _titles_only(kb, text[here : subject.start]):
        return None
    gender = chain.genders.get(subject.actor.id or "")
    if gender is not None and gender != fold(mention.text.strip()):
        return None
    return subject


_OBJECTS = {"he": "he", "him": "he", "she": "she", "her": "she"}
_OPENERS = frozenset({"but", "and", "yet", "so", "meanwhile", "now", "later", "earlier", "however"})
# A person in an adverbial clause ("when Mr Ruiz argued ...,") is no rival of the subject
# once the clause is closed (", he" or "and he" after it).
_CLOSED = re.compile(r"(?:,|\band\b|\bbut\b)")


def _opens(kb: KnowledgeBase, text: str, here: int, subject: Antecedent) -> bool:
    """Whether the person ``subject`` opens the sentence at ``here`` (after connectives and
    titles at most) with its verb after it."""
    return subject.person and not subject.possessive and opens(kb, text, here, subject, _OPENERS)


def _adverbial(
    kb: KnowledgeBase, text: str, subject: Antecedent, other: Antecedent, end: int
) -> bool:
    """Whether ``other`` stands in an adverbial clause ("if Lord Ode's bill ...") closed
    before ``end``."""
    lead = re.findall(r"[\w'’]+", text[subject.end : other.start])
    titles = kb.words["person_nouns"] | kb.words["title_lowercase"]
    while lead and (lead[-1][:1].isupper() or fold(lead[-1]) in titles):
        lead.pop()  # "if Lord ...", "when party chairman ..."
    if not lead or fold(lead[-1]) not in kb.words["subordinators"]:
        return False
    return _CLOSED.search(text, other.end, end) is not None


def governing_subject(
    kb: KnowledgeBase, chain: Chain, text: str, mention: Mention, here: int | None
) -> Antecedent | None:
    """For "he"/"him"/"she"/"her" in a clause embedded in its sentence's main clause ("Mr Ruiz
    said ... when Mr Ode argued ... and he ...", "Ms Ode left after the firm blamed her"),
    the person opening the sentence as its subject, participant or not (salience: the
    governing clause's subject before a nearer name in an adverbial clause, before the
    previous sentence)."""
    gender = _OBJECTS.get(fold(mention.text.strip()))
    if here is None or gender is None or quoted(text, mention.start):
        return None  # a quotation is in its speaker's voice, not the sentence's
    inside = [a for a in chain.items if here <= a.start and a.end <= mention.start]
    if not inside or not _opens(kb, text, here, inside[0]):
        return None
    subject = inside[0]
    if title_gender(chain, text, subject) not in {None, gender}:
        return None
    boundaries = kb.words["subordinators"] | kb.words["reporting_verbs"] | {"that"}
    gap = [fold(w) for w in re.findall(r"[\w'’]+", text[subject.end : mention.start])]
    if not any(w in boundaries for w in gap):
        return None  # a clause-mate object ("X thanked him") is never its subject
    for other in inside[1:]:
        if not other.person or other.actor.id == subject.actor.id:
            continue
        if title_gender(chain, text, other) not in {None, gender}:
            continue  # "Ms Ode" is no rival for "he"
        if not _adverbial(kb, text, subject, other, mention.start):
            return None
    return subject
