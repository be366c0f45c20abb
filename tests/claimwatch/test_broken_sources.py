"""A source whose own document is broken fails the poll, with the reason, as a dead one does."""

from __future__ import annotations

import dataclasses
import gzip

import storage
from claimwatch.daemon import Daemon
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from notifier import RetryPolicy
from scraper.sources.rss import parse_feed_document
from scraper.types import SourceConfig
from tests.claimwatch.test_cli import claimwatch
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import LocalServer

RSS = {"Content-Type": "application/rss+xml"}
MALFORMED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>a</title>'
ENTITIES = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 8))
BOMB = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{ENTITIES}]><rss version="2.0"><channel>'
        '<title>&l7;</title><item><title>a</title><link>http://127.0.0.1/a</link></item></channel></rss>')
XXE = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0">'
       '<channel><title>&x;</title></channel></rss>')


def daemon_for(engine, *sources: SourceConfig, **fetch: int) -> Daemon:
    topic = dataclasses.replace(load_topic(), sources=sources)
    return Daemon(context=Context(engine=engine, topic=topic), fetch_settings=dataclasses.replace(TEST_FETCH, **fetch),
                  worker="test", policy=RetryPolicy(max_attempts=2, base_s=0.1, max_s=0.2))


def source(name: str, kind: str, url: str) -> SourceConfig:
    return SourceConfig(name=name, kind=kind, url=url, interval_s=600, options={"filter": False})


async def poll_all(engine, server: LocalServer, sources: list[tuple[str, str, str]], **fetch: int):
    configs = [source(name, kind, server.url(path)) for name, kind, path in sources]
    async with daemon_for(engine, *configs, **fetch) as daemon:
        results = {r.source: r for r in await daemon.run_once()}
    with storage.transaction(engine) as session:
        status = {s.name: s for s in storage.list_sources(session)}
    return results, status


async def test_a_malformed_or_refused_feed_is_a_source_failure_with_its_reason(engine):
    with LocalServer() as site:
        site.route("/malformed.xml", body=MALFORMED, headers=RSS)
        site.route("/bomb.xml", body=BOMB, headers=RSS)
        site.route("/xxe.xml", body=XXE, headers=RSS)
        results, status = await poll_all(engine, site, [("malformed", "rss", "/malformed.xml"),
                                                       ("bomb", "rss", "/bomb.xml"), ("xxe", "rss", "/xxe.xml")])
    assert not results["malformed"].ok and "feed is malformed" in (results["malformed"].error or "")
    for name in ("bomb", "xxe"):
        assert not results[name].ok
        assert "feed declares XML entities (an entity bomb or XXE?), refused" in (results[name].error or "")
    assert all(status[name].failures == 1 and status[name].last_error for name in ("malformed", "bomb", "xxe"))


async def test_a_sitemap_too_big_to_unpack_is_a_source_failure_with_its_reason(engine):
    with LocalServer() as site:
        site.route("/sitemap.xml.gz", body=gzip.compress(b"<urlset>" + b" " * 200_000 + b"</urlset>"),
                   headers={"Content-Type": "application/gzip"})
        results, status = await poll_all(engine, site, [("map", "sitemap", "/sitemap.xml.gz")],
                                         max_sitemap_bytes=100_000)
    assert not results["map"].ok
    assert "sitemap could not be unpacked: body is larger than the limit" in (results["map"].error or "")
    assert status["map"].failures == 1


def test_run_once_exits_non_zero_and_says_why_when_a_feed_is_malformed(tmp_path):
    with LocalServer() as site:
        site.route("/feed.xml", body=MALFORMED, headers=RSS)
        topic = tmp_path / "topic.toml"
        topic.write_text(f'slug = "all-of-us-are-dead"\ntitle = "All of Us Are Dead"\nseason = 2\n\n'
                         f'[[sources]]\nname = "broken-feed"\nkind = "rss"\nurl = "{site.url("/feed.xml")}"\n')
        config = tmp_path / "claimwatch.toml"
        config.write_text(f'topic = "{topic}"\n\n[fetch]\nallow_hosts = ["127.0.0.1"]\n')
        result = claimwatch("--config", str(config), "run", "--once", "--db", str(tmp_path / "cw.db"))
    assert result.returncode == 1
    [row] = [line for line in result.stdout.splitlines() if line.startswith("all-of-us-are-dead/broken-feed")]
    assert "failed" in row and "feed is malformed" in row


def test_a_feed_nested_past_the_limit_is_refused_before_parsing_but_html_in_cdata_is_not_nesting():
    deep = b'<?xml version="1.0"?><rss version="2.0"><channel>' + b"<item><title>" * 100_000
    failure = parse_feed_document(deep, url="https://x.example/feed").failure or ""
    assert failure.startswith("https://x.example/feed: feed too deep: more than 400 nested elements (at character ")
    cdata = ('<rss version="2.0"><channel><item><title>a</title><link>https://x.example/a</link><description>'
             '<![CDATA[' + "<div>" * 3000 + "Season 2]]></description></item></channel></rss>")
    feed = parse_feed_document(cdata.encode(), url="https://x.example/feed")
    assert feed.failure is None and [lead.summary for lead in feed.leads] == ["Season 2"]
