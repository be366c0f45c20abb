"""Per-article memory for the questions each claim in a sentence asks again.

Several claims in one sentence (a cast list, a date and a credit) ask the same things of it: its
clause breaks, its hedges, its season markers. Those answers are kept for the article being read
and forgotten before the next, so the speed measured is the speed of reading new text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
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
