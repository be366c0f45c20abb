"""Per-article memory for the questions each claim in a sentence asks again.

Several claims in one sentence (a cast list, a date and a credit) ask the same things of it: its
clause breaks, its hedges, its season markers. Those answers are kept for the article being read
and forgotten before the next, so the speed measured is the speed of reading new text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Generic, TypeVar, overload

from scraper.claims.patterns import occurs, spans_of

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
R = TypeVar("R")
_REMEMBERING: list[Any] = []
SIZE = 1024  # answers kept per function: more than one article's sentences and clauses


def per_article(function: F) -> F:
    cached = lru_cache(maxsize=SIZE)(function)
    _REMEMBERING.append(cached)
    return cached  # type: ignore[return-value]


def forget() -> None:
    """Called before each article."""
    for cached in _REMEMBERING:
        cached.cache_clear()
    _HOLDS.clear()
    _SPANS.clear()


class lazy(Generic[T, R]):  # noqa: N801 - used as a decorator, like property
    """An attribute computed on first use and kept in the instance (frozen dataclasses too).

    functools.cached_property takes a lock on every first access before Python 3.12; a sentence's
    context is never shared between threads, so it needs none.
    """

    def __init__(self, compute: Callable[[T], R]) -> None:
        self.compute = compute
        self.name = compute.__name__

    @overload
    def __get__(self, instance: None, owner: type) -> lazy[T, R]: ...
    @overload
    def __get__(self, instance: T, owner: type) -> R: ...
    def __get__(self, instance: T | None, owner: type) -> lazy[T, R] | R:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


# A compiled pattern hashes its whole compiled program each time it is hashed (microseconds for a
# long list of phrasings), so answers about patterns are kept by the pattern's identity. Patterns
# are module-level constants, alive as long as the program.
_HOLDS: dict[tuple[int, str], bool] = {}
_SPANS: dict[tuple[int, str], tuple[tuple[int, int], ...]] = {}


def holds(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern occurs in the text; asked once per sentence however many claims it holds."""
    key = (id(pattern), text)
    found = _HOLDS.get(key)
    if found is None:
        found = _HOLDS[key] = occurs(pattern, text)
    return found


def spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where the pattern occurs in the text, each (start, end)."""
    key = (id(pattern), text)
    found = _SPANS.get(key)
    if found is None:
        found = _SPANS[key] = spans_of(pattern, text)
    return found

