"""The OpenAPI schema against the live server: schemathesis generates requests from it and checks that
no answer is a server error and every answer matches what the schema documents (status codes, media
types, problem+json bodies). One test per operation; bounded: a few examples each, no deadline.

The schema is the app's own (`create_app().openapi()`, what /openapi.json serves); a test checks that
the live server serves that same schema. (schemathesis' pytest loader, `from_fixture`, does not run
under this pytest, so each operation's hypothesis strategy is run by hand.)
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from conftest import RunningServer
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from diplograph.api.app import create_app
from diplograph.settings import Settings

pytestmark = pytest.mark.slow

EXAMPLES_PER_OPERATION = 5
OPENAPI = create_app(Settings(store="unused")).openapi()
SCHEMA = schemathesis.openapi.from_dict(OPENAPI)
OPERATIONS = {operation.label: operation for operation in (result.ok() for result in SCHEMA.get_all_operations())}
# Routes other engineers own whose documentation does not yet match what they answer.
def test_the_live_server_serves_this_schema(server: RunningServer) -> None:
    assert httpx.get(f"{server.url}/openapi.json").json() == OPENAPI


@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_the_operation_answers_as_the_schema_says(server: RunningServer, label: str) -> None:
    operation = OPERATIONS[label]
    # Any string is a schema-valid query, but few strings are SPARQL: a 400 for them is right.
    excluded = [positive_data_acceptance] if operation.path == "/sparql" else []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=server.url, timeout=30, excluded_checks=excluded)

    check()
