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


def long_evidence(n: int) -> list[dict]:
    return [{"url": f"https://example.org/{i}", "site": "example.org", "sentence": "A long sentence. " * 60}
            for i in range(n)]


@pytest.mark.parametrize(("kind", "field", "limit"), [("discord", "content", 2000), ("slack", "text", 3900)])
async def test_a_message_over_the_platforms_limit_is_shortened_with_a_link_not_dropped(
        webhook_receiver, make_alert, kind, field, limit):
    channel = make_channel("chat", {"type": kind, "url": webhook_receiver.url("/x")})
    await channel.send(make_alert(evidence=long_evidence(5)), idempotency_key="k")
    text = webhook_receiver.requests[0].json()[field]
    assert len(text) <= limit
    assert "All of Us Are Dead S2: release window now March 2026" in text.splitlines()[0]
    assert "https://example.org/0" in text.splitlines()[-1] and "shortened" in text.splitlines()[-1]


async def test_a_configured_link_is_where_a_shortened_message_points(webhook_receiver, make_alert):
    channel = make_channel("chat", {"type": "discord", "url": webhook_receiver.url("/x"),
                                    "link": "https://alerts.example.org/feed.xml"})
    await channel.send(make_alert(evidence=long_evidence(5)), idempotency_key="k")
    assert webhook_receiver.requests[0].json()["content"].endswith("the rest at <https://alerts.example.org/feed.xml>")
