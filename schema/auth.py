"""Signed, expiring bearer tokens (HS256), and the user behind one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt

from models import sql
from models.org import User
from schema.ids import parse_key
from settings import Settings

ALGORITHM = "HS256"


def issue_token(user: User, settings: Settings) -> str:
    now = datetime.now(UTC)
    claims = {
        "sub": str(user.id),
        "ver": user.token_version,
        "iat": now,
        "exp": now + timedelta(hours=settings.token_hours),
    }
    return jwt.encode(claims, settings.secret, algorithm=ALGORITHM)


async def user_for_token(token: str, settings: Settings) -> User | None:
    """The active user a token names, if it is well signed, unexpired and not revoked."""
    try:
        claims = jwt.decode(
            token, settings.secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.PyJWTError:
        return None
    # A token this server signed names a user's pk; anything else names nobody.
    user_id = parse_key(claims["sub"])
    if user_id is None:
        return None
    user = await sql.model_by_id(User, user_id)
    if user is None or not user.active or user.token_version != claims.get("ver"):
        return None
    return user


async def user_for_header(authorization: str | None, settings: Settings) -> User | None:
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return await user_for_token(token.strip(), settings)
