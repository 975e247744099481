"""Story grouping: articles about one developing story, by TF-IDF cosine over their text.

Vectors keep only each article's top terms, L2-normalised, so the store can keep
them in an inverted index (term -> article, weight) and compute cosines by summing
the products of shared terms: no scan over the other articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from sitroom.link.rules import Rules

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*[^\W_]")


def term_counts(text: str, rules: Rules) -> Counter[str]:
    """Lower-case content words of a text (stop words and short words dropped)."""
    counts: Counter[str] = Counter()
    for match in _TOKEN.finditer(text):
        word = match.group().lower().split("’")[0].split("'")[0]
        if len(word) >= rules.min_term_chars and word not in rules.stopwords:
            counts[word] += 1
    return counts


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency (a new term is as rare as can be)."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def vector(
    counts: Counter[str], df: Mapping[str, int], n_docs: int, *, top: int
) -> dict[str, float]:
    """The top terms by TF-IDF (sublinear tf), L2-normalised; ties broken by the term."""
    scored = {
        term: (1.0 + math.log(count)) * idf(df.get(term, 0), n_docs)
        for term, count in counts.items()
    }
    kept = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:top]
    norm = math.sqrt(sum(weight * weight for _, weight in kept)) or 1.0
    return {term: weight / norm for term, weight in kept}


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Cosine of two normalised sparse vectors."""
    if len(right) < len(left):
        left, right = right, left
    return sum(weight * right.get(term, 0.0) for term, weight in left.items())
