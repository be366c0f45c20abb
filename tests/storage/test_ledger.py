"""The ledger: which claims move a belief, and the change rows they leave, on SQLite and PostgreSQL."""

from __future__ import annotations

import storage
from scraper.types import Claim, KnownPerson, alias_table
from tests.storage.factory import SHOW, article, cast, claim, when, window

ALIASES = alias_table((KnownPerson(name="Lomon", aliases=("Park Solomon",)),))


def record(engine, claims: list[Claim], *, site: str = "example.org", published: str = "2025-01-01",
           text: str | None = None):
    story = article(text or f"{site} {published} {[c.evidence for c in claims]}", site=site, published=published)
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, story, source="test", fetched_at=when(published))
        return storage.record(session, stored.id, claims, show=SHOW, season=2, aliases=ALIASES, site=site,
                              at=when(published))


def test_first_claim_of_a_kind_is_a_first_change_with_its_evidence(engine):
    changes = record(engine, [claim("renewal", "renewed", certainty="official", evidence="Netflix renewed it.")])
    assert [(c.kind, c.change, c.value, c.certainty) for c in changes] == [
        ("renewal", "first", "renewed", "official")]
    assert changes[0].evidence[0]["sentence"] == "Netflix renewed it."
    assert changes[0].urls and changes[0].urls[0].startswith("https://example.org/")


def test_a_second_site_corroborates_a_rumour_and_a_third_changes_nothing(engine):
    record(engine, [claim("episode_count", 8)], site="a.example")
    [change] = record(engine, [claim("episode_count", 8)], site="b.example", published="2025-01-02")
    assert (change.change, change.tier, change.to_json()["tier"]) == ("corroborated", "reported", "reported")
    assert record(engine, [claim("episode_count", 8)], site="c.example", published="2025-01-03") == []
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert (belief.value, belief.sources, belief.certainty, belief.tier) == (8, 3, "reported", "reported")


def test_a_confirmation_of_the_held_value_is_a_certainty_change(engine):
    record(engine, [claim("episode_count", 8)])
    changes = record(engine, [claim("episode_count", 8, certainty="official")], site="netflix.example",
                     published="2025-02-01")
    assert [(c.change, c.value, c.certainty, c.previous_certainty) for c in changes] == [
        ("certainty", 8, "official", "reported")]


def test_a_more_certain_date_replaces_a_guess(engine):
    record(engine, [claim("release_date", window("2024-09-01", "2024-12-31", "late 2024"), certainty="speculative")])
    changes = record(engine, [claim("release_date", window("2026-01-01", "2026-04-30", "early 2026"))],
                     site="news.example", published="2025-09-01")
    [change] = changes
    assert change.change == "value"
    assert change.value["text"] == "early 2026" and change.previous["text"] == "late 2024"


def test_a_less_certain_rumour_does_not_move_an_official_date(engine):
    record(engine, [claim("release_date", window("2026-03-13"), certainty="official")])
    assert record(engine, [claim("release_date", window("2026-04-24"))], site="farm.example",
                  published="2026-02-01") == []
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert belief.value["start"] == "2026-03-13"


def test_two_outlets_as_certain_disagreeing_is_a_contradiction(engine):
    record(engine, [claim("release_date", window("2026-03-13"))], site="a.example")
    changes = record(engine, [claim("release_date", window("2026-05-01"))], site="b.example", published="2025-02-01")
    assert [(c.change, c.value["start"], c.previous["start"]) for c in changes] == [
        ("contradiction", "2026-05-01", "2026-03-13")]


def test_a_narrower_window_inside_the_belief_is_a_new_value_not_a_contradiction(engine):
    record(engine, [claim("release_date", window("2026-01-01", "2026-04-30", "early 2026"))], site="a.example")
    changes = record(engine, [claim("release_date", window("2026-03-13"))], site="b.example", published="2025-02-01")
    assert [c.change for c in changes] == ["value"]


def test_not_announced_withdraws_nothing_but_the_platform_taking_back_its_word_does(engine):
    record(engine, [claim("release_date", window("2024-09-01", "2024-12-31"), certainty="speculative")])
    assert record(engine, [claim("release_date", None, negated=True)], site="b.example", published="2025-02-01") == []
    record(engine, [claim("filming_start", window("2025-05-12"), certainty="official")], site="c.example",
           published="2025-05-13")
    assert record(engine, [claim("filming_start", None, negated=True)], site="e.example", published="2025-05-15") == []
    changes = record(engine, [claim("filming_start", None, negated=True, certainty="official")],
                     site="d.example", published="2025-05-20")
    assert [(c.kind, c.change, c.value, c.previous["start"]) for c in changes] == [
        ("filming_start", "withdrawn", None, "2025-05-12")]


def test_cast_is_a_set_of_people_folded_by_name_key_and_alias(engine):
    changes = record(engine, [cast("Lee Min-jae"), cast("Lomon", status="returning", character="Lee Su-hyeok")])
    assert sorted((c.change, c.value["name"]) for c in changes) == [("added", "Lee Min-jae"), ("added", "Lomon")]
    again = record(engine, [cast("Min-jae Lee"), cast("Park Solomon", status="returning")], site="b.example",
                   published="2025-02-01")
    # Other spellings of the same two people: each now named by two sites, so corroborated, not added.
    assert sorted((c.change, c.value["name"]) for c in again) == [("corroborated", "Lee Min-jae"),
                                                                   ("corroborated", "Lomon")]
    gone = record(engine, [cast("Lomon", status="departing")], site="c.example", published="2025-03-01")
    assert [(c.change, c.value["status"], c.previous["status"]) for c in gone] == [("status", "departing", "returning")]
    with storage.transaction(engine) as session:
        held = storage.beliefs(session, SHOW, 2)
    assert [(b.value["name"], b.value["status"]) for b in held] == [("Lee Min-jae", "new"), ("Lomon", "departing")]


def test_claims_about_another_season_are_kept_but_move_nothing(engine):
    changes = record(engine, [claim("episode_count", 12, season=1), claim("episode_count", 10, season=None)])
    assert changes == []
    with storage.transaction(engine) as session:
        assert storage.beliefs(session, SHOW, 2) == []
        assert [h.value for h in storage.history(session, SHOW, None, "episode_count")] == [12, 10]


def test_changes_are_listed_in_order_and_filtered_by_date(engine):
    record(engine, [claim("renewal", "renewed")], published="2022-06-10")
    record(engine, [claim("episode_count", 8)], site="b.example", published="2025-06-20")
    with storage.transaction(engine) as session:
        assert [c.kind for c in storage.changes(session, show=SHOW)] == ["renewal", "episode_count"]
        assert [c.kind for c in storage.changes(session, since=when("2025-01-01"), show=SHOW)] == ["episode_count"]


def test_change_json_has_the_documented_keys(engine):
    [change] = record(engine, [claim("renewal", "renewed", certainty="official")])
    assert {"show", "season", "kind", "change", "value", "previous", "certainty", "at", "urls"} <= set(
        change.to_json())
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert {"show", "season", "kind", "value", "certainty", "sources", "since"} <= set(belief.to_json())


def test_a_vaguer_window_around_the_held_one_changes_nothing(engine):
    record(engine, [claim("filming_start", window("2025-07-01", "2025-07-31", "July 2025"))], site="a.example")
    assert record(engine, [claim("filming_start", window("2025-06-01", "2025-08-31", "summer 2025"))],
                  site="b.example", published="2025-09-01") == []
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert belief.value["text"] == "July 2025"


def test_a_date_that_went_by_gives_way_to_a_later_one_as_a_new_value(engine):
    record(engine, [claim("release_date", window("2024-01-01", "2024-12-31", "2024"), certainty="official")],
           site="a.example", published="2023-03-01")
    record(engine, [claim("release_date", window("2024-01-01", "2024-12-31", "2024"), certainty="official")],
           site="b.example", published="2023-04-01")
    changes = record(engine, [claim("release_date", window("2025-09-01", "2025-12-31", "late 2025"),
                                    certainty="official")], site="c.example", published="2025-07-02")
    assert [(c.change, c.value["text"], c.previous["text"]) for c in changes] == [("value", "late 2025", "2024")]


def test_a_known_person_is_shown_by_the_topics_name_whatever_the_spelling(engine):
    story = article("text", site="a.example")
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, story, source="t", fetched_at=when("2025-01-01"))
        [change] = storage.record(session, stored.id, [cast("Park Solomon", status="returning")], show=SHOW,
                                  season=2, aliases=ALIASES, names={"lomon": "Lomon"}, at=when("2025-01-01"))
    assert change.value["name"] == "Lomon"


def test_an_undated_page_about_a_past_date_is_no_contradiction(engine):
    record(engine, [claim("release_date", window("2026-01-01", "2026-12-31", "2026"))], site="a.example",
           published="2026-01-10")
    story = article("an old guess", site="old.example")
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, story, source="t", fetched_at=when("2026-11-24"))
        changes = storage.record(session, stored.id, [claim("release_date", window("2024-01-01", "2024-04-30"))],
                                 show=SHOW, season=2, at=when("2026-11-24"), dated=False, site="old.example")
    assert changes == []


def test_a_contradiction_is_alerted_once_with_both_sides_quoted(engine):
    record(engine, [claim("release_date", window("2026-03-13"), evidence="It opens on 13 March.")], site="a.example")
    [change] = record(engine, [claim("release_date", window("2026-05-01"), evidence="It opens on 1 May.")],
                      site="b.example", published="2025-02-01")
    assert change.change == "contradiction"
    sides = [(e["side"], e["site"], e["sentence"]) for e in change.evidence]
    assert sides == [("belief", "a.example", "It opens on 13 March."), ("claim", "b.example", "It opens on 1 May.")]
    assert len(change.urls) == 2
    # The same disagreement again from another outlet corroborates it (one alert); a third adds a source.
    [again] = record(engine, [claim("release_date", window("2026-05-01"))], site="d.example", published="2025-02-03")
    assert (again.change, again.tier) == ("corroborated", "reported")
    assert record(engine, [claim("release_date", window("2026-05-01"))], site="e.example",
                  published="2025-02-04") == []
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert (belief.value["start"], belief.sources) == ("2026-05-01", 3)


def test_a_speculative_claim_repeating_the_belief_changes_nothing(engine):
    record(engine, [claim("release_date", window("2026-01-01", "2026-04-30", "early 2026"))], site="a.example")
    for number, site in enumerate(("guess.example", "fan.example", "blog.example")):
        assert record(engine, [claim("release_date", window("2026-01-01", "2026-04-30", "early 2026"),
                                     certainty="speculative")], site=site, published=f"2025-02-0{number + 1}") == []
    assert record(engine, [claim("release_date", window("2026-06-01", "2026-06-30"), certainty="speculative")],
                  site="wild.example", published="2025-03-01") == []
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert (belief.value["text"], belief.certainty) == ("early 2026", "reported")


def test_the_same_story_on_ten_sites_is_one_change_and_its_corroboration(engine):
    made = [record(engine, [claim("episode_count", 8)], site=f"site{n}.example", published="2025-04-01")
            for n in range(10)]
    assert [m[0].change for m in made if m] == ["first", "corroborated"]  # a second site, then nothing new
    assert [len(m) for m in made] == [1, 1] + [0] * 8
    with storage.transaction(engine) as session:
        [belief] = storage.beliefs(session, SHOW, 2)
    assert belief.sources == 10


def test_explain_ranks_the_values_and_says_why_each_is_or_is_not_the_belief(engine):
    record(engine, [claim("release_date", window("2024-09-01", "2024-12-31"), certainty="speculative")],
           site="guess.example", published="2023-11-01")
    record(engine, [claim("release_date", window("2026-01-01", "2026-12-31", "2026"))], site="a.example",
           published="2025-06-01")
    record(engine, [claim("release_date", window("2026-03-01", "2026-03-31", "March 2026"))], site="b.example",
           published="2025-07-01")
    record(engine, [claim("release_date", window("2026-05-01", "2026-05-31", "May 2026"), certainty="speculative")],
           site="c.example", published="2025-08-01")
    record(engine, [claim("release_date", None, negated=True)], site="d.example", published="2025-09-01")
    with storage.transaction(engine) as session:
        ranked = [(c.value["text"] if c.value else None, c.held, c.note)
                  for c in storage.explain(session, SHOW, 2, "release_date")]
    assert ranked == [
        ("March 2026", True, "the belief"),
        ("2026", False, "the belief lies inside it and refines it"),
        ("May 2026", False, "a guess never replaces a reported or official value (kept as evidence)"),
        ("2024-09-01", False, "its date went by, and a later one was said since"),
        (None, False, "denials: only the platform taking back its own word withdraws a value"),
    ]
