"""The Apprise channel with Apprise's json:// service aimed at a real receiver on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

import pytest

from notifier import ChannelConfigError, DeliveryError, make_channel
from notifier.types import Digest
from tests.notifier.servers import HOST, Answer


def apprise_channel(receiver, **options):
    return make_channel("many", {"type": "apprise", "urls": [f"json://{HOST}:{receiver.port}/apprise"], **options})


async def test_an_alert_goes_out_as_an_apprise_notification(webhook_receiver, alert):
    await apprise_channel(webhook_receiver).send(alert, idempotency_key="k")
    [request] = webhook_receiver.requests
    assert request.path == "/apprise"
    body = request.json()
    assert body["title"] == "All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026"
    assert "“The zombie drama's second run now lands on the streamer in March 2026.”" in body["message"]


async def test_a_digest_goes_out_as_one_notification(webhook_receiver, make_alert):
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    digest = Digest((make_alert(), make_alert(id=8, kind="episode_count", value=8, previous=None, change="first")),
                    start, start + dt.timedelta(days=1))
    await apprise_channel(webhook_receiver).send_digest(digest, idempotency_key="k")
    [request] = webhook_receiver.requests
    assert request.json()["title"] == "All of Us Are Dead S2: 2 changes, 1 March 2026"


async def test_a_failing_service_is_a_transient_error_without_its_token(webhook_receiver, alert):
    webhook_receiver.answer(Answer(status=500))
    channel = make_channel("many", {"type": "apprise", "urls": f"json://s3cret@{HOST}:{webhook_receiver.port}/x"})
    with pytest.raises(DeliveryError) as error:
        await channel.send(alert, idempotency_key="k")
    assert not error.value.permanent
    assert "s3cret" not in str(error.value) and "json://" in str(error.value)


def test_an_unknown_apprise_url_fails_at_start_naming_the_key():
    with pytest.raises(ChannelConfigError, match="urls"):
        make_channel("many", {"type": "apprise", "urls": ["nosuchservice://token"]})
