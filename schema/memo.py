"""What is worked out once per parsed document, per worker.

The parser cache hands out the same document object for the same text, so a client that sends
the same few documents over and over has each one checked once. Entries hold their document, so
that its id is never taken for another document's, and the oldest go past `size`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class ByDocument:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self.entries: OrderedDict[tuple[int, Hashable], tuple[Any, Any]] = OrderedDict()

    def get(self, document: Any, key: Hashable, compute: Callable[[], T]) -> T:
        entry = self.entries.get((id(document), key))
        if entry is not None and entry[0] is document:
            self.entries.move_to_end((id(document), key))
            return entry[1]
        value = compute()
        self.entries[(id(document), key)] = (document, value)
        if len(self.entries) > self.size:
            self.entries.popitem(last=False)
        return value
