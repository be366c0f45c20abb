"""Every default of the fetcher, in one place, each with the reason for its value.

``claimwatch.toml``'s ``[fetch]`` table may override any field by name.
"""

from __future__ import annotations

from dataclasses import dataclass

# Names the tool and where to read about it, so a site owner can find out who is calling.
USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"

# A news server that has not accepted a connection in 10 s is down or overloaded.
CONNECT_TIMEOUT_S = 10.0
# The longest silence between two reads of one response: slow CMSs take seconds to render a page.
READ_TIMEOUT_S = 20.0
# The whole of one attempt, redirect hop included: a server that trickles bytes cannot hold us forever.
TOTAL_TIMEOUT_S = 60.0
# A news article is rarely above 1 MiB of HTML; 5 MiB leaves room for bloated templates and big feeds.
MAX_BODY_BYTES = 5 * 1024 * 1024
# The sitemap protocol's own limit (50 MB uncompressed, 50,000 URLs): an archive sitemap may be that big.
MAX_SITEMAP_BYTES = 50 * 1000 * 1000
# robots.txt is read up to 500 KiB, the limit RFC 9309 asks crawlers to support.
MAX_ROBOTS_BYTES = 500 * 1024
# Browsers allow about 20; news sites need two or three (http -> https -> www); more is a loop or a trap.
MAX_REDIRECTS = 5
# All requests at once, over all hosts: enough to overlap slow servers, few enough for a small machine.
MAX_IN_FLIGHT = 8
# At most two requests open to one host, like a polite browser tab, never a burst.
PER_HOST_IN_FLIGHT = 2
# Seconds between two request starts to one host, unless its robots.txt asks for more.
PER_HOST_DELAY_S = 1.0
# A Crawl-delay above this is capped: one absurd robots.txt must not stall a whole poll round.
MAX_CRAWL_DELAY_S = 30.0
# Transient failures (connection errors, 5xx, 429) are retried this often within one fetch;
# the daemon's own back-off takes over after that. A timeout is never retried within the fetch: a
# body trickled at a byte a second would otherwise hold the round for (RETRIES + 1) x TOTAL_TIMEOUT_S.
RETRIES = 2
# First back-off before a retry, doubled each time, plus up to as much again of jitter.
RETRY_BACKOFF_S = 1.0
# A Retry-After longer than this is not waited for inside a fetch: the fetch fails as transient and
# the next poll tries again, so one rate-limited host never blocks the round.
MAX_RETRY_AFTER_S = 30.0
# What the stages downstream can read: HTML pages, feeds, WordPress JSON and plain text.
ALLOWED_CONTENT_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/plain",
)
# What a sitemap source also takes: sitemaps are often served as gzip files (sitemap.xml.gz).
SITEMAP_CONTENT_TYPES = (
    *ALLOWED_CONTENT_TYPES,
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
)
# An idle kept-alive connection is closed after this long: a round's requests to one host reuse it,
# and a server's own keep-alive timeout (often 5-15 s) would close it soon after anyway.
KEEPALIVE_EXPIRY_S = 5.0
# Connection pools (one per host) kept at most; the least recently used idle ones are closed past
# it, so months of watching new hosts do not pile up pools.
MAX_HOST_POOLS = 512
# A site's robots.txt is trusted for a day, as Google does.
ROBOTS_TTL_S = 24 * 3600.0
# An unreachable or failing robots.txt disallows the host only briefly, so one outage does not
# keep a source silent for a whole day.
ROBOTS_ERROR_TTL_S = 600.0


@dataclass(frozen=True)
class FetchSettings:
    """How the fetcher behaves; every default is explained by its constant above."""

    user_agent: str = USER_AGENT
    connect_timeout_s: float = CONNECT_TIMEOUT_S
    read_timeout_s: float = READ_TIMEOUT_S
    total_timeout_s: float = TOTAL_TIMEOUT_S
    max_body_bytes: int = MAX_BODY_BYTES
    max_robots_bytes: int = MAX_ROBOTS_BYTES
    max_sitemap_bytes: int = MAX_SITEMAP_BYTES
    max_redirects: int = MAX_REDIRECTS
    max_in_flight: int = MAX_IN_FLIGHT
    per_host_in_flight: int = PER_HOST_IN_FLIGHT
    per_host_delay_s: float = PER_HOST_DELAY_S
    max_crawl_delay_s: float = MAX_CRAWL_DELAY_S
    retries: int = RETRIES
    retry_backoff_s: float = RETRY_BACKOFF_S
    max_retry_after_s: float = MAX_RETRY_AFTER_S
    allowed_content_types: tuple[str, ...] = ALLOWED_CONTENT_TYPES
    keepalive_expiry_s: float = KEEPALIVE_EXPIRY_S
    max_host_pools: int = MAX_HOST_POOLS
    obey_robots: bool = True
    robots_ttl_s: float = ROBOTS_TTL_S
    robots_error_ttl_s: float = ROBOTS_ERROR_TTL_S
    # Addresses, CIDR networks or host names let past the address guard: nothing by default, since
    # a feed must never lead us to the machine's own services; the demo and tests allow loopback.
    allow_hosts: tuple[str, ...] = ()

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt groups are matched against ("claimwatch")."""
        return self.user_agent.split("/", 1)[0].strip() or self.user_agent
