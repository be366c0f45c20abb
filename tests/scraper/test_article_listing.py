"""A listing full of our show's headlines is not an article: the pipeline and `claimwatch extract` make no
claims from it, though its teasers, read as an article, would make several."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import storage
from claimwatch.pipeline import Context, ingest_article
from claimwatch.topic import load_topic
from scraper.article import extract_article
from scraper.claims import extract_claims

LISTING = Path(__file__).parent.parent / "fixtures" / "pages" / "tag-listing.html"
URL = "https://www.drama-desk.example/tag/all-of-us-are-dead/"


def test_the_listings_teasers_would_make_claims_if_it_were_read_as_an_article():
    listing = extract_article(LISTING.read_bytes(), URL)
    assert not listing.is_article
    assert extract_claims(dataclasses.replace(listing, is_article=True), load_topic())


def test_the_pipeline_stores_a_listing_and_records_no_claim_from_it(engine):
    seen: list[str] = []
    context = Context(engine=engine, topic=load_topic(), on_article=lambda article, status: seen.append(status))
    changes = ingest_article(context, extract_article(LISTING.read_bytes(), URL), source="test")
    assert changes == [] and seen == ["off-topic"]
    with storage.transaction(engine) as session:
        assert storage.changes(session) == []


def test_claimwatch_extract_prints_no_claims_for_a_listing():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    run = subprocess.run([sys.executable, "-m", "claimwatch", "extract", str(LISTING)], capture_output=True,
                         text=True, env=environment, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [f"{LISTING}: 0 claims (en), not an article"]
    as_json = subprocess.run([sys.executable, "-m", "claimwatch", "extract", "--json", str(LISTING)],
                             capture_output=True, text=True, env=environment, timeout=120)
    assert as_json.returncode == 0 and as_json.stdout == ""
