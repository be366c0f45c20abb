"""A one-line progress display on a terminal that log lines do not run into."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

CLEAR_LINE = "\r\033[K"


class Progress(logging.Filter):
    """``with Progress(total) as progress: progress.show(n, text)``; silent unless stderr is a terminal.

    While it is shown, each log record first clears the progress line, so the record prints on a line
    of its own and the next ``show`` draws the progress again below it.
    """

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        super().__init__()
        self.stream = stream or sys.stderr
        self.total = total
        self.active = self.stream.isatty() and total > 1  # a log file gets no progress line
        self.drawn = False

    def __enter__(self) -> Progress:
        if self.active:
            for handler in logging.getLogger().handlers:
                handler.addFilter(self)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            for handler in logging.getLogger().handlers:
                handler.removeFilter(self)
            if self.drawn:
                self.stream.write(CLEAR_LINE)
            self.stream.flush()

    def show(self, number: int, text: str) -> None:
        if self.active:
            self.stream.write(f"{CLEAR_LINE}recording {number}/{self.total}: {text}")
            self.stream.flush()
            self.drawn = True

    def filter(self, record: logging.LogRecord) -> bool:
        if self.drawn:
            self.stream.write(CLEAR_LINE)
            self.drawn = False
        return True
