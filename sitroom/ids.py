"""Deterministic ids: the same raw inputs always give the same id."""

from __future__ import annotations

import hashlib


def digest(*parts: object, size: int = 16) -> str:
    """Hex digest of the parts, joined unambiguously (``None`` and ``""`` differ)."""
    hasher = hashlib.blake2b(digest_size=size)
    for part in parts:
        data = b"\x00" if part is None else repr(part).encode("utf-8")
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def make_id(prefix: str, *parts: object) -> str:
    """A short, stable id such as ``art_3f9c…`` from raw parts."""
    return f"{prefix}_{digest(*parts, size=8)}"
