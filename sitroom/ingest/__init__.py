"""ingest: files, folders and standard input -> ``RawDocument`` | ``Skip``.

``read(paths, *, max_bytes)`` is the stage's verb; see ``sources`` for what
each kind of path holds and how bad input is reported.
"""

from sitroom.ingest.sources import read

__all__ = ["read"]
