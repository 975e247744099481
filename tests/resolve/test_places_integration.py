"""End to end on the real index and model: NER -> recognition -> resolution -> location."""

from __future__ import annotations

import pytest

from sitroom.model import Article
from sitroom.nlp import annotate
from sitroom.resolve.places import dateline, places

TEXT = (
    "ANKARA (Reuters) - Türkiye said on Monday its jets struck targets near Aleppo, "
    "as Iraqi officials met in Baghdad. Storms later hit Springfield, Ill."
)


@pytest.mark.model
def test_places_real_index_and_model() -> None:
    article = Article(article_id="a", doc_id="d", source="test", text=TEXT)
    _, annotations = annotate(article)
    found = {place.text: place for place in places(TEXT, annotations)}
    assert found["Türkiye"].country == "TUR"
    assert found["Aleppo"].country == "SYR" and found["Aleppo"].resolution == 4
    assert found["Baghdad"].feature_code == "PPLC"
    assert found["Springfield"].admin1 == "Illinois"
    assert "Iraqi" not in found
    located = dateline(tuple(found.values()), text=TEXT)
    assert located is not None and located.name == "Ankara"
