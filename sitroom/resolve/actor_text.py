"""Words of actor names and mentions, and longest-match lookup of phrases among them.

Names are matched as token sequences folded to lower case without diacritics or dots;
capitalised alias tokens only match capitalised text, so the pronoun "us" is not the US
and "a ban" is not Ban Ki-moon; an alias marked exact (a common word: "Labour",
"Democrats") matches only as spelt, so neither "labour" nor a shouted "LABOUR".
Hyphens separate words: "al-Qaeda" is "al Qaeda".
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

# How an alias must be written: ``True`` capitals as in the alias, ``"exact"`` letter for letter.
Case = bool | Literal["exact"]


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a mention: its text, folded form and offsets within the mention."""

    text: str
    folded: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """Folded token tuples -> values, with the case each alias token requires."""

    items: dict[tuple[str, ...], tuple[tuple[Any, tuple[str, ...]], ...]]
    starts: dict[str, int]  # first word -> length of the longest phrase it starts


_WORD = re.compile(r"[^\W_](?:\.[^\W_])+\.?|[^\W_]+(?:['’][^\W_]+)*|'s\b|’s\b|[,;()]")


def fold(text: str) -> str:
    """Lower case, no diacritics, no dots: ``Türkiye`` -> ``turkiye``, ``U.S.`` -> ``us``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.casefold().replace(".", "").replace("ı", "i")


def tokenize(text: str) -> list[Token]:
    """Words, possessive ``'s`` and a few punctuation marks; hyphens split words."""
    found: list[Token] = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if len(word) > 2 and word[-2:] in {"'s", "’s"}:  # "Iraq's" -> "Iraq" + "'s"
            found.append(Token(word[:-2], fold(word[:-2]), start, start + len(word) - 2))
            found.append(Token("'s", "'s", start + len(word) - 2, match.end()))
        else:
            found.append(Token(word, fold(word), start, match.end()))
    return found


def _plain(word: str) -> str:
    """No diacritics, dots or curly quotes, case kept: ``Féin`` -> ``Fein``."""
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'").replace(".", ""))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _case(word: str, keep: Case) -> str:
    if not keep:
        return ""
    if keep == "exact":
        return "=" + _plain(word)
    letters = word.replace(".", "")
    if len(letters) > 1 and letters.isupper():
        return "U"  # acronyms match acronyms only: "US" is not "us"
    return "C" if word[:1].isupper() else ""


def _case_ok(pattern: tuple[str, ...], tokens: list[Token]) -> bool:
    for need, token in zip(pattern, tokens, strict=True):
        word = token.text.replace(".", "")
        if need[:1] == "=" and _plain(token.text) != need[1:]:
            return False
        if (need == "U" and not word.isupper()) or (need == "C" and not word[:1].isupper()):
            return False
    return True


def build_index(
    pairs: list[tuple[str, Any]], *, cased: Case | Callable[[str, Any], Case] = True
) -> PhraseIndex:
    """Index phrases; ``cased`` says (per phrase and value) whether capitals must match."""
    items: dict[tuple[str, ...], list[tuple[Any, tuple[str, ...]]]] = defaultdict(list)
    for phrase, value in pairs:
        tokens = tokenize(phrase)
        key = tuple(token.folded for token in tokens)
        keep_case = cased(phrase, value) if callable(cased) else cased
        pattern = tuple(_case(t.text, keep_case) for t in tokens)
        if key and (value, pattern) not in items[key]:
            items[key].append((value, pattern))
    starts: dict[str, int] = {}
    for key in items:
        starts[key[0]] = max(starts.get(key[0], 0), len(key))
    return PhraseIndex({key: tuple(values) for key, values in items.items()}, starts)


def scan(index: PhraseIndex, tokens: list[Token]) -> list[tuple[int, int, tuple[Any, ...]]]:
    """Longest matches, left to right: ``(first token, end token, values)``."""
    found: list[tuple[int, int, tuple[Any, ...]]] = []
    folded = [token.folded for token in tokens]
    i = 0
    while i < len(tokens):
        longest = index.starts.get(folded[i], 0)  # most words a phrase starting here has
        for size in range(min(longest, len(tokens) - i), 0, -1):
            values = index.items.get(tuple(folded[i : i + size]))
            window = tokens[i : i + size]
            hits = tuple(v for v, pattern in values or () if _case_ok(pattern, window))
            if hits:
                found.append((i, i + size, hits))
                i += size
                break
        else:
            i += 1
    return found
