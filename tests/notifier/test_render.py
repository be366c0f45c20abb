"""Rendering: the subject line says the change; bodies quote the evidence; HTML escapes all scraped text."""

from __future__ import annotations

import pytest

from notifier import Alert, render, test_alert
from notifier.describe import format_window

PERSON = {"name": "Lee Min-jae", "character": None, "status": "new"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, "All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026"),
        (
            {"change": "first", "previous": None, "previous_certainty": None, "sources": 1},
            "All of Us Are Dead S2: release window now March 2026 (rumoured, 1 source), was: not announced",
        ),
        (
            {
                "change": "certainty",
                "certainty": "official",
                "previous_certainty": "reported",
                "previous": None,
                "sources": 2,
            },
            "All of Us Are Dead S2: release window March 2026 now official (confirmed, 2 sources), was reported",
        ),
        (
            {"change": "withdrawn", "value": None, "certainty": None, "previous_certainty": "speculative"},
            "All of Us Are Dead S2: release window withdrawn (reported), was: early 2026",
        ),
        (
            {"kind": "cast", "change": "added", "value": PERSON, "previous": None, "certainty": "official"},
            "All of Us Are Dead S2: Lee Min-jae joins the cast (confirmed)",
        ),
        (
            {
                "kind": "cast",
                "change": "added",
                "certainty": "reported",
                "previous": None,
                "value": {"name": "Park Ji-hu", "character": "Nam On-jo", "status": "returning"},
            },
            "All of Us Are Dead S2: Park Ji-hu returns as Nam On-jo (reported)",
        ),
        (
            {
                "kind": "cast",
                "change": "added",
                "certainty": "reported",
                "previous": None,
                "value": {"name": "Kim Example", "character": None, "status": "departing"},
            },
            "All of Us Are Dead S2: Kim Example leaves the cast (reported)",
        ),
        (
            {
                "kind": "cast",
                "change": "removed",
                "value": None,
                "previous": PERSON,
                "certainty": None,
                "sources": 0,
            },
            "All of Us Are Dead S2: Lee Min-jae no longer in the cast (rumoured)",
        ),
        (
            {"kind": "episode_count", "change": "contradiction", "value": 12, "previous": 8},
            "All of Us Are Dead S2: sources disagree on episode count: 8 episodes vs 12 episodes (reported)",
        ),
        (
            {"kind": "episode_count", "change": "value", "value": 12, "previous": 8, "sources": 1},
            "All of Us Are Dead S2: episode count now 12 episodes (rumoured, 1 source), was: 8 episodes",
        ),
        (
            {
                "kind": "renewal",
                "change": "first",
                "value": "renewed",
                "previous": None,
                "certainty": "official",
                "sources": 2,
            },
            "All of Us Are Dead S2: renewed (confirmed, 2 sources)",
        ),
        (
            {
                "kind": "renewal",
                "change": "certainty",
                "value": "renewed",
                "previous": None,
                "certainty": "official",
                "previous_certainty": "speculative",
                "sources": 1,
            },
            "All of Us Are Dead S2: renewal now official (confirmed, 1 source), was speculative",
        ),
        (
            {
                "kind": "director",
                "change": "first",
                "value": {"name": "Lee Jae-kyoo"},
                "previous": None,
                "certainty": "official",
            },
            "All of Us Are Dead S2: Lee Jae-kyoo to direct (confirmed)",
        ),
        (
            {
                "kind": "writer",
                "change": "value",
                "value": {"name": "Chun Sung-il"},
                "previous": {"name": "Someone Else"},
                "sources": 1,
            },
            "All of Us Are Dead S2: writer now Chun Sung-il (rumoured, 1 source), was: Someone Else",
        ),
        (
            {
                "kind": "filming_start",
                "change": "first",
                "previous": None,
                "sources": 1,
                "value": {"start": "2025-08-01", "end": "2025-08-14", "text": "has begun"},
            },
            "All of Us Are Dead S2: filming start now 1 August to 14 August 2025 (rumoured, 1 source), was: not announced",
        ),
        (
            {"season": None},
            "All of Us Are Dead: release window now March 2026 (reported, 3 sources), was: early 2026",
        ),
    ],
)
def test_subject_says_the_change_in_one_line(make_alert, change, expected):
    assert render(make_alert(**change)).subject == expected


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2026-03-13", "2026-03-13", "13 March 2026"),
        ("2026-03-01", "2026-03-31", "March 2026"),
        ("2026-01-01", "2026-12-31", "2026"),
        ("2026-01-01", "2026-04-30", "early 2026"),
        ("2026-05-01", "2026-08-31", "mid 2026"),
        ("2026-09-01", "2026-12-31", "late 2026"),
        ("2026-06-01", "2026-08-31", "June to August 2026"),
        ("2025-12-20", "2026-01-10", "20 December 2025 to 10 January 2026"),
    ],
)
def test_windows_read_as_a_person_would_say_them(start, end, words):
    assert format_window({"start": start, "end": end, "text": "whatever was written"}) == words


def test_a_relative_phrase_is_shown_as_the_dates_it_meant_and_as_written(make_alert):
    message = render(make_alert(value={"start": "2026-03-01", "end": "2026-03-31", "text": "next month"}))
    assert "release window now March 2026" in message.subject
    assert "March 2026 (written “next month”)" in message.text


def test_text_body_quotes_the_evidence_with_site_source_and_link(alert):
    text = render(alert).text
    assert "Now: March 2026, reported" in text
    assert "Before: early 2026, speculative" in text
    assert "“The zombie drama's second run now lands on the streamer in March 2026.”" in text
    assert "— example.org (according to Variety), https://example.org/a" in text
    assert "Also reported at:\n  https://news.example.com/b" in text


def test_contradiction_body_names_the_belief_and_the_disagreeing_claim(make_alert):
    text = render(
        make_alert(
            kind="episode_count", change="contradiction", value=12, previous=8, previous_certainty="reported"
        )
    ).text
    assert "Current belief: 8 episodes, reported" in text
    assert "Disagreeing claim: 12 episodes, reported" in text


def test_a_scraped_script_is_escaped_in_html(make_alert):
    evidence = [
        {
            "url": "https://example.org/a",
            "site": "<b>site</b>",
            "attributed_to": "<i>x</i>",
            "sentence": 'Season 2 <script>alert("boo")</script> premieres soon.',
        }
    ]
    html = render(make_alert(evidence=evidence)).html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;boo&quot;)&lt;/script&gt;" in html
    assert "<b>" not in html and "<i>" not in html


def test_scraped_cast_name_is_escaped_in_the_html_subject(make_alert):
    html = render(
        make_alert(
            kind="cast",
            change="added",
            previous=None,
            value={"name": "<img src=x onerror=alert(1)>", "status": "new"},
        )
    ).html
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; joins the cast" in html


def test_only_http_links_become_anchors(make_alert):
    evidence = [{"url": "javascript:alert(1)", "site": "evil.example", "sentence": "A sentence about it."}]
    html = render(make_alert(evidence=evidence, urls=["javascript:alert(1)"])).html
    assert 'href="javascript' not in html
    assert "evil.example" in html


def test_line_breaks_and_terminal_escapes_in_scraped_text_never_reach_the_subject(make_alert):
    person = {"name": "Lee\r\nBcc: victim@example.org\x1b[31m", "status": "new"}
    message = render(make_alert(kind="cast", change="added", previous=None, value=person))
    assert (
        message.subject == "All of Us Are Dead S2: Lee Bcc: victim@example.org [31m joins the cast (reported)"
    )
    assert "\x1b" not in message.text


def test_a_test_alert_says_it_is_a_test():
    message = render(test_alert("All of Us Are Dead"))
    assert message.subject.startswith("[test] All of Us Are Dead: release window now")
    assert "no belief has changed" in message.text


def test_a_change_missing_keys_still_renders():
    alert = Alert.from_change({"kind": "episode_count", "change": "first", "value": 9}, show_title="Show")
    assert render(alert).subject == "Show: episode count now 9 episodes (rumoured), was: not announced"


def test_evidence_beyond_the_limit_is_counted_not_quoted(make_alert):
    evidence = [
        {"url": f"https://example.org/{n}", "site": "example.org", "sentence": f"Sentence number {n}."}
        for n in range(8)
    ]
    text = render(make_alert(evidence=evidence)).text
    assert "Sentence number 4." in text
    assert "Sentence number 5." not in text
    assert "and 3 more" in text


CONTRADICTION = {
    "kind": "release_date",
    "change": "contradiction",
    "value": {"start": "2026-05-01", "end": "2026-05-01", "text": "May 1"},
    "previous": {"start": "2026-03-13", "end": "2026-03-13", "text": "March 13"},
    "certainty": "reported",
    "previous_certainty": "reported",
    "sources": 1,
    "evidence": [
        {"url": "https://a.example/1", "site": "A Wire", "sentence": "It opens on 13 March.", "side": "belief"},
        {"url": "https://b.example/2", "site": "B Daily", "sentence": "It opens on 1 May.", "side": "claim"},
    ],
}


def test_a_contradiction_says_both_sides_and_who_says_each(make_alert):
    message = render(make_alert(**CONTRADICTION))
    assert message.subject == (
        "All of Us Are Dead S2: sources disagree on release date: 13 March 2026 (A Wire) vs 1 May 2026 (B Daily; rumoured)"
    )
    belief, claim = message.text.index("Evidence for the current belief:"), message.text.index(
        "Evidence for the disagreeing claim:")
    assert belief < message.text.index("It opens on 13 March.") < claim < message.text.index("It opens on 1 May.")
    assert "<h3 style=\"font-size: 14px\">Evidence for the disagreeing claim</h3>" in message.html


def test_a_rumour_a_second_site_corroborates_says_its_new_tier():
    alert = Alert.from_change({"kind": "episode_count", "change": "corroborated", "value": 8, "tier": "reported",
                               "previous_tier": "rumoured", "sources": 2}, show_title="Show")
    assert render(alert).subject == "Show: 8 episodes now reported (2 sources), was rumoured"


def test_a_person_now_leaving_is_said_as_a_departure():
    alert = Alert.from_change({"kind": "cast", "change": "status", "tier": "reported",
                               "value": {"name": "Kim Ha-neul", "status": "departing"}}, show_title="Show")
    assert render(alert).subject == "Show: Kim Ha-neul leaves the cast (reported)"
