"""Per-article memory for the questions each claim in a sentence asks again.

Several claims in one sentence (a cast list, a date and a credit) ask the same things of it: its
clause breaks, its hedges, its season markers. Those answers are kept for one reading of one article
(``remembering``) and dropped with it: each call has a memory of its own, so nothing global is cleared
between articles, two readings at once (threads, tasks) never share answers, and the speed measured is
the speed of reading new text. Outside a reading, answers are worked out each time.
"""

from __future__ import annotations

import contextvars
import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from scraper.claims.patterns import occurs, spans_of

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
R = TypeVar("R")


@dataclass
class Memory:
    """One reading's answers: the per-article functions' by (function, arguments), the patterns' by
    (pattern, text)."""

    answers: dict[tuple, Any] = field(default_factory=dict)
    holds: dict[tuple[int, str], bool] = field(default_factory=dict)
    spans: dict[tuple[int, str], tuple[tuple[int, int], ...]] = field(default_factory=dict)


_MEMORY: contextvars.ContextVar[Memory | None] = contextvars.ContextVar("memory", default=None)


@contextmanager
def remembering() -> Iterator[Memory]:
    """A fresh memory until the block ends: answers found under another article's words (or another
    language's lexicon) are never this one's."""
    token = _MEMORY.set(Memory())
    try:
        yield _MEMORY.get()  # type: ignore[misc]
    finally:
        _MEMORY.reset(token)


def per_article(function: F) -> F:
    """``function``'s answers kept in the current reading's memory (its arguments are its key)."""
    @functools.wraps(function)
    def remembered(*args: Any, **options: Any) -> Any:
        memory = _MEMORY.get()
        if memory is None:
            return function(*args, **options)
        key = (function, args, *options.items())
        try:
            return memory.answers[key]
        except KeyError:
            found = memory.answers[key] = function(*args, **options)
            return found
    return remembered  # type: ignore[return-value]


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
def holds(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern occurs in the text; asked once per sentence however many claims it holds."""
    memory = _MEMORY.get()
    if memory is None:
        return occurs(pattern, text)
    key = (id(pattern), text)
    found = memory.holds.get(key)
    if found is None:
        found = memory.holds[key] = occurs(pattern, text)
    return found


def spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where the pattern occurs in the text, each (start, end)."""
    memory = _MEMORY.get()
    if memory is None:
        return spans_of(pattern, text)
    key = (id(pattern), text)
    found = memory.spans.get(key)
    if found is None:
        found = memory.spans[key] = spans_of(pattern, text)
    return found
