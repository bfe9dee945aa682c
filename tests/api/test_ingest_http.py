"""Ingest while serving: POST /documents and GET /jobs/{id} on a live server, with reads going on meanwhile."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from conftest import fill
from servers import diplograph_server

pytestmark = pytest.mark.slow

TOKEN = "s3cret-for-tests"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
NDJSON = {**ADMIN, "Content-Type": "application/x-ndjson"}


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`diplograph serve` with an admin token over a store holding two hand-built documents."""
    directory = tmp_path_factory.mktemp("ingest-server")
    with diplograph_server(fill(directory / "store"), directory, admin_token=TOKEN) as served:
        yield served


def lines(*records: dict[str, object] | str) -> str:
    return "\n".join(record if isinstance(record, str) else json.dumps(record) for record in records) + "\n"


def test_posting_documents_needs_the_admin_token(url: str) -> None:
    body = lines({"id": "nope", "text": "Olaf Scholz met Emmanuel Macron in Paris."})
    anonymous = httpx.post(f"{url}/documents", content=body, headers={"Content-Type": "application/x-ndjson"})
    wrong = httpx.post(f"{url}/documents", content=body,
                       headers={"Authorization": "Bearer guess", "Content-Type": "application/x-ndjson"})
    assert anonymous.status_code == wrong.status_code == 403
    assert "admin token" in anonymous.json()["detail"]
    assert "nope" not in {document["id"] for document in httpx.get(f"{url}/documents").json()}


def test_a_body_that_cannot_be_read_is_refused_whole(url: str) -> None:
    unsupported = httpx.post(f"{url}/documents", content=b"<doc/>", headers={**ADMIN, "Content-Type": "text/xml"})
    assert unsupported.status_code == 415 and "application/x-ndjson" in unsupported.json()["detail"]
    broken = httpx.post(f"{url}/documents", content=b'{"id": "x", "text": ', headers={**ADMIN, "Content-Type":
                                                                                     "application/json"})
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["detail"]


def test_a_body_over_the_size_limit_is_413(url: str) -> None:
    huge = b'{"id": "huge", "text": "' + b"a" * (17 * 1024 * 1024) + b'"}'
    response = httpx.post(f"{url}/documents", content=huge, headers={**ADMIN, "Content-Type": "application/json"},
                          timeout=60)
    assert response.status_code == 413
    assert "several requests" in response.json()["detail"]


def test_each_document_gets_its_outcome_and_a_bad_one_loses_no_other(url: str) -> None:
    body = lines(
        {"id": "warsaw-talks", "date": "2022-03-01", "source": "https://example.org/warsaw",
         "text": "Polish Foreign Minister Zbigniew Rau met Antony Blinken in Warsaw on Tuesday."},
        "this line is not JSON",
        {"id": "no-text"},
        {"id": "talks", "date": "2022-02-14", "text": "Sergey Lavrov met Vladimir Putin in Moscow on Monday."},
        {"id": "warsaw-talks", "text": "The same id again."},
    )
    response = httpx.post(f"{url}/documents", content=body, headers=NDJSON, timeout=120)
    assert response.status_code == 200, response.text
    job = response.json()
    assert job["state"] == "done"
    outcomes = [(document["id"], document["outcome"]) for document in job["documents"]]
    assert outcomes == [("warsaw-talks", "added"), (None, "refused"), (None, "refused"), ("talks", "replaced"),
                        ("warsaw-talks", "refused")]
    details = [document["detail"] or "" for document in job["documents"]]
    assert "line 2" in details[1] and "not valid JSON" in details[1]
    assert "missing field 'text'" in details[2]
    assert "more than once" in details[4]
    assert job["documents"][0]["events"] >= 1
    assert job["counts"] == {"added": 1, "replaced": 1, "skipped": 0, "refused": 3}

    again = httpx.post(f"{url}/documents", content=lines(json.loads(body.splitlines()[0])), headers=NDJSON, timeout=60)
    assert [document["outcome"] for document in again.json()["documents"]] == ["skipped"]

    # the view is patched before the answer: the new actor is there at once
    found = httpx.get(f"{url}/actors", params={"q": "Blinken"}).json()
    assert [actor["id"] for actor in found] == ["antony-blinken"]
    met = httpx.get(f"{url}/actors/antony-blinken/met").json()
    # met in Warsaw, Blinken also visited Poland: encounters include visits
    assert [counterpart["actor"]["id"] for counterpart in met["counterparts"]] == ["poland", "zbigniew-rau"]


def test_a_text_with_a_dateline_is_one_document_dated_by_it(url: str) -> None:
    text = "date 2022-03-08 Berlin: German Chancellor Olaf Scholz hosted Polish President Andrzej Duda in Berlin."
    response = httpx.post(f"{url}/documents", params={"id": "berlin-duda", "title": "Duda in Berlin"},
                          content=text.encode(), headers={**ADMIN, "Content-Type": "text/plain"}, timeout=60)
    assert response.status_code == 200, response.text
    assert [document["outcome"] for document in response.json()["documents"]] == ["added"]
    entry = httpx.get(f"{url}/documents/berlin-duda").json()
    assert entry["date"] == "2022-03-08" and entry["title"] == "Duda in Berlin"


def test_a_long_batch_is_a_job_while_reads_are_answered(url: str) -> None:
    """POST /documents with more documents than are answered at once: 202 and a job; reads meanwhile see no
    error, and once the job is done every document is in the view."""
    envoys = [f"Envoy Number{chr(ord('a') + index)}" for index in range(14)]
    body = lines(*({"id": f"envoy-{index}", "date": "2023-05-02",
                    "text": f"Hungarian Foreign Minister Peter Szijjarto met {name} in Budapest on Monday."}
                   for index, name in enumerate(envoys)))
    documents_before = httpx.get(f"{url}/stats").json()["documents"]

    reads, errors = [0], []
    stop = threading.Event()

    def read() -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            while not stop.is_set():
                for path in ("/actors?q=Lavrov", "/actors/sergey-lavrov/met", "/stats",
                             "/paths?source=olaf-scholz&target=sergey-lavrov",
                             "/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"):
                    try:
                        response = client.get(path)
                        if response.status_code != 200:
                            errors.append(f"{path}: {response.status_code} {response.text[:200]}")
                    except httpx.HTTPError as error:
                        errors.append(f"{path}: {error!r}")
                    reads[0] += 1

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        accepted = httpx.post(f"{url}/documents", content=body, headers=NDJSON, timeout=30)
        assert accepted.status_code == 202, accepted.text
        job_url = accepted.headers["location"]
        assert accepted.json()["url"] == job_url and accepted.json()["total"] == len(envoys)
        deadline = time.monotonic() + 180
        progress = []
        while True:
            job = httpx.get(job_url, timeout=30).json()
            progress.append(job["processed"])
            if job["state"] in ("done", "failed") or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    print(f"\n{reads[0]} reads answered while the job ran, {len(errors)} errors; "
          f"progress seen: {sorted(set(progress))}")
    assert job["state"] == "done", job
    assert errors == []
    assert reads[0] > 0
    assert job["counts"]["added"] == len(envoys) and job["processed"] == len(envoys)
    assert httpx.get(f"{url}/stats").json()["documents"] == documents_before + len(envoys)
    met = httpx.get(f"{url}/actors/peter-szijjarto/met", params={"limit": 100}).json()
    assert met.get("counterparts_total") == len(envoys), met


def test_an_unknown_job_is_404(url: str) -> None:
    response = httpx.get(f"{url}/jobs/0123456789abcdef")
    assert response.status_code == 404 and "no ingest job" in response.json()["detail"]
