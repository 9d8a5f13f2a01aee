"""The hash profiles: what new password hashes are made with."""

from __future__ import annotations

from argon2 import PasswordHasher, extract_parameters

from models.passwords import HASH_PROFILES


def test_the_default_profile_is_owasps_minimum_for_argon2id():
    hashed = PasswordHasher.from_parameters(HASH_PROFILES["default"]).hash("correct-horse-9")
    assert hashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert extract_parameters(hashed) == HASH_PROFILES["default"]
