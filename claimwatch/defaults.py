"""Every default of the application, in one place, each with the reason for its value.

The fetcher's own defaults (timeouts, size limits, politeness) live beside it, in
``scraper/fetch/settings.py``; ``claimwatch.toml`` overrides both.
"""

from __future__ import annotations

import os

# The daemon stores everything here unless database.url or CLAIMWATCH_DATABASE_URL says otherwise:
# SQLite needs nothing installed, and one file is easy to back up.
DATABASE_FILE = "claimwatch.db"

# How often the daemon looks for due sources; each source's own interval is what paces its polls,
# so this only bounds how late a due source starts.
POLL_TICK_S = 10.0

# How often the outbox is polled for due alerts: short enough that an alert leaves within a minute
# of the round that made it, long enough to cost nothing while idle.
DELIVER_INTERVAL_S = 20.0

# Poll times are spread by up to this share of a source's interval, so that sources configured
# with the same interval do not all hit the network in the same second after a restart.
POLL_JITTER_SHARE = 0.1

# The most new article URLs one source may fetch in a round: a feed that suddenly lists 500 new
# items (a migration, a spam attack) must not turn one round into an hour of fetching.
ARTICLES_PER_SOURCE_ROUND = 30

# Articles in hand (`claimwatch ingest`) written per transaction, each in its own savepoint: one commit
# for many, while a crash loses at most this many and the progress line still moves.
INGEST_BATCH = 50

# The longest one source's poll may take, its articles included; what is left is read next poll. At
# 30 articles a round and a few seconds each, 5 minutes is generous; a site that trickles its pages
# cannot hold the round (whose sources are polled at once) for longer than this.
SOURCE_BUDGET_S = 300.0

# Processes reading fetched pages (their article, then its claims: CPU-bound regexes) while the daemon
# fetches: one a core but the daemon's own, and at least one. 0 reads in the daemon's process.
EXTRACT_WORKERS = max(1, (os.cpu_count() or 1) - 1)

# An article URL whose fetch failed (too large, too slow, a redirect loop, a 429) is tried again
# after this long, doubling with each failure in a row up to the cap: a page that fails the same way
# every round must not cost every round its timeout, yet a page that was down for an hour comes back.
URL_RETRY_S = 1800.0
URL_RETRY_CAP_S = 7 * 86400.0

# Attempts of one alert on one channel before it is a dead letter, and the back-off between them:
# 8 attempts from 30 s doubling to 1 h cover about four hours of a receiver's outage.
DELIVERY_MAX_ATTEMPTS = 8
DELIVERY_BASE_DELAY_S = 30.0
DELIVERY_MAX_DELAY_S = 3600.0

# An outbox row or a source leased by a worker that then died is taken again after this long:
# longer than any single delivery or poll takes, short enough that an alert is not held for long.
LEASE_S = 300.0

# How many outbox rows one delivery pass takes: a burst of changes goes out in a few passes
# without one slow channel holding hundreds of rows leased.
DELIVER_BATCH = 50

# A source whose poll failed is retried after this long at first (doubling, capped at its
# interval times FAILURE_BACKOFF_CAP), so a broken feed is not hammered.
FAILURE_RETRY_S = 300.0
FAILURE_BACKOFF_CAP = 8

# A server's freshness hint (Cache-Control max-age, Expires, a feed's <ttl>) may stretch a source's
# wait to at most this many times its interval unless the source sets max_interval: a CDN's
# one-week max-age must not silence a news feed for a week.
HINT_MAX_FACTOR = 12

# A Retry-After is obeyed up to this long even past the failure back-off's cap: a site that asks for
# a day's pause gets it, one that asks for a month does not silence the source.
MAX_RETRY_AFTER_WAIT_S = 86400.0

# A topic's source is polled this often unless it says otherwise: news sites publish a few times an hour.
SOURCE_INTERVAL_S = 1800

# --- health alerts (settings: [health]) ---
# A source is "failing" after this many failed polls in a row: one failure is often a blip (a deploy,
# a timeout), three in a row (about half an hour with the failure back-off) is a feed that broke.
HEALTH_SOURCE_FAILING_ROUNDS = 3
# A source that used to find articles is "quiet" after finding nothing new this long: news sites
# post about a running show at least every couple of weeks, so silence past that is a broken feed
# or a moved page more often than no news.
HEALTH_SOURCE_QUIET_S = 21 * 86400.0
# A channel is "failing" when an alert has failed this many attempts (about 3.5 minutes of back-off
# from 30 s) or as many alerts went dead since its last delivery: past a blip, not yet hours.
HEALTH_CHANNEL_FAILING_ATTEMPTS = 3
# A source is overdue when its poll is this many of its intervals late: one late round is noise
# (a slow round, a restart), two mean nothing is polling it (a lease held by a dead worker).
HEALTH_SOURCE_OVERDUE_INTERVALS = 2
# The daemon is "late" when no round completed for this long: a round starts every 10 s and takes
# at most the fetch timeouts of its sources, so 15 minutes means it hangs or does not run.
HEALTH_ROUND_LATE_S = 900.0
# How often the daemon checks health apart from its rounds, so a hung round is still noticed.
HEALTH_CHECK_INTERVAL_S = 60.0

# Entries in the Atom feed of changes: a season's whole story (a few dozen changes) with room to
# spare, while a reader polling it every few minutes fetches tens of kilobytes, not megabytes.
FEED_ENTRIES = 100

# Claims `claimwatch history` lists per show unless --limit says otherwise: the newest, a screenful or two.
# A kind of a busy show gathers thousands, and listing them all took ~700 ms at 10,000 (bench/storage_scale.py).
HISTORY_LIMIT = 50

# Article texts are dropped after half a year: a season's news is long settled by then, and the claims
# and their sentences (what the ledger and the alerts read) stay. Texts are most of a database's size.
KEEP_BODIES_S = 180 * 86400.0
# Bodies dropped per round at most: one indexed read and one short write, however far behind the daemon is.
BODY_DROP_BATCH = 500

# --- how fast news is heard (issue 18: adaptive intervals, bursts, push) ---
# A source's interval follows how often it publishes, within these bounds unless it sets its own: never
# more than one poll per 5 minutes (polite to any site), never less than one a day (a blog that wakes up).
ADAPTIVE_MIN_INTERVAL_S = 300
ADAPTIVE_MAX_INTERVAL_S = 86400
# When an article changes a belief, the topic's other sources are polled soon, once; a source takes at most
# this many such extra polls an hour, so a day of big news cannot turn into a poll every minute.
BURST_POLLS = 2
# While a WebSub subscription is live its hub pushes new entries; polling then only checks this often,
# in case the hub drops one. When the lease lapses the source's own interval comes back.
PUSH_SAFETY_INTERVAL_S = 6 * 3600
# An adaptive interval is sqrt(ADAPTIVE_POLL_COST_S x the time between two entries): the square-root law,
# which gives the least total delay over all entries for a given number of polls (Miniflux and FreshRSS poll
# once per expected entry: quiet sites too often, busy ones too seldom). 30 s, tuned on bench/latency.py
# (60 s saved a third of the polls but made the p95 half as long again): a 12-a-day site is polled every
# ~8m, a daily blog every ~27m, a weekly one every ~70m.
ADAPTIVE_POLL_COST_S = 30.0
# The window of publications a rate is read from, and the least of it that is evidence: a source is given
# its configured interval until it has been watched (or its listing reaches back) this long, or it publishes.
PUBLICATION_WINDOW_S = 7 * 86400
ADAPTIVE_LEARNING_S = 86400

# --- push by WebSub (claimwatch/websub.py, claimwatch/web/callback.py) ---
# The lease asked of a hub: ten days, the default of the common hubs; a hub may grant another, which is kept.
WEBSUB_LEASE_S = 10 * 86400
# A longer lease a hub grants is taken as this: renewing a year-long lease after ten months costs nothing.
WEBSUB_MAX_LEASE_S = 365 * 86400
# A live subscription is renewed once this share of its lease is past: a fifth of it (two days of ten) is left
# for a hub that is down or slow to verify, and a failed renewal is asked again after WEBSUB_RETRY_S.
WEBSUB_RENEW_AT_SHARE = 0.8
WEBSUB_RETRY_S = 600.0
# A subscription the hub has not verified within this long is lapsed (the hub dropped the request); the next
# poll that finds the hub asks again, at most once per WEBSUB_RESUBSCRIBE_S, and a denied one after a day.
WEBSUB_PENDING_S = 3600.0
WEBSUB_RESUBSCRIBE_S = 3600.0
WEBSUB_DENIED_RETRY_S = 86400.0
# How often leases are checked for renewal and lapse: a minute late on a lease of days is nothing.
WEBSUB_CHECK_INTERVAL_S = 60.0
# The largest delivery accepted: a feed of a few dozen entries is tens of kilobytes; more is refused (413)
# before it is read whole, so the public callback cannot be made to hold gigabytes.
WEBSUB_MAX_BODY_BYTES = 1024 * 1024
# The callback's path under [daemon] public_url, one unguessable id per subscription after it: the one path of
# the web server its token does not guard (hubs carry no token).
WEBSUB_CALLBACK_PATH = "/websub/"
