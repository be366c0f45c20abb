"""The application's errors. Each stage package has its own; these are the ones the app adds."""

from __future__ import annotations


class ClaimwatchError(Exception):
    """Base of the errors the application shows as one line, never as a traceback."""


class ConfigError(ClaimwatchError):
    """A setting or topic file is wrong. Names the key and the file."""

    def __init__(self, where: str, key: str | None, reason: str) -> None:
        self.where = where
        self.key = key
        self.reason = reason
        super().__init__(f"{where}: {key}: {reason}" if key else f"{where}: {reason}")
