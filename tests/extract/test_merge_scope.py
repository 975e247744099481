"""Scope of event coreference (docs/codebook.md, One event, several mentions).

An actorless mention joins only an event of its own or the next sentence (at no other
time) or a distant one naming the same target; two mentions merged within a sentence
pool their roles. Hand-written sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # far apart, other target
        "Kurdish militiamen arrested a teacher in the village. The harvest was poor that "
        "year. Officials met. Elsewhere the weather was mild. A nurse was detained in a "
        "distant town.",
        # two sentences later, other target
        "Soldiers arrested a teacher on Friday. Officials met. A nurse was detained at a "
        "checkpoint.",
        # next sentence, same target, other day
        "Soldiers arrested a teacher on Friday. A teacher was detained on Sunday.",
    ],
)
def test_actorless_mention_does_not_join_an_unrelated_event(code: Coder, text: str) -> None:
    triggers = sorted(e.trigger.text for e in of_type(code(text), "COERCE"))
    assert triggers == ["arrested", "detained"], triggers


@pytest.mark.parametrize(
    "text",
    [
        # next sentence, pronoun target
        "Soldiers arrested a teacher on Friday. He was detained at a checkpoint.",
        # far apart, the same target named again
        "Police arrested a teacher in the village. Officials met. Elsewhere the weather was "
        "mild. The teacher was later detained again.",
    ],
)
def test_actorless_restatement_of_the_same_target_still_merges(code: Coder, text: str) -> None:
    found = of_type(code(text), "COERCE")
    assert [e.trigger.text for e in found] == ["arrested"]


def test_merged_mention_takes_the_missing_recipient_of_its_sentence(code: Coder) -> None:
    found = of_type(code("The raid killed four guards after gunmen stormed the compound."),
                    "ASSAULT")  # fmt: skip
    assert len(found) == 1
    assert found[0].trigger.text == "stormed"  # provenance is the kept mention's
    assert [m.text for m in found[0].actors] == ["gunmen"]
    assert [m.text for m in found[0].recipients] == ["four guards"]


def test_unmerged_mentions_do_not_share_roles(code: Coder) -> None:
    text = "Gunmen killed two guards after militiamen attacked the compound."
    attacked = [e for e in of_type(code(text), "ASSAULT") if e.trigger.text == "attacked"]
    assert attacked and not attacked[0].recipients
