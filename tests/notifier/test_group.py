"""Grouped alerts: the changes one article caused read as one message, listed one by one inside it."""

from __future__ import annotations

import feedparser

from notifier import AlertGroup, group_alerts, group_payload, render, render_group
from notifier.channels.console import ConsoleChannel
from notifier.digest import digest_lines, digest_payload
from notifier.feed import atom_feed
from notifier.group import group_subject
from notifier.types import Digest

SAID = "Lee Min-jae, Park Ji-hu and Yoon Chan-young are among the new faces of the second season, two outlets report."


def cast_added(make_alert, number: int, name: str, **extra):
    change = {"id": number, "kind": "cast", "change": "added", "previous": None, "previous_certainty": None,
              "value": {"name": name, "character": None, "status": "new"}, "sources": 2, "article_id": 40,
              "evidence": [{"url": "https://example.org/cast", "site": "example.org", "sentence": SAID}]}
    return make_alert(**(change | extra))


def three_new_faces(make_alert) -> AlertGroup:
    return AlertGroup(tuple(cast_added(make_alert, number, name) for number, name in
                            [(11, "Lee Min-jae"), (12, "Park Ji-hu"), (13, "Yoon Chan-young")]))


def test_three_people_one_article_added_read_as_one_line(make_alert):
    assert group_subject(three_new_faces(make_alert)) == (
        "All of Us Are Dead S2: 3 new cast members: Lee Min-jae, Park Ji-hu, Yoon Chan-young (reported, 2 sources)"
    )


def test_people_of_different_tiers_each_say_theirs(make_alert):
    group = AlertGroup((cast_added(make_alert, 11, "Lee Min-jae"),
                        cast_added(make_alert, 12, "Park Ji-hu", certainty="official", sources=1)))
    assert group_subject(group) == ("All of Us Are Dead S2: 2 new cast members: Lee Min-jae (reported, 2 sources), "
                                    "Park Ji-hu (confirmed, 1 source)")


def test_other_changes_of_the_article_keep_their_own_line(make_alert):
    episodes = make_alert(id=14, kind="episode_count", change="first", value=8, previous=None, article_id=40)
    group = AlertGroup((*three_new_faces(make_alert).alerts, episodes))
    assert group_subject(group).endswith(
        "Yoon Chan-young (reported, 2 sources); episode count now 8 episodes (reported, 3 sources), was: not announced"
    )


def test_a_group_of_one_renders_exactly_as_the_alert_alone(alert):
    assert render_group(AlertGroup((alert,))) == render(alert)


def test_the_body_lists_each_change_then_its_details_and_names_every_change_id(make_alert):
    text = render_group(three_new_faces(make_alert)).text
    assert text.count("• ") == 3 and "1. Lee Min-jae joins the cast (reported)" in text
    assert text.count("Tier: reported") == 3
    assert text.rstrip().endswith("Sent by claimwatch (changes #11, #12, #13).")


def test_alerts_group_by_article_in_the_order_they_came(make_alert):
    lone = make_alert(id=9, article_id=None)
    other = make_alert(id=10, article_id=41)
    group = three_new_faces(make_alert).alerts
    groups = group_alerts([lone, group[0], other, group[1], group[2]])
    assert [g.ids for g in groups] == [(9,), (11, 12, 13), (10,)]


def test_the_payload_keeps_change_and_lists_every_change_with_its_tier(make_alert):
    payload = group_payload(three_new_faces(make_alert))
    assert payload["version"] == 2 and payload["id"] == 11
    assert payload["subject"].startswith("All of Us Are Dead S2: 3 new cast members: ")
    assert [c["id"] for c in payload["changes"]] == [11, 12, 13]
    assert payload["change"] == payload["changes"][0]
    assert {c["tier"] for c in payload["changes"]} == {"reported"}
    assert {c["article_id"] for c in payload["changes"]} == {40}


def test_a_digest_lists_one_line_per_article_and_says_which_changes_each_holds(make_alert):
    lone = make_alert(id=9, article_id=None)
    digest = Digest((lone, *three_new_faces(make_alert).alerts), lone.at, lone.at)  # type: ignore[arg-type]
    assert len(digest_lines(digest)) == 2
    payload = digest_payload(digest, "key")
    assert [a["changes"] for a in payload["alerts"]] == [[9], [11, 12, 13]]
    assert [c["id"] for c in payload["changes"]] == [9, 11, 12, 13]


def test_the_feed_has_one_entry_per_article(make_alert):
    lone = make_alert(id=9, article_id=None, at="2026-01-01T10:00:00+00:00")
    xml = atom_feed([lone, *three_new_faces(make_alert).alerts], show="all-of-us-are-dead", season=2,
                    title="All of Us Are Dead")
    entries = feedparser.parse(xml).entries
    assert [e.id.rsplit(":", 1)[1] for e in entries] == ["11", "9"]
    assert entries[0].title.startswith("All of Us Are Dead S2: 3 new cast members: Lee Min-jae")
    assert [t.term for t in entries[0].tags] == ["cast"]


async def test_the_console_quotes_a_sentence_shared_by_the_group_once(make_alert, capsys):
    await ConsoleChannel("console", {"type": "console"}).send_group(three_new_faces(make_alert), idempotency_key="k")
    out = capsys.readouterr().out
    assert out.startswith("All of Us Are Dead S2: 3 new cast members:") and out.count(SAID) == 1
