"""A job that outlasts its interval (a slow delivery, a long round): one debug line with how long it took.

APScheduler warns "maximum number of running instances reached" on every tick that finds the job's last
run still going. For a daemon whose deliveries wait on slow servers that is ordinary work, not a fault, and
the warning said neither which run nor for how long: it is dropped, and the run's real duration is logged
once it ends, with the ticks it made the job skip.
"""

from __future__ import annotations

import logging
import time
from collections import Counter

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_SUBMITTED,
    JobEvent,
)
from apscheduler.schedulers.base import BaseScheduler

log = logging.getLogger("claimwatch.daemon")

SCHEDULER_LOGGER = "apscheduler.scheduler"  # where APScheduler logs the skipped ticks
SKIPPED_TICK = "maximum number of running instances reached"  # in the format string of that warning


class Overruns(logging.Filter):
    """Attached to a scheduler while it runs: counts the ticks each job skipped, instead of a warning each."""

    def __init__(self) -> None:
        super().__init__()
        self.started: dict[str, float] = {}
        self.skipped: Counter[str] = Counter()

    def attach(self, scheduler: BaseScheduler) -> None:
        scheduler.add_listener(self._submitted, EVENT_JOB_SUBMITTED)
        scheduler.add_listener(self._skipped, EVENT_JOB_MAX_INSTANCES)
        scheduler.add_listener(self._ended, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        logging.getLogger(SCHEDULER_LOGGER).addFilter(self)

    def detach(self) -> None:
        logging.getLogger(SCHEDULER_LOGGER).removeFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        return SKIPPED_TICK not in str(record.msg)

    def _submitted(self, event: JobEvent) -> None:
        self.started[event.job_id] = time.monotonic()

    def _skipped(self, event: JobEvent) -> None:
        self.skipped[event.job_id] += 1

    def _ended(self, event: JobEvent) -> None:
        started, skipped = self.started.pop(event.job_id, None), self.skipped.pop(event.job_id, 0)
        if started is not None and skipped:
            log.debug("%s took %.2f s, longer than its interval: %d ticks skipped meanwhile",
                      event.job_id, time.monotonic() - started, skipped)
