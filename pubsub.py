"""Events between the workers that publish and the subscribers that wait for them.

With REDIS_URL set, events go through Redis pub/sub, so a comment saved by one worker process
reaches the subscribers connected to every other one. Without it, events stay in the process:
right for one worker, and what the tests of a single app use.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any, Protocol

log = logging.getLogger("lianbing.pubsub")


class Broker(Protocol):
    async def publish(self, channel: str, message: dict[str, Any]) -> None: ...

    def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]: ...

    async def close(self) -> None: ...


class LocalBroker:
    """In-process fan-out: every subscriber of a channel has its own queue."""

    def __init__(self) -> None:
        self._queues: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        for queue in list(self._queues.get(channel, ())):
            queue.put_nowait(message)

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=1000)
        self._queues[channel].add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._queues[channel].discard(queue)
            if not self._queues[channel]:
                del self._queues[channel]

    async def close(self) -> None:
        self._queues.clear()


class RedisBroker:
    """Redis pub/sub: one connection pool per worker; one pub/sub connection per subscriber,
    closed when the subscriber goes away (a WebSocket closed, a subscription completed)."""

    def __init__(self, url: str) -> None:
        from redis import asyncio as redis

        self._redis = redis.from_url(url, decode_responses=True)

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        await self._redis.publish(channel, json.dumps(message))

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(channel)
        try:
            async for item in pubsub.listen():
                if item.get("type") == "message":
                    yield json.loads(item["data"])
        finally:
            with suppress(Exception):
                await pubsub.unsubscribe(channel)
                await pubsub.aclose()

    async def close(self) -> None:
        await self._redis.aclose()


def make_broker(redis_url: str | None) -> Broker:
    if redis_url:
        log.info("subscription events go through Redis")
        return RedisBroker(redis_url)
    return LocalBroker()
