"""Every default of the notifier, each with the reason for its value."""

from __future__ import annotations

# Attempts of one alert on one channel before it is a dead letter: with the back-off below that is
# about two hours of trying, long enough to ride out a mail server restart or a deploy.
MAX_ATTEMPTS = 8
# The first wait after a failure; doubled each attempt. Long enough not to hammer a struggling server.
BASE_DELAY_S = 30.0
# The longest wait between two attempts, so a recovered receiver gets its alert within the hour.
MAX_DELAY_S = 3600.0
# Each wait is scaled by a random factor in [1 - JITTER, 1 + JITTER], so that many workers (or many
# alerts failing together) do not retry in lock-step.
JITTER = 0.2
# A receiver's Retry-After is honoured up to this; a date a week ahead is more likely a bug than a plan.
MAX_RETRY_AFTER_S = 86400.0

# SMTP: a slow server still answers within this; longer only holds the delivery loop.
SMTP_TIMEOUT_S = 30.0
SMTP_SECURITY = "starttls"  # the submission port's usual mode (RFC 8314 prefers tls, both are common)
SMTP_PORTS = {"starttls": 587, "tls": 465, "none": 25}  # the well-known port of each mode

# Webhooks: receivers should answer fast and queue their work; Slack and GitHub allow about 10 s.
WEBHOOK_TIMEOUT_S = 10.0
USER_AGENT = "claimwatch/0.1 (alerts)"
# How much of a failed receiver's answer goes into the error message: enough to see why, no more.
ERROR_BODY_CHARS = 200

# Chat platforms cut longer messages: Discord refuses content over 2000 characters, Slack truncates
# text over 40000 but shows only about 4000 comfortably.
DISCORD_MAX_CHARS = 2000
SLACK_MAX_CHARS = 3900
# Gmail clips an email body past about 102 kB and hides the rest behind a link of its own; shortening
# first keeps our link to the rest visible.
EMAIL_MAX_CHARS = 100_000
# Evidence sentences shown in one alert; past this a message is a wall of quotes.
MAX_EVIDENCE = 5
