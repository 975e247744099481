"""``process_partition``: raw documents in, analyses out; spaCy loaded once per process.

Order is preserved: one output per input document (a split dump gives several),
and a bad record comes out as a ``Skip`` in its place, so callers can report it
and go on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from sitroom import clean, extract, nlp, resolve, settings
from sitroom.model import Analysis, Annotations, Article, RawDocument, Skip, SkipReason

log = logging.getLogger(__name__)

Outcome = Analysis | Skip


def extractor_version() -> str:
    """Coder and model versions, stored with every event."""
    return f"{extract.EXTRACTOR}+{nlp.model_version()}"


def _analysis(article: Article, doc: Doc, annotations: Annotations, extractor: str) -> Analysis:
    places = resolve.places(article.text, annotations)
    times = resolve.times(article.text, annotations, published=article.published)
    candidates = extract.events(doc, annotations)
    events = resolve.events(
        candidates,
        article=article,
        annotations=annotations,
        places=places,
        times=times,
        extractor=extractor,
    )
    return Analysis(
        article=article,
        sentences=annotations.sentences,
        entities=annotations.entities,
        places=places,
        times=times,
        events=events,
        words=annotations.words,
    )


def _failed(article: Article, err: Exception) -> Skip:
    log.debug("analysis of %s failed", article.doc_id, exc_info=err)
    return Skip(SkipReason.FAILED, f"{type(err).__name__}: {err}", article.source, article.doc_id)


def _analyse_batch(
    articles: Sequence[Article], pipeline: Language, extractor: str
) -> list[Outcome]:
    """Analyse a batch with ``nlp.pipe``; on a failure, retry one by one to isolate it."""
    try:
        parsed = list(nlp.annotate_many(articles, nlp=pipeline, batch_size=len(articles) or 1))
        return [_analysis(article, doc, ann, extractor) for article, doc, ann in parsed]
    except Exception:  # any stage bug: isolate the bad document below, then report it
        outcomes: list[Outcome] = []
        for article in articles:
            try:
                doc, ann = nlp.annotate(article, nlp=pipeline)
                outcomes.append(_analysis(article, doc, ann, extractor))
            except Exception as err:  # one bad document must not stop the run
                outcomes.append(_failed(article, err))
        return outcomes


def _cleaned(raws: Iterable[RawDocument | Skip]) -> Iterator[Article | Skip]:
    # spaCy refuses longer texts by default (its memory grows with length).
    max_chars = int(settings.get("max_chars"))
    for raw in raws:
        if isinstance(raw, Skip):
            yield raw
            continue
        try:
            result = clean.clean(raw)
        except Exception as err:  # a cleaner bug is reported per record, not fatal
            yield Skip(
                SkipReason.FAILED, f"clean: {type(err).__name__}: {err}", raw.source, raw.doc_id
            )
            continue
        if isinstance(result, Skip):
            yield result
            continue
        for article in result:
            if len(article.text) > max_chars:
                yield Skip(
                    SkipReason.TOO_LARGE,
                    f"cleaned text has {len(article.text):,} characters (limit {max_chars:,})",
                    article.source,
                    article.doc_id,
                )
            else:
                yield article


def process_partition(
    raws: Iterable[RawDocument | Skip], *, batch_size: int = 32
) -> Iterator[Outcome]:
    """Clean, parse, code and resolve a stream of documents, in input order."""
    pipeline = nlp.load()
    extractor = extractor_version()
    items = _cleaned(raws)
    while chunk := list(islice(items, batch_size)):
        articles = [item for item in chunk if isinstance(item, Article)]
        analysed = iter(_analyse_batch(articles, pipeline, extractor))
        for item in chunk:
            yield item if isinstance(item, Skip) else next(analysed)


def analyze_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    doc_id: str = "text",
    url: str | None = None,
    outlet: str | None = None,
) -> Analysis:
    """Analyse one text: the Python API behind ``sitroom.analyze``."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    raw = RawDocument(
        doc_id=doc_id, source="<api>", text=text, title=title, published=published,
        url=url, outlet=outlet,
    )  # fmt: skip
    outcomes = list(process_partition([raw]))
    first = outcomes[0]
    if isinstance(first, Skip):
        raise ValueError(first.message())
    return first
