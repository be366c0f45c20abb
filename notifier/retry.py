"""When to try a failed delivery again, or that it is time to give up (a dead letter)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from notifier import defaults
from notifier.errors import DeliveryError


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential back-off: ``base_s``, then doubled each attempt up to ``max_s``, jittered."""

    max_attempts: int = defaults.MAX_ATTEMPTS
    base_s: float = defaults.BASE_DELAY_S
    max_s: float = defaults.MAX_DELAY_S
    jitter: float = defaults.JITTER  # each wait is scaled by a random factor in [1 - jitter, 1 + jitter]


def next_attempt_at(
    policy: RetryPolicy,
    attempts: int,
    now: dt.datetime,
    error: DeliveryError,
    *,
    rng: random.Random | None = None,
) -> dt.datetime | None:
    """The time of the next attempt after ``attempts`` attempts have failed, the last with ``error``.

    None means give up: the error is permanent, or ``policy.max_attempts`` attempts were made.
    """
    if error.permanent or attempts >= policy.max_attempts:
        return None
    return now + dt.timedelta(seconds=backoff_s(policy, attempts, error.retry_after, rng=rng))


def backoff_s(
    policy: RetryPolicy, attempts: int, retry_after: float | None = None, *, rng: random.Random | None = None
) -> float:
    """Seconds to wait after the ``attempts``-th failure; never sooner than the receiver asked."""
    exponent = min(max(attempts - 1, 0), 60)  # 2**60 already dwarfs any max_s; avoids float overflow
    delay = min(policy.base_s * 2**exponent, policy.max_s)
    spread = min(max(policy.jitter, 0.0), 1.0)
    delay *= (rng or random).uniform(1 - spread, 1 + spread)
    delay = min(delay, policy.max_s)
    if retry_after is not None and retry_after > 0:
        delay = max(delay, min(retry_after, defaults.MAX_RETRY_AFTER_S))
    return delay
