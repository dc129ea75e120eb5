"""A sandbox's state: its store, seeded when new and on reset."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from . import _addresses, _freight
from ._registry import Context, Marketplace
from ._store import Store


class State:
    def __init__(
        self, marketplaces: Sequence[Marketplace], *, seed: int = 1688, db_path: Path | None = None
    ) -> None:
        self.seed = seed
        self.marketplaces = tuple(marketplaces)
        self.store = Store(db_path)
        if self.store.is_empty():  # a database from an earlier run keeps its state
            self.reset()

    def reset(self) -> None:
        """Back to the seed: the catalogues, address 1 and the documentation's examples."""
        rng = random.Random(self.seed)  # noqa: S311 - a reproducible catalogue, not a secret
        with self.store.transaction():
            self.store.clear()
            ctx = Context(self.store)  # its events are dropped: seeding pushes no messages
            _addresses.seed(ctx)
            _freight.seed(ctx)
            for marketplace in self.marketplaces:
                marketplace.seed(ctx, rng)
