"""Word senses of a trigger: complements, doers, goals and idioms that give it another
meaning than the event (docs/codebook.md, "Figurative and wrong senses").

``sense_holds`` checks the sense keys of one pattern on one verbal trigger; the other
constraints (objects, particles, modifiers) are in ``constraints``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent, is_attack, is_goods, is_word, misread_participle
from sitroom.extract.arguments import object_of
from sitroom.extract.clauses import IN, WITH, is_passive, lemma, prep_objects, to_infinitive
from sitroom.extract.lexicon import agents
from sitroom.extract.patterns import Pattern, default_patterns
from sitroom.extract.phrases import relative_head
from sitroom.extract.sense_idioms import goal_object, idiom_governor, place_or_party, where_idiom

# A second side ("fought rebels", "fought with the army", "fought alongside the Kurds"), or
# the theatre of a war ("fought in Afghanistan"): the fighting is literal.
OPPONENT_PREPS = frozenset({"with", "against", "alongside", "beside", "among", "amongst"})
THEATRE_PREPS = frozenset({"in", "on", "near", "around", "inside", "across"})
PARTNER_PREPS = frozenset({"with", "to", "between", "among", "amongst"})
PLURAL_PRONOUNS = frozenset({"we", "they", "us", "them"})
POLITY_LABELS = frozenset({"GPE", "NORP", "ORG"})
# Pronouns for a proposition or thing ("that hit me hard"); "those who fought" is people.
THING_PRONOUNS = frozenset(
    {"this", "that", "something", "anything", "nothing", "everything", "what", "whatever"}
)  # fmt: skip
QUESTION_MARKS = frozenset({"if", "whether"})
WH_WORDS = frozenset({"what", "who", "whom", "whose", "which", "where", "when", "why", "how"})
CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "lira", "dinar", "rial", "riyal", "rouble", "ruble", "rupee",
     "cent", "buck", "quid", "penny", "pence"}
)  # fmt: skip
# Possessives of the doer himself, by subject pronoun; a third person is matched by number.
OWN_POSSESSIVES = {
    "i": "my", "we": "our", "you": "your", "he": "his", "she": "her", "they": "their"
}  # fmt: skip


def sense_holds(pattern: Pattern, token: Token) -> bool:
    """Do ``pattern``'s sense keys hold on ``token``? Each check names another sense."""
    checks = (
        _naming, _task, _weak_doer, _stateless, _abstract_goal, _no_partner, _graded,
        _polity_idiom, _judicial_purpose, _question, _price, _own_harm, _goods_doer,
        idiom_governor, where_idiom, goal_object, _refusal_promised,
        _with_party,
    )  # fmt: skip
    return not any(check(pattern, token) for check in checks)


def _naming(pattern: Pattern, token: Token) -> bool:
    """ "asked not to be named", "asked to be called X": anonymity, not a demand. A passive
    "call" that keeps an object ("were called traitors", "what they were called") gives a
    name; nobody was telephoned or summoned."""
    kept = any(c.dep_ in {"dobj", "oprd"} for c in token.children)
    if kept and lemma(token) == "call" and is_passive(token):
        return True
    return bool(pattern.not_complement) and any(
        c.dep_ in {"xcomp", "ccomp"} and lemma(c) in pattern.not_complement and is_passive(c)
        for c in token.children
    )


def _refusal_promised(pattern: Pattern, token: Token) -> bool:
    """ "pledged to oppose the bill", "committed to blocking it": the promise announces a
    refusal, which is the event (a REJECT or a threat); "pledged not to oppose" promises."""
    if not pattern.refusal_content:
        return False
    contents = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}] + [
        g for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children if g.dep_ == "pcomp"
    ]  # fmt: skip
    return any(
        not any(c.dep_ == "neg" for c in verb.children)
        and (
            lemma(verb) in pattern.refusal_content
            or any(f"{lemma(verb)} {p.lower_}" in pattern.refusal_content
                   for p in verb.children if p.dep_ == "prep")  # "vote against"
        )
        for verb in contents
    )  # fmt: skip


def _task(pattern: Pattern, token: Token) -> bool:
    """ "charged with overseeing the talks": a task given, not a charge laid."""
    return bool(pattern.not_pcomp) and any(
        lemma(g) in pattern.not_pcomp
        for prep in token.children if prep.dep_ == "prep"
        for g in prep.children if g.dep_ == "pcomp"
    )  # fmt: skip


def _weak_doer(pattern: Pattern, token: Token) -> bool:
    """ "She was struck by the idea", "the crisis hit the economy": a doer that is no
    party, weapon or attack makes the verb a figure; no doer stated leaves it open."""
    if not pattern.doer_agent:
        return False
    found = doers(token)
    return bool(found) and not any(_forceful(d) for d in found)


def _stateless(pattern: Pattern, token: Token) -> bool:
    """ "Ankara protested at the pact": a state's protest is diplomatic (ACCUSE); students
    who protest at it demonstrate (PLOVER PROTEST is civil action by the public)."""
    return pattern.doer_state and not any(_state(d) for d in doers(token))


def _judicial_purpose(pattern: Pattern, token: Token) -> bool:
    """ "sent back to Britain to face trial": people returned to be tried are repatriated
    (the demand or the act is legal), not troops deployed."""
    return bool(pattern.not_purpose) and any(
        f"{lemma(p)} {lemma(o)}" in pattern.not_purpose
        for p in token.children if p.dep_ in {"advcl", "xcomp"} and to_infinitive(p)
        for o in object_of(p)
    )  # fmt: skip


def _question(pattern: Pattern, token: Token) -> bool:
    """ "asked if anyone was hurt", "ask what you think of X", "asked the minister about
    the delays": an indirect question or a topic asked about is no demand; an infinitive or
    a "for" phrase ("asked him to leave", "asked for help") is."""
    if not pattern.not_question or any(
        (c.dep_ in {"xcomp", "ccomp"} and to_infinitive(c))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in token.children
    ):
        return False
    if any(c.dep_ in {"ccomp", "advcl"} and _interrogative(c) for c in token.children):
        return True
    # The parser may hang "about" on the one asked or the asker ("asked by reporters about").
    asked = [token, *(c for c in token.children if c.dep_ in {"dobj", "dative"})]
    asked += [o for c in token.children if c.dep_ == "agent" for o in c.children]
    return any(c.dep_ == "prep" and c.lower_ == "about" for t in asked for c in t.children)


def _interrogative(clause: Token) -> bool:
    if any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in clause.children):
        return True
    first = clause.left_edge  # "what you think", "where they were held"
    return clause.dep_ == "ccomp" and first.lower_ in WH_WORDS and first.i > clause.head.i


def _price(pattern: Pattern, token: Token) -> bool:
    """ "charging $5,000 for the crossing", "what smugglers were charging": a price asked;
    "charged with murder", "charged three men over the attack" lay a charge."""
    if not pattern.not_price or any(c.lower_ == "with" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    if not objects and not is_passive(token):
        return token.left_edge.lower_ in {"what", "how"}  # "what they were charging"
    return any(_amount(o) or o.lower_ == "what" for o in objects)


def _amount(noun: Token) -> bool:
    return noun.ent_type_ == "MONEY" or noun.like_num or lemma(noun) in CURRENCIES


def _own_harm(pattern: Pattern, token: Token) -> bool:
    """ "burned his hand lighting the stove", "I destroyed my phone", "burned their own
    papers": harm to the doer's own body or belongings is no attack on a party. A third
    person's "his/their" may be another's, so only body parts and "own" count there."""
    if not pattern.own_body or is_passive(token):
        return False
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "went home and destroyed my laptop": the first verb's subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    things = [*object_of(token), *(c for o in object_of(token) for c in o.conjuncts)]
    # "burned off part of his beard": through a part
    things += [o for t in things for p in t.children if p.lower_ == "of" for o in p.children]
    return any(_owned(t, s, pattern.own_body) for s in subjects for t in things)


def _owned(thing: Token, subject: Token, body: tuple[str, ...]) -> bool:
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not owners:
        return False
    owner = owners[0].lower_
    own = any(c.lower_ == "own" for c in thing.children)
    if subject.lower_ in {"i", "we", "you"}:
        return OWN_POSSESSIVES[subject.lower_] == owner
    if subject.pos_ == "PRON":
        agrees = OWN_POSSESSIVES.get(subject.lower_) == owner
    else:  # a noun: "the guard ... his hand", "the men ... their hands"
        plural = subject.tag_ in {"NNS", "NNPS"}
        agrees = owner == "their" if plural else owner in {"his", "her", "its"}
    return agrees and (own or is_word(thing, body))


def _goods_doer(pattern: Pattern, token: Token) -> bool:
    """ "fuel crossing the border", "allowed aid to enter the country": goods that move are
    carried in, no incursion by a party."""
    if not pattern.not_doer:
        return False
    movers = doers(token) or _controller(token)
    return any(
        is_word(m, pattern.not_doer)
        or any(c.dep_ == "compound" and is_word(c, pattern.not_doer) for c in m.children)
        for m in movers
    )


def _controller(token: Token) -> list[Token]:
    """Whom a subjectless verb is said of: the noun it modifies ("aid entering Syria"), the
    object of "allowed aid to enter", or the noun right before its "to" when the parser
    hangs the infinitive elsewhere."""
    marker = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None:
        return [token.head] if token.dep_ == "acl" else []
    if token.dep_ == "xcomp":
        found = [c for c in token.head.children if c.dep_ == "dobj"]
        if found:
            return found
    before = token.doc[marker.i - 1] if marker.i > token.sent.start else None
    return [before] if before is not None and before.pos_ in {"NOUN", "PROPN"} else []


def _state(doer: Token) -> bool:
    return doer.ent_type_ == "GPE" or is_word(doer, agents().state_nouns)


def doers(token: Token) -> list[Token]:
    """The active subject or the passive "by" agent, seen through quantities."""
    # "recruits, fired by zeal": a reduced passive has its "by" agent too
    if is_passive(token) or (token.dep_ == "acl" and token.tag_ == "VBN"):
        found = [misread_participle(o) for c in token.children if c.dep_ == "agent"
                 for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    else:
        found = [relative_head(c) for c in token.children if c.dep_ == "nsubj"]
    return [_through_quantity(d) for d in found]


def _through_quantity(head: Token) -> Token:
    if not is_word(head, agents().quantity_heads):
        return head
    inner = [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return inner[0] if inner else head


def _forceful(doer: Token) -> bool:
    """A party ("hundreds" counts people), its arms, a weapon, or fighting itself."""
    words = {lemma(doer), doer.lower_}
    return (
        is_agent(doer)
        or (doer.pos_ == "PRON" and doer.lower_ not in THING_PRONOUNS)
        or bool(words & agents().person_nouns)
        # "Russian mercenaries", "Kurdish volunteers": an affiliation marks people (not
        # "the Arab street", a singular figure for a public).
        or (
            doer.tag_ in {"NNS", "NNPS"}
            and any(
                m.dep_ in {"amod", "compound"} and m.ent_type_ in POLITY_LABELS
                for m in doer.children
            )
        )
        or is_attack(doer)
        or is_goods(doer)
        or doer.like_num
        or doer.ent_type_ == "CARDINAL"
        or bool(words & (agents().quantity_heads | agents().activities))
        or any(t == "ASSAULT" for w in words for t, _ in default_patterns().candidates(w))
    )


def _opposed(token: Token) -> bool:
    """A side fought, or a war's theatre, is named."""
    if object_of(token):
        return True
    for prep in token.children:
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in OPPONENT_PREPS and objects:
            return True
        if prep.lower_ in THEATRE_PREPS and any(place_or_party(o) for o in objects):
            return True
    return False


def _abstract_goal(pattern: Pattern, token: Token) -> bool:
    """ "fought to protect our freedoms", "fight for a better life": with no side fought,
    an abstract goal makes fighting a metaphor; "fought to capture the town" stays."""
    if not (pattern.goal_verbs or pattern.not_goal) or _opposed(token):
        return False
    purposes = [c for c in token.children if c.dep_ in {"advcl", "xcomp"} and to_infinitive(c)]
    literal = [
        p for p in purposes
        if lemma(p) in pattern.goal_verbs or any(place_or_party(o) for o in object_of(p))
    ]  # fmt: skip
    if purposes and not literal:
        return True
    goals = [o for p in token.children if p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj"]  # fmt: skip
    return any(is_word(g, pattern.not_goal) for g in goals)


def _graded(pattern: Pattern, token: Token) -> bool:
    """ "so deeply struck", "very struck": a blow is not graded by degree, a feeling is
    ("hit so hard" grades the manner, and is a blow)."""
    return any(c.dep_ == "advmod" and c.lower_ in pattern.not_adverb for c in token.children)


def _no_partner(pattern: Pattern, token: Token) -> bool:
    return pattern.needs_partner and not _partner(token)


def _with_party(pattern: Pattern, token: Token) -> bool:
    """ "agreed with Japan on all points": a party as partner makes an accord, not a view shared."""
    return pattern.not_partner and any(is_agent(o) for o in prep_objects(token, WITH))


def _partner(token: Token) -> bool:
    """ "talked with Paris", "the two sides talked", "Britain and France talked": a second
    party; "the minister talked about the economy" is a statement."""
    if object_of(token):
        return True
    if any(
        p.lower_ in PARTNER_PREPS and any(o.dep_ == "pobj" for o in p.children)
        for p in token.children
    ):
        return True
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and to_infinitive(token) and token.head.lemma_ == "be":
        return False  # "it is not wrong to talk about X": anyone talking, no meeting
    return not subjects or any(
        s.tag_ in {"NNS", "NNPS"}
        or s.lower_ in PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in s.children)
        for s in subjects
    )


def _polity(token: Token) -> bool:
    return token.ent_type_ in POLITY_LABELS or lemma(token) in agents().polities


def _polity_idiom(pattern: Pattern, token: Token) -> bool:
    """ "stabbed in the back by his own party": with a state or party as doer or victim, a
    bodily act is a figure of betrayal; a person stabbed in the back is a stabbing."""
    idioms = [o for o in prep_objects(token, IN) if lemma(o) in pattern.idiom_pobj]
    # "in the back by his party": the parser may hang the "by" agent on the idiom's noun.
    hung = [o for i in idioms for p in i.children if p.lower_ == "by" for o in p.children]
    parties = (*doers(token), *object_of(token), *hung)
    return bool(idioms) and any(_polity(t) for t in parties)
