"""One exception hierarchy, rooted in DiplographError; api/problems.py maps it to HTTP in one place."""

from __future__ import annotations


class DiplographError(Exception):
    """Anything diplograph reports to a person: the message names the input and what to do."""


class ConfigurationError(DiplographError):
    """A setting is wrong or something the settings point at is missing."""


class ModelNotInstalled(ConfigurationError):
    """The spaCy pipeline named in the settings cannot be loaded."""


class InputError(DiplographError):
    """A document or input file cannot be read."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        where = f"line {line} of {source}" if line is not None else source
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str, int | None]]:
        # Rebuilt from its fields when it crosses to another process (an ingest worker, a Dask worker).
        return type(self), (self.source, self.problem, self.line)


class DocumentFailed(InputError):
    """One document could be read but not extracted or stored; the others of its batch go on.

    `source` is where it was read ("line 3 of news.jsonl", or the .txt file's path)."""

    @classmethod
    def because(cls, origin: str, document_id: str, stage: str, error: BaseException) -> DocumentFailed:
        cause = str(error) if isinstance(error, DiplographError) else f"{type(error).__name__}: {error}"
        return cls(origin, f"document {document_id!r} could not be {stage}: {cause}")


class StoreError(DiplographError):
    """The triple store failed or is unreachable."""


class StoreLocked(StoreError):
    """Another process (usually `diplograph serve`) holds the store directory's lock."""


class QueryError(DiplographError):
    """A SPARQL query is malformed or not allowed."""


class NotASelect(QueryError):
    """An ASK, CONSTRUCT or DESCRIBE query where rows were expected."""


class QueryRefused(QueryError):
    """A query the service will not run (updates without a token, SERVICE, LOAD)."""


class QueryTimeout(QueryError):
    """A query ran longer than the configured timeout, or waited for a worker as long."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds a client should wait before asking again, when it helps


class PoolBusy(QueryTimeout):
    """Every query worker is busy and the queue is full: the query could not start in time."""


class NotFound(DiplographError):
    """An actor, document or path that does not exist."""


class ActorNotFound(NotFound):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"no actor matches {name!r}; try GET /actors?q= (or `diplograph actors`) to search")


class NoPath(NotFound):
    def __init__(self, source: str, target: str) -> None:
        super().__init__(f"no path between {source!r} and {target!r} in the graph")


class PathTooLong(NoPath):
    """The actors are connected, but only by more hops than a path query may search."""

    def __init__(self, source: str, target: str, max_length: int) -> None:
        NotFound.__init__(
            self,
            f"no path of at most {max_length} hops between {source!r} and {target!r}; "
            "raise max_path_length (DIPLOGRAPH_MAX_PATH_LENGTH) to search further",
        )


class ResultTooLarge(QueryError):
    """A query's result has more rows (or triples) than max_rows lets the endpoint send."""


class NotAcceptable(QueryError):
    """None of the formats the client accepts can hold the results of its query."""


class UnknownRelation(DiplographError):
    """A relation name that is not in the ontology's vocabulary."""


class CorrectionRefused(DiplographError):
    """An analyst's identity correction that cannot apply (two names already one actor, a merge in a loop)."""


class TooMuchWork(DiplographError):
    """A lookup (paths, ego networks) would explode; the message says what to narrow."""


class DocumentNotFound(NotFound):
    def __init__(self, document_id: str) -> None:
        self.document_id = document_id
        super().__init__(
            f"no document {document_id!r} in the store; `diplograph documents` (or GET /documents) lists them"
        )


class AccessDenied(DiplographError):
    """An administrative operation (deleting a document over HTTP) without the admin token, or with a wrong one."""


class UnsupportedMediaType(QueryError):
    """A request body sent in a media type the endpoint cannot read."""


class RequestTooLarge(DiplographError):
    """A request body larger than the server reads (max_upload_bytes)."""


class ServerError(DiplographError):
    """A diplograph server could not be reached, or refused a request (`diplograph ingest --server`)."""
