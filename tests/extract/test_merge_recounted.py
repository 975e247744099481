"""One act recounted in another form: a transfer told from both ends, a person's arrest told
by a possessed noun and a verb, and a distant arrest set elsewhere that is another act
(docs/codebook.md, One event, several mentions)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model

DORIN = (
    "Pavel Dorin has spent months in a Kessian jail since his arrest last March, his lawyer "
    "said. He has not seen his family. The ministry declined to comment. He was detained by "
    "border guards on {day} as he crossed from Valdor."
)


def test_giving_and_receiving_one_help_is_one_aid(code: Coder) -> None:
    text = (
        "Ostravia is giving medical aid to the jailed activist Lena Marek, a minister said. "
        "The country's best-known prisoner has received assistance from consular staff, the "
        "minister confirmed."
    )
    assert len(of_type(code(text), "AID")) == 1


def test_a_transfer_between_other_named_parties_stays_two(code: Coder) -> None:
    text = (
        "Ostravia is giving aid to Lena Marek, a minister said. "
        "Valdor has received weapons from Kessia."
    )
    assert len(of_type(code(text), "AID")) == 2


def test_his_arrest_and_the_dated_detention_of_that_month_are_one(code: Coder) -> None:
    assert len(of_type(code(DORIN.format(day="14 March")), "COERCE")) == 1


def test_his_arrest_and_a_detention_in_another_month_stay_two(code: Coder) -> None:
    assert len(of_type(code(DORIN.format(day="14 June")), "COERCE")) == 2


def test_a_distant_arrest_elsewhere_by_other_police_is_another_arrest(code: Coder) -> None:
    text = (
        "Ivo Rask was arrested by armed police in Varna on 3 May. His sister said he was "
        "innocent. She has written to the embassy. He had spent a year in the army. In 2015 he "
        "flew home to England. On landing at Leeds airport, he was arrested by British police."
    )
    assert len(of_type(code(text), "COERCE")) == 2


def test_a_distant_arrest_by_the_same_named_police_may_restate_it(code: Coder) -> None:
    text = (
        "Ivo Rask was arrested by Bulgarian police in Varna on 3 May. His sister said he was "
        "innocent. She has written to the embassy. He had spent a year in the army. Friends "
        "were told of the news. In Sofia, he was arrested by Bulgarian police, his lawyer said."
    )
    assert len(of_type(code(text), "COERCE")) == 1
