"""extract_claims as other stages use it: evidence spans, each claim once, no memory between articles."""

from __future__ import annotations

import datetime as dt

from claimwatch.topic import load_topic
from scraper.claims import extract_claims
from scraper.types import Article

TOPIC = load_topic()
WHEN = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)


def article(text: str, published: dt.datetime | None = WHEN) -> Article:
    return Article(url="https://example.org/x", text=text, published=published)


def test_an_article_about_another_show_has_no_claims() -> None:
    assert extract_claims(article("Kingdom season 3 premieres in 2027.\n\nIt has six episodes."), TOPIC) == []


def test_the_same_claim_twice_is_listed_once_where_the_body_first_says_it() -> None:
    text = ("All of Us Are Dead season 2 reportedly arrives in 2026\n\n"
            "Sources say All of Us Are Dead season 2 may arrive in 2026. Netflix says season 2 arrives in 2026.")
    claims = extract_claims(article(text), TOPIC)
    releases = [c for c in claims if c.kind == "release_date"]
    assert len(releases) == 1 and releases[0].certainty == "speculative"
    assert releases[0].evidence.startswith("Sources say")


def test_relative_dates_need_a_publication_date() -> None:
    text = "All of Us Are Dead season 2 arrives next year."
    assert [c.value.start.year for c in extract_claims(article(text), TOPIC)] == [2026]  # type: ignore[union-attr]
    assert extract_claims(article(text, None), TOPIC) == []


def test_one_article_leaves_nothing_behind_for_the_next() -> None:
    first = article("Season 2 of All of Us Are Dead will premiere in March 2026, Netflix announced.")
    second = article("Season 2 of All of Us Are Dead will premiere in March 2026, fans guess.")
    alone = extract_claims(second, TOPIC)
    extract_claims(first, TOPIC)
    assert extract_claims(second, TOPIC) == alone
    assert alone[0].certainty == "speculative"


def test_evidence_is_the_text_at_its_span() -> None:
    text = "All of Us Are Dead S2\n\nLee Min-jae joins the cast. Filming began on 12 May 2025, Netflix said."
    claims = extract_claims(article(text), TOPIC)
    assert {c.kind for c in claims} == {"cast", "filming_start"}
    assert all(text[c.span[0]:c.span[1]] == c.evidence for c in claims)


def test_a_title_naming_the_show_makes_the_opening_sentences_ours() -> None:
    text = "The second season will premiere in March 2026, the streamer said."
    titled = Article(url="https://example.org/t", text=text, title="All of Us Are Dead: season 2 dated", published=WHEN)
    assert [c.kind for c in extract_claims(titled, TOPIC)] == ["release_date"]
    untitled = article(text + "\n\nMore on All of Us Are Dead soon.")
    assert extract_claims(untitled, TOPIC) == []


def test_a_name_written_with_non_breaking_hyphens_is_one_name_and_the_evidence_is_the_article_s_own() -> None:
    import datetime as dt

    from claimwatch.topic import load_topic

    text = "All of Us Are Dead season 2: Park Ji\u2011hu returns as Nam On\u2011jo, Netflix confirmed."
    article = Article(url="https://example.org/nbh", text=text, published=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
    claims = [c for c in extract_claims(article, load_topic()) if c.kind == "cast"]
    assert [c.value.name for c in claims] == ["Park Ji-hu"]  # type: ignore[union-attr]
    assert all(text[c.span[0]:c.span[1]] == c.evidence for c in claims)


def test_portuguese_no_is_in_the_not_a_denial() -> None:
    import datetime as dt

    from claimwatch.topic import load_topic

    text = "A segunda temporada de All of Us Are Dead estreia no dia 13 de março de 2026, confirmou a Netflix."
    article = Article(url="https://example.org/pt", text=text, lang="pt",
                      published=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
    dates = [c for c in extract_claims(article, load_topic()) if c.kind == "release_date"]
    assert dates and not any(c.negated for c in dates)
