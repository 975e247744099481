"""Word lists as data: ``lexicon/*.yml`` (modality cues, attribution, frames, contexts)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

from sitroom import datafile

LEXICON_DIR = Path(__file__).parent / "lexicon"

Words = frozenset[str]


class _Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        if isinstance(value, list):
            return frozenset(str(item).lower() for item in value)
        return value


class Modality(_Lexicon):
    """Cues of the PLOVER auxiliary modes (see ``docs/codebook.md``)."""

    negation: Words  # neg children and negative determiners ("not", "never", "no")
    negating_governors: Words  # verbs whose complement is denied ("deny", "refute")
    option_governors: Words  # "has not ruled out sending troops": an option kept open
    hypothetical_modals: Words  # "could", "might", "may"
    conditional_marks: Words  # "if", "unless": the clause is a condition
    epistemic_modals: Words  # "could", "might": a guess, not a conditional commitment
    hypothetical_governors: Words  # "possible", "likely", "fear", "hope"
    claim_governors: Words  # "claimed that X attacked": the attack is only claimed
    claim_adverbs: Words  # "allegedly attacked": only claimed ("reportedly" is sourcing)
    desire_governors: Words  # "wants Putin to attack": someone else's act is only wished
    future_auxiliaries: Words  # "will", "shall"
    future_governors: Words  # "plan", "intend", "prepare", "ready", "scheduled"
    habitual_cues: Words  # "would attack every week": a habit, not one event
    standing_cues: Words  # "has consistently advised": a standing policy, not one event
    attempt_governors: Words  # "trying to force them to surrender": not done
    attempt_types: Words  # types whose attempt is not the act (not conflict)
    generic_heads: Words  # "anyone who commits": a relative clause on no one in particular
    habit_nouns: Words  # "a history of mounting assaults": a habit, not one event
    offer_verbs: Words  # "offered aid": the offered act is future, the offer an AGREE
    offerable_types: Words  # types an offer makes future ("offered evidence" is no promise)
    schedule_governors: Words  # "scheduled", "due": a timetable, not a party's intention
    reporting_for_would: Words  # "announced it would": future, not hypothetical
    scope_barriers: Words  # "after", "before": a time adjunct does not inherit modality
    motive_governors: Words  # "want to kill": a motive, not a threat (conflict acts)
    posture_governors: Words  # "prepared to shell": readiness for force is a posture (MOBILIZE)
    negation_raisers: Words  # "do not think that X attacked": the "not" reaches the clause
    directive_cues: Words  # "please forgive me": an imperative, a directive
    hortative_verbs: Words  # "let's meet": a directive
    predicate_verbs: Words  # "be among those sanctioned": the participle shares the mode
    durative_types: Words  # verbal types that a duration makes a standing situation
    duration_nouns: Words  # "has for years threatened": a standing situation
    decision_nouns: Words  # "his decision to withdraw": a decision taken, the act future
    definite_determiners: Words  # "the decision to ...": taken
    taking_verbs: Words  # "made a decision to ...": taken
    request_governors: Words  # "asked X to put them on trial": requested, not done
    contrastive_conjunctions: Words  # "not A but B": B is outside A's negation
    habitual_marks: Words  # "when leaders gather" (present): a habit, not one event
    habitual_time_nouns: Words  # "every time they meet", "at times when"
    task_nouns: Words  # "the power to revoke", "difficulties with repatriating": unasserted
    had_task_nouns: Words  # "have a role in deconstructing" (only when had, in the present)
    exercising_verbs: Words  # "used its power to seize": the capability exercised, the act done
    intention_nouns: Words  # "the strategy is to expel", "a plot to shoot": content, not done
    proposal_verbs: Words  # "proposes talks, disarming the army, ...": a list of proposals
    obligation_modals: Words  # "if he is to win, he must attack": a conditional obligation
    unrealised_modifiers: Words  # "Russia's planned invasion": not an owned, past event
    role_verbs: Words  # "the militia, which is fighting alongside": a standing role
    opponent_preps: Words  # "fighting against the army": an opponent named, an event
    relation_nouns: Words  # "its cooperation with Moscow is recent": a relation, no event
    stative_verbs: Words  # "cooperation ... includes a deal": a description, no event
    background_relation_preps: Words  # "as part of his growing cooperation": background
    bare_complement_verbs: Words  # "not to help X fight or assist Y": one negated list
    empty_subjects: Words  # "it is not enough to protest": an evaluated act, no actor
    display_nouns: Words  # "placards reading “stop X”": a quoted slogan is not asserted
    display_verbs: Words  # "banners *saying* ...": the wording of a display noun
    slogan_verbs: Words  # "chanted “...”": a quoted chant is not asserted
    grounds_governors: Words  # "punished for going to fight": grounds, not reported here
    historical_eras: Words  # "fought in the Spanish civil war": historical
    era_preps: Words  # "in", "during": an act placed in an era
    former_adverbs: Words  # "the group once controlled": a former time, historical
    expectation_nouns: Words  # "the fear is that they will strike": content, no act
    negative_pronouns: Words  # "nobody attacked", "none of them signed": negated
    negative_determiners: Words  # "no country", "neither A nor B", "not a single state"
    exceptive_words: Words  # "nothing but", "none other than": the quantifier asserts
    focus_particles: Words  # "not only", "not merely": the act is asserted
    cessation_adverbs: Words  # "no longer supports": the present act is denied
    evidence_nouns: Words  # "no sign that X was freed": unconfirmed content
    unconfirming_modifiers: Words  # "no", "unconfirmed": the evidence noun confirms nothing
    conditional_phrases: Words  # "in case they attack": a condition of several words
    request_nouns: Words  # "calls are growing for them to be sent home": requested
    implicative_permissions: Words  # "enabled the police to detain": told in the past, done
    motion_idiom_verbs: Words  # "made their way to X to attend": a journey, not a task
    waiting_verbs: Words  # "remained in the town to mount raids": an intention, not done
    unidentified_heads: Words  # "claimed gunmen attacked": no party to accuse (type rule 7)
    claimant_nouns: Words  # "witnesses claimed that X attacked": voices, not acting parties
    unidentified_modifiers: Words  # "unknown men", "unidentified attackers": no one accused
    speech_nouns: Words  # "issued a statement to express outrage": the purpose is done
    delivering_verbs: Words  # "issued", "held", "gave" (a statement, a press conference)
    obligation_words: Words  # "denied it was bound to observe the truce": a refusal
    warning_governors: Words  # "warned that X intended to advance": a voiced intention
    practice_nouns: Words  # "would weaken the cabinet's policy of revoking": done
    scene_governors: Words  # "imagined soldiers storming the house": a scene, not asserted
    era_frame_nouns: Words  # "in the aftermath of the war": the era is the of-object
    until_marks: Words  # "until the town is retaken" (present, main clause not past): ahead
    agenda_participles: Words  # "the talks due to resume": the noun's own timetable
    punishment_states: Words  # "(should not be) in prison for providing aid": grounds
    stance_rejections: Words  # "will oppose the plan": the stated opposition is the REJECT
    mission_verbs: Words  # "would retain a force to fight X": the purpose is a mission
    necessity_verbs: Words  # "will have to agree": a necessity, not an act
    agenda_modifiers: Words  # "their imminent withdrawal": the noun's own time is ahead
    deontic_infinitives: Words  # "is to blame", "is to be welcomed": no timetable
    process_types: Words  # "had been negotiating since 2003": talks under way, an event
    framing_future_preps: Words  # "during his trip, he will meet X": the trip is ahead
    precondition_marks: Words  # "will only visit once the occupation has ended": a condition


class Attribution(_Lexicon):
    """Reporting verbs and the anaphoric sources that continue a previous quote."""

    reporting_verbs: Words
    continuing_sources: Words  # "it", "statement": the previous attribution goes on
    document_sources: Words  # "the report said": a source that is not an agent


class Frames(_Lexicon):
    """Syntactic frames the coder relies on."""

    light_verbs: Words  # "held talks": the noun is the event, the verb gives the actor
    cancelling_phrasals: Words  # "called off the strike": a light verb undoing its noun
    refusal_verbs: Words  # "Y refused.": a bare refusal answers the request before it
    request_markers: Words  # "call on", "urge": whom a request asks ("lemma [preposition]")
    object_control: Words  # "urged X to": X is the subject of the complement
    from_control: Words  # "stopped X from helping": X is the subject of the gerund
    infinitive_takers: Words  # "the area it wants to bomb": the infinitive is the verb's own
    motion_verbs: Words  # "a convoy entering X to support Y": the journey's purpose
    provision_verbs: Words  # "trained rebels to fight X": the object provided does it
    place_nouns: Words  # "captured the town": the object is a place
    venue_nouns: Words  # "a rally in the square": where a protest is held, not its target
    natural_causes: Words  # "the flood killed": not a political event
    characterising: Words  # "viewed as", "seen as": a perception, not an event
    background_preps: Words  # "after 12 days of battles": background, not coded
    event_preps: Words  # "killed in clashes": the noun reports an event
    series_heads: Words  # "held a round of talks": the of-object takes the head's slot
    contact_nouns: Words  # "remained in contact with X": a consultation kept up
    contact_verbs: Words  # the verbs that carry it ("be", "remain", "keep")
    partner_meeting_nouns: Words  # "after talks with X, A ...": A met X
    trial_nouns: Words  # "faces trial": a prosecution undergone
    trial_verbs: Words  # the verbs whose object it is an event as ("face", "stand")
    instruments: Words  # "fired tear gas": a weapon is never a participant
    protesters: Words  # "demonstrators demanded": the demand is the protest
    proxies: Words  # "Serbia's suppression of X": the participant is Serbia
    descriptive_participles: Words  # "territory occupied by X": a state, not an event
    undergoing_verbs: Words  # "faced pressure": the subject undergoes the nominal event
    repelling_verbs: Words  # "repelled the offensive": the subject is the one attacked
    leading_participles: Words  # "UN-led talks": who leads or brokers takes part
    death_verbs: Words  # "died in an airstrike": the subject suffered the attack
    harm_participles: Words  # "was killed and ... struck X": the killed one is no actor
    share_nouns: Words  # "Iran's role in the war": the owner takes part
    contests: Words  # "faced a battle": a side of a two-sided fight, not its target
    deploying_verbs: Words  # "threatened to send troops": the object is one's own force
    appeal_nouns: Words  # "calls for a truce were ignored": an appeal a response answers
    response_verbs: Words  # "ignored the calls": a response presupposing the appeal
    topic_heads: Words  # "talked of recalling its envoy": the gerund is a topic
    answerable_statements: Words  # "a claim denied by X": a statement a party can answer
    voiced_nouns: Words  # "a request from X": a speech act whose speaker is named
    voicing_participles: Words  # "accusations made by X": the participle naming the speaker
    rescue_nouns: Words  # "came to X's aid": X is helped, the comer helps
    rescue_verbs: Words  # the motion verbs of that idiom ("come", "rush")
    journey_nouns: Words  # "On a visit to X, he ...": the main subject travels


class Agents(_Lexicon):
    """Nouns that can head a participant: who acts, never what happens (``agents.yml``)."""

    nouns: Words  # "government", "forces", "protesters"
    suffixes: Words  # agentive derivations: "-ist", "-er", "-ant"
    not_agents: Words  # "border", "statement": the suffix alone is no agent
    plain_adjectives: Words  # "a major challenge": ranks that are also adjectives
    activities: Words  # "a separatist war", "jihadist terrorism": what is done, never who
    attacks: Words  # "the bombing killed": the event itself; its agentive modifier acts
    attack_means: Words  # "US air strikes": words between a party and its attack
    measures: Words  # "control orders, which restrict": a legal means, never who acts
    intransitive_verbs: Words  # "were routed and regrouped": an active conjunct, no passive
    arms: Words  # "the sale of fighter jets": what changes hands, not a party
    small_clause_verbs: Words  # "want them deported": the participle's subject is its patient
    theme_nouns: Words  # "their capture": a lone possessor is the one captured, not the captor
    quantity_heads: Words  # "most of the rebels": the doer is inside the of-phrase
    polities: Words  # "stabbed the party": a collective, not a body to wound
    state_nouns: Words  # "the foreign ministry protested": a state speaking
    person_nouns: Words  # "her husband fought": people the agent nouns leave out
    authored: Words  # "criticised the minister's comments": the author stands for his words


class Contexts(BaseModel):
    """PLOVER context -> cue lemmas found in the event's clause."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    contexts: dict[str, frozenset[str]]


M = TypeVar("M", bound=BaseModel)


def _load(name: str, model: type[M], directory: Path = LEXICON_DIR) -> M:
    return datafile.load(directory / name, model, what="lexicon")


@functools.cache
def modality() -> Modality:
    return _load("modality.yml", Modality)


@functools.cache
def attribution() -> Attribution:
    return _load("attribution.yml", Attribution)


@functools.cache
def frames() -> Frames:
    return _load("frames.yml", Frames)


@functools.cache
def agents() -> Agents:
    return _load("agents.yml", Agents)


@functools.cache
def contexts() -> Contexts:
    return _load("contexts.yml", Contexts)


class Setting(_Lexicon):
    """Prepositions that make a toponym the event's location (``setting.yml``)."""

    locative_preps: Words
    on_nouns: Words
    place_nouns: Words


@functools.cache
def setting() -> Setting:
    return _load("setting.yml", Setting)


class Media(_Lexicon):
    """The press as an addressee: speech to it is sourcing, not CONSULT (``media.yml``)."""

    verbs: Words
    nouns: Words
    outlets: Words
    name_cues: Words  # "Guardian Australia", "Kyiv Post": a word that makes a name an outlet
    name_openers: Words  # "Channel Nine": a word that opens an outlet's name, not ends one


@functools.cache
def media() -> Media:
    return _load("media.yml", Media)


class Precision(_Lexicon):
    """Non-events the coder drops: abstract targets, unspecific actors (``precision.yml``)."""

    abstract_heads: Words  # "destroy their future": no concrete target
    abstract_types: Words  # types that need a concrete target
    unspecific_actors: Words  # "everyone agrees": no specific actor
    speaker_pronouns: Words  # "I agree" alone is an opinion
    opinion_types: Words  # types a speaker-only event is an opinion of
    self_addressees: Words  # "we must assist her": a speaker's own duty, no request
    withheld_comments: Words  # "declined to comment": no refusal of anything political
    withheld_objects: Words  # "declined to give details": information withheld
    policy_offers: Words  # "proposed new powers": a policy put forward, no offer
    policy_acts: Words  # "proposed abolishing the post": a policy put forward
    document_doers: Words  # "the bill proposes": a text's content, no party's act
    document_types: Words  # types a document cannot do
    document_verbs: Words  # "the data provided support": verbs of a nominal trigger
    clause_rivals: Words  # one trigger, one of these conflict types


@functools.cache
def precision() -> Precision:
    return _load("precision.yml", Precision)


class Genericity(_Lexicon):
    """Generic, comparative and personal statements that code no event (``genericity.yml``)."""

    generic_quantifiers: Words  # "any side that breaks the truce"
    wh_quantities: Words  # "how many volunteers"
    comparison_preps: Words  # "like other factions battling X"
    comparative_adverbs: Words  # "more likely to"
    comparison_marks: Words  # "easier to shell than to govern"
    capability_modals: Words  # "a court which can try war crimes"
    disposition_adjectives: Words  # "reluctant to send troops"
    wh_pronouns: Words  # "who will fight next?"
    interview_words: Words  # "agreed to interviews"
    naming_nouns: Words  # "asked that only her first name be used": a name is no party
    speech_verbs: Words  # "they told us: ..."
    first_person_objects: Words  # the reporter as addressee
    audience_nouns: Words  # "spoke to the mourners"
    desire_nouns: Words  # "his desire to fight"
    desire_verbs: Words  # "all he wanted was to protect"
    reporter_pronouns: Words  # "met me": the singular first person in narration is the reporter
    depiction_verbs: Words  # "the photo captured the fighters": depicted, not taken
    depiction_nouns: Words  # images, recordings and reports that depict
    wishing_verbs: Words  # "her mother wants them tried": a private wish
    private_wishers: Words  # kin and bystanders whose wish is no demand
    pseudo_cleft_heads: Words  # "all"/"what" he wanted was ...
    identifying_verbs: Words  # "rebels fighting the army" after an argument noun: which rebels
    casualty_verbs: Words  # "a soldier fighting X has died": the combat he died in
    habitual_types: Words  # "the militia shells from schools": simple present, no time
    stance_verbs: Words  # "the party, which opposed the war": a standing position
    generic_adverbs: Words  # "farmers generally agree on it": what usually holds
    level_verbs: Words  # "support for X has been falling": a level, not an act
    condition_marks: Words  # "if people turn up asking for help": a kind of people
    generic_people: Words  # "people", "migrants": plural nouns for people in general
    mandate_nouns: Words  # "has a mandate to support"
    capability_nouns: Words  # "the capability to strike", "the levers to pressure X"
    exercising_verbs: Words  # "used its power to bar him": a capability exercised
    range_verbs: Words  # "offences ranging from X to Y"
    offence_nouns: Words  # "crimes such as looting": kinds of offence listed
    generic_subjects: Words  # "you cannot prosecute them"
    enlisting_nouns: Words  # "joined the fight"
    enlisting_verbs: Words  # "joined", "volunteered"
    enlisting_acts: Words  # "went to Syria to fight"
    travel_verbs: Words  # "went", "travelled" (to fight)
    manner_nouns: Words  # "ways he could fight X"
    sacrifice_verbs: Words  # "offering their lives"
    sacrifice_objects: Words  # "lives", "blood"
    classified_nouns: Words  # "targeting decisions"
    shooting_verbs: Words  # "fired in the air": warning shots
    dismissive_heads: Words  # "all they have offered is talk": a belittled act
    dismissive_types: Words  # types a belittling pseudo-cleft empties
    sky_nouns: Words  # "air", "sky"
    fired_objects: Words  # "fired their guns into the air"
    norm_verbs: Words  # "members are forbidden from striking": a rule, no act
    habitual_adjunct_marks: Words  # "be careful when visiting X": no one visit
    case_nouns: Words  # "arrested in only four cases": a tally of cases
    tally_quantifiers: Words  # "in most cases", "in many instances"
    topic_preps: Words  # "a policy on threatening language": the subject of a rule


@functools.cache
def genericity() -> Genericity:
    return _load("genericity.yml", Genericity)
