"""A separate process that stores articles, for the concurrency and crash tests: python writer_process.py DB MODE."""
from __future__ import annotations

import dataclasses
import random
import sys

from store_corpus import dev_corpus

from warwire.store import Store, open_store


def twins(corpus: list, copy: int) -> list:
    """Copy `copy` of the corpus: distinct articles (new ids) with the same events."""
    out = []
    for article, events in corpus:
        twin = dataclasses.replace(article, source=f"{article.source}#copy{copy}", body=f"{article.body}\n[copy {copy}]")
        out.append((twin, [dataclasses.replace(e, article=twin.ref()) for e in events]))
    return out


def store_in_batches(store: Store, items: list, rng: random.Random) -> None:
    """Store the items in their order, in batches of sizes drawn from `rng` (one transaction each)."""
    i = 0
    while i < len(items):
        size = rng.choice([1, 2, 5, 17, 40])
        store.add_articles([(a, list(evs)) for a, evs in items[i:i + size]])
        i += size


def write_share(url: str, items: list, seed: int) -> None:
    """A writer process's work for the order tests: its share of the articles, batched as `seed` draws."""
    with open_store(url) as store:
        store_in_batches(store, items, random.Random(seed))


def main() -> None:
    url, mode = sys.argv[1], sys.argv[2]
    corpus = dev_corpus()
    with open_store(url) as store:
        if mode in ("forward", "backward"):
            for article, events in corpus if mode == "forward" else corpus[::-1]:
                store.add_article(article, events)
        elif mode == "endless":  # distinct copies of the corpus until killed
            copy = 0
            while True:
                copy += 1
                for twin, events in twins(corpus, copy):
                    store.add_article(twin, events)
                    print(twin.id, flush=True)


if __name__ == "__main__":
    main()
