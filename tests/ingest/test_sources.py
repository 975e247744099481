"""ingest.read: paths, folders and stdin to RawDocument | Skip, bad input as values."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from sitroom.errors import SourceError
from sitroom.ingest import read
from sitroom.model import RawDocument, Skip, SkipReason

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"


def _one(path: Path, **options: int) -> RawDocument | Skip:
    items = list(read([str(path)], **options))
    assert len(items) == 1, items
    return items[0]


def _skip(path: Path, reason: SkipReason, **options: int) -> Skip:
    item = _one(path, **options)
    assert isinstance(item, Skip), item
    assert item.reason is reason, item
    message = item.message()
    assert "\n" not in message
    assert str(path) in message and reason.value in message
    return item


def test_read_txt_is_one_document_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Line one.\r\nLine two é.\n".encode())
    item = _one(path)
    assert isinstance(item, RawDocument)
    assert item.doc_id == "note.txt"
    assert item.source == str(path)
    assert item.text == "Line one.\r\nLine two é.\n"  # unchanged, newlines included
    assert item.html is None


def test_read_html_file_keeps_the_markup(tmp_path: Path) -> None:
    item = _one(FIXTURES / "page.html")
    assert isinstance(item, RawDocument)
    assert item.doc_id == "page.html"
    assert item.html is not None and "<article>" in item.html
    assert item.text is None


def test_read_html_falls_back_to_declared_charset_then_cp1252(tmp_path: Path) -> None:
    declared = tmp_path / "latin.htm"
    declared.write_bytes(b'<html><head><meta charset="iso-8859-1"></head><p>caf\xe9</p></html>')
    undeclared = tmp_path / "legacy.html"
    undeclared.write_bytes(b"<html><p>\x93quoted\x94</p></html>")
    first, second = read([str(declared), str(undeclared)])
    assert isinstance(first, RawDocument) and first.html is not None and "café" in first.html
    assert isinstance(second, RawDocument) and second.html is not None
    assert "“quoted”" in second.html


def test_read_html_declaring_utf8_but_not_utf8_is_an_encoding_skip(tmp_path: Path) -> None:
    path = tmp_path / "liar.html"
    path.write_bytes(b'<html><head><meta charset="utf-8"></head><p>caf\xe9</p></html>')
    _skip(path, SkipReason.ENCODING)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", SkipReason.EMPTY),
        ("blank.txt", b"  \n\t\n", SkipReason.EMPTY),
        ("empty.jsonl", b"", SkipReason.EMPTY),
        ("blank.jsonl", b"\n\n", SkipReason.EMPTY),
        ("binary.txt", b"GIF89a\x00\x01\x02text", SkipReason.BINARY),
        ("binary.html", b"<html>\x00</html>", SkipReason.BINARY),
        ("binary.jsonl", b'{"id": "a"}\x00\x00', SkipReason.BINARY),
        ("latin1.txt", b"caf\xe9 au lait", SkipReason.ENCODING),
        ("image.png", b"\x89PNG", SkipReason.UNSUPPORTED),
        ("README", b"no suffix", SkipReason.UNSUPPORTED),
    ],
)
def test_read_bad_file_is_a_skip(
    tmp_path: Path, name: str, data: bytes, reason: SkipReason
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _skip(path, reason)


def test_read_too_large_file_is_skipped_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    skip = _skip(path, SkipReason.TOO_LARGE, max_bytes=100)
    assert "101" in skip.detail
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 100)
    assert isinstance(_one(small, max_bytes=100), RawDocument)


def test_read_jsonl_line_over_max_bytes_is_skipped_and_the_stream_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    long_line = json.dumps({"id": "long", "text": "x" * 500})
    path.write_text(f'{long_line}\n{{"id": "ok", "text": "fine"}}\n', encoding="utf-8")
    first, second = read([str(path)], max_bytes=100)
    assert isinstance(first, Skip) and first.reason is SkipReason.TOO_LARGE
    assert first.source == f"{path}:1"
    assert isinstance(second, RawDocument) and second.doc_id == "ok"
    assert second.source == f"{path}:2"


def test_read_jsonl_bad_lines_are_skipped_with_their_line_number(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        b'{"id": "a", "text": "first"}',
        b"",  # blank lines are passed over, but still counted
        b'{"id": "b", "text": ',
        b'{"id": "c", "text": "caf\xe9"}',
        b'{"id": "d", "text": "last", "published": "2024-12-03"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read([str(path)]))
    assert [type(item).__name__ for item in items] == ["RawDocument", "Skip", "Skip", "RawDocument"]
    malformed, encoding = items[1], items[2]
    assert isinstance(malformed, Skip) and isinstance(encoding, Skip)
    assert malformed.reason is SkipReason.MALFORMED_JSON and malformed.source == f"{path}:3"
    assert f"{path}:3" in malformed.message()
    assert encoding.reason is SkipReason.ENCODING and encoding.source == f"{path}:4"
    last = items[3]
    assert isinstance(last, RawDocument) and last.position == 4
    assert str(last.published) == "2024-12-03"


def test_read_folder_recurses_in_name_order_and_skips_unknown_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "b" / "a.html").write_text("<p>Hi</p>", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "j1", "text": "One."}\n', encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "secret.txt").write_text("Hidden.", encoding="utf-8")
    items = list(read([str(tmp_path)]))
    names = [item.doc_id if isinstance(item, RawDocument) else item.reason.value for item in items]
    assert names == ["j1", "a.html", "z.txt", "unsupported-type"]
    assert items == list(read([str(tmp_path)]))  # deterministic


def test_read_missing_path_raises_source_error_at_call_time(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    with pytest.raises(SourceError, match=r"nope\.txt"):
        read([str(tmp_path / "ok.txt"), str(tmp_path / "nope.txt")])


def test_read_accepts_a_lone_path_string(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Some text.", encoding="utf-8")
    items = list(read(str(path)))
    assert len(items) == 1 and isinstance(items[0], RawDocument)


def test_read_stdin_is_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "From a pipe."}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    first, second = read(["-"])
    assert isinstance(first, RawDocument) and first.doc_id == "s1"
    assert first.source == "<stdin>:1"
    assert isinstance(second, Skip) and second.reason is SkipReason.MALFORMED_JSON
    assert second.source == "<stdin>:2"


def test_read_jsonl_streams_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(2000):
            handle.write(json.dumps({"id": f"d{number}", "text": f"Text {number}."}) + "\n")
    stream = read([str(path)])
    first = next(stream)
    assert isinstance(first, RawDocument) and first.doc_id == "d0"
    # The file is still open and being read: appending shows up in the same stream.
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "late", "text": "Appended."}) + "\n")
    rest = list(stream)
    assert len(rest) == 2000
    last = rest[-1]
    assert isinstance(last, RawDocument) and last.doc_id == "late"
