"""SQLite shared by several workers: every transaction begins IMMEDIATE.

A plain `BEGIN` takes the write lock only at the first write. A transaction that reads first and
then writes, while another worker already holds the write lock, cannot wait for it: SQLite answers
"database is locked" at once, whatever the busy timeout. `BEGIN IMMEDIATE` takes the write lock
at the start and waits for it (up to the URL's `busy_timeout`), so concurrent writers queue.
Reads outside a transaction still run beside writers (the database is in WAL mode).
"""

from __future__ import annotations

import sqlite3

from tortoise.backends.base.client import TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
)
from tortoise.exceptions import TransactionManagementError


class ImmediateTransaction(SqliteTransactionWrapper):
    async def begin(self) -> None:
        try:
            await self._connection.commit()
            await self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise TransactionManagementError(exc) from exc


class ImmediateSqliteClient(SqliteClient):
    def _in_transaction(self) -> TransactionContext:
        return SqliteTransactionContext(ImmediateTransaction(self), self._lock)


client_class = ImmediateSqliteClient
