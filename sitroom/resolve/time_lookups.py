"""Load and validate ``lookups/time.yml``: span rules and lexical time expressions.

The file is validated with pydantic at load; any problem raises ``ConfigError``
naming the file and the key. Regexes are compiled once here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sitroom import datafile

LOOKUP_FILE = Path(__file__).parent / "lookups" / "time.yml"
_LEXICAL_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def _check_regex(text: str) -> str:
    try:
        re.compile(text)
    except re.error as err:
        raise ValueError(f"bad regex {text!r}: {err}") from err
    return text


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexiconEntry(_Strict):
    id: str
    pattern: str
    value: str | None  # None: the normaliser computes it from the text
    not_followed_by: str | None = None
    only_after: str | None = None  # the text before must end with this

    @field_validator("pattern", "not_followed_by", "only_after")
    @classmethod
    def _regex(cls, text: str | None) -> str | None:
        return None if text is None else _check_regex(text)

    @field_validator("value")
    @classmethod
    def _value(cls, value: str | None) -> str | None:
        if value is not None and value not in _LEXICAL_VALUES:
            raise ValueError(f"value must be one of {sorted(_LEXICAL_VALUES)} or null")
        return value


class HolidayEntry(_Strict):
    """A holiday's calendar rule: a fixed date, the nth weekday of a month, or Easter-based."""

    id: str
    names: str
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=0, le=6)
    nth: int | None = Field(default=None, ge=-1, le=5)
    offset: int = 0
    easter: int | None = None

    @field_validator("names")
    @classmethod
    def _regex(cls, text: str) -> str:
        return _check_regex(text)

    @model_validator(mode="after")
    def _one_rule(self) -> HolidayEntry:
        fixed = self.month is not None and self.day is not None
        nth = self.month is not None and self.weekday is not None and self.nth not in (None, 0)
        rules = [fixed, nth, self.easter is not None]
        if sum(rules) != 1 or (self.easter is not None and self.month is not None):
            raise ValueError("give one of month+day, month+weekday+nth (not 0), or easter")
        return self


class TimeFile(_Strict):
    lexicon: list[LexiconEntry]
    holidays: list[HolidayEntry]
    strip_leading: list[str]
    strip_trailing: list[str]
    split_on: list[str]
    reject: list[str]
    part_of_day: str
    future_cues: str
    past_cues: str
    past_irregular: list[str]
    clause_boundary: str
    fronted_boundary: str
    past_perfect: str
    reported_speech: str
    conjunct_boundary: str
    subordinate_start: str
    insertion_start: str
    np_before: str
    np_prenominal: str
    np_frame: str
    np_adjectives: list[str]
    np_head_words: int
    np_not_head: list[str]
    since: str
    comparison: str

    @field_validator("reject")
    @classmethod
    def _regexes(cls, items: list[str]) -> list[str]:
        return [_check_regex(item) for item in items]

    @field_validator(
        "part_of_day",
        "future_cues",
        "past_cues",
        "clause_boundary",
        "fronted_boundary",
        "past_perfect",
        "reported_speech",
        "conjunct_boundary",
        "subordinate_start",
        "insertion_start",
        "np_before",
        "np_prenominal",
        "np_frame",
        "since",
        "comparison",
    )
    @classmethod
    def _one_regex(cls, text: str) -> str:
        return _check_regex(text)


@dataclass(frozen=True, slots=True)
class Lexical:
    """A compiled lexicon entry."""

    id: str
    pattern: re.Pattern[str]
    value: str | None
    not_followed_by: re.Pattern[str] | None
    only_after: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Holiday:
    """A compiled holiday rule (see ``time.yml``)."""

    id: str
    names: re.Pattern[str]  # full match on the cleaned, lower-cased name
    month: int | None
    day: int | None
    weekday: int | None
    nth: int | None
    offset: int
    easter: int | None


@dataclass(frozen=True, slots=True)
class TimeRules:
    """``time.yml`` compiled for use."""

    lexicon: tuple[Lexical, ...]
    holidays: tuple[Holiday, ...]
    strip_leading: re.Pattern[str]
    strip_trailing: re.Pattern[str]
    split_on: re.Pattern[str]
    reject: re.Pattern[str]
    part_of_day: str
    future_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    past_irregular: frozenset[str]
    clause_boundary: re.Pattern[str]
    fronted_boundary: re.Pattern[str]
    past_perfect: re.Pattern[str]
    reported_speech: re.Pattern[str]
    conjunct_boundary: re.Pattern[str]
    subordinate_start: re.Pattern[str]
    insertion_start: re.Pattern[str]
    np_before: re.Pattern[str]
    np_prenominal: re.Pattern[str]
    np_frame: re.Pattern[str]
    np_adjectives: frozenset[str]
    np_head_words: int
    np_not_head: frozenset[str]
    since: re.Pattern[str]
    comparison: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    # Longest first so that "as long as" wins over "as".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _compile(data: TimeFile) -> TimeRules:
    flags = re.IGNORECASE

    def optional(text: str | None) -> re.Pattern[str] | None:
        return None if text is None else re.compile(text, flags)

    lexicon = tuple(
        Lexical(
            entry.id,
            re.compile(rf"(?<![\w-])(?:{entry.pattern})(?![\w-])", flags),
            entry.value,
            optional(entry.not_followed_by),
            optional(entry.only_after),
        )
        for entry in data.lexicon
    )
    holidays = tuple(
        Holiday(
            entry.id,
            re.compile(entry.names, flags),
            entry.month,
            entry.day,
            entry.weekday,
            entry.nth,
            entry.offset,
            entry.easter,
        )
        for entry in data.holidays
    )
    # Holiday names become one lexicon entry, with "last"/"next" and a year kept in the span.
    names = "|".join(f"(?:{h.names})" for h in data.holidays)
    if names:
        pattern = rf"(?:(?:last|next|this(?: coming| past)?) )?(?:{names})(?:,? (?:of )?\d{{4}})?"
        lexicon += (
            Lexical(
                "holiday",
                re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags),
                None,
                None,
                None,
            ),
        )
    # A trailing word must stand alone ("thousand" does not end in "and"); marks need not.
    words = [item for item in data.strip_trailing if item[0].isalnum()]
    marks = [item for item in data.strip_trailing if not item[0].isalnum()]
    return TimeRules(
        lexicon=lexicon,
        holidays=holidays,
        # "at" goes but "at least" stays: TimeBank keeps the quantifier in the duration.
        strip_leading=re.compile(
            rf"^(?:{_alternation(data.strip_leading)})\s+(?!(?:least|most|the latest)\b)", flags
        ),
        strip_trailing=re.compile(
            rf"(?:\s+(?:{_alternation(words)})|\s*(?:{_alternation(marks)}))$", flags
        ),
        split_on=re.compile(rf"\s*(?<!\w)(?:{_alternation(data.split_on)})(?!\w)\s*", flags),
        reject=re.compile("|".join(f"(?:{item})" for item in data.reject), flags),
        part_of_day=data.part_of_day,
        future_cues=re.compile(data.future_cues, flags),
        past_cues=re.compile(data.past_cues, flags),
        past_irregular=frozenset(word.lower() for word in data.past_irregular),
        clause_boundary=re.compile(data.clause_boundary, flags),
        fronted_boundary=re.compile(data.fronted_boundary, flags),
        past_perfect=re.compile(data.past_perfect, flags),
        reported_speech=re.compile(data.reported_speech, flags),
        conjunct_boundary=re.compile(data.conjunct_boundary, flags),
        subordinate_start=re.compile(data.subordinate_start, flags),
        insertion_start=re.compile(data.insertion_start, flags),
        np_before=re.compile(data.np_before, flags),
        np_prenominal=re.compile(data.np_prenominal, flags),
        np_frame=re.compile(data.np_frame, flags),
        np_adjectives=frozenset(word.lower() for word in data.np_adjectives),
        np_head_words=data.np_head_words,
        np_not_head=frozenset(word.lower() for word in data.np_not_head),
        since=re.compile(data.since, flags),
        comparison=re.compile(data.comparison, flags),
    )


def load_rules(path: Path = LOOKUP_FILE) -> TimeRules:
    """Parse, validate and compile one time rules file."""
    return _compile(datafile.load(path, TimeFile, what="time rules"))


@functools.cache
def default_rules() -> TimeRules:
    """The packaged rules, loaded once per process."""
    return load_rules()
