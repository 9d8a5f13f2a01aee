"""Runtime settings, read once from the environment.

`python server.py` turns its command-line options into these variables, so every uvicorn worker
process (which imports the app afresh) sees the same configuration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DATABASE_URL = "sqlite://lianbing.sqlite3"
# Request limits (README, "Request limits").
DEFAULT_MAX_QUERY_COST = 20_000  # nodes: 100 sessions x 100 attendance rows is 10,100
DEFAULT_QUERY_SECONDS = 10.0
DEFAULT_REDIS_PREFIX = "lianbing:"
# Garbage collection and concurrency of each worker (README, "Configuration").
DEFAULT_GC_THRESHOLD = 50_000  # allocations between collections of the youngest generation
DEFAULT_GRAPHQL_CONCURRENCY = 4  # GraphQL requests executing at once per worker


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret: str
    demo: bool
    graphiql: bool
    debug: bool
    token_hours: float
    redis_url: str | None
    # The argon2 parameters of new password hashes (models.passwords.HASH_PROFILES): "default",
    # OWASP's minimum for argon2id, or "cheap" for test suites only.
    password_hash_profile: str
    # The most nodes one query may ask for, counted before it runs, and how long a query may
    # run before it is stopped.
    max_query_cost: int = DEFAULT_MAX_QUERY_COST
    query_seconds: float = DEFAULT_QUERY_SECONDS
    # Put before every Redis channel name: deployments (or test runs) that share one Redis
    # hear only their own events.
    redis_prefix: str = DEFAULT_REDIS_PREFIX
    # Who may read /metrics: the bearer of this token; when empty, direct requests from this
    # machine only (README, "Monitoring").
    metrics_token: str = ""
    # Garbage collection in each worker: the generation-0 threshold (Python's default is 700),
    # and whether what start-up built is frozen out of the collector's sight (gc.freeze).
    gc_threshold: int = DEFAULT_GC_THRESHOLD
    gc_freeze: bool = True
    # How many GraphQL HTTP requests one worker executes at once; the others wait their turn.
    # 0: no bound.
    graphql_concurrency: int = DEFAULT_GRAPHQL_CONCURRENCY
    # The built web client served at / (webclient.py); empty: the repository's web/dist.
    web_dist: str = ""

    @property
    def suggestions(self) -> bool:
        """Field suggestions ("did you mean ...") help developers and attackers alike."""
        return self.demo or self.debug

    @classmethod
    def from_env(cls) -> Settings:
        demo = _flag("LIANBING_DEMO")
        return cls(
            database_url=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            secret=os.environ.get("LIANBING_SECRET", ""),
            demo=demo,
            graphiql=demo or _flag("LIANBING_GRAPHIQL"),
            debug=_flag("LIANBING_DEBUG"),
            token_hours=float(os.environ.get("LIANBING_TOKEN_HOURS", "12")),
            redis_url=os.environ.get("REDIS_URL") or None,
            password_hash_profile=os.environ.get("LIANBING_PASSWORD_HASH", "default"),
            max_query_cost=int(os.environ.get("LIANBING_MAX_QUERY_COST") or DEFAULT_MAX_QUERY_COST),
            query_seconds=float(os.environ.get("LIANBING_QUERY_SECONDS") or DEFAULT_QUERY_SECONDS),
            redis_prefix=os.environ.get("LIANBING_REDIS_PREFIX", DEFAULT_REDIS_PREFIX),
            metrics_token=os.environ.get("LIANBING_METRICS_TOKEN", "").strip(),
            gc_threshold=int(os.environ.get("LIANBING_GC_THRESHOLD") or DEFAULT_GC_THRESHOLD),
            gc_freeze=os.environ.get("LIANBING_GC_FREEZE", "1").strip().lower()
            not in {"0", "false", "no", "off"},
            graphql_concurrency=int(
                os.environ.get("LIANBING_GRAPHQL_CONCURRENCY") or DEFAULT_GRAPHQL_CONCURRENCY
            ),
            web_dist=os.environ.get("LIANBING_WEB_DIST", "").strip(),
        )
