"""Password hashes: argon2id, with the parameters of the configured profile."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TypeVar

from argon2 import Parameters, PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError

from settings import Settings

# The argon2 parameters of new hashes, by `LIANBING_PASSWORD_HASH` (settings.py). "default" is
# OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. A stored hash made with
# other parameters is rehashed at its user's next successful login (`models.org.authenticate`).
HASH_PROFILES: dict[str, Parameters] = {
    "default": Parameters(
        type=Type.ID,
        version=19,
        salt_len=16,
        hash_len=32,
        time_cost=2,
        memory_cost=19 * 1024,  # KiB
        parallelism=1,
    ),
    "cheap": profiles.CHEAPEST,  # for test suites only
}


# Hashing runs on threads of its own, one per core: argon2 is all CPU, so more hashes at once
# would only share the cores (every login of a burst answered late rather than most of them
# early) and would take the default executor's threads, which the downloads use.
_THREADS = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="argon2")
T = TypeVar("T")


async def _on_hashing_thread(function: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(_THREADS, function)


@cache
def _hasher() -> PasswordHasher:
    profile = Settings.from_env().password_hash_profile
    return PasswordHasher.from_parameters(HASH_PROFILES.get(profile, HASH_PROFILES["default"]))


async def hash_password(password: str) -> str:
    return await _on_hashing_thread(lambda: _hasher().hash(password))


async def verify_password(password_hash: str, password: str) -> bool:
    def check() -> bool:
        try:
            return _hasher().verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await _on_hashing_thread(check)


def needs_rehash(password_hash: str) -> bool:
    """Whether a stored hash was made with other parameters than new hashes get."""
    return _hasher().check_needs_rehash(password_hash)
