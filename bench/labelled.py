"""The labelled article sets the decision layer learns from and is measured on, and their scoring.

Each set is a folder of JSON articles (``{"id", "url", "published", "lang", "text", "gold"}``) read
with its own topic file, show slug, season and aliases. Scoring follows
``../shared/eval/score_claims.py`` (the same matching and counting), so a figure computed here in
process agrees with the scorer's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.inputs import read_article
from claimwatch.topic import load_topic
from scraper.types import Article, Claim, Topic

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CLAIMWATCH_CORPUS", ROOT.parent / "shared" / "corpus"))
TEAM = ROOT / "bench" / "claim-articles"
LABELLED_KINDS = {"release_date", "episode_count", "cast", "director", "writer", "filming_start", "filming_end", "renewal"}
# Real shows scored once blind before anything was learned from them; listed here once they were.
SEEN_SHOWS = ("sweet-home", "the-last-of-us", "the-witcher", "gyeongseong-creature")


@dataclass
class LabelledSet:
    name: str
    folder: Path
    topic_path: Path | None
    show: str
    season: int
    aliases: dict[str, str]
    real: bool  # real press articles (the corpus), not the team's own
    _topic: Topic | None = field(default=None, repr=False)

    @property
    def topic(self) -> Topic:
        if self._topic is None:
            self._topic = load_topic(self.topic_path)
        return self._topic

    def files(self) -> list[Path]:
        return sorted(p for p in self.folder.glob("*.json") if p.name != "aliases.json")


def raw_key(name: str | None) -> str:
    parts = re.split(r"[\s\-‐‑_.'’]+", (name or "").lower())
    return "".join(sorted(p for p in parts if p))


def load_aliases(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    if path.exists():
        for canon, variants in json.loads(path.read_text(encoding="utf-8")).items():
            for v in [canon, *variants]:
                table[raw_key(v)] = raw_key(canon)
    return table


def all_sets(include: tuple[str, ...] = SEEN_SHOWS) -> list[LabelledSet]:
    """Every labelled set on this machine: the dev set, the real shows in ``include``, the team's sets."""
    sets: list[LabelledSet] = []
    corpus_aliases = load_aliases(CORPUS / "aliases.json")
    if (CORPUS / "dev").is_dir():
        sets.append(LabelledSet("dev", CORPUS / "dev", CORPUS / "aouad-2022-topic.toml", "all-of-us-are-dead", 2,
                                corpus_aliases, real=True))
    for show in include:
        folder = CORPUS / show
        if (folder / "articles").is_dir():
            topic = folder / "topic.toml"
            sets.append(LabelledSet(show, folder / "articles", topic, show, _season_of(topic),
                                    load_aliases(folder / "aliases.json"), real=True))
    for name in ("first", "second", "third"):
        if (TEAM / name).is_dir():
            sets.append(LabelledSet(f"team-{name}", TEAM / name, None, "all-of-us-are-dead", 2, corpus_aliases,
                                    real=False))
    for folder in sorted((TEAM / "shows").glob("*/")):
        if (folder / "articles").is_dir() and (folder / "topic.toml").exists():
            topic = folder / "topic.toml"
            sets.append(LabelledSet(f"shows-{folder.name}", folder / "articles", topic, _slug_of(topic),
                                    _season_of(topic), load_aliases(folder / "aliases.json"), real=False))
    return sets


def _season_of(topic: Path) -> int:
    found = re.search(r"^season\s*=\s*(\d+)", topic.read_text(encoding="utf-8"), re.M)
    return int(found.group(1)) if found else 2


def _slug_of(topic: Path) -> str:
    found = re.search(r"^slug\s*=\s*\"([^\"]+)\"", topic.read_text(encoding="utf-8"), re.M)
    return found.group(1) if found else topic.parent.name


@dataclass
class Doc:
    """One labelled article, read as the CLI reads it."""

    path: Path
    set: LabelledSet
    article: Article
    gold: list[dict]
    lang: str

    @classmethod
    def load(cls, path: Path, labelled: LabelledSet) -> Doc:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(path, labelled, read_article(str(path)), list(data.get("gold") or []), data.get("lang") or "?")


def docs_of(labelled: LabelledSet) -> list[Doc]:
    return [Doc.load(path, labelled) for path in labelled.files()]


# --- matching, as score_claims.py matches -----------------------------------------------------------


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _same_window(a: object, b: object) -> bool:
    if not isinstance(a, dict) or not isinstance(b, dict):
        return a is None and b is None
    pairs = [(_day(a.get("start")), _day(b.get("start"))), (_day(a.get("end")), _day(b.get("end")))]
    return all(x and y and abs((x - y).days) <= 31 for x, y in pairs)


def matches(pred: dict, gold: dict, aliases: dict[str, str]) -> bool:
    if pred.get("kind") != gold.get("kind") or bool(pred.get("negated")) != bool(gold.get("negated")):
        return False
    kind, pv, gv = gold["kind"], pred.get("value"), gold.get("value")
    if gv is None or pv is None:
        return gv is None and pv is None
    if kind in ("release_date", "filming_start", "filming_end", "trailer"):
        return _same_window(pv, gv)
    if kind in ("cast", "director", "writer"):
        pn = pv.get("name") if isinstance(pv, dict) else pv
        gn = gv.get("name") if isinstance(gv, dict) else gv
        return bool(pn) and aliases.get(raw_key(pn), raw_key(pn)) == aliases.get(raw_key(gn), raw_key(gn))
    return bool(pv == gv)


def as_json(claim: Claim) -> dict:
    return {"show": claim.show, "season": claim.season, "kind": claim.kind, "value": claim.value_json(),
            "negated": claim.negated, "certainty": claim.certainty}


def gold_match(claim: Claim, doc: Doc) -> dict | None:
    """The gold claim a proposed one states (same show, season, kind, negation and value), if any."""
    pred = as_json(claim)
    for gold in doc.gold:
        if gold.get("show", doc.set.show) == claim.show and gold.get("season") == claim.season \
                and matches(pred, gold, doc.set.aliases):
            return gold
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    certainty_ok: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.certainty_ok += other.certainty_ok

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def certainty(self) -> float:
        return self.certainty_ok / self.tp if self.tp else 0.0

    def line(self) -> str:
        return (f"F1={self.f1:.3f} P={self.precision:.3f} R={self.recall:.3f} certainty={self.certainty:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")


def score_doc(doc: Doc, claims: list[Claim]) -> Score:
    """score_claims.py's counting for one article."""
    show, season, aliases = doc.set.show, doc.set.season, doc.set.aliases
    gold_all = [g for g in doc.gold if g.get("show", show) == show and g.get("season") == season
                and g.get("kind") in LABELLED_KINDS]
    gold: list[dict] = []
    for g in gold_all:
        if not any(matches(g, k, aliases) for k in gold):
            gold.append(g)
    preds = [as_json(c) for c in claims if c.show == show and c.season == season and c.kind in LABELLED_KINDS]
    score, used, wrong = Score(), set(), []
    for p in preds:
        hit = next((i for i, g in enumerate(gold) if matches(p, g, aliases)), None)
        if hit is None:
            if not any(matches(p, w, aliases) for w in wrong):
                wrong.append(p)
                score.fp += 1
        elif hit not in used:
            used.add(hit)
            score.tp += 1
            score.certainty_ok += p.get("certainty") == gold[hit].get("certainty")
    score.fn = len(gold) - len(used)
    return score
