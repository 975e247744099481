"""The exception tree. A bad *record* is a ``model.Skip`` value, not an exception.

::

    SitroomError            exit 2   anything sitroom raises on purpose
    ├── ConfigError         exit 3   bad settings or a data file that fails validation
    ├── SourceError         exit 1   an input that cannot be read at all
    ├── StoreError          exit 4   the database cannot be opened, migrated or written
    └── RunFailed           exit 5   a run ended with failed records (after reporting them)
"""

from __future__ import annotations


class SitroomError(Exception):
    """Base of every error sitroom raises on purpose."""

    exit_code = 2


class ConfigError(SitroomError):
    """Invalid setting or data file; names the file and the key."""

    exit_code = 3


class SourceError(SitroomError):
    """An input path or stream that cannot be read at all."""

    exit_code = 1


class StoreError(SitroomError):
    """The store cannot be opened, migrated or written."""

    exit_code = 4


class RunFailed(SitroomError):
    """Some records failed; they were reported one line each."""

    exit_code = 5
