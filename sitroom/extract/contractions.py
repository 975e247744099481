"""Auxiliaries and negations as full words, however the text spells them: curly
apostrophes ("n’t", "’ll"), clitics ("'ll" -> "will", "'ve" -> "have") and the stems
that contracted negations leave ("wo(n't)" -> "will", "ca(n't)" -> "can", "sha(n't)" ->
"shall"). A "'d" is "had" before a past participle ("they'd gone", "they'd been hit") and
"would" otherwise ("they'd attack", "they'd have gone"). Modality cues are matched on
these words (docs/codebook.md, Modality)."""

from __future__ import annotations

from spacy.tokens import Token

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
CLITICS = {"'ll": "will", "n't": "not", "'ve": "have", "'re": "are", "'m": "am"}
# Only as modals: "wo" and "ca" are words of their own elsewhere.
MODAL_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}
PARTICIPLES = frozenset({"VBN", "VBD"})  # the parser tags "’d gone" either way


def word(token: Token) -> str:
    """The lower-case full word of an auxiliary or negation (other tokens: lower case)."""
    text = token.lower_.translate(APOSTROPHES)
    if text in CLITICS:
        return CLITICS[text]
    if text in MODAL_STEMS and token.tag_ == "MD":
        return MODAL_STEMS[text]
    if text == "'d":
        return "had" if _pluperfect(token) else "would"
    return text


def _pluperfect(clitic: Token) -> bool:
    """ "they'd gone", "they'd been hit": a participle with no base-form auxiliary ("have",
    "be") after the clitic."""
    verb = clitic.head
    if verb.i == clitic.i or verb.tag_ not in PARTICIPLES:
        return False
    between = (c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > clitic.i)
    return not any(c.tag_ == "VB" for c in between)


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``, with a modal between it and its subject that the parser
    did not attach to it (a curly "they’d storm" is read as punctuation of "they")."""
    found = [c for c in verb.children if c.dep_ == "aux"]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > verb.i:
        return found
    between = verb.doc[subject.i + 1 : verb.i]
    stray = [t for t in between if t.tag_ == "MD" and t.dep_ not in {"aux", "auxpass", "ROOT"}]
    return found + stray
