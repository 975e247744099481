"""A generated corpus of small news-like documents for the reliability tests."""

from __future__ import annotations

import json
from pathlib import Path

_ACTORS = ["Iraq", "Turkey", "Syria", "Iran", "Jordan", "Lebanon", "Egypt", "Israel"]
_SENTENCES = [
    "{a} condemned the attack on {b} on Monday.",
    "Police arrested twelve protesters in the capital of {a} on Sunday.",
    "The foreign ministers of {a} and {b} met in Geneva on Tuesday.",
    "{a} accused {b} of shelling border villages.",
    "Officials from {b} said they would send aid to refugees in {a}.",
    "Markets in {a} were calm and the weather was mild.",
]


def write_corpus(path: Path, n: int = 50, sentences: int = 8) -> Path:
    """``n`` JSONL documents of ``sentences`` sentences each, deterministic."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            parts = [
                _SENTENCES[(i + k) % len(_SENTENCES)].format(
                    a=_ACTORS[(i + k) % len(_ACTORS)], b=_ACTORS[(i + 3 * k + 1) % len(_ACTORS)]
                )
                for k in range(sentences)
            ]
            doc = {"id": f"gen-{i:03d}", "published": "2024-12-03", "text": " ".join(parts)}
            handle.write(json.dumps(doc) + "\n")
    return path
