"""The timeline's bands: one per value the belief held, from when it was held until it changed."""

from __future__ import annotations

from claimwatch.web.timeline import chart, held_bands
from storage.types import ChangeRecord
from tests.storage.factory import when

LATE_2024 = {"start": "2024-09-01", "end": "2024-12-31", "text": "late 2024"}
MARCH = {"start": "2026-03-13", "end": "2026-03-13", "text": "March 13, 2026"}
MAY = {"start": "2026-05-01", "end": "2026-05-01", "text": "May 1, 2026"}


def change(number: int, kind: str, value, previous, day: str, certainty: str = "reported") -> ChangeRecord:
    return ChangeRecord(id=number, show="s", season=2, kind=kind, change=kind, value=value, previous=previous,
                        certainty=certainty, previous_certainty=None, sources=1, at=when(day))


def test_a_contradiction_the_belief_survived_adds_no_band():
    moves = [change(1, "first", MARCH, None, "2025-01-01"), change(2, "contradiction", MAY, MARCH, "2025-02-01")]
    [band] = held_bands("release_date", moves, MARCH, when("2025-06-01"))
    assert (band.label, band.start, band.end) == ("March 13, 2026 (2026-03-13)", when("2025-01-01"), when("2025-06-01"))


def test_a_contradiction_the_belief_moved_to_ends_the_band_before_it():
    moves = [change(1, "first", MARCH, None, "2025-01-01"), change(2, "contradiction", MAY, MARCH, "2025-02-01")]
    bands = held_bands("release_date", moves, MAY, when("2025-06-01"))
    assert [(b.label, b.end) for b in bands] == [("March 13, 2026 (2026-03-13)", when("2025-02-01")),
                                                   ("May 1, 2026 (2026-05-01)", when("2025-06-01"))]


def test_a_firmer_word_for_the_same_value_keeps_one_band_and_a_withdrawal_leaves_a_gap():
    moves = [change(1, "first", LATE_2024, None, "2023-01-01", "speculative"),
             change(2, "certainty", LATE_2024, LATE_2024, "2023-06-01"),
             change(3, "withdrawn", None, LATE_2024, "2024-01-01"),
             change(4, "first", MARCH, None, "2025-01-01")]
    bands = held_bands("release_date", moves, MARCH, when("2025-06-01"))
    assert [(b.label, b.start, b.end) for b in bands] == [
        ("late 2024 (2024-09-01..2024-12-31)", when("2023-01-01"), when("2024-01-01")),
        ("March 13, 2026 (2026-03-13)", when("2025-01-01"), when("2025-06-01"))]


def test_no_change_yet_is_no_band():
    assert held_bands("release_date", [], None, when("2025-06-01")) == []


def test_bands_are_laid_out_left_to_right_in_their_values_lanes():
    bands = held_bands("release_date", [change(1, "first", LATE_2024, None, "2023-01-01"),
                                        change(2, "value", MARCH, LATE_2024, "2025-01-01")], MARCH, when("2025-06-01"))
    drawn = chart("release_date", bands, [], when("2025-06-01"))
    assert drawn.bands[0].x < drawn.bands[1].x and drawn.bands[0].y < drawn.bands[1].y
    assert [label for label, _ in drawn.lanes] == [band.label for band in bands]
