"""Logging in, tokens, password changes and the login lock."""

from __future__ import annotations

from datetime import timedelta

import jwt
from argon2 import PasswordHasher, extract_parameters

from models.org import LoginThrottle, Role, User
from models.passwords import hash_password, needs_rehash
from tests.conftest import PASSWORD, make_person, make_user

LOGIN = """mutation($input: LoginInput!) {
  login(input: $input) { token user { username roles person { name } } userErrors { field code message } }
}"""
ME = "{ me { username roles } }"
CHANGE = """mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { token userErrors { field code } }
}"""


async def login_codes(client, username: str, password: str) -> list[str]:
    data = await client.data(LOGIN, {"input": {"username": username, "password": password}})
    return [e["code"] for e in data["login"]["userErrors"]]


async def test_login_returns_a_token_that_identifies_the_user(client):
    person = await make_person(name="李四")
    await make_user("lisi", Role.OFFICER, person=person)
    data = await client.data(LOGIN, {"input": {"username": "LiSi ", "password": PASSWORD}})
    assert data["login"]["userErrors"] == []
    assert data["login"]["user"] == {
        "username": "lisi",
        "roles": ["OFFICER"],
        "person": {"name": "李四"},
    }
    client.token = data["login"]["token"]
    assert (await client.data(ME))["me"] == {"username": "lisi", "roles": ["OFFICER"]}


async def test_me_is_null_without_a_token_or_with_a_bad_one(client):
    assert (await client.data(ME))["me"] is None
    client.token = "not-a-token"
    assert (await client.data(ME))["me"] is None


async def test_wrong_password_and_unknown_user_get_the_same_error(client):
    await make_user("wang", Role.OFFICER)
    assert await login_codes(client, "wang", "wrong-password") == ["INVALID_CREDENTIALS"]
    assert await login_codes(client, "nobody", "wrong-password") == ["INVALID_CREDENTIALS"]


async def test_expired_and_foreign_tokens_are_refused(client, settings):
    user = await make_user("zhao", Role.OFFICER)
    expired = jwt.encode(
        {"sub": str(user.id), "ver": 0, "exp": 1_000_000_000}, settings.secret, algorithm="HS256"
    )
    client.token = expired
    assert (await client.data(ME))["me"] is None
    forged = jwt.encode(
        {"sub": str(user.id), "ver": 0, "exp": 4_000_000_000},
        "another-secret-of-32-bytes-or-more!!",
    )
    client.token = forged
    assert (await client.data(ME))["me"] is None


async def test_token_expires_after_the_configured_hours(client, settings):
    await make_user("qian", Role.OFFICER)
    await client.login("qian")
    claims = jwt.decode(client.token, settings.secret, algorithms=["HS256"])
    assert claims["exp"] - claims["iat"] == 12 * 3600


async def test_change_password_voids_older_tokens(client, new_client):
    await make_user("sun", Role.OFFICER)
    other_device = await new_client().login("sun")
    await client.login("sun")
    payload = await client.mutate(
        CHANGE, {"currentPassword": PASSWORD, "newPassword": "brand-new-pass"}
    )
    assert (await other_device.data(ME))["me"] is None
    client.token = payload["token"]
    assert (await client.data(ME))["me"]["username"] == "sun"
    assert await login_codes(new_client(), "sun", PASSWORD) == ["INVALID_CREDENTIALS"]
    assert await login_codes(new_client(), "sun", "brand-new-pass") == []


async def test_change_password_checks_the_current_and_the_new_one(client):
    await make_user("zhou", Role.OFFICER)
    await client.login("zhou")
    cases = [
        ({"currentPassword": "wrong-one", "newPassword": "long-enough-1"}, "WRONG_PASSWORD"),
        ({"currentPassword": PASSWORD, "newPassword": "short"}, "PASSWORD_TOO_SHORT"),
        ({"currentPassword": PASSWORD, "newPassword": PASSWORD}, "PASSWORD_UNCHANGED"),
    ]
    for variables, code in cases:
        data = await client.data(CHANGE, {"input": variables})
        assert [e["code"] for e in data["changePassword"]["userErrors"]] == [code]
    assert (await client.data(ME))["me"]["username"] == "zhou"  # nothing changed


async def test_change_password_needs_a_login(client):
    codes = await client.error_codes(
        CHANGE, {"input": {"currentPassword": "x", "newPassword": "y"}}
    )
    assert codes == ["UNAUTHENTICATED"]


async def test_ten_failures_lock_the_username_for_fifteen_minutes(client):
    await make_user("wuyi", Role.OFFICER)
    for _ in range(10):
        assert await login_codes(client, "wuyi", "wrong-password") == ["INVALID_CREDENTIALS"]
    # Locked now: even the right password is refused, and the lock lives in the database.
    assert await login_codes(client, "wuyi", PASSWORD) == ["ACCOUNT_LOCKED"]
    row = await LoginThrottle.get(username="wuyi")
    assert timedelta(minutes=14) < row.locked_until - row.window_started_at <= timedelta(minutes=16)
    # Once the lock has passed, the right password works and clears the count.
    await LoginThrottle.filter(username="wuyi").update(
        locked_until=row.locked_until - timedelta(minutes=16),
        window_started_at=row.window_started_at - timedelta(minutes=16),
    )
    assert await login_codes(client, "wuyi", PASSWORD) == []
    assert not await LoginThrottle.filter(username="wuyi").exists()


async def test_failures_older_than_the_window_do_not_count(client):
    await make_user("zheng", Role.OFFICER)
    for _ in range(9):
        await login_codes(client, "zheng", "wrong-password")
    row = await LoginThrottle.get(username="zheng")
    await LoginThrottle.filter(id=row.id).update(
        window_started_at=row.window_started_at - timedelta(minutes=16)
    )
    assert await login_codes(client, "zheng", "wrong-password") == ["INVALID_CREDENTIALS"]
    assert await login_codes(client, "zheng", PASSWORD) == []


async def test_a_deactivated_user_cannot_log_in(client):
    from models.org import deactivate_user

    user = await make_user("feng", Role.OFFICER)
    await deactivate_user(user.id)
    assert await login_codes(client, "feng", PASSWORD) == ["ACCOUNT_INACTIVE"]


# Cheap, as the tests' own profile, but other parameters than it: a hash from an older setting.
OLD_HASHER = PasswordHasher(time_cost=1, memory_cost=16, parallelism=2, salt_len=16)


async def user_with_an_old_hash(username: str) -> tuple[int, str]:
    user = await make_user(username, Role.OFFICER)
    old_hash = OLD_HASHER.hash(PASSWORD)
    await User.filter(id=user.id).update(password_hash=old_hash)
    assert extract_parameters(old_hash) != extract_parameters(user.password_hash)
    return user.id, old_hash


async def test_a_hash_with_other_parameters_is_replaced_at_the_next_login(client, new_client):
    user_id, old_hash = await user_with_an_old_hash("chen")
    assert await login_codes(client, "chen", "wrong-password") == ["INVALID_CREDENTIALS"]
    await client.login("chen")
    new_hash = (await User.get(id=user_id)).password_hash
    assert new_hash != old_hash
    assert extract_parameters(new_hash) == extract_parameters(await hash_password("x" * 10))
    assert not needs_rehash(new_hash)
    assert not await LoginThrottle.filter(username="chen").exists()  # the failure is cleared
    # The same password still logs in, against the new hash (which stays), and the token of
    # the login that rehashed is still valid.
    assert (await client.data(ME))["me"]["username"] == "chen"
    assert await login_codes(new_client(), "chen", PASSWORD) == []
    assert (await User.get(id=user_id)).password_hash == new_hash


async def test_a_wrong_password_or_an_inactive_account_keeps_the_old_hash(client):
    from models.org import deactivate_user

    user_id, old_hash = await user_with_an_old_hash("chu")
    for _ in range(3):
        assert await login_codes(client, "chu", "wrong-password") == ["INVALID_CREDENTIALS"]
    assert (await User.get(id=user_id)).password_hash == old_hash
    await deactivate_user(user_id)
    assert await login_codes(client, "chu", PASSWORD) == ["ACCOUNT_INACTIVE"]
    assert (await User.get(id=user_id)).password_hash == old_hash
