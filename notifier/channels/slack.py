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
from notifier.digest import digest_subject
from notifier.group import group_evidence, group_subject
from notifier.render import evidence_lines, evidence_source, is_http_url
from notifier.shorten import link_for, plain_tail, shorten
from notifier.types import Alert, AlertGroup, Digest

_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|\[\]()<>#@-])")


class ChatWebhookChannel(Channel):
    """A chat platform's incoming webhook; subclasses say how a message looks there and its size limit."""

    options = {
        "url": f"{REQUIRED} the incoming webhook URL the platform gave you (it is a secret)",
        "timeout_s": f"seconds the platform has to answer (default {defaults.WEBHOOK_TIMEOUT_S:g})",
    }
    max_chars: int = 0

    def configure(self) -> None:
        self.url = checked_url(self, "url")
        self.timeout_s = self.number_option("timeout_s", defaults.WEBHOOK_TIMEOUT_S)

    async def send_group(self, group: AlertGroup, *, idempotency_key: str) -> None:
        await self._post(self.message(self.lines(group), list(group.alerts)))

    async def send_digest(self, digest: Digest, *, idempotency_key: str) -> None:
        lines = [self.bold(digest_subject(digest))]
        for group in digest.groups:
            lines += ["", *self.lines(group)]
        await self._post(self.message(lines, list(digest.alerts)))

    def message(self, lines: list[str], alerts: list[Alert]) -> dict[str, Any]:
        """The platform's JSON, its text shortened to the platform's limit with a link to the rest."""
        return self.wrap(shorten(lines, self.max_chars, link_for(alerts, self.link), self.tail))

    async def _post(self, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        parts = urlsplit(self.url)
        await post(
            self.name,
            self.url,
            body,
            {"content-type": "application/json"},
            self.timeout_s,
            shown_url=f"{parts.scheme}://{parts.hostname}/…",
        )

    def lines(self, group: AlertGroup) -> list[str]:
        """The group's subject in bold, then its quoted sentences, as the platform shows them."""
        raise NotImplementedError

    def bold(self, text: str) -> str:
        raise NotImplementedError

    def wrap(self, text: str) -> dict[str, Any]:
        raise NotImplementedError

    def tail(self, hidden: int, link: str | None) -> str:
        return plain_tail(hidden, link)


class SlackChannel(ChatWebhookChannel):
    kind = "slack"
    max_chars = defaults.SLACK_MAX_CHARS

    def lines(self, group: AlertGroup) -> list[str]:
        lines = [self.bold(group_subject(group))]
        shown, _ = group_evidence(group)
        for evidence in shown:
            lines += [f">{slack_escape(line)}" for line in evidence_lines(evidence)]
        return lines

    def bold(self, text: str) -> str:
        return f"*{slack_escape(text)}*"

    def wrap(self, text: str) -> dict[str, Any]:
        return {"text": text, "unfurl_links": False}

    def tail(self, hidden: int, link: str | None) -> str:
        if link and is_http_url(link) and not re.search(r"[\s<>|]", link):
            return f"… shortened, {hidden} more line{'' if hidden == 1 else 's'}: <{link}|read the rest>"
        return slack_escape(plain_tail(hidden, None))


class DiscordChannel(ChatWebhookChannel):
    kind = "discord"
    max_chars = defaults.DISCORD_MAX_CHARS

    def lines(self, group: AlertGroup) -> list[str]:
        lines = [self.bold(group_subject(group))]
        shown, _ = group_evidence(group)
        for evidence in shown:
            where, url = evidence_source(evidence)
            lines += [f"> “{discord_escape(clean(evidence.sentence))}”", f"> — {discord_escape(where)}{_link(url)}"]
        return lines

    def bold(self, text: str) -> str:
        return f"**{discord_escape(text)}**"

    def wrap(self, text: str) -> dict[str, Any]:
        return {"content": text, "allowed_mentions": {"parse": []}}

    def tail(self, hidden: int, link: str | None) -> str:
        more = f"… shortened, {hidden} more line{'' if hidden == 1 else 's'}"
        return f"{more}: the rest at <{link}>" if _link(link) else discord_escape(more)


def _link(url: str | None) -> str:
    """ ", <https://…>" for a URL Discord can show without a preview, else nothing."""
    return f", <{url}>" if url and is_http_url(url) and not re.search(r"[\s<>]", url) else ""


def slack_escape(text: str) -> str:
    """Slack's three control characters (https://api.slack.com/reference/surfaces/formatting)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def discord_escape(text: str) -> str:
    return _DISCORD_MARKDOWN.sub(r"\\\1", text)
