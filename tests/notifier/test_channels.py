"""The channel registry: kinds register themselves, options are checked, filters pick alerts."""

from __future__ import annotations

import io

import pytest

from notifier import CHANNEL_KINDS, ChannelConfigError, make_channel
from notifier.channels import Channel, ConsoleChannel
from notifier.channels.base import REGISTRY

HOOK = {"type": "webhook", "url": "https://example.org/hook"}
MAIL = {
    "type": "email",
    "host": "smtp.example.org",
    "from": "claimwatch <cw@example.org>",
    "to": "me@example.org",
}


def test_every_kind_is_registered_with_documented_options():
    assert CHANNEL_KINDS == ("apprise", "console", "discord", "email", "slack", "webhook")
    for kind in CHANNEL_KINDS:
        assert all(doc.strip() for doc in REGISTRY[kind].options.values())


def test_a_new_kind_registers_itself_by_declaring_kind():
    class PagerChannel(Channel):
        kind = "pager-test"
        options = {"number": "(required) who to page"}

    try:
        channel = make_channel("oncall", {"type": "pager-test", "number": "123"})
        assert isinstance(channel, PagerChannel)
    finally:
        del REGISTRY["pager-test"]


def test_an_unknown_type_names_the_channel_and_the_known_types():
    with pytest.raises(
        ChannelConfigError, match="channel 'pager': type: unknown channel type 'pager'; known: apprise, console"
    ):
        make_channel("pager", {"type": "pager"})


def test_an_unknown_key_names_the_channel_and_the_key():
    with pytest.raises(ChannelConfigError) as error:
        make_channel("hook", {**HOOK, "secrte": "whsec_x"})
    assert (error.value.channel, error.value.key) == ("hook", "secrte")
    assert str(error.value).startswith("channel 'hook': secrte: unknown option for a webhook channel")


def test_a_missing_required_key_is_named():
    with pytest.raises(ChannelConfigError, match="channel 'mail': to: is required for a email channel"):
        make_channel("mail", {key: value for key, value in MAIL.items() if key != "to"})


@pytest.mark.parametrize(
    ("config", "key"),
    [
        ({**MAIL, "security": "ssl"}, "security"),
        ({**MAIL, "port": "587"}, "port"),
        ({**MAIL, "to": "not an address"}, "to"),
        ({**MAIL, "from": "claimwatch <cw@example.org>\r\nBcc: x@example.org"}, "from"),
        ({**MAIL, "username": "cw"}, "password"),
        ({**MAIL, "timeout_s": 0}, "timeout_s"),
        ({**HOOK, "url": "ftp://example.org/hook"}, "url"),
        ({**HOOK, "secret": "whsec_not base64!"}, "secret"),
        ({**HOOK, "secret": "whsec_c2hvcnQ="}, "secret"),
        ({**HOOK, "headers": {"webhook-signature": "v1,forged"}}, "headers"),
        ({**HOOK, "kinds": ["release_date", "premiere"]}, "kinds"),
        ({**HOOK, "min_certainty": "confirmed"}, "min_certainty"),
    ],
)
def test_a_bad_value_is_refused_naming_its_key(config, key):
    with pytest.raises(ChannelConfigError) as error:
        make_channel("c", config)
    assert error.value.key == key


def test_email_port_follows_the_security_mode():
    assert make_channel("m", {**MAIL, "security": "tls"}).port == 465
    assert make_channel("m", MAIL).port == 587
    assert make_channel("m", {**MAIL, "security": "none", "port": 1025}).port == 1025


def test_without_filters_a_channel_takes_every_alert(make_alert):
    channel = make_channel("hook", HOOK)
    assert channel.accepts(make_alert(kind="cast", certainty="speculative"))


def test_kinds_filter_keeps_only_the_kinds_asked_for(make_alert):
    channel = make_channel("hook", {**HOOK, "kinds": ["release_date", "cast"]})
    assert channel.accepts(make_alert(kind="release_date"))
    assert not channel.accepts(make_alert(kind="episode_count", value=12, previous=8))


def test_min_certainty_drops_weaker_claims(make_alert):
    channel = make_channel("hook", {**HOOK, "min_certainty": "reported"})
    assert channel.accepts(make_alert(certainty="official"))
    assert channel.accepts(make_alert(certainty="reported"))
    assert not channel.accepts(make_alert(certainty="speculative"))


def test_a_withdrawal_is_judged_by_the_certainty_it_withdraws(make_alert):
    channel = make_channel("hook", {**HOOK, "min_certainty": "reported"})
    assert not channel.accepts(
        make_alert(change="withdrawn", value=None, certainty=None, previous_certainty="speculative")
    )
    assert channel.accepts(
        make_alert(change="withdrawn", value=None, certainty=None, previous_certainty="official")
    )


def test_shows_filter_keeps_only_the_shows_asked_for(make_alert):
    channel = make_channel("hook", {**HOOK, "shows": ["all-of-us-are-dead"]})
    assert channel.accepts(make_alert())
    assert not channel.accepts(make_alert(show="another-show"))


async def test_console_prints_the_subject_and_the_evidence(alert):
    channel = make_channel("console", {"type": "console"})
    assert isinstance(channel, ConsoleChannel)
    channel.stream = io.StringIO()
    await channel.send(alert, idempotency_key="cw-7-console")
    assert channel.stream.getvalue() == (
        "All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026\n"
        "  “The zombie drama's second run now lands on the streamer in March 2026.”\n"
        "  — example.org (according to Variety), https://example.org/a\n"
    )


async def test_console_prints_to_stdout_by_default(alert, capsys):
    await make_channel("console", {"type": "console"}).send(alert, idempotency_key="k")
    assert "release window now March 2026" in capsys.readouterr().out


def test_a_health_only_channel_takes_health_alerts_and_no_news(make_alert):
    ops = make_channel("ops", {"type": "console", "health": True, "kinds": []})
    news = make_channel("news", {"type": "console"})
    health = make_alert(kind="health", change="source_failing", value={"subject": "feed"}, certainty=None)
    assert ops.accepts(health) and not ops.accepts(make_alert())
    assert news.accepts(make_alert()) and not news.accepts(health)


def test_digest_and_health_options_are_checked():
    with pytest.raises(ChannelConfigError, match="digest: must be hourly, daily, weekly or a number of seconds"):
        make_channel("x", {"type": "console", "digest": "fortnightly"})
    with pytest.raises(ChannelConfigError, match="health: must be true or false"):
        make_channel("x", {"type": "console", "health": "yes"})
    assert make_channel("x", {"type": "console", "digest": "daily"}).digest_s == 86400


# --- tiers ------------------------------------------------------------------------------------------


def test_a_channel_hears_reported_and_confirmed_news_by_default(make_alert):
    channel = make_channel("hook", HOOK)
    assert channel.accepts(make_alert(tier="confirmed"))
    assert channel.accepts(make_alert(tier="reported"))
    assert not channel.accepts(make_alert(tier="rumoured"))


def test_a_rumour_against_the_current_belief_is_heard_whatever_the_tier(make_alert):
    contradiction = make_alert(change="contradiction", kind="episode_count", value=12, previous=8, tier="rumoured")
    assert make_channel("hook", HOOK).accepts(contradiction)
    assert make_channel("hook", {**HOOK, "tier": "confirmed"}).accepts(contradiction)


def test_the_tier_option_chooses_the_lowest_tier_heard(make_alert):
    everything = make_channel("hook", {**HOOK, "tier": "rumoured"})
    official_only = make_channel("hook", {**HOOK, "tier": "confirmed"})
    assert everything.accepts(make_alert(tier="rumoured"))
    assert not official_only.accepts(make_alert(tier="reported"))
    assert official_only.accepts(make_alert(tier="confirmed"))


def test_an_unknown_tier_fails_naming_the_channel_and_the_key():
    with pytest.raises(ChannelConfigError) as caught:
        make_channel("hook", {**HOOK, "tier": "gossip"})
    assert "hook" in str(caught.value) and "tier" in str(caught.value) and "rumoured" in str(caught.value)


@pytest.mark.parametrize(("certainty", "sources", "tier"), [("official", 1, "confirmed"), ("reported", 2, "reported"),
                                                            ("speculative", 3, "reported"),
                                                            ("reported", 1, "rumoured"), (None, 0, "rumoured")])
def test_a_change_stored_before_tiers_gets_one_from_its_certainty_and_sources(make_alert, certainty, sources, tier):
    assert make_alert(certainty=certainty, previous_certainty=None, sources=sources).tier == tier


def test_a_stored_tier_is_taken_as_it_is(make_alert):
    assert make_alert(certainty="reported", sources=1, tier="reported").tier == "reported"
