"""Bounded fuzzing of the read API from its own OpenAPI schema (schemathesis), against the live server."""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from web_server import Server  # type: ignore[import-not-found]


def test_read_api_conforms_to_its_schema(server: Server) -> None:
    """Every documented GET answers with a documented status and body shape, and never a 500."""
    # Loading validates the document against the OpenAPI specification.
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json").include(method="GET")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=10, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def check(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call_and_validate()
            assert response.status_code < 500

        check()
