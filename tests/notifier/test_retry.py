"""Retry decisions: permanent errors and the last attempt give up; otherwise back off, jittered."""

from __future__ import annotations

import datetime as dt
import random

from notifier import DeliveryError, RetryPolicy, next_attempt_at
from notifier.defaults import MAX_RETRY_AFTER_S

NOW = dt.datetime(2026, 2, 1, 10, 0, tzinfo=dt.UTC)
STEADY = RetryPolicy(max_attempts=8, base_s=30, max_s=3600, jitter=0.0)
TRANSIENT = DeliveryError("mail", "connection refused")


def wait_after(attempts: int, policy: RetryPolicy = STEADY, error: DeliveryError = TRANSIENT) -> float | None:
    when = next_attempt_at(policy, attempts, NOW, error)
    return None if when is None else (when - NOW).total_seconds()


def test_a_permanent_error_is_a_dead_letter_at_once():
    assert next_attempt_at(STEADY, 1, NOW, DeliveryError("hook", "400 bad request", permanent=True)) is None


def test_after_the_last_attempt_the_alert_is_given_up():
    assert wait_after(7) is not None
    assert wait_after(8) is None


def test_the_wait_doubles_after_each_failure():
    assert [wait_after(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]


def test_the_wait_never_exceeds_the_longest_back_off():
    patient = RetryPolicy(max_attempts=20_000, base_s=30, max_s=3600, jitter=0.0)
    assert wait_after(7, patient) == 1920
    assert wait_after(8, patient) == 3600
    assert wait_after(10_000, patient) == 3600


def test_jitter_spreads_waits_around_the_back_off():
    policy = RetryPolicy(max_attempts=8, base_s=100, max_s=10_000, jitter=0.2)
    rng = random.Random(1)
    waits = [(next_attempt_at(policy, 1, NOW, TRANSIENT, rng=rng) - NOW).total_seconds() for _ in range(200)]
    assert all(80 <= wait <= 120 for wait in waits)
    assert len(set(waits)) > 100  # not in lock-step


def test_a_receivers_retry_after_is_honoured_when_longer():
    assert wait_after(1, error=DeliveryError("hook", "429", retry_after=900)) == 900


def test_a_short_retry_after_does_not_shorten_the_back_off():
    assert wait_after(3, error=DeliveryError("hook", "503", retry_after=1)) == 120


def test_an_absurd_retry_after_is_capped():
    assert wait_after(1, error=DeliveryError("hook", "503", retry_after=10**9)) == MAX_RETRY_AFTER_S


def test_error_message_names_the_channel_and_whether_it_is_final():
    assert str(DeliveryError("mail", "refused you@example.org (550)", permanent=True)) == (
        "channel 'mail': refused you@example.org (550) (permanent)"
    )
