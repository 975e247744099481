"""Trigger matching: which patterns fire on which tokens of a sentence.

A verb fires with its own clause. A noun fires as a *nominal event* only where
the syntax reports it as one: the object of a light verb ("held talks"), a
subject ("the offensive saw ..."), the object of an eventive preposition
("killed in clashes"), or a headline fragment. A noun that is the content of
another trigger ("condemned the attack"), a characterisation ("are viewed as a
threat", "are not a threat") or background ("after days of battles") is not
coded.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.extract.adjuncts import answered, beside, own_agent, topic_gerund, voiced
from sitroom.extract.agents import is_attack, is_word
from sitroom.extract.arguments import OBJECTS, is_verbal
from sitroom.extract.clauses import lemma, to_infinitive
from sitroom.extract.constraints import COMPLEMENTS, satisfies
from sitroom.extract.lexicon import frames
from sitroom.extract.patterns import Pattern, PatternSet
from sitroom.extract.phrases import PLAIN_RELATIVES
from sitroom.extract.subjects import adjunct_meeting

# Climbing these edges from a trigger stays inside the content of its governor.
CONTENT_EDGES = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "acl"})
COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "look", "sound"})
PERFECT_AUX = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
# "two weeks after rebels kidnapped ...": a clause measured from dates the main event by
# an earlier one; like "after 12 days of battles", that earlier event is background.
REASON_PREPS = frozenset({"for", "of"})
ANCHOR_MARKS = frozenset({"after", "since"})
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
# "thanked X for its aid", "accused X of the attack", "exempted X from its sanctions": the
# phrase says what the event is about.
CONTENT_PREPS = frozenset({"for", "of", "about", "over", "on", "regarding", "concerning", "from"})
NOMINAL_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
AGENT_PREPS = frozenset({"by"})
MODAL_AUX = frozenset(
    {"will", "would", "could", "may", "might", "shall", "should", "must", "can", "'ll", "'d"}
)
TARGET_PREPS = frozenset({"on", "into", "against", "of"})


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern that fired on a token; ``frame`` carries the clause (light verb or trigger)."""

    event_type: str
    pattern: Pattern
    token: Token
    frame: Token
    nominal: bool
    extra: tuple[Token, ...] = ()  # particle or modifier tokens that belong to the trigger

    @property
    def start(self) -> int:
        return min(t.i for t in (self.token, self.frame, *self.extra))

    @property
    def end(self) -> int:
        return max(t.i for t in (self.token, self.frame, *self.extra)) + 1


def is_purpose(token: Token) -> bool:
    """ "staged a protest to demand ...": a purpose clause is its governor's content."""
    return token.dep_ == "advcl" and to_infinitive(token)


def _nominal_frame(noun: Token, patterns: PatternSet) -> Token | None:  # noqa: PLR0911 - one exit per syntactic slot
    """The token carrying a nominal event's clause, or ``None`` when it is not an event."""
    lex = frames()
    dep, head = noun.dep_, noun.head
    if dep in {"compound", "attr", "poss", "nmod", "amod"}:
        return None
    if is_word(noun, lex.contact_nouns):
        # "remained in contact with X": the verb carries the exchange and its subject.
        kept = dep == "pobj" and head.lower_ == "in" and is_word(head.head, lex.contact_verbs)
        return head.head if kept else None
    if is_word(noun, lex.trial_nouns):
        # "faces trial over X": a prosecution the subject undergoes ("the trial opened": none).
        return noun if dep in OBJECTS and is_word(head, lex.trial_verbs) else None
    if dep in OBJECTS | {"nsubjpass"}:
        # The small model lemmatises "staged" as "stag": the surface form is checked too.
        if is_word(head, lex.light_verbs):
            return None if cancelled(head) else head
        if patterns.candidates(lemma(head)) or lemma(head) in lex.characterising:
            # The noun is what another event is about, unless it names its own doer and
            # target ("condemned Turkey's incursion into Afrin"): that act happened too.
            return noun if own_act(noun) or answered(noun) or voiced(noun) else None
        return noun
    if dep == "pobj":
        return _pobj_frame(noun, patterns)
    if (
        dep == "nsubj"
        and lemma(head) in COPULAS
        and any(c.dep_ in COMPLEMENTS | {"acomp", "ccomp"} for c in head.children)
        and not _has_agent_or_target(noun)
    ):
        # "Her request is that ...", "their support remains vital": a characterisation.
        return None
    if dep in {"nsubj", "ROOT", "conj", "appos", "dep", "npadvmod", "nsubjpass"}:
        return noun
    return None


def _pobj_frame(noun: Token, patterns: PatternSet) -> Token | None:  # noqa: PLR0911 - one exit per preposition
    """A nominal event as the object of a preposition: "killed *in clashes*" is one."""
    lex = frames()
    head = noun.head
    prep, governor = head.lower_, head.head
    if prep == "of" and governor.pos_ == "NOUN" and is_word(governor, lex.series_heads):
        # "held a new round of talks", "a wave of arrests followed": the event stands in
        # the counting head's slot (the light verb's object, a subject).
        frame = _nominal_frame(governor, patterns)
        if frame is not None:
            return noun if frame.i == governor.i else frame
    if voiced(noun) and prep not in {"as", "like"}:
        return noun  # "acted on a request from the mayor": the request was made
    if prep == "in" and lemma(governor) in COPULAS and head.dep_ != "agent":
        return None  # "citizens who are in detention", "remain in custody": a state
    if prep == "under" and is_attack(noun):
        return noun  # "came under attack from X": an act suffered ("under the deal": none)
    if prep == "in" and any(is_word(noun, p.pobj) for _, p in patterns.candidates(lemma(governor))):
        return None  # "participate in talks": a phrase the verb's own pattern requires
    if prep in lex.event_preps and (
        is_verbal(governor) or head.dep_ == "agent" or governor.dep_ == "ROOT"
    ):
        return noun
    if prep in CONTENT_PREPS and (
        patterns.candidates(lemma(governor)) or lemma(governor) in lex.characterising
    ):
        # "thanked China for its assistance", "appreciation for China's aid", "accused
        # X of its attack": what another event is about, even with its own participants.
        return None
    # "treated following an attack by rebels on the capital": background, but a
    # nominal event with its own participants is still reported.
    if governor.pos_ == "ADJ":
        return None  # "dependent on their support", "grateful for its aid": a state
    if prep not in {"as", "like"} and _has_own_participants(noun):
        return noun
    return None


def cancelled(verb: Token) -> bool:
    """ "called off the strike", "put off the offensive": the noun was undone."""
    return any(
        f"{lemma(verb)} {c.lower_}" in frames().cancelling_phrasals
        for c in verb.children if c.dep_ == "prt"
    )  # fmt: skip


def _has_agent_or_target(noun: Token) -> bool:
    """ "the incursion by Turkish troops", "the attack on Gaza": an act, even when described."""
    return any(
        child.dep_ == "prep" and child.lower_ in {"by", "on", "against", "between", "into"}
        for child in noun.children
    )


def _has_own_participants(noun: Token) -> bool:
    return any(child.dep_ == "poss" for child in noun.children) or any(
        child.dep_ == "prep" and child.lower_ in {"by", "on", "against", "between", "into"}
        and any(obj.dep_ == "pobj" for obj in child.children)
        for child in noun.children
    ) or adjunct_meeting(noun)  # fmt: skip


def _prep_objects(noun: Token, preps: frozenset[str]) -> bool:
    return any(
        child.dep_ == "prep" and child.lower_ in preps
        and any(obj.dep_ == "pobj" for obj in child.children)
        for child in noun.children
    )  # fmt: skip


def own_act(noun: Token) -> bool:
    """ "Turkey's incursion into Afrin", "French airstrikes on Libya", "an attack by rebels
    on the base": a nominal event naming both its doer (possessor, nationality adjective or
    "by" phrase) and its target is reported as an act even inside another event."""
    doer = _prep_objects(noun, AGENT_PREPS) or any(
        (child.dep_ == "poss" and child.pos_ != "PRON" and child.lower_ not in PLAIN_RELATIVES)
        or (child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"})
        for child in noun.children
    )
    return doer and _prep_objects(noun, TARGET_PREPS) and not _modal_clause(noun)


def _modal_clause(noun: Token) -> bool:
    """ "will investigate the Russian attack on X": the clause around the noun is modal, and
    its modality would wrongly carry over to the noun; the noun is left to its governor."""
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def _time_anchor(verb: Token) -> bool:
    """ "withdrew two weeks after rebels kidnapped peacekeepers": the measured clause is a
    known earlier event the report is dated by, not what it reports."""
    if verb.dep_ != "advcl":
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in verb.children)
    return marked and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in verb.children
    )


def _reduced_relative(verb: Token) -> bool:
    """ "The civilians imprisoned for X were released by Y": the parser makes the bare
    participle the main verb and the real one its conjunct. A participle without auxiliary
    whose conjunct has its own passive auxiliary and no subject, with no object and no
    conjunction between them, describes its subject."""
    if verb.tag_ not in {"VBN", "VBD"} or any(
        c.dep_ in {"aux", "auxpass", "dobj", "cc"} for c in verb.children
    ):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        conj.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in conj.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
        for conj in verb.children
    )


def _background_relative(verb: Token) -> bool:
    """ "the group that has seized parts of Iraq", "Yaish, who had been arrested": a
    perfect-tense relative clause describes a participant's past, not the reported event."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"had", "'d"}:
        return True  # the past before the reported past: "whom they had taken hostage"
    # A present-perfect subject relative describes its antecedent; "missiles, which the
    # army has vowed to shoot down" reports the army's act.
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(auxes & PERFECT_AUX) and any(c.lower_ in PLAIN_RELATIVES for c in subjects)


def _options(token: Token, patterns: PatternSet) -> list[tuple[str, Pattern]]:
    """Patterns indexed under the token's lemma or surface form."""
    options = patterns.candidates(lemma(token)) or patterns.candidates(token.lower_)
    if not options and token.tag_ in {"VBD", "VBN"} and token.lower_.endswith("ed"):
        # The small model lemmatises some past forms wrongly ("raped" -> "rap").
        options = patterns.candidates(token.lower_[:-1]) or patterns.candidates(token.lower_[:-2])
    return options


def _best(token: Token, patterns: PatternSet) -> Match | None:
    """The most specific pattern that fires on ``token`` (then the strongest)."""
    options = _options(token, patterns)
    if not options:
        return None
    if token.ent_type_ in {"DATE", "TIME", "PERSON"}:
        return None  # "March", "Strike" as a name: never a trigger
    # "the lightning offensive saw ...": an adjective in a noun's slot is a noun.
    nominal = token.pos_ in {"NOUN", "PROPN"} or (
        token.pos_ == "ADJ" and token.dep_ in NOMINAL_SLOTS
    )
    pos = "NOUN" if nominal else token.pos_
    if nominal:
        frame = _nominal_frame(token, patterns)
        if frame is None:
            return None
    elif token.dep_ in {"amod", "compound"} or (
        token.dep_ == "acl"
        and (
            not any(child.dep_ == "agent" for child in token.children)  # "targeted by a bomber"
            or lemma(token) in frames().descriptive_participles  # "occupied by Isis"
        )
        and (token.tag_ == "VBN" or patterns.candidates(lemma(token.head)))
    ):
        # "armed groups", "prisoners jailed a year ago", "an attack targeting X": a
        # description of a participant or of another event, not an event.
        return None
    elif _background_relative(token) or _time_anchor(token) or _reduced_relative(token):
        return None
    else:
        frame = token
    best: Match | None = None
    for event_type, pattern in options:
        if pos not in pattern.pos and not (pos == "AUX" and "VERB" in pattern.pos):
            continue
        extra = satisfies(pattern, token, frame)
        if extra is None:
            continue
        if frame.i != token.i and is_word(frame, frames().light_verbs):
            extra = (*extra, frame)
        match = Match(event_type, pattern, token, frame, nominal, extra)
        if best is None or (pattern.specificity(), pattern.strength) > (
            best.pattern.specificity(),
            best.pattern.strength,
        ):
            best = match
    return best


def _absorbed(match: Match, by_token: dict[int, Match], patterns: PatternSet) -> bool:
    """True when the trigger sits in the content of an absorbing trigger ("threatened to storm")."""
    token = match.frame
    reported = match.nominal and (
        own_act(match.token) or answered(match.token) or voiced(match.token)
    )
    if reported or own_agent(token, patterns):
        # "backed Turkey's incursion into Afrin", "a charge denied by X": reported too
        return False
    # "jailed X for helping militants", "accused of attacking": a gerund after "for"/"of"
    # is the reason or charge of the governing event, not an event of its own.
    reason = (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and token.head.lower_ in REASON_PREPS
        and by_token.get(token.head.head.i) not in (None, match)
    )
    if reason or topic_gerund(token):
        return True
    for _ in range(8):
        # Coordination is climbed only inside a complement ("alleged that A and that B").
        inside = token.dep_ == "conj" and token.head.dep_ in CONTENT_EDGES
        if not (token.dep_ in CONTENT_EDGES or is_purpose(token) or inside):
            return False
        if token.head.i == token.i:
            return False
        beside_head = beside(token)
        edge = token.dep_
        token = token.head
        governor = by_token.get(token.i)
        if (
            not beside_head
            and governor is not None
            and governor is not match
            and governor.pattern.absorbs
            and governor.event_type != match.event_type  # same type: merged later instead
            # "said in a phone call that X must ...": only the clause said is its content
            and (edge in {"ccomp", "xcomp", "conj"} or not _voiced_content(governor.pattern))
        ):
            return True
    return False


def _voiced_content(pattern: Pattern) -> bool:
    """A speech verb whose event is what it says ("said X must ..."), no light verb."""
    return bool(
        pattern.complement_aux or pattern.evaluation or pattern.finding or pattern.harm_announced
        or pattern.owed_by_party
    )  # fmt: skip


def _one_per_light_verb(matches: list[Match]) -> list[Match]:
    """ "offered concessions", "extend the curfew": the verb and its noun are one trigger."""
    dropped: set[int] = set()
    for nominal in matches:
        if nominal.frame.i == nominal.token.i:
            continue
        for verbal in matches:
            if verbal is not nominal and verbal.token.i == nominal.frame.i:
                if _voiced_content(verbal.pattern):
                    continue  # "said in a phone call that X would pay": the call, and a threat
                rank_v = (verbal.pattern.specificity(), verbal.pattern.strength)
                rank_n = (nominal.pattern.specificity(), nominal.pattern.strength)
                dropped.add(id(nominal) if rank_v >= rank_n else id(verbal))
    return [match for match in matches if id(match) not in dropped]


def find(sent: Span, patterns: PatternSet) -> list[Match]:
    """Matches of one sentence, minus those absorbed by a governing trigger."""
    matches = [match for token in sent if (match := _best(token, patterns)) is not None]
    matches = _one_per_light_verb(matches)
    by_token: dict[int, Match] = {}
    for match in matches:
        by_token.setdefault(match.token.i, match)
        by_token.setdefault(match.frame.i, match)
    return [match for match in matches if not _absorbed(match, by_token, patterns)]
