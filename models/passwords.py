"""Password hashes: argon2id, with the parameters of the configured profile."""

from __future__ import annotations

import asyncio
from functools import cache

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


@cache
def _hasher() -> PasswordHasher:
    profile = Settings.from_env().password_hash_profile
    return PasswordHasher.from_parameters(HASH_PROFILES.get(profile, HASH_PROFILES["default"]))


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher().hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    def check() -> bool:
        try:
            return _hasher().verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


def needs_rehash(password_hash: str) -> bool:
    """Whether a stored hash was made with other parameters than new hashes get."""
    return _hasher().check_needs_rehash(password_hash)
