"""Weighted choices drawn from an explicit random generator, in a fixed order."""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A fixed table of items and weights; ``pick`` draws one item with one ``rng.random()``.

    The order of the table is the order given, so a draw depends only on the generator's state.
    Items with weight 0 are dropped; at least one positive weight is required.
    """

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, weights: Mapping[T, float] | Iterable[tuple[T, float]]) -> None:
        pairs = list(weights.items()) if isinstance(weights, Mapping) else list(weights)
        items: list[T] = []
        cumulative: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight < 0:
                raise ValueError(f"negative weight for {item!r}")
            if weight == 0:
                continue
            total += weight
            items.append(item)
            cumulative.append(total)
        if not items:
            raise ValueError("a weighted table needs at least one positive weight")
        self._items = tuple(items)
        self._cumulative = tuple(cumulative)
        self._total = total

    def pick(self, rng: random.Random) -> T:
        """One item, drawn with probability proportional to its weight."""
        index = bisect.bisect_right(self._cumulative, rng.random() * self._total)
        return self._items[min(index, len(self._items) - 1)]


def chance(rng: random.Random, probability: float) -> bool:
    """True with the given probability (one draw from ``rng``)."""
    return rng.random() < probability
