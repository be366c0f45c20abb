"""A season's initial state as a message: one line per belief, its sentence and link, on every kind of channel."""

from __future__ import annotations

from notifier import Alert, AlertGroup, make_channel
from notifier.group import render_group

BELIEFS = [
    {"kind": "renewal", "change": "first", "value": "renewed", "certainty": "official", "tier": "confirmed",
     "sources": 2, "evidence": [{"url": "https://news.example/renewed", "site": "Zombie Screen Weekly",
                                 "sentence": "Netflix has renewed the series for a second season."}]},
    {"kind": "episode_count", "change": "first", "value": 12, "certainty": "reported", "tier": "rumoured",
     "sources": 1, "evidence": [{"url": "https://news.example/episodes", "site": "<b>Desk</b>",
                                 "sentence": "The season will have 12 episodes, a source said."}]},
]


def initial_state(beliefs: list[dict]) -> Alert:
    return Alert.from_change({"id": 40, "show": "all-of-us-are-dead", "season": 2, "kind": "health",
                              "change": "baseline", "value": {"beliefs": beliefs}}, show_title="All of Us Are Dead")


def test_the_initial_state_lists_each_belief_with_its_sentence_and_link():
    message = render_group(AlertGroup((initial_state(BELIEFS),)))
    assert message.subject == "All of Us Are Dead S2: initial state, 2 beliefs"
    assert "• renewal (confirmed, 2 sources)\n    “Netflix has renewed the series for a second season.”\n" \
           "    — Zombie Screen Weekly, https://news.example/renewed\n" in message.text
    assert "• 12 episodes (rumoured, 1 source)" in message.text
    assert "&lt;b&gt;Desk&lt;/b&gt;" in message.html and "<b>Desk</b>" not in message.html
    assert "Sent by claimwatch (change #40)." in message.text


def test_a_season_with_nothing_announced_says_so():
    assert render_group(AlertGroup((initial_state([]),))).subject == \
        "All of Us Are Dead S2: initial state, nothing announced yet"


def test_every_channel_hears_the_initial_state_of_its_shows_whatever_its_filters():
    alert = initial_state(BELIEFS)
    strict = make_channel("strict", {"type": "console", "kinds": ["cast"], "tier": "confirmed"})
    other_show = make_channel("other", {"type": "console", "shows": ["sweet-home"]})
    health_only = make_channel("ops", {"type": "console", "kinds": [], "health": True})
    assert strict.accepts(alert) and not other_show.accepts(alert) and not health_only.accepts(alert)


async def test_a_chat_channel_quotes_the_beliefs_sentences(webhook_receiver):
    channel = make_channel("team", {"type": "slack", "url": webhook_receiver.url("/services/T1/B2/x")})
    await channel.send(initial_state(BELIEFS), idempotency_key="k")
    text = webhook_receiver.requests[0].json()["text"]
    assert text.startswith("*All of Us Are Dead S2: initial state, 2 beliefs*\n")
    assert "Netflix has renewed the series" in text and "12 episodes, a source said" in text
