"""Importing the claims package compiles no big pattern and loads no word list or language model: each is
built the first time an article needs it.

Each check runs in a new interpreter (this one has long compiled everything).
"""

from __future__ import annotations

import json
import subprocess
import sys

BIG = 2000  # characters: the hand-written patterns stay below; the packs' compiled families are far above

SPY = """
import json, re, sys
compiled = []
_compile = re.compile
def spy(pattern, flags=0):
    compiled.append(len(pattern) if isinstance(pattern, str) else 0)
    return _compile(pattern, flags)
re.compile = spy
"""


def run(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", SPY + code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


IMPORT = """
import scraper.claims
from scraper.claims import dates, lexicon, markers
report = {
    "biggest": max(compiled, default=0),
    "lexicon_compiled": sorted(name for name in ("HEDGE", "RELEASE", "CAST", "gate_automaton", "STRONG_BREAK")
                               if name in vars(lexicon.ALL)),
    "dates_built": "dates" in lexicon.ALL.cache,
    "markers_built": markers._templates.cache_info().currsize,
    "libraries": sorted(m for m in ("wordfreq", "py3langid", "numpy") if m in sys.modules),
}
"""


def test_importing_the_claims_package_compiles_no_big_pattern():
    report = run(IMPORT + "print(json.dumps(report))")
    assert report["biggest"] < BIG
    assert report["lexicon_compiled"] == []
    assert not report["dates_built"]
    assert report["markers_built"] == 0


def test_importing_the_claims_package_loads_no_word_list_or_language_model():
    assert run(IMPORT + "print(json.dumps(report))")["libraries"] == []


def test_reading_an_article_builds_what_it_needs_and_finds_the_claims():
    code = IMPORT + """
import datetime as dt
from claimwatch.topic import load_topic
from scraper.types import Article
text = "Netflix has officially renewed All of Us Are Dead for a second season, which premieres on March 13, 2026."
article = Article(url="https://news.example/a", text=text, title="All of Us Are Dead season 2",
                  published=dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
kinds = sorted({claim.kind for claim in scraper.claims.extract_claims(article, load_topic())})
print(json.dumps({"kinds": kinds, "biggest": max(compiled), "markers_built": markers._templates.cache_info().currsize}))
"""
    report = run(code)
    assert {"renewal", "release_date"} <= set(report["kinds"])
    assert report["biggest"] >= BIG  # the families this article reached were compiled when it was read
    assert report["markers_built"] == 1
