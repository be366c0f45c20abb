"""A quiet first run: a season's first round records what is believed, and sends it as one summary per channel.

On a back catalogue the first round moves every belief many times; alerting each move sent a dozen
messages about old news. Until a season's baseline is sent, its changes are recorded but not queued;
once every source of the topic was polled once, the beliefs go out as one "initial state" alert per
channel, and the season is marked so a restart (or another worker) never sends it again.
"""

from __future__ import annotations

import logging

import storage
from claimwatch.pipeline import Context, channels_for

log = logging.getLogger("claimwatch.baseline")


def send_baseline(ctx: Context) -> bool:
    """Queue the initial state once every source was polled; returns whether this call queued it."""
    topic = ctx.topic
    if not ctx.baseline:
        return False
    with storage.transaction(ctx.engine) as session:
        if storage.baseline_sent(session, topic.slug, topic.season):
            return False
        if storage.sources_unpolled(session, [source.name for source in topic.sources]):
            return False
        change = storage.record_baseline(session, topic.slug, topic.season, ctx.clock())
        if change is None:
            return False  # another worker sent it
        [(_, channels)] = channels_for(ctx, [change])
        storage.enqueue(session, [change], channels, now=ctx.clock())
    log.info("baseline of %s S%s: %d beliefs, sent to %s", topic.slug, topic.season,
             len(change.value["beliefs"]), ", ".join(channels) or "no channel")
    return True
