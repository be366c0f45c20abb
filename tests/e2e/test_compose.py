"""docker-compose.yml as a user starts it: two daemons on its PostgreSQL, each under a worker name of its own."""

from __future__ import annotations

import socket
from pathlib import Path

import yaml

from claimwatch.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_compose_runs_two_daemons_on_its_postgresql_named_by_their_containers():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))["services"]
    daemon = services["claimwatch"]
    assert daemon["deploy"]["replicas"] == 2 and daemon["command"] == ["run"]
    assert daemon["environment"]["CLAIMWATCH_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert daemon["environment"]["CLAIMWATCH_DATABASE_URL"].endswith("@db/claimwatch")
    settings = load_settings(ROOT / "deploy" / "claimwatch.toml", env=daemon["environment"])
    # No name in the settings: each replica's is its container's host name (and pid), never the other's.
    assert settings.daemon.worker.startswith(f"{socket.gethostname()}:")
