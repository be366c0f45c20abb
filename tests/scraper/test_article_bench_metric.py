"""The benchmark's metric (bench/extraction.py) on tiny texts of our own, worked out by hand."""

from __future__ import annotations

import math

import pytest

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
