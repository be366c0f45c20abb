"""The benchmark's metric (bench/extraction.py) on tiny texts of our own, worked out by hand, and its output."""

from __future__ import annotations

import gzip
import json
import math
import re

import pytest

import bench.extraction as bench
from bench.extraction import page_counts, score, shingles


def test_shingles_are_runs_of_four_word_tokens_split_at_punctuation_keeping_case():
    assert shingles("The cast, the crew; and the fans!") == {
        ("The", "cast", "the", "crew"): 1, ("cast", "the", "crew", "and"): 1,
        ("the", "crew", "and", "the"): 1, ("crew", "and", "the", "fans"): 1,
    }
    assert shingles("Season two") == {("Season", "two"): 1}  # fewer than four tokens: one short shingle
    assert shingles(" ... ") == {}


def test_repeated_shingles_count_as_a_multiset():
    assert page_counts("a b c d a b c d", "a b c d") == pytest.approx((1 / 5, 4 / 5, 0.0))


def test_an_exact_match_scores_one_and_nothing_found_scores_zero_recall():
    assert score([("one two three four five", "one two three four five")]) == score([("x", "x")])
    assert score([("one two three four five", "one two three four five")]).f1 == 1.0
    empty = score([("", "one two three four five")])
    assert empty.recall == 0.0 and empty.precision == 0.0  # no page with output: no precision to average


def test_precision_and_recall_are_means_over_pages_and_f1_comes_from_the_means():
    # page 1: truth 5 tokens (2 shingles), prediction adds one word: TP 2, FP 1 -> P 2/3, R 1
    # page 2: prediction is half the truth: truth 7 tokens (4 shingles), prediction 4 tokens: TP 1, FN 3
    result = score([
        ("alpha beta gamma delta epsilon zeta", "alpha beta gamma delta epsilon"),
        ("one two three four", "one two three four five six seven"),
    ])
    assert result.precision == pytest.approx((2 / 3 + 1) / 2)
    assert result.recall == pytest.approx((1 + 1 / 4) / 2)
    assert result.f1 == pytest.approx(2 * result.precision * result.recall / (result.precision + result.recall))
    assert not math.isclose(result.f1, (0.8 + 0.4) / 2)  # not the mean of per-page F1s


def test_a_page_with_empty_output_is_left_out_of_precision_but_counts_in_recall():
    result = score([("alpha beta gamma delta", "alpha beta gamma delta"), ("", "one two three four")])
    assert result.precision == 1.0 and result.recall == 0.5


def test_the_bench_prints_both_extractors_and_its_last_line_in_the_agreed_shape(tmp_path, capsys, monkeypatch):
    (tmp_path / "html").mkdir()
    story = "The sequel's writers finished the last script this week, the studio said in a brief statement."
    html = f"<html><body><article><h1>Scripts done</h1><p>{story}</p><p>{story}</p></article></body></html>"
    (tmp_path / "html" / "a.html.gz").write_bytes(gzip.compress(html.encode()))
    (tmp_path / "ground-truth.json").write_text(json.dumps({"a": {"url": "https://x.example/a",
                                                                  "articleBody": f"{story}\n{story}"}}))
    assert bench.main([str(tmp_path), "--rounds", "1"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    number = r"(\d+\.\d+|nan)"
    shape = rf"f1={number} pages_per_s={number} trafilatura_f1={number} trafilatura_pages_per_s={number} speed_ratio={number}"
    found = re.fullmatch(shape, last)
    assert found and float(found[1]) == 1.0
    monkeypatch.setattr(bench, "trafilatura_extractor", lambda: None)
    bench.main([str(tmp_path), "--rounds", "1"])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(shape, last) and last.endswith("trafilatura_f1=nan trafilatura_pages_per_s=nan speed_ratio=nan")


def test_the_extraction_bench_without_its_data_says_what_data_it_needs(tmp_path, capsys):
    from bench.extraction import main

    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "ground-truth.json" in err and "html/<id>.html.gz" in err and str(tmp_path) in err
