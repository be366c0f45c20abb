"""Chat presets: Slack and Discord incoming webhooks, each with the JSON shape its platform reads.

Both post the subject and the evidence as chat text. Scraped text is made inert for the platform:
Slack's control characters (& < >) are escaped so a sentence cannot ping ``<!channel>``; Discord
mentions are disabled with ``allowed_mentions`` and its markdown escaped so a sentence cannot hide a
link. The webhook URL is the secret itself, so errors show only its host.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from notifier import defaults
from notifier.channels.base import REQUIRED, Channel
from notifier.channels.webhook import checked_url, post
from notifier.describe import clean
from notifier.render import evidence_lines, evidence_source, is_http_url, shown_evidence, subject
from notifier.types import Alert

_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|\[\]()<>#@-])")


class ChatWebhookChannel(Channel):
    """A chat platform's incoming webhook; subclasses say how a message looks there."""

    options = {
        "url": f"{REQUIRED} the incoming webhook URL the platform gave you (it is a secret)",
        "timeout_s": f"seconds the platform has to answer (default {defaults.WEBHOOK_TIMEOUT_S:g})",
    }

    def configure(self) -> None:
        self.url = checked_url(self, "url")
        self.timeout_s = self.number_option("timeout_s", defaults.WEBHOOK_TIMEOUT_S)

    async def send(self, alert: Alert, *, idempotency_key: str) -> None:
        body = json.dumps(self.payload(alert), ensure_ascii=False).encode("utf-8")
        parts = urlsplit(self.url)
        await post(
            self.name,
            self.url,
            body,
            {"content-type": "application/json"},
            self.timeout_s,
            shown_url=f"{parts.scheme}://{parts.hostname}/…",
        )

    def payload(self, alert: Alert) -> dict[str, Any]:
        raise NotImplementedError


class SlackChannel(ChatWebhookChannel):
    kind = "slack"

    def payload(self, alert: Alert) -> dict[str, Any]:
        lines = [f"*{slack_escape(subject(alert))}*"]
        shown, _ = shown_evidence(alert)
        for evidence in shown:
            lines += [f">{slack_escape(line)}" for line in evidence_lines(evidence)]
        return {"text": _cut("\n".join(lines), defaults.SLACK_MAX_CHARS), "unfurl_links": False}


class DiscordChannel(ChatWebhookChannel):
    kind = "discord"

    def payload(self, alert: Alert) -> dict[str, Any]:
        lines = [f"**{discord_escape(subject(alert))}**"]
        shown, _ = shown_evidence(alert)
        for evidence in shown:
            where, url = evidence_source(evidence)
            link = f", <{url}>" if is_http_url(url) and not re.search(r"[\s<>]", url) else ""
            lines += [f"> “{discord_escape(clean(evidence.sentence))}”", f"> — {discord_escape(where)}{link}"]
        return {
            "content": _cut("\n".join(lines), defaults.DISCORD_MAX_CHARS),
            "allowed_mentions": {"parse": []},
        }


def slack_escape(text: str) -> str:
    """Slack's three control characters (https://api.slack.com/reference/surfaces/formatting)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def discord_escape(text: str) -> str:
    return _DISCORD_MARKDOWN.sub(r"\\\1", text)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
