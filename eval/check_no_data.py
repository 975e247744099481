"""Fail if a tracked file repeats text of the evaluation data (licence and honest tuning).

The gold sets in ``../shared/data`` are for evaluation only: their text must not be
copied into the repository (tests use hand-written sentences). A file fails when it
shares a run of ``--words`` consecutive words with any data file. Vendored web assets
are skipped: their HTML/JS boilerplate matches the HTML pages of the extraction set.

    .venv/bin/python eval/check_no_data.py --shared ../shared
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SKIP_PREFIXES = ("sitroom/serve/web/",)
WORD = re.compile(r"\w+")


def shingles(text: str, n: int) -> Iterator[str]:
    words = WORD.findall(text.lower())
    for i in range(len(words) - n + 1):
        yield " ".join(words[i : i + n])


def data_shingles(root: Path, n: int) -> set[str]:
    found: set[str] = set()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            text = path.read_text("utf-8", errors="ignore")
            if path.suffix in {".html", ".htm"}:
                text = re.sub(r"<[^>]+>", " ", text)
            found.update(shingles(text, n))
    return found


def tracked_files(repo: Path) -> list[Path]:
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=repo, capture_output=True, check=True
    ).stdout.decode()
    return [
        repo / name for name in listing.split("\0") if name and not name.startswith(SKIP_PREFIXES)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--words", type=int, default=9)
    args = parser.parse_args()
    data_dir = args.shared / "data"
    if not data_dir.is_dir():
        print(f"check_no_data: no data folder at {data_dir}; nothing to check")
        return 0
    data = data_shingles(data_dir, args.words)
    repo = Path(__file__).resolve().parent.parent
    failures = 0
    for path in tracked_files(repo):
        try:
            text = path.read_text("utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary files (the screenshot) or a deletion not yet committed
        hits = sorted(set(shingles(text, args.words)) & data)
        if hits:
            failures += 1
            print(f"{path.relative_to(repo)}: {len(hits)} runs of data text, e.g. {hits[0]!r}")
    print(f"check_no_data: {failures} file(s) repeat evaluation data ({len(data)} shingles)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
