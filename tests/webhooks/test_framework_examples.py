"""examples/webhooks_{fastapi,flask,django}.py, as written, each driven by its framework's own
test client: a signed push runs the handler once, a redelivery does not run it again, and a
bad signature is refused. (docs/webhooks.md shows the same files; test_docs_examples runs them.)
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from django.test import Client, override_settings
from fastapi.testclient import TestClient

from pandapon.sandbox import DEFAULT_ACCESS_SECRET
from pandapon.webhooks.testing import envelope, signed_request

ROOT = Path(__file__).resolve().parents[2]
PATH = "/pandapon/messages"
#: What each framework's test client answers: (status, text) for a body and its headers.
Post = Callable[[bytes, dict[str, str]], tuple[int, str]]


def _load(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", DEFAULT_ACCESS_SECRET)
    monkeypatch.delenv("PANDAPON_ACCESS_KEY", raising=False)
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)  # Django's ROOT_URLCONF names it
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fastapi_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ModuleType, Post]]:
    example = _load("webhooks_fastapi", monkeypatch)
    with TestClient(example.app) as client:  # runs the lifespan: aclose() at the end

        def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
            answer = client.post(PATH, content=body, headers=headers)
            return answer.status_code, answer.text

        assert client.get("/health").json() == {"ok": True}  # the rest of the app still routes
        yield example, post


@pytest.fixture
def flask_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ModuleType, Post]]:
    example = _load("webhooks_flask", monkeypatch)
    client = example.app.test_client()

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        answer = client.post(PATH, data=body, headers=headers)
        return answer.status_code, answer.get_data(as_text=True)

    yield example, post
    example.receiver.close()


@pytest.fixture
def django_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ModuleType, Post]]:
    example = _load("webhooks_django", monkeypatch)
    # settings are per process: another test (the docs' run of this file) may have set them
    with override_settings(ROOT_URLCONF=example, ALLOWED_HOSTS=["testserver"]):
        client = Client()

        def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
            answer = client.generic(
                "POST", PATH, body, content_type=headers["Content-Type"], headers=headers
            )
            return answer.status_code, answer.content.decode()

        assert client.get(PATH).status_code == 405  # require_POST
        yield example, post
    example.receiver.close()


@pytest.mark.parametrize("framework", ["fastapi_app", "flask_app", "django_app"])
def test_a_signed_push_runs_the_handler_once(
    framework: str, request: pytest.FixtureRequest
) -> None:
    example, post = request.getfixturevalue(framework)
    body, headers = signed_request(
        envelope("1688_ORDER_BUYER_VIEW_ORDER_PAY", {"orderId": 7, "currentStatus": "paid"}),
        DEFAULT_ACCESS_SECRET,
    )
    assert post(body, headers) == (200, "ok")
    assert post(body, headers) == (200, "duplicate")  # PandaPon's redelivery
    forged = {**headers, "Authorization": "0" * 64}
    assert post(body.replace(b"7", b"8"), forged)[0] == 401

    assert example.receiver.drain(timeout=10)
    message = example.to_refresh.get_nowait()
    assert example.to_refresh.empty()  # once: not for the redelivery, not for the forgery
    assert message.platform == "1688" and message.body.order_id == 7
