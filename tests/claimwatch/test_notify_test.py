"""`claimwatch notify-test` against a real webhook receiver on 127.0.0.1."""

from __future__ import annotations

from claimwatch.cli import main
from tests.claimwatch.test_alert_commands import hook_config
from tests.notifier.servers import WebhookReceiver


def test_every_notify_test_reaches_a_deduplicating_receiver_under_a_fresh_webhook_id(tmp_path, capsys):
    with WebhookReceiver() as receiver:
        config = str(hook_config(tmp_path, receiver.url()))
        db = str(tmp_path / "cw.db")
        for _ in range(2):
            assert main(["--config", config, "notify-test", "--db", db]) == 0
        ids = receiver.ids()
    assert len(ids) == 2 and len(set(ids)) == 2, ids
    assert "sent" in capsys.readouterr().out
