"""Spark schemas of the Parquet output: the ``analyze`` contract (``sitroom.contract``), typed.

``articles`` holds ``analysis_json`` without its ``events``; ``events`` holds
``event_json(explain=True)`` plus ``article_id`` and ``doc_id`` to join on;
``issues`` holds ``skip_json`` without its empty ``events``. A test pins these
names against the contract, so a field added there fails until added here.
"""

from __future__ import annotations

from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

_STR, _INT, _FLOAT, _BOOL = StringType(), IntegerType(), DoubleType(), BooleanType()


def _struct(*fields: tuple[str, DataType]) -> StructType:
    return StructType([StructField(name, kind, nullable=True) for name, kind in fields])


def _span(*extra: tuple[str, DataType]) -> StructType:
    return _struct(("text", _STR), ("start", _INT), ("end", _INT), *extra)


PLACE = _span(
    ("name", _STR), ("country", _STR), ("lat", _FLOAT), ("lon", _FLOAT),
    ("geonameid", LongType()), ("feature_code", _STR), ("resolution", _INT),
    ("estimated", _BOOL),
)  # fmt: skip
ACTOR = _struct(
    ("text", _STR), ("name", _STR), ("country", _STR), ("sector", _STR), ("id", _STR),
    ("start", _INT), ("end", _INT), ("antecedent", _STR),
)  # fmt: skip

ARTICLES = _struct(
    ("doc_id", _STR), ("article_id", _STR), ("title", _STR), ("url", _STR), ("outlet", _STR),
    ("published", _STR), ("published_from", _STR), ("text", _STR),
    ("captions", ArrayType(_struct(("start", _INT), ("end", _INT), ("credit", _STR)))),
    ("n_sentences", _INT), ("n_words", _INT),
    ("entities", ArrayType(_span(("label", _STR)))),
    ("places", ArrayType(PLACE)),
    ("times", ArrayType(_span(("value", _STR)))),
)  # fmt: skip

EVENTS = _struct(
    ("article_id", _STR), ("doc_id", _STR),
    ("event_id", _STR), ("event_type", _STR), ("mode", _STR), ("context", ArrayType(_STR)),
    ("actor", ArrayType(ACTOR)), ("recipient", ArrayType(ACTOR)), ("location", PLACE),
    ("date", _STR), ("date_precision", _STR), ("date_source", _STR),
    ("negated", _BOOL), ("hypothetical", _BOOL), ("future", _BOOL), ("historical", _BOOL),
    ("attributed_to", _STR),
    ("evidence", _struct(("sentence", _STR), ("start", _INT), ("end", _INT))),
    ("confidence", _FLOAT), ("codebook", _STR), ("cameo", _STR), ("quad", _INT),
    ("intensity", _FLOAT), ("trigger", _span()), ("pattern", _STR), ("sentence_index", _INT),
    ("extractor", _STR), ("why", ArrayType(_STR)),
)  # fmt: skip

ISSUES = _struct(("doc_id", _STR), ("source", _STR), ("error", _STR))

SCHEMAS: dict[str, StructType] = {"articles": ARTICLES, "events": EVENTS, "issues": ISSUES}
