"""Event patterns as data: ``patterns/*.yml`` loaded, validated and indexed by lemma.

One file per PLOVER type. A pattern names the trigger lemma(s) and part of speech,
optional constraints (a direct object, a particle or preposition, a modifier), the
argument roles that give actors and recipients, mode and CAMEO code. Validation is
pydantic; any problem raises ``ConfigError`` naming the file and the key.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sitroom import datafile
from sitroom.errors import ConfigError
from sitroom.model import EVENT_TYPES

PATTERN_DIR = Path(__file__).parent / "patterns"

# Argument roles, always stated for the active voice; passives are mapped by the
# argument extractor ("by X" -> subject, grammatical subject -> object).
Role = Literal[
    "subject", "object", "dative", "poss", "author", "benefit", "comp_subject", "comp_object",
    "nmod", "purpose",
    "with", "against", "on", "at", "to", "from", "of", "for", "between", "into", "in",
    "about", "over", "outside", "near", "along", "by", "upon", "toward", "towards", "among",
]  # fmt: skip
Pos = Literal["VERB", "NOUN", "ADJ", "PROPN"]


class Pattern(BaseModel):
    """One trigger rule of one event type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    lemmas: tuple[str, ...] = Field(min_length=1)
    pos: tuple[Pos, ...] = ("VERB",)
    object: tuple[str, ...] = ()  # required direct-object (or nsubjpass) lemma
    not_object: tuple[str, ...] = ()  # direct-object lemmas that block the pattern
    object_entity: bool | None = None  # object must (True) / must not (False) be a named entity
    object_place: bool = False  # object must be a place (entity or place noun)
    object_agent: bool = False  # object must be an agent ("warned the president")
    subject_place: bool = False  # subject must be a place ("the town fell to the army")
    not_object_place: bool = False  # no place object ("defend the city" is another sense)
    object_is_participant: bool = False  # "engaged peacekeepers": the constrained object is a party
    object_is_location: bool = False  # "the capture of Aleppo": the object place is also where
    prep: tuple[str, ...] = ()  # required particle/preposition child ("call on", "blow up")
    intransitive: bool = False  # no direct object in this sense ("call on", "demonstrate")
    not_prep: tuple[str, ...] = ()  # a particle making another verb ("take back", "take in")
    pobj: tuple[str, ...] = ()  # required object of any preposition child ("take to the streets")
    not_pobj: tuple[
        str, ...
    ] = ()  # an object of a preposition child that blocks ("battle for votes")
    modifier: tuple[str, ...] = ()  # required compound/amod lemma ("air strike", "phone call")
    complement_aux: tuple[str, ...] = ()  # a clausal complement must carry one ("said X must")
    complement_own: bool = False  # the complement's subject is a party (agent, pronoun, possessed)
    complement: tuple[str, ...] = ()  # a clausal complement's verb lemma ("whether X broke ...")
    clausal: bool = False  # a finite clausal complement is required ("denied (that) X was")
    evaluation: bool = False  # judges a party or its act negatively ("called X illegal")
    finding: bool = False  # finds a party or its act unlawful ("ruled that X breached the law")
    party_act_against: bool = False  # "against" a party or a party's act ("against X's ban")
    verdict: Literal["guilty", "innocent"] | None = None  # "found guilty", "pleaded not guilty"
    judicial_doer: bool = False  # the doer is a court or judicial body ("the court dismissed")
    not_background: bool = False  # a relative or adverbial clause describes a participant
    harm_announced: bool = False  # another party will come to harm ("said X would suffer")
    owed_by_party: bool = False  # another party must or should act ("said X must withdraw")
    no_complement: bool = False  # no clausal or predicative complement ("called them an army")
    infinitive: bool | None = None  # "to"-infinitive complement required (True) / barred (False)
    not_modifier: tuple[str, ...] = ()  # compound/amod lemmas that block ("gas explosion")
    # Word senses (``senses.py``): complements, doers and goals that make another sense.
    not_complement: tuple[str, ...] = ()  # clausal complement lemmas ("asked not to be named")
    not_pcomp: tuple[str, ...] = ()  # a preposition's gerund ("charged with overseeing")
    refusal_content: tuple[str, ...] = ()  # a refusal promised is the event ("vowed to oppose")
    # The class of the act a vow commits to ("vowed to crush", ``commissives``).
    promised: Literal["harm", "persist", "cooperate"] | None = None
    doer_agent: bool = False  # the doer is a party, weapon or attack ("struck by the idea")
    doer_state: bool = False  # the doer is a state or its officials ("Ankara protested")
    goal_verbs: tuple[str, ...] = ()  # unopposed, a purpose must be one ("fought to capture")
    not_goal: tuple[str, ...] = ()  # unopposed, a "for" goal making a metaphor ("for a life")
    not_purpose: tuple[str, ...] = ()  # "verb object" of a purpose ("sent back to face trial")
    needs_partner: bool = False  # a conversation needs a second party ("talked about X")
    not_partner: bool = False  # no party as "with" object ("agreed with Japan on all points")
    not_adverb: tuple[str, ...] = ()  # a degree adverb of feeling ("so deeply struck")
    idiom_pobj: tuple[str, ...] = ()  # "in" object: with a polity, a metaphor ("in the back")
    not_question: bool = False  # "asked if anyone was hurt": an indirect question, no demand
    not_price: bool = False  # "charging $5,000 for the crossing": a price, not a charge laid
    own_body: tuple[str, ...] = ()  # body parts: "burned his hand" harms the doer himself
    not_doer: tuple[str, ...] = ()  # goods as doer or controller ("let fuel enter the town")
    not_governor: tuple[str, ...] = ()  # "governor noun" of a bare-noun idiom ("take charge")
    not_where: tuple[str, ...] = ()  # a "where" clause of an idiom ("hit them where it hurts")
    goal_objects: tuple[str, ...] = ()  # a goal with its measure ("hit its target for X")
    mode: str | None = None
    mode_cues: dict[str, tuple[str, ...]] = {}  # mode -> lemmas found in the clause
    context: tuple[str, ...] = ()
    cameo: str | None = None
    actor: tuple[Role, ...] = ("subject",)
    recipient: tuple[Role, ...] = ("object",)
    # Every party named by an actor role is an actor (meetings, two-sided fighting); its
    # recipient roles name a one-sided target ("fought Isis").
    symmetric: bool = False
    absorbs: bool = False  # clausal complements are this event's content, not events
    strength: float = Field(default=0.7, ge=0.0, le=1.0)
    requires: tuple[Literal["actor", "recipient"], ...] = ()

    @field_validator(
        "lemmas",
        "object",
        "not_object",
        "prep",
        "not_prep",
        "pobj",
        "not_pobj",
        "modifier",
        "not_modifier",
        "complement_aux",
        "complement",
        "not_complement",
        "not_pcomp",
        "refusal_content",
        "goal_verbs",
        "not_goal",
        "idiom_pobj",
        "own_body",
        "not_doer",
        "not_governor",
        "not_where",
        "goal_objects",
        "not_adverb",
        "not_purpose",
    )
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(item.lower() for item in value)

    def specificity(self) -> int:
        """How many constraints the pattern states: the most specific match wins."""
        return sum(
            bool(part)
            for part in (
                self.object,
                self.prep,
                self.pobj,
                self.modifier,
                self.object_place,
                self.object_agent,
                self.complement_aux,
                self.complement,
                self.clausal,
                self.doer_state,
                self.evaluation,
                self.finding,
                self.party_act_against,
                self.verdict,
                self.judicial_doer,
                self.harm_announced,
                self.owed_by_party,
                self.promised,
            )
        ) + (self.object_entity is not None)


class TypeFile(BaseModel):
    """A ``patterns/<type>.yml`` file."""

    model_config = ConfigDict(extra="forbid")

    type: str
    patterns: tuple[Pattern, ...] = Field(min_length=1)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in EVENT_TYPES:
            raise ValueError(f"unknown PLOVER type {value!r}")
        return value


class PatternSet:
    """All patterns, indexed by trigger lemma; each carries its event type."""

    def __init__(self, files: Mapping[str, TypeFile]) -> None:
        self.by_lemma: dict[str, list[tuple[str, Pattern]]] = defaultdict(list)
        self.by_id: dict[str, tuple[str, Pattern]] = {}
        for type_file in files.values():
            for pattern in type_file.patterns:
                self.by_id[pattern.id] = (type_file.type, pattern)
                for lemma in pattern.lemmas:
                    self.by_lemma[lemma].append((type_file.type, pattern))

    def candidates(self, lemma: str) -> list[tuple[str, Pattern]]:
        """Patterns whose trigger lemma is ``lemma`` (lower-cased)."""
        return self.by_lemma.get(lemma, [])


def load_type_file(path: Path) -> TypeFile:
    """Parse and validate one pattern file."""
    return datafile.load(path, TypeFile, what="pattern file")


def load_patterns(directory: Path = PATTERN_DIR) -> PatternSet:
    """Every ``*.yml`` of ``directory``; pattern ids must be unique across files."""
    files: dict[str, TypeFile] = {}
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.yml")):
        type_file = load_type_file(path)
        for pattern in type_file.patterns:
            if pattern.id in seen:
                raise ConfigError(
                    f"{path}: patterns.id {pattern.id!r} already in {seen[pattern.id]}"
                )
            seen[pattern.id] = path
        files[str(path)] = type_file
    if not files:
        raise ConfigError(f"{directory}: no pattern files (*.yml)")
    return PatternSet(files)


@functools.cache
def default_patterns() -> PatternSet:
    """The packaged patterns, loaded once per process."""
    return load_patterns()
