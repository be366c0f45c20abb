"""Metadata and page kinds on the team's own pages written like real news templates (tests/fixtures/pages)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from scraper.article import extract_article

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"


def page(name: str, url: str = "https://news.example/story") -> object:
    return extract_article((PAGES / name).read_bytes(), url)


def test_json_ld_graph_gives_dates_authors_language_and_the_publisher_it_points_to():
    article = page("news-json-ld-graph.html")
    assert article.title == "Hyosan High reopens its doors in March"
    assert article.published == dt.datetime(2026, 1, 22, 7, 45, tzinfo=dt.UTC)
    assert article.modified == dt.datetime(2026, 1, 23, 18, 5, tzinfo=dt.UTC)
    assert article.authors == ("Ha-eun Seo", "Priya Nair")
    assert article.site_name == "K-Culture Weekly"  # the Organization the publisher's @id names
    assert article.lang == "en-GB"
    assert article.canonical_url == "https://kculture-weekly.example/tv/hyosan-high-reopens/"
    assert article.is_article


def test_opengraph_and_article_meta_without_json_ld():
    article = page("news-opengraph.html")
    assert article.title == "Segunda temporada de série de zumbis tem elenco ampliado"
    assert article.published == dt.datetime(2025, 12, 3, 17, 20, tzinfo=dt.UTC)
    assert article.modified == dt.datetime(2025, 12, 4, 12, 0, tzinfo=dt.UTC)
    assert article.authors == ("Joana Ribeiro",)  # article:author is a profile URL, not a name
    assert article.site_name == "Tela Quente"
    assert article.lang == "pt-BR"
    assert article.canonical_url == "https://telaquente.example/series/elenco-ampliado"
    assert "Por Joana Ribeiro" not in article.text


def test_of_several_dates_on_the_page_the_storys_own_is_the_publication_date():
    article = page("news-several-dates.html")
    assert article.published == dt.datetime(2026, 2, 2, 21, 30, tzinfo=dt.UTC)  # not a teaser's, not a comment's
    assert article.modified is None
    assert article.authors == ("Sam Okafor",)
    assert article.title == "What the new poster tells us"  # the site's name after "|" is left out...
    assert article.site_name == "Binge Clicks"  # ...and is the site's name
    assert "I am so ready" not in article.text and "Five shows" not in article.text


def test_a_last_updated_line_is_the_modification_date():
    article = page("news-last-updated.html", "https://hallyu.example/2026/02/28/release-window")
    assert article.published == dt.datetime(2026, 3, 2, tzinfo=dt.UTC)  # the "Published" line beats the URL
    assert article.modified == dt.datetime(2026, 3, 4, 9, 15, tzinfo=dt.UTC)
    assert article.title == "Release window narrows for zombie drama sequel"
    assert article.site_name == "Hallyu Screen"
    assert "Last updated" not in article.text[article.body_start :].split("\n\n")[0]


def test_a_date_in_the_url_is_used_when_the_page_gives_none():
    article = page("news-url-date.html", "https://news.example/2025/11/30/set-photos")
    assert article.published == dt.datetime(2025, 11, 30, tzinfo=dt.UTC)
    assert page("news-url-date.html", "https://news.example/set-photos").published is None


def test_the_headline_is_the_first_paragraph_and_body_start_points_after_it():
    article = page("news-json-ld-graph.html")
    headline, _, rest = article.text.partition("\n\n")
    assert headline == "Hyosan High reopens its doors in March"
    assert article.body_start == len(headline) + 2
    assert article.text[article.body_start :] == rest
    assert rest.startswith("The makers of the zombie school drama")
    assert "By Ha-eun Seo" not in article.text and "Trending" not in article.text


@pytest.mark.parametrize("name", ["tag-listing.html", "section-front.html", "video-page.html"])
def test_listings_section_fronts_and_video_pages_are_not_articles(name):
    assert not page(name).is_article


def test_a_listing_is_recognised_by_its_linked_headlines_without_structured_data():
    html = re.sub(r"<script.*?</script>", "", (PAGES / "tag-listing.html").read_text(), flags=re.S)
    assert not extract_article(html, "https://www.drama-desk.example/tag/aouad/").is_article


def test_a_video_page_is_not_an_article_even_without_its_declared_type():
    html = re.sub(r"<script.*?</script>|<meta property=\"og:type\"[^>]*>", "",
                  (PAGES / "video-page.html").read_text(), flags=re.S)
    assert not extract_article(html, "https://seoulpop.example/videos/teaser").is_article


@pytest.mark.parametrize("name", [p.name for p in sorted(PAGES.glob("news-*.html"))])
def test_every_news_page_is_an_article(name):
    assert page(name).is_article


def test_a_story_cut_into_sections_is_read_whole_without_its_teasers_comments_and_promotions():
    article = page("news-sectioned.html")
    paragraphs = article.text[article.body_start :].split("\n\n")
    assert len(paragraphs) == 6  # the three sections' two paragraphs each, in order
    assert paragraphs[0].startswith("The writers of the sequel met")
    assert paragraphs[-1].startswith("What they would say is that the ending")
    for elsewhere in ("Published February", "newsletter", "A guide to every zombie", "where are they now",
                      "I loved the first season", "Counting the days"):
        assert elsewhere not in article.text, elsewhere
    assert article.published == dt.datetime(2026, 2, 9, 7, 0, tzinfo=dt.UTC)  # the dateline still dates it



def test_korean_input_and_revision_lines_date_the_page():
    article = page("news-korean-dates.html", "https://ent.example/view/9")
    assert article.published == dt.datetime(2025, 6, 10, 0, 15, tzinfo=dt.UTC)  # 입력 09:15, Korean time
    assert article.modified == dt.datetime(2025, 6, 11, 5, 40, tzinfo=dt.UTC)  # 수정 ... 오후 2:40
    assert article.site_name == "연예일보" and article.lang == "ko"
    assert "많이 본 뉴스" not in article.text and "입력" not in article.text


def test_a_byline_gives_the_authors_when_nothing_else_names_them():
    html = (
        "<html><body><article><h1>Set visit: a day at the quarantine school</h1>"
        '<div class="byline">By Mina Park and Tom Reyes | March 2, 2025</div>'
        + "<p>We spent a day on the set, where the crew rebuilt a classroom from the first season in a warehouse.</p>" * 3
        + "</article></body></html>"
    )
    article = extract_article(html, "https://news.example/set-visit")
    assert article.authors == ("Mina Park", "Tom Reyes")
    assert "By Mina Park" not in article.text


def test_the_headline_is_the_h1_the_title_names_not_the_logo():
    html = (
        '<html><head><title>Cast list grows for the sequel - Drama Desk</title>'
        '<meta property="og:site_name" content="Drama Desk"></head><body>'
        '<div class="brand"><h1>Drama Desk</h1></div>'
        "<div><h1>Cast list grows for the sequel</h1>"
        + "<p>Three more actors have joined the sequel, the production company said in a short statement today.</p>" * 3
        + "</div></body></html>"
    )
    article = extract_article(html, "https://news.example/cast")
    assert article.text.split("\n\n")[0] == "Cast list grows for the sequel"
    assert article.text[: article.body_start] == "Cast list grows for the sequel\n\n"


def test_a_declared_roundup_with_linked_subheadings_is_still_an_article():
    shows = ["The Quarantine Class", "Night Shift at Ward 9", "Harbour of Ghosts", "The Last Bus Home"]
    sections = "".join(
        f'<h2><a href="/shows/{n}">{name}</a></h2>'
        f"<p>{name} is another series where a small group is cut off from the world and has to decide who to trust.</p>"
        f"<p>Its first season ran for eight episodes and a second has not been announced, which fans have noticed.</p>"
        for n, name in enumerate(shows)
    )
    html = (
        '<html><head><meta property="og:type" content="article"><title>Four shows to watch while you wait</title>'
        f"</head><body><article><h1>Four shows to watch while you wait</h1>{sections}</article></body></html>"
    )
    assert extract_article(html, "https://news.example/roundup").is_article


@pytest.mark.parametrize(("line", "when"), [
    ("Publicado em 22 de janeiro de 2026 às 10:13", dt.datetime(2026, 1, 22, 10, 13, tzinfo=dt.UTC)),
    ("Publié le 12 février 2026 à 14h05", dt.datetime(2026, 2, 12, 14, 5, tzinfo=dt.UTC)),
    ("Diterbitkan 12 Februari 2026 pukul 09:30", dt.datetime(2026, 2, 12, 9, 30, tzinfo=dt.UTC)),
    ("Published Mar. 3, 2026, 9:05 p.m.", dt.datetime(2026, 3, 3, 21, 5, tzinfo=dt.UTC)),
])
def test_a_dated_line_in_the_languages_we_read_gives_the_publication_date(line, when):
    html = (
        f"<html><body><div class='story'><h1>Sequel news</h1><p class='when'>{line}</p>"
        + "<p>The production office confirmed the schedule to several outlets, and the cast has been told.</p>" * 3
        + "</div></body></html>"
    )
    article = extract_article(html, "https://news.example/sequel")
    assert article.published == when
    assert line not in article.text  # a date line, not the story


def test_sentences_that_open_like_date_lines_are_kept():
    html = (
        "<html><body><article><h1>What we know about the sequel</h1>"
        "<p>By March 2026, filming will end.</p><p>Published reports say the cast returns in 2026.</p>"
        + "<p>The production office has shared little else, though the first teaser is out and fans have studied it.</p>" * 2
        + "<h2>Release date</h2><p>March 13, 2026.</p></article></body></html>"
    )
    body = extract_article(html, "https://news.example/know").text.split("\n\n")
    assert body[1:3] == ["By March 2026, filming will end.", "Published reports say the cast returns in 2026."]
    assert body[-2:] == ["Release date", "March 13, 2026."]


def test_links_of_blank_text_leave_no_trace_in_the_text():
    html = (
        "<html><body><article><h1>Results</h1><p><a href='/x'> </a><a href='/y'>&nbsp;</a></p>"
        + "<p>The results were posted on the board outside the hall, and the swimmers crowded round to read them.</p>" * 3
        + "</article></body></html>"
    )
    text = extract_article(html, "https://news.example/results").text
    assert "\x01" not in text and "\x02" not in text
    assert text.split("\n\n")[1].startswith("The results were posted")


def test_a_list_of_other_stories_beside_the_story_is_left_out():
    cards = "".join(
        f'<article class="entry card"><p>Teaser number {n}: another long excerpt about a different show, '
        f"with enough words, commas, and detail to look like prose, which it is, but not this story's prose.</p></article>"
        for n in range(5)
    )
    html = (
        "<html><body><div id='primary'>"
        "<article class='entry single'><h1>A short story about the sequel</h1>"
        "<p>The sequel's writers finished the last script this week, the studio said in a brief statement.</p>"
        "<p>Casting for two small parts is still open, and auditions continue in Seoul until the end of the month.</p>"
        f"</article><div class='list'>{cards}</div></div></body></html>"
    )
    text = extract_article(html, "https://news.example/short").text
    assert "auditions continue in Seoul" in text
    assert "Teaser number" not in text


def test_an_embedded_post_is_part_of_the_story_and_a_share_bar_is_not():
    html = (
        "<html><body><article><h1>The streamer teases the sequel</h1>"
        "<p>The platform posted a short message on Friday night, and fans were quick to read into it.</p>"
        '<div class="social-share"><a href="/s">Share on X</a> <a href="/f">Share on Facebook</a></div>'
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The students are back. '
        'Season 2, coming soon. <a href="https://t.example/x">pic.example/x</a></p></blockquote></div>'
        "<p>No date came with the message, and a spokesperson would not say more when we asked about it.</p>"
        "</article></body></html>"
    )
    text = extract_article(html, "https://news.example/tease").text
    assert "The students are back. Season 2, coming soon." in text
    assert "Share on" not in text


def test_agency_credit_lines_closing_a_story_are_left_out():
    html = (
        "<html><body><article><h1>Studio confirms the sequel's schedule</h1>"
        + "<p>The studio confirmed on Monday that the sequel is on schedule, according to a statement it sent us.</p>" * 3
        + "<p>(Reporting by Ana Lee in Seoul; Editing by Tom Reyes)</p>"
        "<p>Associated Press writer Mina Park contributed to this report.</p></article></body></html>"
    )
    text = extract_article(html, "https://news.example/schedule").text
    assert text.endswith("according to a statement it sent us.")


def test_the_sites_name_is_cut_from_an_open_graph_title_too():
    html = (
        '<html><head><meta property="og:title" content="Sequel dates announced | Seoul Pop">'
        '<meta property="og:site_name" content="Seoul Pop"></head><body><article><h1>Sequel dates announced</h1>'
        + "<p>The dates were announced at a press event in Seoul this morning, with the cast on stage.</p>" * 3
        + "</article></body></html>"
    )
    assert extract_article(html, "https://news.example/dates").title == "Sequel dates announced"
