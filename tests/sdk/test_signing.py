"""Request signing: the inferred MD5 rule, fresh values per request, and nothing secret in reprs."""

import hashlib

import httpx
import pytest

import pandapon

KEY = "58c0201dfdf148eca63cbf6bb5e7cf03"
SECRET = "test-access-secret"


@pytest.mark.parametrize(
    ("nonce", "expected"),
    [
        # Vectors computed for the research notes with the inferred rule (not from the docs).
        ("nonce-str", "6BA840AD0431BC842E42CDEE6CDF8400"),
        ("0123456789abcdef0123456789abcdef", "7299597E75066CC2926AA1FDBBD5475B"),
    ],
)
def test_sign_matches_the_reference_vectors(nonce: str, expected: str) -> None:
    assert pandapon.sign(KEY, "1715669977082", nonce, SECRET) == expected


def test_sign_is_upper_hex_md5_of_the_concatenation() -> None:
    raw = "k" + "1" + "n" + "s\u00e9"
    assert pandapon.sign("k", "1", "n", "s\u00e9") == hashlib.md5(raw.encode()).hexdigest().upper()


@pytest.mark.parametrize("timestamp", [0, 1, 1715669977082])
def test_an_int_timestamp_signs_as_its_digits(timestamp: int) -> None:
    as_text = pandapon.sign(KEY, str(timestamp), "n", SECRET)
    assert pandapon.sign(KEY, timestamp, "n", SECRET) == as_text


@pytest.mark.parametrize(
    ("position", "bad", "message"),
    [
        (0, 7, "access_key must be a str, not int"),
        (1, 1715669977.082, "timestamp must be epoch milliseconds (an int or a str), not float"),
        (1, -1, "timestamp must not be negative, got -1"),
        (2, 7, "nonce_str must be a str, not int"),
        (3, 7, "access_secret must be a str, not int"),
    ],
)
def test_sign_names_the_argument_of_the_wrong_type(
    position: int, bad: object, message: str
) -> None:
    args: list[object] = [KEY, "1715669977082", "n", SECRET]
    args[position] = bad
    with pytest.raises(TypeError) as caught:
        pandapon.sign(*args)  # type: ignore[arg-type]
    assert str(caught.value) == message


def signed(auth: pandapon.PandaPonAuth, path: str) -> httpx.Request:
    request = httpx.Request("POST", f"https://api.pandapon.com{path}", json={"a": 1})
    return next(auth.auth_flow(request))


def test_auth_sets_the_five_headers_with_a_valid_signature() -> None:
    auth = pandapon.PandaPonAuth(KEY, SECRET, "2100007341207", clock=lambda: 1715669977.082)
    request = signed(auth, "/v2/alibaba/order/cancel")
    headers = request.headers
    assert headers["access-key"] == KEY
    assert headers["timestamp"] == "1715669977082"
    assert headers["user-id"] == "2100007341207"
    assert len(headers["nonce-str"]) == 32 and headers["nonce-str"].isalnum()
    assert headers["signature"] == pandapon.sign(KEY, "1715669977082", headers["nonce-str"], SECRET)
    assert request.url.params == httpx.QueryParams()


def test_every_request_gets_a_fresh_nonce() -> None:
    auth = pandapon.PandaPonAuth(KEY, SECRET, "u")
    nonces = {signed(auth, "/v2/alibaba/order/cancel").headers["nonce-str"] for _ in range(50)}
    assert len(nonces) == 50


def test_warehouse_logistics_calls_also_carry_timestamp_and_sign_in_the_query() -> None:
    auth = pandapon.PandaPonAuth(KEY, SECRET, "u", clock=lambda: 1715669977.082)
    request = signed(auth, "/v2/open/pp/logistics/orderRenderFreight")
    assert request.url.params["timestamp"] == "1715669977082"
    assert request.url.params["sign"] == request.headers["signature"]


def test_a_custom_signer_replaces_the_rule() -> None:
    calls = []

    def signer(access_key: str, timestamp: str, nonce_str: str, access_secret: str) -> str:
        calls.append((access_key, access_secret))
        return "CUSTOM"

    auth = pandapon.PandaPonAuth(KEY, SECRET, "u", signer=signer)
    assert signed(auth, "/v2/taobao/product/get").headers["signature"] == "CUSTOM"
    assert calls == [(KEY, SECRET)]


@pytest.mark.parametrize(
    ("returned", "kind"), [(123, "int"), ("SIG\nNATURE", "str"), (None, "NoneType")]
)
def test_a_signer_returning_no_printable_text_is_refused_by_its_type(
    returned: object, kind: str
) -> None:
    auth = pandapon.PandaPonAuth(KEY, SECRET, "u", signer=lambda *_: returned)  # type: ignore[arg-type,return-value]
    with pytest.raises(pandapon.ConfigurationError) as caught:
        signed(auth, "/v2/taobao/product/get")
    # What it returned is never shown: it may be a wrong but real signature.
    assert str(caught.value) == f"the signer must return a printable str, returned a {kind}"


def test_repr_hides_the_secret() -> None:
    auth = pandapon.PandaPonAuth(KEY, SECRET, "u")
    assert SECRET not in repr(auth)
    # What it is, whose it is, and that a secret is set (masked), as the client's repr says.
    assert repr(auth) == f"PandaPonAuth(access_key={KEY!r}, user_id='u', access_secret='***')"


def test_signing_works_where_fips_mode_refuses_md5_for_security(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under an OpenSSL in FIPS mode, ``hashlib.md5`` refuses unless told the digest is not a
    security measure (``usedforsecurity=False``); the inferred rule needs MD5 all the same."""
    real_md5 = hashlib.md5

    def fips_md5(data: bytes = b"", **kwargs: object) -> object:
        if kwargs.get("usedforsecurity") is not False:
            raise ValueError("[digital envelope routines] unsupported: md5 in FIPS mode")
        return real_md5(data, usedforsecurity=False)

    monkeypatch.setattr(hashlib, "md5", fips_md5)
    with pytest.raises(ValueError, match="FIPS"):
        hashlib.md5(b"x")  # the simulation refuses what a FIPS build refuses
    assert pandapon.sign(KEY, "1715669977082", "nonce-str", SECRET) == (
        "6BA840AD0431BC842E42CDEE6CDF8400"
    )
