"""Where a mode reaches: the scope of a negation, directives (imperatives), noun
modifiers that share the modality of their noun's clause, standing situations over a
duration, and decisions taken (docs/codebook.md, Modality)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.clauses import CLAUSE_SUBJECTS, is_year, lemma, to_infinitive
from sitroom.extract.contractions import word
from sitroom.extract.lexicon import attribution, modality
from sitroom.extract.modality_pending import elided_if
from sitroom.extract.modality_polarity import ceased, focus_not, grounds_judge, quantified
from sitroom.extract.triggers import Match, is_purpose

# Words that may precede an imperative verb at the start of its clause ("Please forgive",
# "Do not attack", "“Kill them"): the verb still opens the clause.
QUOTE_OPENERS = frozenset({":", "\u201c", '"', "'", "\u2018"})
OPENERS = frozenset({"do", "not", "n't", "never", "just", "now", "then", "so", "and"})


def option_governor(token: Token) -> bool:
    """ "ruled out", "excluded": a verb (with its particle) that closes an option."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    phrase = " ".join([lemma(token), *particles[:1]])
    return phrase in modality().option_governors


def negated(match: Match, chain: list[Token]) -> str | None:
    lex = modality()
    for token in _negation_scope(chain)[:3]:
        for child in token.children:
            if child.dep_ in {"neg", "det", "advmod", "preconj"} and word(child) in lex.negation:
                if child.dep_ == "det" and token.i != match.token.i:
                    continue
                if token.i != match.token.i and option_governor(token):
                    continue  # "has not ruled out sending troops": an option kept open
                if _elided(child):
                    continue  # "if they did not(,) the US would ...": the condition's "not"
                if focus_not(child):
                    continue  # "not only shelled the town but also ...": asserted
                return f"negated: '{child.text}' governs '{token.text}'"
        if token.pos_ in {"VERB", "AUX"} and (stopped := ceased(token)):
            return stopped
    for position, token in enumerate(chain[1:], start=1):
        below = chain[position - 1]
        if below.dep_ == "conj" and below.head.i == token.i:
            continue  # "denied the charge but refused to resign": a conjunct shares no denial
        if lemma(token) in lex.negating_governors:
            return f"negated: '{token.text}' denies '{match.token.text}'"
        if option_governor(token) and not any(word(c) in lex.negation for c in token.children):
            return f"negated: '{token.text}' closes the option of '{match.token.text}'"
    return quantified(_negation_scope(chain))


def _negation_scope(chain: list[Token]) -> list[Token]:
    """The chain up to its first finite subordinate clause or contrastive conjunct ("not A
    but B"): a "not" of the governing clause
    does not negate it ("is not a wise plan in that we would have to free them",
    "did not know that they had attacked"), except under a verb or predicate that raises
    the negation ("do not think that they attacked", "it is not true that ...")."""
    for position, token in enumerate(chain[:-1]):
        governor = chain[position + 1]
        if contrasted(token, governor):
            return chain[: position + 1]  # "not A but B"
        if grounds_judge(token) is not None:
            return chain[: position + 1]  # "should not be in prison for providing aid"
        if token.dep_ not in {"ccomp", "advcl"} or token.head.i != governor.i:
            continue
        marked = any(c.dep_ == "mark" for c in token.children)
        finite = any(c.dep_ in CLAUSE_SUBJECTS for c in token.children) and not to_infinitive(token)
        finite = finite and not _bare_complement(token, governor)  # "not to help X fight"
        if (marked or finite) and not _raises_negation(governor):
            return chain[: position + 1]
    return chain


def _bare_complement(token: Token, governor: Token) -> bool:
    """ "help allied troops fight", "let them go": a bare infinitive, parsed as a clause."""
    own = any(c.dep_ in {"aux", "mark"} for c in token.children)
    return not own and lemma(governor) in modality().bare_complement_verbs


def _raises_negation(governor: Token) -> bool:
    words = modality().negation_raisers
    predicates = (c for c in governor.children if c.dep_ in {"acomp", "attr"})
    return lemma(governor) in words or any(lemma(p) in words for p in predicates)


def _elided(neg: Token) -> bool:
    """A "not" right after the auxiliary that heads an adverbial clause ("if they did
    not ...") negates that elided clause, whatever the parser attached it to."""
    if neg.i == 0:
        return False
    if elided_if(neg):
        return True  # "If not(,) they will be released": the elided condition's "not"
    before = neg.doc[neg.i - 1]
    if before.dep_ == "advcl" and before.head.i == neg.head.i and before.i < neg.head.i:
        return True
    # "if they did not the allies would ...": a "do" that is not the auxiliary of the
    # negated verb, or is followed by a second auxiliary of it, ends an elided clause.
    if before.lemma_.lower() != "do" or neg.head.i < neg.i:
        return False
    later_aux = any(c.dep_ == "aux" and c.i > neg.i for c in neg.head.children)
    return before.head.i != neg.head.i or later_aux


def unreported(chain: list[Token]) -> str | None:
    """ "did not say that the army attacked": what a source is said not to have reported
    is asserted by no one."""
    top = chain[-1]
    reporter = top.head
    if top.dep_ != "ccomp" or lemma(reporter) not in attribution().reporting_verbs:
        return None
    negation = modality().negation
    if any(c.dep_ == "neg" and word(c) in negation for c in reporter.children):
        return f"hypothetical: not reported ('{reporter.text}' negated)"
    return None


def imperative(chain: list[Token]) -> str | None:
    """ "Kill them.", "please forgive me", "Don't attack", "Let's meet": a directive
    asks for an act, it does not assert one. Only a base-form verb without a subject
    counts (headlines drop subjects but keep finite forms: "Troops kill 12")."""
    for token in chain:
        if _directive(token):
            return f"hypothetical: imperative '{token.text}', a directive"
        hortative = token.dep_ == "ccomp" and lemma(token.head) in modality().hortative_verbs
        if hortative and _bare(token.head, allow_subject=False):
            return f"hypothetical: '{token.head.text}' ... '{token.text}', a directive"
    return None


def _bare(verb: Token, *, allow_subject: bool) -> bool:
    """A base form without a modal, "to" or (unless allowed) a subject."""
    if verb.tag_ != "VB":
        return False
    for child in verb.children:
        if child.dep_ in CLAUSE_SUBJECTS and not allow_subject:
            return False
        if child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ == "to"):
            return False
    return True


def _directive(verb: Token) -> bool:
    if _vocative(verb):
        return True  # "Soldiers, kill them!": the addressee set off is no subject
    if not _bare(verb, allow_subject=False):
        return False
    cues = modality().directive_cues
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    cued = any(c.lower_ in cues for c in verb.children) or (previous and previous.lower_ in cues)
    if cued or verb.dep_ == "ROOT":
        return True  # "Kill them.", "tell them please forgive me"
    if verb.dep_ == "conj":
        return _directive(verb.head)  # "Arrest them and release the others"
    if verb.dep_ == "xcomp":  # "he said: release them", quoted after a colon
        return previous is not None and previous.text in QUOTE_OPENERS
    # A fronted or quoted clause that opens with the verb ("“Kill them,” he told his men").
    return verb.dep_ in {"ccomp", "advcl", "parataxis"} and _opens_clause(verb)


def _vocative(verb: Token) -> bool:
    if verb.dep_ != "ROOT" or not _bare(verb, allow_subject=True):
        return False
    subjects = [c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS]
    doc = verb.doc
    return bool(subjects) and all(
        s.i < verb.i and any(t.is_punct for t in doc[s.right_edge.i + 1 : verb.i]) for s in subjects
    )


def _opens_clause(verb: Token) -> bool:
    for token in verb.subtree:
        if token.i == verb.i:
            return True
        if not (token.is_punct or word(token) in OPENERS):
            return False
    return False


def predicate_host(match: Match) -> Token | None:
    """The copula whose predicate noun a participle modifies ("would have to be among
    those *sanctioned* by Washington"): the participle shares that clause's hypothetical
    or future mode. A participle on a subject or object ("the men arrested in the raid
    were released") describes an act already done and keeps its own."""
    verb = match.frame if match.frame.pos_ in {"VERB", "AUX"} else match.token
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBG"}:
        return None
    copulas = modality().predicate_verbs
    noun = verb.head
    for _ in range(3):
        if noun.dep_ == "attr" and lemma(noun.head) in copulas:
            return noun.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head  # "among those", "one of those"
        if lemma(noun) in copulas:
            return noun
    return None


def durative(match: Match, chain: list[Token]) -> str | None:
    """ "has for years been threatening the Kurds", "has accused them since 2015": a
    verbal act kept up over years is a standing situation, not one event (a material act
    over a duration, "has been shelling the town for months", is fighting)."""
    lex = modality()
    if match.event_type.lower() not in lex.durative_types:
        return None
    for token in chain[:2]:
        auxes = {word(c) for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if _stranded_perfect(token):
            auxes.add(word(token.head))  # "has for two years been supporting", misparsed
        if not auxes & {"has", "have", "had", "'s"} or token.tag_ not in {"VBN", "VBG", "VBD"}:
            continue
        if token.tag_ == "VBG" and match.event_type.lower() in lex.process_types:
            continue  # "had been negotiating since 2003": talks under way
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "since", "over"}:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _duration(obj, since=prep.lower_ == "since"):
                    span = " ".join(t.text for t in prep.subtree)
                    return f"hypothetical: standing '{span}', not one event"
    return None


def _stranded_perfect(verb: Token) -> bool:
    """A "has" the parser made the main verb of its own participle ("has for two years been
    supporting": "supporting" an adverbial clause of "has")."""
    head = verb.head
    if verb.dep_ not in {"advcl", "xcomp", "conj"} or head.i > verb.i or lemma(head) != "have":
        return False
    return not any(c.dep_ in {"dobj", "obj"} for c in head.children)


def _duration(obj: Token, *, since: bool) -> bool:
    lex = modality()
    if since:  # "since 2015", "since April 2011"
        return any(is_year(t) for t in obj.subtree)
    if lemma(obj) in lex.duration_nouns:
        return True  # "for years", "for the past two decades"
    # "for a long time", "for a long while"
    return any(c.dep_ == "amod" and c.lower_ in lex.standing_cues for c in obj.children)


def taken(noun: Token) -> bool:
    """ "his decision to withdraw", "the decision to revoke her citizenship", "made a
    decision to": a decision taken, its act is announced (future), not hypothetical; "any
    decision to withdraw" or "a decision to withdraw is expected" is not."""
    lex = modality()
    if lemma(noun) not in lex.decision_nouns:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    if det in lex.definite_determiners:
        return True
    taken_up = noun.dep_ in {"dobj", "obj"} and lemma(noun.head) in lex.taking_verbs
    return det in {"a", "an"} and taken_up


def contrasted(token: Token, governor: Token) -> bool:
    """ "is not proving their guilt but bringing them to trial": ``token`` is a conjunct of
    ``governor`` after a contrastive "but", outside its negation."""
    if token.dep_ != "conj" or token.head.i != governor.i:
        return False
    words = modality().contrastive_conjunctions
    return any(
        c.dep_ == "cc" and c.lower_ in words and governor.i < c.i < token.i
        for c in governor.children
    )


def requested(chain: list[Token]) -> str | None:
    """ "asked Britain to take back the fighters and put them on trial": the content of a
    request is asked for, not done (usually absorbed by the REQUEST trigger itself)."""
    words = modality().request_governors
    for position, token in enumerate(chain[1:], start=1):
        below = chain[position - 1]  # "called for the members to hand over": a "for" mark
        marked = below.dep_ == "advcl" and any(c.lower_ == "for" for c in below.children)
        if lemma(token) in words and (below.dep_ in {"xcomp", "ccomp"} or marked):
            return f"hypothetical: requested by '{token.text}', not done"
    return None


def habitual_clause(chain: list[Token]) -> str | None:
    """ "mounts assaults when western leaders gather to discuss Syria", "every time they
    meet": the simple present of a "when/whenever" clause under a present main clause, or
    on a plural or "every/each" time noun, is a habit; "when they met on Monday" is not."""
    lex = modality()
    for token in chain:
        if token.tag_ not in {"VBP", "VBZ"} or token.dep_ not in {"advcl", "relcl"}:
            continue
        if any(c.dep_ in {"aux", "auxpass"} for c in token.children):
            continue
        marked = any(
            c.dep_ in {"advmod", "mark"} and c.lower_ in lex.habitual_marks for c in token.children
        )
        head = token.head
        if token.dep_ == "relcl":
            every = any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in head.children)
            generic = lemma(head) in lex.habitual_time_nouns and (head.tag_ == "NNS" or every)
        else:
            auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
            generic = marked and head.tag_ in {"VBP", "VBZ"} and not auxes
        if generic:
            return f"hypothetical: habitual present '{token.text}' (a 'when' clause), not one event"
    return None


def task(chain: list[Token]) -> str | None:
    """The infinitive or gerund of a noun of capability, duty, difficulty or task ("has the
    power to revoke", "does not have the resources to detain them", "difficulties
    associated with repatriating", "the problem is bringing them to trial", "have a role in
    deconstructing"): no act, unless the capability is exercised ("used its power to seize")."""
    for position, token in enumerate(chain):
        below = chain[position - 1] if position else None
        noun = None
        if (
            token.pos_ in {"NOUN", "PROPN"}
            and below is not None
            and below.dep_ in {"prep", "acl", "relcl"}
            and chain[0].pos_ == "VERB"
        ):
            noun = token  # "a role in deconstructing" (not "the failure of the talks")
        elif token.dep_ == "acl" and token.tag_ == "VBN" and chain[0].pos_ == "VERB":
            noun = token.head  # "difficulties associated with repatriating"
        elif below is not None and (below.dep_ == "xcomp" or is_purpose(below)):
            noun = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
        if noun is not None and _task_noun(noun):
            return f"hypothetical: only a capability or task ('{noun.text}'), not an act"
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        gerund = token.tag_ == "VBG" and any(
            lemma(c) == "be" for c in token.children if c.dep_ == "aux"
        )
        copula = lemma(token) == "be" and below is not None and below.dep_ in {"xcomp", "ccomp"}
        infinitive = copula and below is not None and (to_infinitive(below) or below.tag_ == "VBG")
        if subject is not None and (gerund or infinitive) and _task_noun(subject, as_subject=True):
            return f"hypothetical: only a task ('{subject.text} is ...'), not an act"
    return None


def _task_noun(noun: Token, *, as_subject: bool = False) -> bool:
    lex = modality()
    base, word = lemma(noun), noun.lower_  # "means" is lemmatised "mean"
    if as_subject:
        return bool({base, word} & lex.task_nouns)
    if exercised(noun):
        return False
    if base in lex.had_task_nouns:
        return lemma(noun.head) == "have" and noun.head.tag_ in {"VB", "VBP", "VBZ"}
    return bool({base, word} & lex.task_nouns)


def exercised(noun: Token) -> bool:
    """ "used its power to seize", "played a role in brokering", "used tribesmen as auxiliaries
    to fight", "made their way to Oslo to attend": the act is done."""
    lex = modality()
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "used militias as proxies to"
        return lemma(noun.head.head) in lex.exercising_verbs
    travelled = lemma(noun) == "way" and any(c.dep_ == "poss" for c in noun.children)
    if travelled and lemma(noun.head) in lex.motion_idiom_verbs:
        return True  # "made their way to X to attend": a journey, not a means
    return noun.dep_ in {"dobj", "obj"} and lemma(noun.head) in lex.exercising_verbs
