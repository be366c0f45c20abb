"""The kill test: the real `claimwatch run` killed with SIGKILL at random moments, and restarted.

The demo's chronology is published round by round by claimwatch/demo_server.py on 127.0.0.1; a
webhook receiver on 127.0.0.1 verifies every delivery with the standardwebhooks library. The
daemon (a real process, on SQLite; or ``--workers`` of them, each with its own ``[daemon] worker``
name, on a fresh schema of a PostgreSQL with ``--postgres``) is killed ``runs`` times and started
again, a worker drawn at random each time: a quarter of the kills come during its start-up, the
others at a random moment up to ``--max-life`` seconds into its work (polling, recording,
delivering). A round is published once the daemons stored the articles of the one before, so the
changes are the chronology's. At the end:

- every change reached the receiver (in the ``changes`` of a grouped alert), each under one
  webhook-id: ``duplicates`` counts changes that arrived under a second id (none may); a redelivery after a kill between sending and recording
  carries the same id, which the receiver drops (``redeliveries`` counts them);
- the database is consistent: one outbox row per change and channel, every one delivered, none
  without its change, and the changes are exactly those of an uninterrupted replay;
- every published article is stored, and once: no URL maps to two copies of one text, and no URL,
  claim or change points to an article that is not there.

    .venv/bin/python bench/kill_test.py [--runs 100] [--seed 7] [--max-life 1.0]
    .venv/bin/python bench/kill_test.py --postgres [URL] --workers 3

The last line is machine-readable: ``runs=N changes=N delivered=N duplicates=N``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

if __package__ in (None, ""):  # run as a script: the repository root holds tests/ and its webhook receiver
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.schema import fresh_schema  # noqa: E402
from claimwatch.demo_server import DemoServer  # noqa: E402
from tests.notifier.servers import WebhookReceiver  # noqa: E402

SECRET = "whsec_" + "a2lsbC10ZXN0LXNlY3JldC1vZi0zMi1ieXRlcyE="  # 32 bytes, for this test only
STARTUP_SHARE = 0.25  # kills that land while the process starts (imports, migrations check, sync)
STARTUP_KILL_S = 1.0  # such a kill comes this long after the start at the latest
SETTLE_S = 60.0  # after the last kill, how long the daemon may take to deliver what is left
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"  # --postgres without a URL: the tests' server


@dataclass
class KillReport:
    runs: int = 0
    kills_working: int = 0  # kills that came after the run had started its loop
    rounds: int = 0
    changes: int = 0
    delivered: int = 0  # distinct changes the receiver accepted
    deliveries: int = 0  # requests the receiver accepted, redeliveries included
    duplicates: int = 0  # changes that arrived twice, judged by webhook-id: under a second id
    articles: int = 0  # article rows stored
    published: int = 0  # articles the demo published
    redeliveries: int = 0  # the same webhook-id again (a kill between sending and recording): dropped by id
    seconds: float = 0.0
    summaries: list[tuple[Any, ...]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"runs={self.runs} changes={self.changes} delivered={self.delivered} duplicates={self.duplicates}"


def topic_text(feed_url: str) -> str:
    """The bundled topic with the demo's feed as its only source, polled every second."""
    bundled = resources.files("claimwatch.topics").joinpath("all-of-us-are-dead.toml").read_text("utf-8")
    kept, skipping = [], False
    for line in bundled.splitlines():
        if line.startswith("["):
            skipping = line.strip() == "[[sources]]"
        if not skipping:
            kept.append(line)
    # A fixed 1 s: the replay publishes a round a second, and an adaptive interval would wait its 5 minutes.
    source = (f'\n[[sources]]\nname = "demo-feed"\nkind = "rss"\nurl = "{feed_url}"\ninterval = "1s"\n'
              'adaptive = false\nfilter = false\n')
    return "\n".join(kept) + source


def write_config(workdir: Path, feed_url: str, hook_url: str, worker: str) -> Path:
    """The settings of one worker: the same topic and channel for all, a ``[daemon] worker`` name of its own."""
    topic = workdir / "topic.toml"
    topic.write_text(topic_text(feed_url), "utf-8")
    config = workdir / f"{worker}.toml"
    config.write_text(f"""topic = "{topic}"

[daemon]
deliver_interval = "0.2s"
tick = "0.2s"
worker = "{worker}"

[fetch]
allow_hosts = ["127.0.0.1"]
per_host_delay_s = 0.0

[channels.hook]
type = "webhook"
url = "{hook_url}"
secret = "{SECRET}"
timeout_s = 2
tier = "rumoured"
""", "utf-8")
    return config


class DaemonProcess:
    """`claimwatch run` as a user starts it, its output appended to one log file."""

    def __init__(self, config: Path, db: str, log: Path) -> None:
        # Every change of the chronology is an alert to count, the first round's too: no initial-state summary.
        self.command = [sys.executable, "-m", "claimwatch", "--config", str(config), "run", "--no-baseline",
                        "--db", db]
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.ready_at = self._starts() + 1
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(self.command, stdout=out, stderr=out, env=self.env)

    def _starts(self) -> int:
        return self.log.read_bytes().count(b"daemon started") if self.log.exists() else 0

    def ready(self) -> bool:
        """Whether this run has started its loop (polling, recording, delivering)."""
        return self._starts() >= self.ready_at

    def wait_ready(self, timeout_s: float = 30.0) -> None:
        """Until this run has started its loop (and so handles SIGTERM)."""
        deadline = time.monotonic() + timeout_s
        while self._starts() < self.ready_at and time.monotonic() < deadline:
            time.sleep(0.05)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def exited(self) -> int | None:
        """The exit code of a run that ended by itself (not killed by this test); None while it runs."""
        return None if self.process is None else self.process.poll()

    def ensure_gone(self) -> None:
        """A run left by a test that failed half-way is killed, never left polling a dropped database."""
        if self.process is not None and self.process.poll() is None:
            self.kill()

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)


class Database:
    """The daemons' database read from outside, as `claimwatch outbox` would: a SQLite file or a PostgreSQL schema."""

    def __init__(self, url: str, reader_url: str) -> None:
        self.url = url  # what the daemons are given with --db
        self.engine = create_engine(reader_url)

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        try:
            with self.engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql))]
        except SQLAlchemyError:  # no database or no tables yet
            return []

    def count(self, sql: str) -> int:
        return (self.query(sql) or [(0,)])[0][0]


@contextmanager
def sqlite_database(workdir: Path) -> Iterator[Database]:
    path = workdir / "claimwatch.db"
    database = Database(str(path), f"sqlite:///file:{path}?mode=ro&uri=true")
    yield database
    database.engine.dispose()


@contextmanager
def postgres_database(url: str) -> Iterator[Database]:
    """A fresh schema of the PostgreSQL at ``url`` for this run, dropped afterwards."""
    with fresh_schema(url, "kill") as in_schema:
        database = Database(in_schema, in_schema)
        try:
            yield database
        finally:
            database.engine.dispose()


def stored_articles(db: Database) -> int:
    return db.count("SELECT count(*) FROM articles")


def settled(db: Database) -> bool:
    pending = db.query("SELECT count(*) FROM outbox WHERE status != 'delivered'")
    return bool(pending) and pending[0][0] == 0


@dataclass
class Life:
    """When the next kill comes, and to which worker: during its start-up, or some time into its work."""

    victim: DaemonProcess
    started: float
    in_startup: bool
    after_s: float
    ready_at: float | None = None

    def due(self, now: float, ready: bool) -> bool:
        if self.in_startup:
            return now >= self.started + self.after_s
        if ready and self.ready_at is None:
            self.ready_at = now
        return self.ready_at is not None and now >= self.ready_at + self.after_s


def next_life(rng: random.Random, workers: list[DaemonProcess], max_life_s: float) -> Life:
    victim = rng.choice(workers)
    if rng.random() < STARTUP_SHARE:
        return Life(victim, time.monotonic(), True, rng.uniform(0.05, STARTUP_KILL_S))
    return Life(victim, time.monotonic(), False, rng.uniform(0.02, max_life_s))


def replay_with_kills(news: DemoServer, workers: list[DaemonProcess], db: Database, runs: int, rng: random.Random,
                      max_life_s: float, report: KillReport) -> None:
    """Publish round after round while killing a worker ``runs`` times, each restarted at once.

    A "start-up" kill comes within STARTUP_KILL_S of being drawn: it lands in the start-up of a worker
    just restarted, and in the work of one running (counted as such by ``kills_working``).
    """
    news.advance()
    for worker in workers:
        worker.start()
    life = next_life(rng, workers, max_life_s)
    deadline = time.monotonic() + 60 + runs * (max_life_s + 3)
    while time.monotonic() < deadline:
        if stored_articles(db) >= len(news.published()):
            if news.round == news.rounds and report.runs >= runs:
                return
            if news.round < news.rounds:
                news.advance()
        for worker in workers:
            if (code := worker.exited()) is not None:
                report.problems.append(f"{worker.log.stem} exited by itself with {code}; restarted")
                worker.start()
        ready = life.victim.ready()
        if report.runs < runs and life.due(time.monotonic(), ready):
            life.victim.kill()
            report.runs += 1
            report.kills_working += ready
            life.victim.start()
            life = next_life(rng, workers, max_life_s)
        time.sleep(0.02)
    raise TimeoutError(f"the replay did not finish: round {news.round}, {report.runs} kills")


def replay_and_settle(news: DemoServer, daemons: list[DaemonProcess], db: Database, runs: int,
                      rng: random.Random, max_life_s: float, report: KillReport) -> None:
    """The replay with its kills, then every alert delivered and every worker stopped with SIGTERM."""
    replay_with_kills(news, daemons, db, runs, rng, max_life_s, report)
    report.rounds, report.published = news.round, len(news.published())
    for daemon in daemons:
        daemon.wait_ready()
    deadline = time.monotonic() + SETTLE_S
    while not settled(db) and time.monotonic() < deadline:
        time.sleep(0.1)
    report.problems += [f"{daemon.log.stem} did not stop cleanly on SIGTERM" for daemon in daemons
                        if daemon.stop() != 0]


def check(db: Database, hook: WebhookReceiver, report: KillReport) -> None:
    """Every change delivered under one id, none twice; the outbox and the changes agree; articles whole."""
    changes = {row[0]: row[1:] for row in db.query(
        "SELECT id, kind, change, CAST(value AS TEXT), certainty FROM changes WHERE kind != 'health' ORDER BY id")}
    outbox = db.query("SELECT change_id, channel, status FROM outbox")
    report.changes = len(changes)
    report.summaries = sorted(changes.values(), key=repr)
    accepted = hook.accepted
    ids = [request.headers.get("webhook-id", "") for request in accepted]
    report.deliveries = len(accepted)
    report.redeliveries = len(ids) - len(set(ids))
    ids_per_change: dict[Any, set[str]] = {}
    for request in accepted:
        for change in request.json()["changes"]:
            ids_per_change.setdefault(change["id"], set()).add(request.headers["webhook-id"])
    report.delivered = len(ids_per_change)
    report.duplicates = sum(len(seen) - 1 for seen in ids_per_change.values())
    problems = report.problems
    if hook.rejected:
        problems.append(f"{len(hook.rejected)} deliveries failed standardwebhooks verification")
    if set(ids_per_change) != set(changes):
        problems.append(f"changes not delivered: {sorted(set(changes) - set(ids_per_change))}, "
                        f"delivered without a change: {sorted(set(ids_per_change) - set(changes))}")
    problems += [f"change {cid} arrived under {len(seen)} ids" for cid, seen in ids_per_change.items() if len(seen) > 1]
    rows = Counter((change_id, channel) for change_id, channel, _ in outbox)
    problems += [f"change {key[0]} has {n} outbox rows on {key[1]}" for key, n in rows.items() if n > 1]
    if {change_id for change_id, _ in rows} != set(changes):
        problems.append("outbox rows and changes disagree")
    problems += [f"outbox row of change {cid} is {status}" for cid, _, status in outbox if status != "delivered"]
    repeated = [s for s, n in Counter(map(repr, changes.values())).items() if n > 1]
    problems += [f"the same change recorded twice: {s}" for s in repeated]
    check_articles(db, report)


ORPHANS = {  # rows pointing to an article or change that is not there (foreign keys forbid them; checked anyway)
    "article URLs": "SELECT count(*) FROM article_urls u LEFT JOIN articles a ON a.id = u.article_id WHERE a.id IS NULL",
    "claims": "SELECT count(*) FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE a.id IS NULL",
    "changes": "SELECT count(*) FROM changes c LEFT JOIN articles a ON a.id = c.article_id "
               "WHERE c.article_id IS NOT NULL AND a.id IS NULL",
    "outbox rows": "SELECT count(*) FROM outbox o LEFT JOIN changes c ON c.id = o.change_id WHERE c.id IS NULL",
}


def check_articles(db: Database, report: KillReport) -> None:
    """Every published article stored, none twice (one URL, the same text: a race lost), no orphan row."""
    report.articles = stored_articles(db)
    if report.articles < report.published:
        report.problems.append(f"{report.published} articles published, {report.articles} stored")
    twice = db.query("SELECT url, count(*) FROM articles GROUP BY url, text_hash HAVING count(*) > 1")
    report.problems += [f"{url} stored {n} times with the same text" for url, n in twice]
    for rows, sql in ORPHANS.items():
        if orphans := db.count(sql):
            report.problems.append(f"{orphans} {rows} without their article or change")


def run_kill_test(workdir: Path, *, runs: int = 30, seed: int | None = None, max_life_s: float = 1.0,
                  workers: int = 1, postgres: str | None = None) -> KillReport:
    """``workers`` daemons on SQLite, or on a fresh schema of the PostgreSQL at ``postgres``, killed ``runs`` times."""
    with postgres_database(postgres) if postgres else sqlite_database(workdir) as db:
        return kill_and_check(workdir, db, runs=runs, rng=random.Random(seed), max_life_s=max_life_s,
                              workers=workers)


def kill_and_check(workdir: Path, db: Database, *, runs: int, rng: random.Random, max_life_s: float,
                   workers: int) -> KillReport:
    started = time.monotonic()
    report = KillReport()
    with DemoServer() as news, WebhookReceiver(secret=SECRET) as hook:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        subprocess.run([sys.executable, "-m", "claimwatch", "db", "upgrade", "--db", db.url], check=True,
                       env=env, capture_output=True)  # migrations once, before any kill
        daemons = [DaemonProcess(write_config(workdir, news.feed_url, hook.url("/claimwatch"), f"kill-test-{n}"),
                                 db.url, workdir / f"kill-test-{n}.log") for n in range(1, workers + 1)]
        try:
            replay_and_settle(news, daemons, db, runs, rng, max_life_s, report)
        finally:
            for daemon in daemons:
                daemon.ensure_gone()
        check(db, hook, report)
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100, help="kills to make (default 100)")
    parser.add_argument("--seed", type=int, help="for a reproducible series of kill moments")
    parser.add_argument("--max-life", type=float, default=1.0,
                        help="the longest a run works before it is killed, seconds (default 1)")
    parser.add_argument("--workers", type=int, default=1, help="daemons sharing the database (default 1)")
    parser.add_argument("--postgres", nargs="?", const=POSTGRES_URL, metavar="URL",
                        help=f"on a fresh schema of this PostgreSQL (default {POSTGRES_URL}), not SQLite")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimwatch-kill-") as tmp:
        report = run_kill_test(Path(tmp), runs=args.runs, seed=args.seed, max_life_s=args.max_life,
                               workers=args.workers, postgres=args.postgres)
        log = "".join(path.read_text("utf-8", "replace") for path in Path(tmp).glob("*.log"))
    print(f"kills_while_working={report.kills_working} kills_while_starting={report.runs - report.kills_working} "
          f"changes_logged={log.count(' change ')} errors_logged={log.count(' ERROR ')}")
    print(f"rounds={report.rounds} articles={report.articles} deliveries={report.deliveries} "
          f"redeliveries={report.redeliveries} seconds={report.seconds:.1f}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print(report.line())
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
