"""One act recounted in another form (for ``merge``): a converse verb, a person's arrest.

News tells a transfer from both ends ("A is giving help to B" / "B has received
assistance from A's officials") and returns to a person's arrest first by a possessive noun
and later by a verb ("since his arrest last October" ... "was arrested by soldiers on 23
October"). Such mentions are one event when nothing they name contradicts it; a distant
mention set at other places, with no actor name in common, is another act
(docs/codebook.md, One event, several mentions).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from sitroom.extract import merge_parties as parties
from sitroom.extract import merge_times as times
from sitroom.extract import restate
from sitroom.extract.agents import TOPONYM_LABELS
from sitroom.extract.phrases import doc_text, mention_head
from sitroom.model import EventCandidate, Mention

# Verbs by which the receiver tells a transfer (pattern aid.receive and its kin).
RECEIVING = frozenset({"receive", "obtain", "get", "accept"})
TRANSFER_TYPES = frozenset({"AID", "SUPPORT"})
# A possessor that is one person: "his arrest", "her detention".
PERSONAL = frozenset({"his", "her"})
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "his"})
# Mentions this many sentences apart or more may be set in another episode.
DISTANT = 4


def placed_apart(doc: Doc | None, a: EventCandidate, b: EventCandidate) -> bool:
    """Distant mentions whose sentences name places, none in common, and whose actors share
    no name: "arrested on Monday in Varna when armed police raided a hotel" ... "on landing
    in Leeds he was arrested by British police" are two arrests."""
    if doc is None or abs(a.sentence_index - b.sentence_index) < DISTANT:
        return False
    where_a, where_b = _sentence_places(doc, a), _sentence_places(doc, b)
    if not where_a or not where_b or where_a & where_b:
        return False
    named_a = [p for p in _parties(a.actors) if p.names]
    named_b = [p for p in _parties(b.actors) if p.names]
    return not any(p.names & q.names for p in named_a for q in named_b)


def _sentence_places(doc: Doc, candidate: EventCandidate) -> frozenset[str]:
    """The content words of the place names inside the candidate's sentence, worked out once
    per sentence of the document (merge asks for every pair of candidates)."""
    bounds = (candidate.sentence.start, candidate.sentence.end)
    known: dict[tuple[int, int], frozenset[str]] = doc.user_data.setdefault(
        "sitroom.sentence_places", {}
    )
    words = known.get(bounds)
    if words is None:
        start, end = bounds
        words = known[bounds] = frozenset(
            word
            for ent_start, ent_end, ent_words in _place_entities(doc)
            if ent_start >= start and ent_end <= end
            for word in ent_words
        )
    return words


def _place_entities(doc: Doc) -> list[tuple[int, int, tuple[str, ...]]]:
    """The document's place entities as (start, end, content words), kept once: spaCy's
    ``Doc.ents`` builds a span for every entity on each access."""
    found: list[tuple[int, int, tuple[str, ...]]] | None = doc.user_data.get(
        "sitroom.place_entities"
    )
    if found is None:
        found = doc.user_data["sitroom.place_entities"] = [
            (
                ent.start_char,
                ent.end_char,
                tuple(word.lower_ for word in ent if word.is_alpha and not word.is_stop),
            )
            for ent in doc.ents
            if ent.label_ in TOPONYM_LABELS
        ]
    return found


def _parties(mentions: tuple[Mention, ...]) -> tuple[parties.Party, ...]:
    return parties.parties(mentions, frozenset())


def one_act(doc: Doc | None, a: EventCandidate, b: EventCandidate) -> bool:
    """The two mentions recount one act: a transfer from both ends, or one person's arrest."""
    if doc is None or a.event_type != b.event_type or _status(a) != _status(b):
        return False
    if times.dated_apart(a, b, doc) or placed_apart(doc, a, b):
        return False
    return _converse(doc, a, b) or _one_arrest(doc, a, b) or _one_arrest(doc, b, a)


def _status(candidate: EventCandidate) -> tuple[bool, bool, bool, bool]:
    flags = candidate.flags
    return flags.negated, flags.hypothetical, flags.historical, flags.future


def _receiving(doc: Doc, candidate: EventCandidate) -> bool:
    token = mention_head(doc, candidate.trigger)
    return token is not None and token.pos_ == "VERB" and token.lemma_.lower() in RECEIVING


def _converse(doc: Doc, a: EventCandidate, b: EventCandidate) -> bool:
    """Giving and receiving in one or adjacent sentences, at no differing times, each side
    naming one party or one of its phrases naming none ("consular officials" for Ostravia,
    "the country's most wanted man" for a named recruiter)."""
    if a.event_type not in TRANSFER_TYPES or abs(a.sentence_index - b.sentence_index) > 1:
        return False
    if _receiving(doc, a) == _receiving(doc, b) or times.times_differ(a, b):
        return False
    return _compatible(a.actors, b.actors) and _compatible(a.recipients, b.recipients)


def _compatible(first: tuple[Mention, ...], second: tuple[Mention, ...]) -> bool:
    one, other = _parties(first), _parties(second)
    if parties.share(one, other):
        return True
    return not all(p.names for p in one) or not all(p.names for p in other)


def _possessor(doc: Doc, candidate: EventCandidate) -> Token | None:
    """The possessor of an event noun ("*his* arrest", "*Kovac's* detention")."""
    token = mention_head(doc, candidate.trigger)
    if token is None or token.pos_ != "NOUN":
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _one_arrest(doc: Doc, noun: EventCandidate, other: EventCandidate) -> bool:
    """A person's possessed event noun and another mention of that act on that person: of
    one kind (a verb and its noun, or ``event_classes``), at least one of them dated, their
    times sharing a word ("last October" ... "on 23 October"), their named actors one party."""
    owner = _possessor(doc, noun)
    if owner is None or owner.lower_ not in PERSONAL:
        return False
    head_noun, head_other = mention_head(doc, noun.trigger), mention_head(doc, other.trigger)
    if head_noun is None or head_other is None:
        return False
    word, lemma = head_noun.lemma_.lower(), head_other.lemma_.lower()
    one_kind = restate.derived(word, lemma) or restate.kin(word, frozenset({lemma}))
    if not one_kind or word not in restate.coreference().event_classes["detention"]:
        return False
    dated_a, dated_b = times.points(noun.times), times.points(other.times)
    if not (dated_a or dated_b) or times.times_differ(noun, other):
        return False
    actors_a, actors_b = _parties(noun.actors), _parties(other.actors)
    if actors_a and actors_b and not parties.share(actors_a, actors_b):
        return False
    return _same_person(doc, noun, other)


def _same_person(doc: Doc, noun: EventCandidate, other: EventCandidate) -> bool:
    """The other mention's patient is that person: none named, a personal pronoun or
    possessor, or a name of the noun's sentence or the one before (where "his" points)."""
    owner = _possessor(doc, other)
    if owner is not None:
        return owner.lower_ in PERSONAL
    named = [m for m in other.recipients if m.text.lower() not in PERSON_PRONOUNS]
    if not named:
        return True
    start = _previous_start(doc, noun.sentence.start)
    text = doc_text(doc)[start : noun.sentence.end].lower()
    return all(word in text for word in times.words(tuple(named)))


def _previous_start(doc: Doc, start: int) -> int:
    """Where the last sentence ending at or before ``start`` begins (``start`` if none)."""
    starts, ends = _sentence_bounds(doc)
    before = bisect_right(ends, start)
    return starts[before - 1] if before else start


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end offsets of the document's sentences, kept once: spaCy's
    ``Doc.sents`` builds every sentence span on each access."""
    bounds: tuple[list[int], list[int]] | None = doc.user_data.get("sitroom.sentence_bounds")
    if bounds is None:
        sentences = list(doc.sents)
        bounds = doc.user_data["sitroom.sentence_bounds"] = (
            [s.start_char for s in sentences],
            [s.end_char for s in sentences],
        )
    return bounds
