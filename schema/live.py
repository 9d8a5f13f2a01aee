"""The events behind a subscription: the broker's messages on a channel, with its two failures
(this subscriber fell behind; the broker is down) turned into coded GraphQL errors."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Any

from strawberry import Info

import pubsub
from schema.errors import coded_error


async def events(
    info: Info, channel: str, *, what: str, catch_up: str = "", announce: bool = False
) -> AsyncGenerator[dict[str, Any], None]:
    """Each message on `channel` (first a SUBSCRIBED one, with announce). `what` names the
    live view in the errors; `catch_up` tells a subscriber that fell behind what to read."""
    try:
        async with aclosing(info.context.broker.subscribe(channel, announce=announce)) as found:
            async for message in found:
                yield message
    except pubsub.SubscriberTooSlow as error:
        raise coded_error(
            "SUBSCRIBER_TOO_SLOW",
            "This subscription fell too far behind and was ended: subscribe again"
            + (f" and {catch_up}." if catch_up else "."),
        ) from error
    except pubsub.BrokerUnavailable as error:
        raise coded_error(
            "SUBSCRIPTIONS_UNAVAILABLE",
            f"{what} are unavailable right now: subscribe again later.",
        ) from error
