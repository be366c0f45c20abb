"""Article extraction on pages written in the style of real news templates (the text is our own)."""

from __future__ import annotations

import datetime as dt
import json

from scraper.article import article_from_text, extract_article

URL = "https://www.drama-desk.example/news/zombie-school-return?utm_source=feed"

NEWS_WITH_JSON_LD = """<!doctype html>
<html lang="en-US"><head>
<meta charset="utf-8">
<title>Zombie school drama sets its return | Drama Desk</title>
<meta property="og:title" content="Zombie school drama sets its return">
<meta property="og:site_name" content="Drama Desk">
<meta property="og:type" content="article">
<link rel="canonical" href="/news/zombie-school-return">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Drama Desk"},
  {"@type": "NewsArticle", "headline": "Zombie school drama sets its return",
   "datePublished": "2025-03-02T17:30:00+09:00", "dateModified": "2025-03-03T09:00:00+09:00",
   "author": [{"@type": "Person", "name": "Mina Park"}, {"@type": "Person", "name": "Tom Reyes"}],
   "publisher": {"@type": "Organization", "name": "Drama Desk"}}]}
</script>
<script>window.tracking = {"page": "story"};</script>
</head><body>
<header class="site-header"><a href="/">Drama Desk</a>
  <nav><ul><li><a href="/tv">TV</a></li><li><a href="/film">Film</a></li></ul></nav></header>
<main>
<article class="post has-comments">
  <header class="entry-header"><h1>Zombie school drama sets its return</h1>
    <div class="byline">By Mina Park and Tom Reyes | March 2, 2025</div></header>
  <div class="share-buttons"><a href="#">Share on X</a><a href="#">Copy link</a></div>
  <div class="entry-content">
    <p>The streaming service said on Sunday that the second season of the zombie school drama
    will reach screens next winter, ending a long wait for its fans.</p>
    <p>Production wrapped in the autumn, according to a person close to the project, and the
    editing team has been at work since then.</p>
    <h2>Who is coming back</h2>
    <p>Most of the surviving students return. The new season adds three faces:</p>
    <ul><li>a transfer student with a secret</li><li>a soldier from the quarantine zone</li>
    <li>a teacher who hid in the library</li></ul>
    <figure><img src="/img/still.jpg"><figcaption>A still from the first season.</figcaption></figure>
    <p>The director has not said how many episodes the new season will have.</p>
    <div class="ad-slot">Advertisement</div>
  </div>
  <div class="related-stories"><h3>Related</h3><ul>
    <li><a href="/news/other">Another zombie show is renewed</a></li></ul></div>
  <section id="comments" class="comments-area"><h3>12 comments</h3>
    <p>Cannot wait for this one!!</p></section>
</article>
</main>
<aside class="sidebar"><h3>Most popular</h3><p>Popular story text that is not ours.</p></aside>
<footer><p>Copyright Drama Desk</p></footer>
</body></html>"""

NEWS_WITHOUT_JSON_LD = """<html lang="ko"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>좀비 학교 드라마 시즌2 촬영 시작 - 연예뉴스</title>
<meta property="og:site_name" content="연예뉴스">
<meta name="author" content="김하늘 기자">
</head><body>
<div id="gnb" class="menu"><a href="/">홈</a><a href="/ent">연예</a></div>
<div class="article-head"><h1>좀비 학교 드라마 시즌2 촬영 시작</h1>
<span class="date"><time datetime="2025-06-10T09:15:00+09:00">2025.06.10 09:15</time></span></div>
<div class="article-body" itemprop="articleBody">
드라마 제작진은 이번 주부터 두 번째 시즌 촬영에 들어간다고 밝혔다. 촬영은 지방의 한 폐교에서 진행된다.<br><br>
제작진에 따르면 촬영은 약 여섯 달 동안 이어질 예정이며, 공개 시기는 아직 정해지지 않았다.<br><br>
한편 출연진은 지난달 대본 리딩을 마쳤다. 현장 분위기는 밝았다고 관계자는 전했다.
</div>
<div class="article-tags"><a href="/tag/1">#드라마</a></div>
<div id="comment_area"><p>댓글 0</p></div>
</body></html>"""

LISTING = (
    "<html><head><title>TV news</title></head><body><main>"
    + "".join(
        f'<article class="card"><h2><a href="/news/{n}">Story number {n} about television</a></h2>'
        f'<p><a href="/news/{n}">Read more</a></p></article>'
        for n in range(12)
    )
    + "</main></body></html>"
)


def test_json_ld_gives_dates_authors_and_the_headline():
    article = extract_article(NEWS_WITH_JSON_LD, URL)
    assert article.title == "Zombie school drama sets its return"
    assert article.published == dt.datetime(2025, 3, 2, 8, 30, tzinfo=dt.UTC)
    assert article.modified == dt.datetime(2025, 3, 3, 0, 0, tzinfo=dt.UTC)
    assert article.authors == ("Mina Park", "Tom Reyes")
    assert article.site_name == "Drama Desk"
    assert article.lang == "en-US"
    assert article.canonical_url == "https://www.drama-desk.example/news/zombie-school-return"
    assert article.is_article


def test_the_story_is_kept_and_the_page_furniture_is_not():
    text = extract_article(NEWS_WITH_JSON_LD, URL).text
    assert "the second season of the zombie school drama will reach screens next winter" in text
    assert "has not said how many episodes" in text
    for furniture in (
        "TV",
        "Share on X",
        "Another zombie show",
        "Cannot wait",
        "Popular story",
        "Copyright",
        "Advertisement",
        "window.tracking",
        "By Mina Park",
        "A still from",
    ):
        assert furniture not in text.split(), furniture
        assert furniture not in text, furniture


def test_headings_are_paragraphs_and_list_items_are_lines():
    paragraphs = extract_article(NEWS_WITH_JSON_LD, URL).text.split("\n\n")
    assert paragraphs[0] == "Zombie school drama sets its return"
    assert "Who is coming back" in paragraphs
    items = paragraphs[paragraphs.index("Who is coming back") + 2]
    assert items.split("\n") == [
        "a transfer student with a secret",
        "a soldier from the quarantine zone",
        "a teacher who hid in the library",
    ]


def test_a_page_without_json_ld_uses_time_title_and_meta():
    article = extract_article(NEWS_WITHOUT_JSON_LD.encode("utf-8"), "https://ent.example/view/123")
    assert article.title == "좀비 학교 드라마 시즌2 촬영 시작"
    assert article.published == dt.datetime(2025, 6, 10, 0, 15, tzinfo=dt.UTC)
    assert article.site_name == "연예뉴스"
    assert article.authors == ("김하늘 기자",)
    assert article.lang == "ko"


def test_paragraphs_broken_with_br_become_paragraphs():
    article = extract_article(NEWS_WITHOUT_JSON_LD, "https://ent.example/view/123")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "좀비 학교 드라마 시즌2 촬영 시작"
    assert article.text[article.body_start :].startswith("드라마 제작진은 이번 주부터")
    assert paragraphs[1].startswith("드라마 제작진은 이번 주부터")
    assert paragraphs[-1].startswith("한편 출연진은")
    assert "댓글" not in article.text and "#드라마" not in article.text
    assert article.is_article


def test_a_listing_of_links_is_not_an_article():
    assert not extract_article(LISTING, "https://drama.example/tv").is_article


def test_a_feed_date_is_used_only_when_the_page_has_none():
    feed_date = dt.datetime(2025, 1, 5, 6, 0, tzinfo=dt.UTC)
    page = (
        "<html><body><article><p>" + "A story without any date on it. " * 20 + "</p></article></body></html>"
    )
    assert extract_article(page, "https://x.example/story", published=feed_date).published == feed_date
    assert extract_article(NEWS_WITH_JSON_LD, URL, published=feed_date).published.year == 2025
    assert extract_article(NEWS_WITH_JSON_LD, URL, published=feed_date).published.month == 3


def test_a_date_in_the_url_is_the_pages_date():
    page = "<p>" + "Dated only by its address. " * 20 + "</p>"
    article = extract_article(page, "https://x.example/2024/11/28/story/")
    assert article.published == dt.datetime(2024, 11, 28, tzinfo=dt.UTC)
    same_day = dt.datetime(2024, 11, 28, 14, 5, tzinfo=dt.UTC)
    assert (
        extract_article(page, "https://x.example/2024/11/28/story/", published=same_day).published == same_day
    )


def test_plain_text_keeps_its_paragraphs():
    text = "Headline here\r\n\r\n  First   paragraph,\nstill first.\n\n\n\nSecond one.  \n"
    article = article_from_text(text, "file:///tmp/a.txt", title="Given title", lang="en")
    assert article.text == "Headline here\n\nFirst paragraph,\nstill first.\n\nSecond one."
    assert article.title == "Given title" and article.lang == "en"


def test_text_that_is_html_is_extracted():
    article = article_from_text(NEWS_WITH_JSON_LD, URL)
    assert article.title == "Zombie school drama sets its return"
    assert "Cannot wait" not in article.text


def test_a_wordpress_post_is_read_from_its_json():
    post = {
        "id": 42,
        "date": "2025-05-01T10:00:00",
        "date_gmt": "2025-05-01T01:00:00",
        "link": "https://blog.example/2025/05/01/news/",
        "title": {"rendered": "Season 2 &#8211; what we know"},
        "content": {"rendered": "<p>The first paragraph of the post.</p><h2>Cast</h2><p>Second.</p>"},
    }
    article = article_from_text(json.dumps(post), "stdin:")
    assert article.title == "Season 2 – what we know"
    assert article.published == dt.datetime(2025, 5, 1, 1, 0, tzinfo=dt.UTC)
    assert article.text == "The first paragraph of the post.\n\nCast\n\nSecond."
    assert article.url == "https://blog.example/2025/05/01/news/"


def test_json_that_is_not_a_post_is_kept_as_text():
    article = article_from_text('{"hello": "world"}', "stdin:")
    assert article.text == '{"hello": "world"}'
