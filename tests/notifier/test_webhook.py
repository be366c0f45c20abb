"""The webhook channel against a real HTTP receiver on 127.0.0.1, verified with standardwebhooks."""

from __future__ import annotations

import datetime as dt

import pytest
from standardwebhooks.webhooks import Webhook

from notifier import DeliveryError, make_channel
from notifier.channels.webhook import parse_retry_after
from tests.notifier.conftest import SECRET
from tests.notifier.servers import Answer, free_port


def hook_channel(url: str, **options):
    return make_channel("hook", {"type": "webhook", "url": url, "timeout_s": 2, **options})


async def test_a_signed_delivery_verifies_with_standard_webhooks(signed_receiver, alert):
    await hook_channel(signed_receiver.url(), secret=SECRET).send(alert, idempotency_key="cw-7-hook")
    assert signed_receiver.rejected == []
    assert signed_receiver.ids() == ["cw-7-hook"]
    [request] = signed_receiver.requests
    assert request.headers["webhook-id"] == "cw-7-hook"
    assert request.headers["content-type"] == "application/json"
    payload = Webhook(SECRET).verify(request.body, request.headers)
    assert payload["version"] == 2
    assert payload["type"] == "claimwatch.change"
    assert payload["change"]["kind"] == "release_date"


async def test_a_tampered_body_fails_verification(webhook_receiver, alert):
    await hook_channel(webhook_receiver.url(), secret=SECRET).send(alert, idempotency_key="k")
    [request] = webhook_receiver.requests
    with pytest.raises(Exception, match="signature"):
        Webhook(SECRET).verify(request.body.replace(b"March", b"April"), request.headers)


async def test_without_a_secret_the_id_is_sent_but_no_signature(webhook_receiver, alert):
    await hook_channel(webhook_receiver.url(), headers={"Authorization": "Bearer t0ken"}).send(
        alert, idempotency_key="cw-7-hook"
    )
    [request] = webhook_receiver.requests
    assert request.headers["webhook-id"] == "cw-7-hook"
    assert "webhook-signature" not in request.headers
    assert request.headers["authorization"] == "Bearer t0ken"
    assert request.json()["id"] == 7


async def test_a_server_error_is_transient(webhook_receiver, alert):
    webhook_receiver.answer(Answer(status=500, body=b"database is down"))
    with pytest.raises(DeliveryError) as error:
        await hook_channel(webhook_receiver.url()).send(alert, idempotency_key="k")
    assert not error.value.permanent
    assert "answered 500: database is down" in str(error.value)


async def test_too_many_requests_carries_the_receivers_retry_after(webhook_receiver, alert):
    webhook_receiver.answer(Answer(status=429, headers={"Retry-After": "120"}))
    with pytest.raises(DeliveryError) as error:
        await hook_channel(webhook_receiver.url()).send(alert, idempotency_key="k")
    assert not error.value.permanent
    assert error.value.retry_after == 120


async def test_a_bad_request_is_permanent(webhook_receiver, alert):
    webhook_receiver.answer(Answer(status=400, body=b"unknown field"))
    with pytest.raises(DeliveryError) as error:
        await hook_channel(webhook_receiver.url()).send(alert, idempotency_key="k")
    assert error.value.permanent


async def test_a_receiver_that_hangs_is_a_transient_timeout(webhook_receiver, alert):
    webhook_receiver.answer(Answer(hang=True))
    with pytest.raises(DeliveryError) as error:
        await hook_channel(webhook_receiver.url(), timeout_s=0.3).send(alert, idempotency_key="k")
    assert not error.value.permanent
    assert "no answer within 0.3 s" in str(error.value)


async def test_a_receiver_that_is_down_is_transient(alert):
    with pytest.raises(DeliveryError) as error:
        await hook_channel(f"http://127.0.0.1:{free_port()}/hook").send(alert, idempotency_key="k")
    assert not error.value.permanent


async def test_errors_do_not_show_a_token_in_the_url_query(webhook_receiver, alert):
    webhook_receiver.answer(Answer(status=404))
    with pytest.raises(DeliveryError) as error:
        await hook_channel(webhook_receiver.url("/hook?token=s3cret")).send(alert, idempotency_key="k")
    assert "s3cret" not in str(error.value)
    assert webhook_receiver.requests[0].path == "/hook?token=s3cret"


def test_retry_after_reads_seconds_and_http_dates():
    now = dt.datetime(2026, 2, 1, 10, 0, tzinfo=dt.UTC)
    assert parse_retry_after("30") == 30
    assert parse_retry_after("Sun, 01 Feb 2026 10:05:00 GMT", now=now) == 300
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_a_delivery_signed_with_another_secret_is_refused_by_the_receiver(signed_receiver, alert):
    other = "whsec_" + "b3RoZXItc2VjcmV0LW9mLTMyLWJ5dGVzLWxvbmcu"
    with pytest.raises(DeliveryError) as error:
        await hook_channel(signed_receiver.url(), secret=other).send(alert, idempotency_key="k")
    assert error.value.permanent  # a 401: the same request can never pass
    [(_, reason)] = signed_receiver.rejected
    assert "signature" in reason.lower()
