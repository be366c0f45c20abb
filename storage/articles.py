"""Articles: store one (recognising a re-read and a word-for-word copy), look them up, search them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from scraper.types import Article
from storage.locks import lock_urls
from storage.models import ArticleModel, ArticleTopicModel, ArticleUrlModel, ClaimModel, ParagraphModel
from storage.types import ArticleRow, StoredArticle

_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

# A syndicated copy keeps the story's paragraphs under new navigation, kicker and byline: a stored
# article holding this share of a new one's long paragraphs (and at least COPY_MIN of them) is its original.
COPY_SHARE = 0.6
COPY_MIN = 2
LONG_PARAGRAPH = 60  # characters: shorter lines (bylines, "Read more") are boilerplate on every page


def text_hash(text: str) -> str:
    """The same story under two URLs hashes the same, whatever the whitespace or case."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().casefold().encode()).hexdigest()


def store_article(session: Session, article: Article, *, source: str | None, fetched_at: dt.datetime,
                  site: str | None = None, urls: Iterable[str] = ()) -> StoredArticle:
    """Store an article unless this exact text is already stored for one of its URLs.

    A new text under a known URL is a new version (a watched page that changed). A text already
    stored under another URL is stored as a copy: ``duplicate_of`` names the first one.
    """
    digest = text_hash(article.text)
    all_urls = article_urls(article, urls)
    lock_urls(session, all_urls)
    known = _article_for_urls(session, all_urls)
    if known is not None and known.text_hash == digest:
        _remember_urls(session, all_urls, known.id)
        return StoredArticle(known.id, is_new=False, duplicate_of=known.duplicate_of)
    prints = paragraph_hashes(article.text)
    original = None if known is not None else _original_of(session, digest, prints)
    row = ArticleModel(url=article.key_url, title=article.title, site=site or article.site_name, source=source,
                       lang=article.lang, published=article.published, fetched_at=fetched_at,
                       text=article.text, text_hash=digest, duplicate_of=original, claims=0)
    session.add(row)
    session.flush()
    _remember_urls(session, all_urls, row.id)
    session.add_all(ParagraphModel(hash=h, article_id=row.id) for h in prints)
    return StoredArticle(row.id, is_new=True, duplicate_of=row.duplicate_of)


def article_urls(article: Article, urls: Iterable[str] = ()) -> list[str]:
    """Every URL an article is stored under, and locked by (storage/locks.py) while it is: two workers
    that read the same URL at once both found it unknown and both added it (``article_urls_pkey``)."""
    return list(dict.fromkeys([article.key_url, article.url, *urls]))


def paragraph_hashes(text: str) -> set[str]:
    paragraphs = (_SPACE.sub(" ", p).strip().casefold() for p in _PARAGRAPH_BREAK.split(text))
    return {hashlib.sha256(p.encode()).hexdigest()[:16] for p in paragraphs if len(p) >= LONG_PARAGRAPH}


def _original_of(session: Session, digest: str, prints: set[str]) -> int | None:
    """The stored original this text copies: the same text, or most of the same long paragraphs."""
    same = session.scalars(select(ArticleModel.id).where(
        ArticleModel.text_hash == digest, ArticleModel.duplicate_of.is_(None)).limit(1)).first()
    if same is not None or not prints:
        return same
    shared = session.execute(
        select(ParagraphModel.article_id, func.count()).join(ArticleModel, ArticleModel.id == ParagraphModel.article_id)
        .where(ParagraphModel.hash.in_(prints), ArticleModel.duplicate_of.is_(None))
        .group_by(ParagraphModel.article_id).order_by(func.count().desc(), ParagraphModel.article_id).limit(1)).first()
    if shared is None:
        return None
    article_id, count = shared
    return article_id if count >= min(COPY_MIN, len(prints)) and count >= COPY_SHARE * len(prints) else None


def _article_for_urls(session: Session, urls: list[str]) -> ArticleModel | None:
    ids = session.scalars(select(ArticleUrlModel.article_id).where(ArticleUrlModel.url.in_(urls))).all()
    if not ids:
        return None
    return session.get(ArticleModel, max(ids))  # the latest version


def _remember_urls(session: Session, urls: list[str], article_id: int) -> None:
    for url in urls:
        row = session.get(ArticleUrlModel, url)
        if row is None:
            session.add(ArticleUrlModel(url=url, article_id=article_id))
        else:
            row.article_id = article_id
    session.flush()


def seen_urls(session: Session, urls: Iterable[str], *, show: str | None = None) -> set[str]:
    """Which of these URLs led to an article already stored; with ``show``, already read for that topic (or
    stored before articles kept their topics: read for every one)."""
    wanted = list(set(urls))
    if not wanted:
        return set()
    query = select(ArticleUrlModel.url).where(ArticleUrlModel.url.in_(wanted))
    if show is not None:
        read = select(ArticleTopicModel.show).where(ArticleTopicModel.article_id == ArticleUrlModel.article_id)
        query = query.where(or_(read.where(ArticleTopicModel.show == show).exists(), ~read.exists()))
    return set(session.scalars(query).all())


def shows_read(session: Session, article_id: int) -> set[str]:
    """The topics an article was read for."""
    return set(session.scalars(select(ArticleTopicModel.show).where(ArticleTopicModel.article_id == article_id)))


def mark_read(session: Session, article_id: int, shows: Iterable[str]) -> None:
    """Remember that the article was read for these topics: their sources skip it from now on."""
    for show in set(shows) - shows_read(session, article_id):
        session.add(ArticleTopicModel(article_id=article_id, show=show))
    session.flush()


def search_articles(session: Session, text: str | None = None, *, limit: int = 50) -> list[ArticleRow]:
    """Stored articles, newest first; with ``text``, those whose title, URL or text contain it."""
    query = select(ArticleModel)
    if text:
        query = query.where(containing(text))
    newest = func.coalesce(ArticleModel.published, ArticleModel.fetched_at)
    rows = session.scalars(query.order_by(newest.desc(), ArticleModel.id.desc()).limit(limit)).all()
    return [_row(article) for article in rows]


def containing(text: str) -> ColumnElement[bool]:
    """An article whose title, text or URL contains ``text``, whatever its case."""
    pattern = f"%{text.casefold()}%"
    return or_(func.lower(ArticleModel.title).like(pattern), func.lower(ArticleModel.text).like(pattern),
               func.lower(ArticleModel.url).like(pattern))


def _row(article: ArticleModel) -> ArticleRow:
    return ArticleRow(id=article.id, url=article.url, title=article.title, site=article.site,
                      published=article.published, fetched_at=article.fetched_at, source=article.source,
                      lang=article.lang, claims=article.claims, duplicate_of=article.duplicate_of)


def count_claims(session: Session, article_id: int) -> int:
    return session.scalar(select(func.count()).where(ClaimModel.article_id == article_id)) or 0
