"""Recall of stated commitments, rebuttals and institutional acts (reported speech and
nominal triggers): each pattern fires on an invented sentence, and a near miss of
another sense does not fire it.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder


def _patterns(code: Coder, text: str) -> dict[str, str]:
    return {c.pattern: c.event_type for c in code(text)}


@pytest.mark.parametrize(
    ("text", "event_type", "pattern"),
    [
        ("The Chilean government denied the allegations on Tuesday.", "REJECT",
         "reject.deny-charge"),
        ("The ministry denied that its inspectors had taken bribes.", "REJECT",
         "reject.deny-claim"),
        ("Ms Varga denied the tariff plan was being shelved.", "REJECT", "reject.deny-claim"),
        ("Ecuador reserves the right to respond to any aggression.", "THREATEN",
         "threaten.reserve-right"),
        ("The Malian junta said it would abide by the resolution.", "AGREE",
         "agree.abide-by"),
        ("Venezuela said it would respect the UN resolution.", "AGREE",
         "agree.respect-resolution"),
        ("The security council voted unanimously for a truce on Saturday.", "REQUEST",
         "request.vote-for-halt"),
        ("The Red Crescent handed out blankets to displaced families in Idlib.", "AID",
         "aid.distribute"),
        ("The World Food Programme distributed food to 20,000 people in Darfur.", "AID",
         "aid.distribute"),
        ("The siege of Homs by the Syrian army continues.", "ASSAULT", "assault.siege-nominal"),
        ("The French government expressed outrage at the bombing of the clinic.", "ACCUSE",
         "accuse.express-outrage"),
    ],
)  # fmt: skip
def test_statement_pattern_fires(code: Coder, text: str, event_type: str, pattern: str) -> None:
    assert _patterns(code, text).get(pattern) == event_type


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("The border guards denied the lorry drivers entry.", "reject.deny-charge"),
        ("The border guards denied the lorry drivers entry.", "reject.deny-claim"),
        ("The mayor denied the union a hearing.", "reject.deny-claim"),
        ("The hotel reserves a room for the delegation.", "threaten.reserve-right"),
        ("The club said it would abide by the referee's call.", "agree.abide-by"),
        ("Voters respect the mayor of Lyon.", "agree.respect-resolution"),
        ("Parliament voted for the budget on Monday.", "request.vote-for-halt"),
        ("The rebels handed over their weapons to the army.", "aid.distribute"),
        ("Thousands remain under siege in the old city.", "assault.siege-nominal"),
        ("The verdict caused outrage across the country.", "accuse.express-outrage"),
    ],
)
def test_statement_pattern_other_sense(code: Coder, text: str, pattern: str) -> None:
    assert pattern not in _patterns(code, text)


def test_denial_negated_and_commitment_future(code: Coder) -> None:
    denial = [c for c in code("Peru has not denied the accusations.")
              if c.pattern == "reject.deny-charge"]  # fmt: skip
    assert denial and denial[0].flags.negated
    promise = [c for c in code("Venezuela said it would respect the UN resolution.")
               if c.pattern == "agree.respect-resolution"]  # fmt: skip
    assert promise and promise[0].flags.future
