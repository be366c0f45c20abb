"""The Atom feed of changes, read back with feedparser as a feed reader would."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser

from notifier.feed import ATOM, atom_feed


def feed_of(*alerts):
    return atom_feed(list(alerts), show="all-of-us-are-dead", season=2, title="All of Us Are Dead",
                     self_url="https://example.org/aouad.xml")


def test_the_feed_is_valid_atom_with_one_entry_per_change_newest_first(make_alert):
    xml = feed_of(make_alert(), make_alert(id=8, at="2026-02-02T10:00:00+00:00", kind="episode_count", value=8,
                                           previous=None, change="first"))
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.id == "tag:claimwatch.invalid,2026:all-of-us-are-dead:s2"
    assert [e.id for e in parsed.entries] == ["tag:claimwatch.invalid,2026:all-of-us-are-dead:s2:change:8",
                                             "tag:claimwatch.invalid,2026:all-of-us-are-dead:s2:change:7"]
    first = parsed.entries[1]
    assert first.title == "All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026"
    assert first.link == "https://example.org/a"
    assert first.updated == "2026-02-01T10:00:00Z"
    assert "second run now lands on the streamer in March 2026" in first.content[0].value


def test_entry_ids_are_the_same_when_the_feed_is_written_again(make_alert):
    ids = [feedparser.parse(feed_of(make_alert())).entries[0].id for _ in range(2)]
    assert ids[0] == ids[1]


def test_scraped_markup_is_text_in_the_feed_never_markup(make_alert):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> ]]> &amp; </content>'
    evidence = [{"url": "https://example.org/a", "site": hostile, "sentence": hostile}]
    xml = feed_of(make_alert(evidence=evidence))
    root = ET.fromstring(xml)  # well-formed whatever was scraped
    content = root.find(f"{{{ATOM}}}entry/{{{ATOM}}}content")
    assert content is not None and content.get("type") == "html"
    # Once the XML is read, the entry's HTML still shows the scraped markup as escaped text.
    assert "<script>" not in content.text and "&lt;script&gt;" in content.text
    assert "<img" not in content.text
    summary = feedparser.parse(xml).entries[0].summary
    assert hostile in summary  # the plain-text summary keeps it as the reader's text
