"""Storage errors a desk worker or IT person can act on (shown as one clear line)."""

from __future__ import annotations


class StorageError(Exception):
    """A known storage problem with a message meant for people, not a bug."""


class NetworkShareRefused(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class MigrationFailed(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    pass
