"""HTML in, ``Article`` out: the readable text of a news page, with its title, dates and authors.

The page's boilerplate (navigation, related stories, comments, share widgets) is removed, the
container holding most of the paragraph text is taken as the body, and its blocks are written
out as paragraphs separated by a blank line, headings as paragraphs of their own, list items
as lines. Metadata prefers what the page states for machines (JSON-LD, Open Graph) over guesses.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.charset import sniff_charset
from scraper.types import Article
from scraper.urls import canonicalize_url

# Less body text than this (in Latin-equivalent characters) is a teaser, a video page or an empty
# index, not an article: two short paragraphs of news are about 250. A page that says it is an
# article (JSON-LD, og:type) needs only a one-line announcement's worth.
MIN_ARTICLE_CHARS = 200
MIN_DECLARED_ARTICLE_CHARS = 80
# From here on (Hangul Jamo, then CJK, kana, Hangul syllables) one character carries about a word's share.
_WIDE_SCRIPTS = 0x1100
# When more than this share of the body text is link text, the page is a listing of links.
MAX_LINK_DENSITY = 0.5
# A body holding this many <article> cards is a listing page.
LISTING_CARDS = 3


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARTICLE_TYPES = words(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "reviewnewsarticle backgroundnewsarticle blogposting report socialmediaposting"
)
DROP_TAGS = words(
    "script style noscript template svg iframe form button select textarea nav aside footer "
    "figcaption video audio canvas object embed dialog menu"
)
DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog"})
# Words in a class or id that mark page furniture around the story.
BOILERPLATE_WORDS = words(
    "nav navbar menu breadcrumb breadcrumbs sidebar related recommended recommend popular "
    "trending comment comments disqus share sharing social newsletter subscribe subscription "
    "promo advert advertisement ad ads sponsor sponsored outbrain taboola byline dateline cookie "
    "consent paywall pagination tags footer masthead toolbar widget modal popup banner"
)
# Class tokens that describe a state of the element, not what it is ("comments-open" on <article>).
_STATE_TOKEN = re.compile(r"^(has|no|is|with)[-_]|[-_](open|closed|enabled|disabled|count)$")
KEEP_TAGS = frozenset({"html", "body", "article", "main"})
BLOCK_TAGS = words(
    "p div section article main blockquote pre ul ol li dl dt dd table tr td th figure header hr "
    "address center details summary h1 h2 h3 h4 h5 h6"
)
BODY_CLASSES = words(
    "article-body articlebody article-content article__body article-text entry-content "
    "post-content post-body story-body story-content content-body news-body news_body"
)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]+|\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)"
    r"|(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])"
)
_LOOSE_DATE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")


# --- public entry points ------------------------------------------------------------------------


def extract_article(html: str | bytes, url: str, *, published: dt.datetime | None = None) -> Article:
    """The article in a page. ``published`` (from a feed) is used only when the page gives no date."""
    tree = parse_html(html)
    metas = meta_tags(tree)
    ld = json_ld_article(tree)
    authors = find_authors(tree, metas, ld)
    strip_boilerplate(tree)
    root = body_root(tree)
    blocks = Blocks.of(root) if root is not None else Blocks()
    page_date = find_published(tree, metas, ld, root, url)
    site_name = first_text(metas.get("og:site_name"), nested(ld, "publisher", "name"))
    return Article(
        url=url,
        text=blocks.text,
        title=find_title(tree, metas, ld, site_name),
        canonical_url=find_canonical(tree, metas, url),
        published=choose_published(page_date, published),
        modified=first_date(
            ld.get("dateModified"),
            metas.get("article:modified_time"),
            metas.get("og:updated_time"),
            metas.get("datemodified"),
        ),
        authors=authors,
        site_name=site_name,
        lang=find_lang(tree, metas),
        is_article=looks_like_article(blocks, root, declared=bool(ld) or metas.get("og:type") == "article"),
    )


def article_from_text(
    text: str,
    url: str,
    *,
    published: dt.datetime | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Article:
    """An article from text: HTML or a WordPress REST post are extracted; plain text keeps its paragraphs.

    What the document states itself wins; the arguments fill what it leaves out.
    """
    stripped = text.lstrip()
    wordpress = wordpress_post(stripped)
    if wordpress is not None:
        article = extract_article(
            wordpress["html"], wordpress["url"] or url, published=wordpress["date"] or published
        )
        article = _fill(article, title=wordpress["title"])
    elif looks_like_html(stripped):
        article = extract_article(text, url, published=published)
    else:
        body = plain_paragraphs(text)
        article = Article(url=url, text=body, published=published, is_article=bool(body))
    return _fill(article, published=published, title=title, lang=lang)


def strip_html(fragment: str) -> str:
    """The text of an HTML fragment (a feed summary) on one line."""
    tree = parse_html(fragment)
    for junk in tree.css("script, style, noscript, template"):
        junk.decompose()
    node = tree.body or tree.root
    text = node.text(separator=" ") if node is not None else ""
    return " ".join(text.split())


def page_title(html: str | bytes) -> str | None:
    """The title of a page, without the rest of the extraction."""
    tree = parse_html(html)
    metas = meta_tags(tree)
    return find_title(tree, metas, {}, metas.get("og:site_name"))


# --- parsing and metadata -----------------------------------------------------------------------


def parse_html(html: str | bytes) -> LexborHTMLParser:
    if isinstance(html, bytes):
        html = html.decode(sniff_charset(html) or "utf-8", errors="replace")
    return LexborHTMLParser(html.replace("\x00", ""))


def meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """First content of each <meta> by property, name or itemprop, keys lowercased."""
    metas: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():
            metas.setdefault(key.strip().lower(), content.strip())
    return metas


def json_ld_article(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first JSON-LD object of an article type (NewsArticle, BlogPosting...), or {}."""
    for node in tree.css('script[type*="ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "", strict=False)
        except (ValueError, RecursionError):
            continue
        for item in json_ld_items(data):
            types = item.get("@type")
            names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            if any(isinstance(name, str) and name.lower() in ARTICLE_TYPES for name in names):
                return item
    return {}


def json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, through lists and @graph, without recursion."""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])


def nested(data: Any, *keys: str) -> Any:
    for key in keys:
        if isinstance(data, list):
            data = data[0] if data else None
        data = data.get(key) if isinstance(data, dict) else None
    return data


def first_text(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(html_lib.unescape(value).split())
    return None


def find_title(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], site_name: str | None
) -> str | None:
    title_node = tree.css_first("title")
    page = without_site_suffix(title_node.text() if title_node else "", site_name)
    h1 = tree.css_first("h1")
    return first_text(
        metas.get("og:title"), metas.get("twitter:title"), ld.get("headline"), page, h1.text() if h1 else None
    )


def without_site_suffix(title: str, site_name: str | None) -> str:
    """ "Story - Site" -> "Story", when the tail is the site's name."""
    for separator in (" | ", " - ", " – ", " — ", " :: "):
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and site_name and tail.strip().casefold() == site_name.casefold():
            return head
    return title


def find_canonical(tree: LexborHTMLParser, metas: dict[str, str], url: str) -> str | None:
    link = tree.css_first('link[rel~="canonical"]')
    for candidate in (link.attributes.get("href") if link else None, metas.get("og:url")):
        if not candidate or not candidate.strip():
            continue
        try:
            absolute = urljoin(url, candidate.strip())
            parts = urlsplit(absolute)
        except ValueError:
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            return canonicalize_url(absolute)
    return None


def find_lang(tree: LexborHTMLParser, metas: dict[str, str]) -> str | None:
    html = tree.css_first("html")
    for value in (
        html.attributes.get("lang") if html else None,
        metas.get("content-language"),
        metas.get("og:locale"),
    ):
        if value and value.strip():
            return value.strip().replace("_", "-").split(",")[0]
    return None


def find_authors(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any]) -> tuple[str, ...]:
    """JSON-LD authors, else <meta name=author>, else links marked rel=author or itemprop=author."""
    raw = ld.get("author")
    people = raw if isinstance(raw, list) else [raw]
    names = [first_text(p.get("name") if isinstance(p, dict) else p) for p in people]
    if not any(names) and metas.get("author") and not metas["author"].startswith("http"):
        names = [metas["author"]]
    if not any(names):
        names = [first_text(node.text()) for node in tree.css('[rel~="author"], [itemprop="author"]')]
    cleaned = [re.sub(r"^(by|written by)\s+", "", name, flags=re.IGNORECASE) for name in names if name]
    return tuple(dict.fromkeys(name for name in cleaned if name and len(name) < 80))


# --- dates --------------------------------------------------------------------------------------


def parse_date(value: Any) -> dt.datetime | None:
    """An ISO 8601, RFC 2822 or plain Y-M-D date as an aware datetime (UTC when no zone is given)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    when: dt.datetime | None = None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            found = _LOOSE_DATE.search(text)
            when = _date_or_none(*found.groups()) if found else None
    if when is None or not 1990 <= when.year <= 2100:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _date_or_none(year: str, month: str, day: str) -> dt.datetime | None:
    try:
        return dt.datetime(int(year), int(month), int(day), tzinfo=dt.UTC)
    except ValueError:
        return None


def first_date(*values: Any) -> dt.datetime | None:
    for value in values:
        when = parse_date(value)
        if when is not None:
            return when
    return None


def url_date(url: str) -> dt.datetime | None:
    """A date written in the URL's path: /2024/05/17/ or /20240517/."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found = _URL_DATE.search(path)
    if not found:
        return None
    groups = [g for g in found.groups() if g is not None]
    return _date_or_none(*groups[:3])


def find_published(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], root: LexborNode | None, url: str
) -> tuple[dt.datetime | None, bool]:
    """The page's publication date, and whether it is only a day taken from the URL."""
    when = first_date(
        ld.get("datePublished"),
        metas.get("article:published_time"),
        metas.get("datepublished"),
        metas.get("pubdate"),
        metas.get("publish-date"),
        metas.get("date"),
        metas.get("dc.date"),
        metas.get("og:published_time"),
    )
    if when is None:
        times = (root.css("time[datetime]") if root is not None else []) or tree.css("time[datetime]")
        when = first_date(*(node.attributes.get("datetime") for node in times))
    if when is not None:
        return when, False
    return url_date(url), True


def choose_published(page: tuple[dt.datetime | None, bool], given: dt.datetime | None) -> dt.datetime | None:
    """The page's own date wins; a feed's exact time beats the bare day of the URL when they agree."""
    when, from_url = page
    if when is None:
        return given
    if from_url and given is not None and given.date() == when.date():
        return given
    return when


# --- body ---------------------------------------------------------------------------------------


def is_boilerplate(node: LexborNode) -> bool:
    tag = node.tag or ""
    if tag in DROP_TAGS:
        return True
    if tag in KEEP_TAGS:
        return False
    attrs = node.attributes
    if (
        (attrs.get("role") or "").lower() in DROP_ROLES
        or "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
    ):
        return True
    if tag == "header" and not has_ancestor(node, ("article", "main")):
        return True
    if "display:none" in (attrs.get("style") or "").replace(" ", "").lower():
        return True
    tokens = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower().split()
    return any(
        not _STATE_TOKEN.search(token) and BOILERPLATE_WORDS & set(re.split(r"[-_]+", token))
        for token in tokens
    )


def has_ancestor(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def strip_boilerplate(tree: LexborHTMLParser) -> None:
    """Remove page furniture; only outermost matches are removed, so no freed node is touched."""
    if tree.root is None:
        return
    marked: set[int] = set()
    outermost: list[LexborNode] = []
    for node in tree.root.traverse():
        if not is_boilerplate(node):
            continue
        marked.add(node.mem_id)
        parent, inside = node.parent, False
        while parent is not None and not inside:
            inside = parent.mem_id in marked
            parent = parent.parent
        if not inside:
            outermost.append(node)
    for node in outermost:
        node.decompose()


def paragraph_chars(node: LexborNode) -> int:
    chars = sum(len(p.text().strip()) for p in node.css("p"))
    return chars or len(node.text().strip()) // 2  # pages that break lines with <br> instead of <p>


def body_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding most of the story's paragraph text; ties go to the outer, earlier candidate."""
    candidates = [*tree.css("article"), *tree.css('[itemprop="articleBody"]')]
    candidates += [
        node
        for node in tree.css("div[class], section[class]")
        if BODY_CLASSES & set((node.attributes.get("class") or "").lower().split())
    ]
    candidates += [*tree.css("main"), *tree.css('[role="main"]')]
    best, best_chars = None, 0
    for node in candidates:
        chars = paragraph_chars(node)
        if chars > best_chars:
            best, best_chars = node, chars
    return best or tree.body or tree.root


class Blocks:
    """The text of an element as paragraphs and list lines, with the share of it inside links."""

    def __init__(self) -> None:
        self.units: list[tuple[str, str]] = []  # ("para" | "line", text)
        self.link_chars = 0
        self.cards = 0
        self._buffer: list[str] = []

    @classmethod
    def of(cls, root: LexborNode) -> Blocks:
        blocks = cls()
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        links = 0
        while stack:
            node, leaving = stack.pop()
            tag = node.tag or ""
            if leaving:
                links -= tag == "a"
                if tag in BLOCK_TAGS:
                    blocks.flush("line" if tag == "li" else "para")
                continue
            if tag == "-text":
                text = _WS.sub(" ", node.text_content or "")
                blocks._buffer.append(text)
                blocks.link_chars += len(text.strip()) if links else 0
                continue
            if tag == "br":
                blocks._buffer.append("\n")
                continue
            blocks.cards += tag == "article" and node is not root
            if tag in BLOCK_TAGS:
                blocks.flush("para")
            links += tag == "a"
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
        blocks.flush("para")
        return blocks

    def flush(self, kind: str) -> None:
        raw = "".join(self._buffer)
        self._buffer.clear()
        for chunk in _PARAGRAPH_BREAK.split(raw):
            lines = [" ".join(line.split()) for line in chunk.split("\n")]
            text = "\n".join(line for line in lines if line)
            if text:
                self.units.append((kind, text))

    @property
    def text(self) -> str:
        out: list[str] = []
        previous = ""
        for kind, text in self.units:
            if out:
                out.append("\n" if kind == previous == "line" else "\n\n")
            out.append(text)
            previous = kind
        return "".join(out)

    @property
    def chars(self) -> int:
        """Length in Latin-equivalent characters: a Hangul or CJK character says about as much as three."""
        return sum(len(text) + 2 * sum(ord(char) >= _WIDE_SCRIPTS for char in text) for _, text in self.units)


def looks_like_article(blocks: Blocks, root: LexborNode | None, *, declared: bool) -> bool:
    """Enough prose, not mostly links, not a grid of story cards."""
    chars = blocks.chars
    if chars < (MIN_DECLARED_ARTICLE_CHARS if declared else MIN_ARTICLE_CHARS):
        return False
    if blocks.cards >= LISTING_CARDS and not declared:
        return False
    return blocks.link_chars / chars <= MAX_LINK_DENSITY


# --- other inputs -------------------------------------------------------------------------------


def looks_like_html(text: str) -> bool:
    return (
        text.startswith("<")
        and re.search(r"<(!doctype|html|body|p|div|article|h[1-6])[\s>]", text[:2000], re.IGNORECASE)
        is not None
    )


def wordpress_post(text: str) -> dict[str, Any] | None:
    """A WordPress REST post ({"content": {"rendered": html}, "title": {"rendered": ...}, "date": ...})."""
    if not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    html = nested(data, "content", "rendered")
    if not isinstance(html, str):
        return None
    gmt = parse_date(data.get("date_gmt"))
    link = data.get("link")
    return {
        "html": html,
        "title": strip_html(title) if isinstance(title := nested(data, "title", "rendered"), str) else None,
        "date": gmt or parse_date(data.get("date")),
        "url": link if isinstance(link, str) and link.startswith(("http://", "https://")) else None,
    }


def plain_paragraphs(text: str) -> str:
    """Light whitespace normalisation: paragraphs (blank-line separated) and line breaks are kept."""
    paragraphs = []
    for chunk in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def _fill(article: Article, **values: Any) -> Article:
    from dataclasses import replace

    missing = {
        key: value for key, value in values.items() if value is not None and getattr(article, key) is None
    }
    return replace(article, **missing) if missing else article
