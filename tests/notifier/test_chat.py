"""Slack and Discord presets: each platform's JSON shape, with scraped text unable to ping or hide links."""

from __future__ import annotations

import pytest

from notifier import DeliveryError, make_channel
from tests.notifier.servers import Answer

SHOUTY = [
    {
        "url": "https://example.org/a",
        "site": "example.org",
        "sentence": "<!channel> @everyone the [teaser](https://evil.example) is out.",
    }
]


async def test_slack_gets_text_with_its_control_characters_escaped(webhook_receiver, make_alert):
    channel = make_channel("team", {"type": "slack", "url": webhook_receiver.url("/services/T1/B2/x")})
    await channel.send(make_alert(evidence=SHOUTY), idempotency_key="k")
    payload = webhook_receiver.requests[0].json()
    assert payload["text"].startswith(
        "*All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026*\n"
    )
    assert "&lt;!channel&gt;" in payload["text"]
    assert "<!channel>" not in payload["text"]
    assert payload["unfurl_links"] is False


async def test_discord_gets_content_with_mentions_disabled_and_markdown_escaped(webhook_receiver, make_alert):
    channel = make_channel("fans", {"type": "discord", "url": webhook_receiver.url("/api/webhooks/1/tok")})
    await channel.send(make_alert(evidence=SHOUTY), idempotency_key="k")
    payload = webhook_receiver.requests[0].json()
    assert payload["allowed_mentions"] == {"parse": []}
    assert "\\[teaser\\]\\(https://evil.example\\)" in payload["content"]
    assert payload["content"].endswith("> — example.org, <https://example.org/a>")


async def test_chat_errors_never_show_the_webhook_token(webhook_receiver, alert):
    webhook_receiver.answer(Answer(status=404, body=b"no_service"))
    channel = make_channel("team", {"type": "slack", "url": webhook_receiver.url("/services/T1/B2/s3cret")})
    with pytest.raises(DeliveryError) as error:
        await channel.send(alert, idempotency_key="k")
    assert error.value.permanent
    assert "s3cret" not in str(error.value)
    assert "answered 404: no_service" in str(error.value)
