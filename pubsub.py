"""Events between the workers that publish and the subscribers that wait for them.

With REDIS_URL set, events go through Redis pub/sub, so a comment saved by one worker process
reaches the subscribers connected to every other one. Without it, events stay in the process:
right for one worker, and what the tests of a single app use.

Events are published after the write they announce has committed, and publishing never fails
that write: a broker that cannot deliver logs it and drops the event (Redis down), or drops the
subscriber that cannot keep up (a full in-process queue), whose subscription ends with an error.
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

QUEUE_SIZE = 1000  # events one in-process subscriber may fall behind before it is dropped
PUBLISH_SECONDS = 2.0  # a publish that takes longer is given up (Redis unreachable)


class SubscriberTooSlow(Exception):
    """The subscriber fell a whole queue of events behind and was dropped."""


class BrokerUnavailable(Exception):
    """The broker cannot take a subscription now (Redis unreachable)."""


class Broker(Protocol):
    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        """Deliver or drop: never raises for a broker that is down or a subscriber too slow."""
        ...

    def subscribe(self, channel: str, *, announce: bool = False) -> AsyncIterator[dict[str, Any]]:
        """The channel's events. With `announce`, the first item is SUBSCRIBED, once the
        subscription is live: every event published after it reaches this subscriber, so what
        the subscriber reads then is current (nothing between the read and the first event is
        missed)."""
        ...

    async def close(self) -> None: ...


_DROPPED: dict[str, Any] = {}  # put in a dropped subscriber's queue: it ends there
SUBSCRIBED: dict[str, Any] = {}  # the first item of an announced subscription, once it is live


class LocalSubscription:
    """One subscriber's queue, registered from the moment `LocalBroker.subscribe` returns."""

    def __init__(self, broker: LocalBroker, channel: str, announce: bool = False) -> None:
        self.broker, self.channel = broker, channel
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=broker.queue_size)
        self.announce = announce  # registered at once: live from the first read

    def __aiter__(self) -> LocalSubscription:
        return self

    async def __anext__(self) -> dict[str, Any]:
        if self.announce:
            self.announce = False
            return SUBSCRIBED
        message = await self.queue.get()
        if message is _DROPPED:
            raise SubscriberTooSlow(
                f"more than {self.queue.maxsize} events waited for this subscriber"
            )
        return message

    def drop(self) -> None:
        """Forget the waiting events and end the subscription at its next read."""
        while not self.queue.empty():
            self.queue.get_nowait()
        self.queue.put_nowait(_DROPPED)

    async def aclose(self) -> None:
        self.broker._unsubscribe(self)


class LocalBroker:
    """In-process fan-out: every subscriber of a channel has its own bounded queue."""

    def __init__(self, queue_size: int = QUEUE_SIZE) -> None:
        self.queue_size = queue_size
        # channel -> its subscribers, each with its queue
        self._queues: dict[str, set[LocalSubscription]] = defaultdict(set)

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        for subscriber in list(self._queues.get(channel, ())):
            try:
                subscriber.queue.put_nowait(message)
            except asyncio.QueueFull:
                log.warning(
                    "a subscriber of %s fell %d events behind and was dropped",
                    channel,
                    subscriber.queue.maxsize,
                )
                self._unsubscribe(subscriber)
                subscriber.drop()

    def subscribe(self, channel: str, *, announce: bool = False) -> LocalSubscription:
        subscriber = LocalSubscription(self, channel, announce)
        self._queues[channel].add(subscriber)
        return subscriber

    def _unsubscribe(self, subscriber: LocalSubscription) -> None:
        subscribers = self._queues.get(subscriber.channel)
        if subscribers is not None:
            subscribers.discard(subscriber)
            if not subscribers:
                del self._queues[subscriber.channel]

    async def close(self) -> None:
        self._queues.clear()


class RedisBroker:
    """Redis pub/sub: one connection pool per worker; one pub/sub connection per subscriber,
    closed when the subscriber goes away (a WebSocket closed, a subscription completed)."""

    def __init__(self, url: str, prefix: str = "") -> None:
        from redis import asyncio as redis

        self._redis = redis.from_url(url, decode_responses=True, socket_connect_timeout=2)
        self._prefix = prefix
        self._lost = 0  # events not delivered since Redis was last reachable

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        from redis.exceptions import RedisError

        try:
            async with asyncio.timeout(PUBLISH_SECONDS):
                await self._redis.publish(self._prefix + channel, json.dumps(message))
        except (RedisError, OSError, TimeoutError) as error:
            self._lost += 1
            if self._lost == 1:  # once per outage, not once per event
                log.warning(
                    "Redis is not reachable: events for subscribers are lost until it is (%s)",
                    str(error) or type(error).__name__,
                )
            return
        if self._lost:
            log.warning("Redis is reachable again; %d events for subscribers were lost", self._lost)
            self._lost = 0

    async def subscribe(
        self, channel: str, *, announce: bool = False
    ) -> AsyncIterator[dict[str, Any]]:
        from redis.exceptions import RedisError

        channel = self._prefix + channel
        # Redis confirms a subscription with a message of its own: announced, that is the
        # moment from which every publish to the channel reaches this connection.
        pubsub = self._redis.pubsub(ignore_subscribe_messages=False)
        try:
            await pubsub.subscribe(channel)
        except (RedisError, OSError) as error:
            with suppress(Exception):
                await pubsub.aclose()
            raise BrokerUnavailable(str(error)) from error
        try:
            async for item in pubsub.listen():
                if item.get("type") == "message":
                    yield json.loads(item["data"])
                elif item.get("type") == "subscribe" and announce:
                    announce = False
                    yield SUBSCRIBED
        except (RedisError, OSError) as error:  # Redis went away mid-subscription
            raise BrokerUnavailable(str(error)) from error
        finally:
            with suppress(Exception):
                await pubsub.unsubscribe(channel)
                await pubsub.aclose()

    async def close(self) -> None:
        await self._redis.aclose()


async def publish_quietly(broker: Broker, channel: str, message: dict[str, Any]) -> None:
    """Publish an event whose write has committed: whatever goes wrong is logged, not raised."""
    try:
        await broker.publish(channel, message)
    except Exception:
        log.exception("an event for %s was not published", channel)


def make_broker(redis_url: str | None, prefix: str = "") -> Broker:
    if redis_url:
        log.info("subscription events go through Redis")
        return RedisBroker(redis_url, prefix)
    return LocalBroker()
