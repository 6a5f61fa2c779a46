"""Counting incidents: the total a page of `query_incidents` belongs to, for every filter, on both backends."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_corpus import dev_corpus
from store_dbs import BACKENDS, new_db

from warwire.store import EventQuery, Store, open_store

ALL = 10_000


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The dev corpus stored once per backend; these tests only read."""
    with new_db(request.param, tmp_path_factory.mktemp("count_incidents")) as url, open_store(url) as store:
        for article, events in dev_corpus():
            store.add_article(article, events)
        yield store


FILTERS = [
    {},
    {"type": "air_attack"},
    {"type": "strike", "since": "2024-01-01"},
    {"until": "2023-12-31"},
    {"actor": "RUSSIA"},
    {"weapon": "missile"},
    {"place": "Kyiv"},
    {"claimed_by": "ukrainian air force"},
    {"text": "drones"},
    {"text": "killed", "place": "kyiv"},
    {"text": "drones", "type": "air_attack", "since": "2024-01-01"},
    {"place": "kyiv", "claimed_by": "officials"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "+".join(f) or "none")
def test_the_count_is_the_length_of_the_full_listing(loaded: Store, filters: dict[str, str]) -> None:
    listed = loaded.query_incidents(EventQuery(**filters, limit=ALL))
    assert loaded.count_incidents(EventQuery(**filters, limit=1, offset=3)) == len(listed)


@pytest.mark.parametrize("filters", [{"place": "kyiv"}, {"claimed_by": "Ukrainian Air Force"}, {"text": "drones"},
                                     {"text": "missiles", "place": "Kyiv"}], ids=lambda f: "+".join(f))
def test_event_filters_count_the_incidents_of_the_matching_events(loaded: Store, filters: dict[str, str]) -> None:
    """Place, claimant and text differ between an incident's reports: an incident counts if one report matches."""
    expected = {e["incident_id"] for e in loaded.query_events(EventQuery(**filters, limit=ALL))}
    assert len(expected) >= 2, f"the dev corpus has too few incidents for {filters}: pick another value"
    assert loaded.count_incidents(EventQuery(**filters)) == len(expected)


def test_filters_that_match_nothing_count_zero(loaded: Store) -> None:
    assert loaded.count_incidents(EventQuery()) == loaded.stats()["incidents"] > 10
    for filters in ({"place": "Atlantis"}, {"text": "zzzyzzx"}, {"text": "!!!"}, {"claimed_by": "x' OR '1'='1"},
                    {"text": "drones", "place": "Atlantis"}, {"since": "2030-01-01"}):
        assert loaded.count_incidents(EventQuery(**filters)) == 0, filters
