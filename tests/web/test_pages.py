"""The pages' filters and what they say with nothing stored, as a reader sees them (HTML over HTTP)."""

from __future__ import annotations

import re

import storage
from tests.storage.factory import when
from tests.web.conftest import serving


def rows(html: str) -> list[str]:
    """The text of each table body row, tags dropped."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in body.split("<tr>")[1:]]


def test_changes_are_filtered_by_kind_certainty_and_dates(served, client):
    release = rows(client.get(served + "/changes?kind=release_date").text)
    assert [row.split()[0] for row in release] == ["2026-01-15", "2025-06-10", "2023-11-02"]
    official = rows(client.get(served + "/changes?kind=release_date&certainty=official").text)
    assert len(official) == 1 and "March 13, 2026" in official[0]
    dated = rows(client.get(served + "/changes?since=2025-06-01&until=2025-06-30").text)
    assert [row.split()[0] for row in dated] == ["2025-06-10", "2025-06-10"]
    assert "No changes match these filters" in client.get(served + "/changes?since=2030-01-01").text
    assert client.get(served + "/changes?since=soon").status_code == 400


def test_the_changes_page_gives_the_atom_feed_url(served, client):
    assert f"<code>{served}/feed.atom</code>" in client.get(served + "/changes").text


def test_articles_are_searched_by_text_language_and_status(served, client):
    assert len(rows(client.get(served + "/articles").text)) == 6
    [found] = rows(client.get(served + "/articles?q=premiere+date").text)
    assert "The premiere date is set" in found and "original" in found
    assert "No articles match" in client.get(served + "/articles?lang=ko").text
    assert len(rows(client.get(served + "/articles?lang=en&status=with-claims").text)) == 6


def test_sources_list_the_topics_sources_not_polled_yet_and_what_health_checks_find(filled, client):
    with storage.transaction(filled) as session:
        storage.set_health(session, "source-failing:soompi", active=True, since=when("2026-02-01"),
                           detail="HTTP 503 <b>from</b> the site")
    with serving(filled) as base:
        html = client.get(base + "/sources").text
    assert html.count("not polled yet") >= 2
    assert "<code>source-failing:soompi</code> since 2026-02-01 00:00" in html
    assert "HTTP 503 &lt;b&gt;from&lt;/b&gt; the site" in html


def test_an_empty_database_says_there_is_nothing_yet(engine, client):
    with serving(engine) as base:
        assert "No claims yet" in client.get(base + "/").text
        assert "No release date claims yet" in client.get(base + "/timeline/release_date").text
        assert "The outbox is empty" in client.get(base + "/outbox").text
        assert client.get(base + "/timeline/budget").status_code == 404
