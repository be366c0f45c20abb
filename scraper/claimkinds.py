"""The claim kinds: one spec each, read by the scraper, storage and the notifier alike.

A kind's name, value shape, label, display order and rivals live here and nowhere else. Adding a
kind is one ``ClaimKind`` below, its trigger phrasings in each language pack
(``scraper/claims/packs/``) and case files. This module imports nothing of the project, so every
package may import it (the import contracts allow exactly this module to the notifier).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ValueType = Literal["window", "count", "person", "status"]


@dataclass(frozen=True)
class ClaimKind:
    """One kind of claim about a season (shared/CLAIMS.md)."""

    name: str
    label: str  # as a reader says it: "release date"
    value_type: ValueType  # window {start, end, precision}, an int, a person {name, role, character}, a status word
    is_set: bool = False  # the belief is a set of values (the cast), not one value
    event: bool = False  # a claim of it said as done is history: a later plan or guess does not overtake it
    rivals: tuple[str, ...] = ()  # kinds whose values a recogniser of this one must never be taken for
    statuses: tuple[str, ...] = ()  # the values a status kind may take

    @property
    def order(self) -> int:
        """Where the kind is listed among the others (the registry's order)."""
        return ORDER[self.name]


REGISTRY: dict[str, ClaimKind] = {}


def register(kind: ClaimKind) -> ClaimKind:
    if kind.name in REGISTRY:
        raise ValueError(f"claim kind {kind.name!r} is registered twice")
    REGISTRY[kind.name] = kind
    return kind


register(ClaimKind("renewal", "renewal", "status", event=True, statuses=("renewed", "cancelled")))
register(ClaimKind("release_date", "release date", "window", rivals=("trailer", "filming_start", "filming_end")))
register(ClaimKind("trailer", "trailer", "window", rivals=("release_date",)))
register(ClaimKind("episode_count", "episode count", "count"))
register(ClaimKind("filming_start", "filming start", "window", event=True, rivals=("filming_end", "release_date")))
register(ClaimKind("filming_end", "filming end", "window", event=True, rivals=("filming_start", "release_date")))
register(ClaimKind("director", "director", "person", is_set=True, rivals=("writer", "cast")))
register(ClaimKind("writer", "writer", "person", is_set=True, rivals=("director", "cast")))
register(ClaimKind("cast", "cast", "person", is_set=True, rivals=("director", "writer")))

ORDER: dict[str, int] = {name: index for index, name in enumerate(REGISTRY)}
KINDS: tuple[str, ...] = tuple(REGISTRY)
WINDOW_KINDS = frozenset(k.name for k in REGISTRY.values() if k.value_type == "window")
PERSON_KINDS = frozenset(k.name for k in REGISTRY.values() if k.value_type == "person")
EVENT_KINDS = frozenset(k.name for k in REGISTRY.values() if k.event)


def kind(name: str) -> ClaimKind | None:
    """The spec of a kind, or None for a name no version of claimwatch knows."""
    return REGISTRY.get(name)


def label(name: str) -> str:
    spec = REGISTRY.get(name)
    return spec.label if spec else name.replace("_", " ")


def order(name: str) -> int:
    """A kind's place in listings; an unknown one (an older row) goes last."""
    return ORDER.get(name, len(ORDER))
