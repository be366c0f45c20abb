"""Storage errors: each names the database (without its password) and what was being done."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be opened, migrated or written. The message names which and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
