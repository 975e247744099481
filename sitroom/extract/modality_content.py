"""Content that is not an act: of a plan, strategy, option, expectation or wish; the
quoted wording of a slogan or headline; the grounds of a judgement; unconfirmed and requested
clauses; conditions (also of several words) and conditional obligations; reduced purposes;
and nominal events that keep their own status inside a modal clause (docs/codebook.md,
Modality)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.adjuncts import voiced
from sitroom.extract.clauses import OBJECTS, is_year, lemma, to_infinitive
from sitroom.extract.contractions import word
from sitroom.extract.lexicon import genericity, modality
from sitroom.extract.modality_polarity import grounds_judge
from sitroom.extract.triggers import Match, is_purpose


def _intention(noun: Token | None) -> bool:
    return noun is not None and {lemma(noun), noun.lower_} & modality().intention_nouns != set()


def _content_subject(noun: Token) -> bool:
    """ "the plan (is to ...)", "the assumption (is that ...)", "all he wanted (was to ...)":
    a subject whose predicate is the content of an intention, expectation or wish."""
    lex = modality()
    if _intention(noun) or lemma(noun) in lex.expectation_nouns:
        return True
    wishes = lex.desire_governors | lex.future_governors
    if noun.dep_ == "csubj":  # "what they want is to ..."
        return lemma(noun) in wishes
    return any(c.dep_ == "relcl" and lemma(c) in wishes for c in noun.children)


def intended(chain: list[Token]) -> str | None:
    """ "the strategy is to expel them", "the plan was to storm the airport and seize the
    ministers", "the slogan is that it is there only to fight", "organised a plot to
    shoot", "left options untried: cutting aid ..., or supporting ...", "calls for
    talks, disarming the army and attacking the bases": the content of an intention,
    plan, option or proposal is not done; every conjunct shares it. An intention
    carried out ("carried out a plan to seize") is the act."""
    lex = modality()
    for position, token in enumerate(chain[1:], start=1):
        below = chain[position - 1]
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subject is not None and lemma(token) == "be" and _content_subject(subject):
            infinitive = to_infinitive(below) or below.tag_ == "VBG"
            that = below.dep_ == "ccomp" and any(c.dep_ == "mark" for c in below.children)
            if (infinitive and below.dep_ in {"xcomp", "advcl", "attr"}) or that:
                return f"hypothetical: content of '{subject.text}' ('{token.text}'), not an act"
        objects = [c for c in token.children if c.dep_ in OBJECTS]
        planned = next((o for o in objects if _intention(o) and o.i < below.i), None)
        content = below.dep_ == "xcomp" or is_purpose(below)
        if planned is not None and lemma(token) not in lex.exercising_verbs and content:
            return f"hypothetical: content of '{planned.text}', not an act"
    for link in chain:
        item, token = link, link.head
        while _listed(item, token) and token.tag_ == "VBG" and token.dep_ in {"advcl", "conj"}:
            item, token = token, token.head  # "options: cutting aid; dropping X; or backing Y"
        proposed = lemma(token) in lex.request_governors | lex.proposal_verbs
        plan = any(c.dep_ in OBJECTS and _intention(c) for c in token.children)
        if (proposed or plan) and _listed(item, token):
            return f"hypothetical: proposed or planned ('{token.text}'), not done"
    return None


def _listed(gerund: Token, governor: Token) -> bool:
    """A subjectless gerund set after its governor's object as one item of a list ("calls
    for talks, disarming the army and attacking the bases"; "options: cutting aid; or
    ..."), not a participle of an act done alongside ("opened fire, killing two")."""
    if gerund.tag_ != "VBG" or gerund.dep_ not in {"advcl", "appos"} or gerund.i < governor.i:
        return False
    if any(c.dep_ in {"nsubj", "mark", "aux"} for c in gerund.children):
        return False
    doc = gerund.doc
    colon = any(t.text in {":", ";"} for t in doc[governor.i : gerund.i])
    return colon or any(c.dep_ == "conj" for c in gerund.children)


def conditional_obligation(chain: list[Token]) -> str | None:
    """ "if he is to win the war, the north is where he must attack": an obligation under
    the condition of a governing clause is no act (a condition on the verb itself is left
    to the type rules in ``conversion``)."""
    lex = modality()
    for token in chain:
        if not any(c.dep_ == "aux" and word(c) in lex.obligation_modals for c in token.children):
            continue
        for clause in token.ancestors:  # "if ... must attack" itself: conversion.py
            for child in clause.children:
                marks = (m for m in child.children if m.dep_ == "mark")
                if child.dep_ == "advcl" and any(m.lower_ in lex.conditional_marks for m in marks):
                    return f"hypothetical: obligation '{token.text}' under a condition"
    return None


def own_chain(match: Match) -> list[Token] | None:
    """A nominal event with its own possessor or date ("Saddam's invasion", "last year's
    assault", "the 1980 invasion") keeps its own status: the modal or infinitive of the
    clause it is an argument of ("could match", "the fight to repel") does not reach it.
    The chain is then the noun and the nouns it is a complement of ("fears of Russia's
    invasion") or a denial of it. So does a speech act whose speaker is named ("denied
    accusations made by X"). A planned or threatened one ("Russia's planned
    invasion") is not owned."""
    noun, lex = match.token, modality()
    practice = _owned_practice(match)  # "the cabinet's policy of revoking ..."
    if practice is not None:
        own = [match.token, match.frame, match.frame.head, practice]
        chain, token = list(dict.fromkeys(own)), practice
    else:
        if noun.pos_ != "NOUN" or match.frame.i != noun.i:
            return None
        if any(c.dep_ == "amod" and lemma(c) in lex.unrealised_modifiers for c in noun.children):
            return None
        owned = voiced(noun) or _owned(noun) or _exemplified(noun)
        if not owned:
            return None
        chain, token = [noun], noun
    for _ in range(4):
        if token.dep_ not in {"pobj", "prep", "conj"} or token.head.i == token.i:
            break
        token = token.head
        if lemma(token) in lex.negating_governors:
            chain.append(token)  # "denied its attack": the denial still reaches it
        if token.pos_ not in {"NOUN", "PROPN", "ADP"}:
            break
        chain.append(token)
    return chain


def _owned(noun: Token) -> bool:
    """ "Saddam's invasion", "last year's assault", "the 1980 invasion" (and "considering a
    request from X", ``voiced``): a nominal event with its own possessor or year."""
    return any(
        c.dep_ == "poss" or (c.dep_ in {"nummod", "compound"} and is_year(c)) for c in noun.children
    )


def _exemplified(noun: Token) -> bool:
    """ "would not accept raids like last Monday's shelling": a general noun whose
    example is an owned, dated event refers to that real event, not to a future one."""
    for prep in noun.children:
        such = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        such = such or (prep.lower_ == "as" and noun.doc[prep.i - 1].lower_ == "such")
        example = prep.dep_ == "prep" and (such or prep.lower_ == "like")
        if example and any(o.dep_ == "pobj" and _owned(o) for o in prep.children):
            return True
    return False


def _owned_practice(match: Match) -> Token | None:
    """ "(would weaken) the cabinet's policy of revoking their passports": the
    "of"-gerund of a party's own policy or campaign (`practice_nouns`) is what that party
    does; a modal or negation of the clause around the noun does not reach it. Not talk
    ("Assad's rhetoric of destroying them"), plans, hopes or habits (their own rules)."""
    verb = match.frame
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return None
    noun = verb.head.head
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in noun.children):
        return None
    return noun if lemma(noun) in modality().practice_nouns else None


def realised_decision(noun: Token, latest_year: int | None, gap: int) -> str | None:
    """ "Bush's 2003 decision to invade": a decision dated well before the document's
    present was carried out; its act is history, not a future one."""
    if latest_year is None:
        return None
    content = {t.i for c in noun.children if c.dep_ in {"acl", "relcl"} for t in c.subtree}
    for token in noun.subtree:
        old = is_year(token) and int(token.text) <= latest_year - gap
        if token.i not in content and old:
            return f"historical: decision '{noun.text}' dated {token.text}, carried out"
    return None


def displayed(match: Match) -> str | None:
    """ "carried placards reading “stop X arming Y”", "the headline “Rebels seize the
    capital”", "chanted “...”": the quoted wording of a sign, slogan, chant or headline is
    not the text's assertion. Found by the word before the opening quote, which the parser
    often leaves unattached to the quote."""
    opening = None
    for token in match.token.sent:
        if token.i >= match.token.i:
            break
        if token.tag_ == "``":
            opening = token
        elif token.tag_ == "''":
            opening = None
    if opening is None:
        return None
    cue = opening.doc[opening.i - 1] if opening.i > opening.sent.start else None
    if cue is not None and cue.text in {":", ","} and cue.i > cue.sent.start:
        cue = cue.doc[cue.i - 1]  # "a banner: “...”"
    if cue is None:
        return None
    lex = modality()
    worded = lemma(cue) in lex.display_verbs and cue.dep_ in {"acl", "relcl"}
    noun = cue.head if worded and lemma(cue.head) in lex.display_nouns else None
    if noun is None and (lemma(cue) in lex.display_nouns or lemma(cue) in lex.slogan_verbs):
        noun = cue
    if noun is None:
        return None
    return f"hypothetical: quoted wording of '{noun.text}', not asserted by the text"


def grounds(chain: list[Token]) -> str | None:
    """ "punished for going abroad to fight", "sacked for meeting the rebels": the "for"-gerund
    of a verb of judgement is its grounds, not an event this sentence reports (when the
    judgement is itself a trigger, the trigger absorbs it: ``triggers``)."""
    for token in chain:
        judge = grounds_judge(token)
        if judge is not None:
            return f"hypothetical: grounds of '{judge.text}' ('for {token.text}'), not reported"
    return None


def unconfirmed(match: Match) -> str | None:
    """ "no sign the junta was ready to free them", "no confirmation that the envoy was
    released", "unverified reports that ...": the clause of a noun of evidence
    that is denied or unconfirmed asserts nothing."""
    lex = modality()
    below = match.frame
    for noun in below.ancestors:
        clause = below.dep_ in {"acl", "ccomp"} and any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in below.children
        )
        if clause and noun.pos_ == "NOUN" and lemma(noun) in lex.evidence_nouns:
            cue = next((c for c in noun.children if c.lower_ in lex.unconfirming_modifiers), None)
            if cue is not None and cue.dep_ in {"det", "amod", "neg"}:
                return f"hypothetical: '{cue.text} {noun.text}' that it happened, not asserted"
        below = noun
    return None


def imagined(match: Match, chain: list[Token]) -> str | None:
    """ "I imagined soldiers storming the house", "dreamt that militias attacked", "pictured
    jets bombing it": an imagined, dreamt or feared scene is not asserted. The parser hangs
    the scene's gerund on the governor's object or coordinates it with the governor."""
    for token in chain:
        head = token.head
        if token.dep_ == "acl" and token.tag_ == "VBG" and head.dep_ == "dobj":
            head = head.head  # "imagined soldiers storming"
        elif token.dep_ == "conj" and token.tag_ == "VBG" and not _auxiliary(token):
            pass  # "imagined going to a camp, and jets bombing it"
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and _object_before(token):
            pass  # "pictured the army shelling the village"
        elif token.i != match.token.i:
            head = token  # a governor in the chain ("dreamt that they attacked")
        else:
            continue
        if _scene(head):
            return f"hypothetical: imagined ('{head.text}'), not asserted"
    return None


def _object_before(gerund: Token) -> bool:
    return any(c.dep_ == "dobj" and c.i < gerund.i for c in gerund.head.children)


def _auxiliary(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _scene(verb: Token) -> bool:
    """A verb of imagination with someone imagining ("the photo pictured X" depicts)."""
    if verb.pos_ != "VERB" or lemma(verb) not in modality().scene_governors:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(lemma(s) in genericity().depiction_nouns for s in subjects)


def conditional_phrase(token: Token) -> str | None:
    """ "in case the militias target civilians", "provided that the truce holds": an adverbial
    clause opened by a condition of several words is hypothetical like an "if" clause."""
    if token.dep_ != "advcl":
        return None
    doc, start = token.doc, token.left_edge.i
    opening = " ".join(t.lower_ for t in doc[start : token.i])  # "in case" inside the clause
    before = " ".join(t.lower_ for t in doc[max(start - 4, token.sent.start) : start])
    for phrase in modality().conditional_phrases:  # or left on the main verb, before it
        if opening.startswith(phrase + " ") or before == phrase or before.endswith(" " + phrase):
            return f"hypothetical: condition '{phrase}' on '{token.text}'"
    return None


def called_for(chain: list[Token]) -> str | None:
    """ "calls are growing for the envoy to be expelled", "demands for them to be
    freed": the "for"-clause of a request noun (or of a verb whose subject it is) is asked
    for, not done."""
    lex = modality()
    for token in chain[:3]:
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
        if not marked or token.dep_ not in {"advcl", "acl"}:
            continue
        head = token.head
        nouns = [head] + [c for c in head.children if c.dep_ == "nsubj"]
        noun = next((n for n in nouns if n.pos_ == "NOUN" and lemma(n) in lex.request_nouns), None)
        if noun is not None:
            return f"hypothetical: requested ('{noun.text} for'), not done"
    return None


def conditioned(match: Match) -> str | None:
    """The "if/unless" clause or the "in case ..." clause the event is inside, if any."""
    marks = modality().conditional_marks
    for ancestor in (match.frame, *match.frame.ancestors):
        if ancestor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in ancestor.children
        ):
            return f"hypothetical: inside the condition '{ancestor.text} ...'"
        condition = conditional_phrase(ancestor)  # "in case they attack"
        if condition:
            return condition
    return None


def reduced_purpose(token: Token) -> bool:
    """Is ``token`` the to-infinitive purpose of a past participle with a subject that
    governs a later finite verb of its own without a subject or conjunction ("herders
    armed to fight the jihadists now refuse to disarm")? The participle is then a reduced
    relative on the subject, misparsed as its main verb. ("Farmers armed themselves to
    fight the rebels" has no such verb: an ordinary purpose of a reported act.)"""
    head = token.head
    if token.dep_ not in {"xcomp", "advcl"} or not to_infinitive(token) or head.i == token.i:
        return False
    if head.tag_ not in {"VBD", "VBN"} or head.i > token.i:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i for c in head.children):
        return False
    end = max(t.i for t in token.subtree)
    between = head.doc[end + 1 :]
    for verb in head.children:
        finite = verb.tag_ in {"VBP", "VBZ", "VBD"} or any(c.dep_ == "aux" for c in verb.children)
        if verb.i <= end or not finite or verb.dep_ not in {"dep", "conj", "parataxis"}:
            continue
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        joined = any(t.dep_ == "cc" or t.lower_ == ";" for t in between[: verb.i - end - 1])
        if not own_subject and not joined:
            return True
    return False


def delivered(noun: Token) -> bool:
    """ "released a statement to express its indignation", "a letter was sent to protest": the
    infinitive of a speech act told as delivered (a past, unnegated, unmodalised delivering
    verb) is what the statement did, not an unrealised aim ("will issue a statement to ..."
    and "plans to hold a press conference to ..." keep theirs)."""
    lex = modality()
    if lemma(noun) not in lex.speech_nouns or noun.dep_ not in {*OBJECTS, "nsubjpass"}:
        return False
    verb = noun.head
    if lemma(verb) not in lex.delivering_verbs:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}]
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in auxes):
        return False
    perfect = any(word(c) in {"has", "have", "had", "was", "were"} for c in auxes)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)
