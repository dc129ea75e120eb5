"""What users expect of the models the SDK returns (issue 25): JSON text (``to_json()``,
``json.dumps(dict(model))``), FastAPI's ``jsonable_encoder``, and the answer's request id on a
plain result (``_request_id``), against the sandbox."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient
from pandapon_api.models import AlibabaOrderPage

import pandapon
from pandapon import sandbox


@pytest.fixture(scope="module")
def client() -> Iterator[pandapon.PandaPon]:
    with sandbox.running() as box, box.client() as sdk:
        yield sdk


def test_a_model_as_json_text(client: pandapon.PandaPon) -> None:
    page = client.alibaba.orders.list(page_size=2)
    text = page.to_json()
    assert json.loads(text) == page.to_dict()
    assert '"baseInfo"' in text and "\\u" not in text  # the API's names; Chinese kept as is
    assert json.loads(page.to_json(indent=2)) == page.to_dict()
    assert dict(page) == page.to_dict()
    assert json.loads(json.dumps(dict(page))) == page.to_dict()
    again = AlibabaOrderPage.from_dict(json.loads(text))
    assert again == page  # the request id is not part of a model's equality


def test_fastapis_jsonable_encoder_and_a_route_returning_a_model(
    client: pandapon.PandaPon,
) -> None:
    page = client.alibaba.orders.list(page_size=2)
    assert jsonable_encoder(page) == page.to_dict()
    product = client.taobao.products.search(keyword="").data[0]
    assert jsonable_encoder({"hit": product}) == {"hit": product.to_dict()}

    app = FastAPI()

    @app.get("/orders")
    def orders():  # type: ignore[no-untyped-def]  # no response model: jsonable_encoder
        return client.alibaba.orders.list(page_size=2)  # a route of yours, returning it as is

    with TestClient(app) as http:
        assert http.get("/orders").json() == page.to_dict()


def test_the_request_id_is_on_the_result(client: pandapon.PandaPon) -> None:
    raw = client.with_raw_response.alibaba.orders.list(page_size=1)
    page = client.alibaba.orders.list(page_size=1)
    assert page._request_id and page._request_id != raw.request_id  # each answer its own
    assert raw.parse()._request_id == raw.request_id
    assert "_request_id" not in repr(page) and "_request_id" not in page.to_dict()
    assert pickle.loads(pickle.dumps(page))._request_id == page._request_id
    listed = client.addresses.list()  # a list of models: each carries it
    assert listed and {a._request_id for a in listed} == {listed[0]._request_id}
    assert listed[0]._request_id is not None
    made = AlibabaOrderPage.from_dict(page.to_dict())
    assert made._request_id is None  # not from an answer
