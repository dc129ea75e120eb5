"""Product ids from what people paste (``pandapon 1688 product``, ``pandapon taobao product``),
in-process: the command line's own tests run it as a subprocess, which mutation testing does
not reach (TESTING.md)."""

from __future__ import annotations

import pytest

from pandapon.cli._ids import ProductIdError, alibaba_offer_id, taobao_item_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("600126245031", "600126245031"),
        ("  f6vE-dfY1NV37oG_fz9WSA ", "f6vE-dfY1NV37oG_fz9WSA"),
        ("https://detail.1688.com/offer/600126245031.html", "600126245031"),
        ("detail.1688.com/offer/600126245031.html?spm=a", "600126245031"),
        ("https://1688.com/offer/7.html", "7"),
        ("https://m.1688.com/x?offerId=42", "42"),
    ],
)
def test_1688_offer_ids(text: str, expected: str) -> None:
    assert alibaba_offer_id(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("672991141190", "672991141190"),
        ("https://item.taobao.com/item.htm?id=672991141190", "672991141190"),
        ("https://detail.tmall.com/item.htm?spm=x&id=5", "5"),
        ("https://detail.tmall.hk/item.htm?itemId=6", "6"),
        ("https://world.taobao.global/item/x?item_id=8", "8"),
        ("https://taobao.com/i9.htm", "9"),
        ("https://h5.m.taobao.com/awp/item10.htm", "10"),
        ("item.taobao.com/item.htm?id=11", "11"),
    ],
)
def test_taobao_item_ids(text: str, expected: str) -> None:
    assert taobao_item_id(text) == expected


@pytest.mark.parametrize(
    ("parse", "text", "message"),
    [
        # Look-alike hosts: they end like the real ones, but are not a subdomain of them.
        (alibaba_offer_id, "https://evil-1688.com/offer/1.html", "not a 1688 product URL"),
        (alibaba_offer_id, "https://1688.com.evil.example/offer/1.html", "not a 1688 product URL"),
        (taobao_item_id, "https://evil-taobao.com/item.htm?id=1", "not a Taobao or Tmall"),
        (taobao_item_id, "https://nottmall.com/item.htm?id=1", "not a Taobao or Tmall"),
        (taobao_item_id, "https://detail.1688.com/offer/1.html", "not a Taobao or Tmall"),
        (alibaba_offer_id, "https://detail.1688.com/page.html", "no offer id in the 1688 URL"),
        (taobao_item_id, "https://m.tb.cn.taobao.com/h.x", "short links must be opened first"),
    ],
)
def test_what_is_not_a_product_url_of_the_platform_is_refused_by_name(
    parse: object, text: str, message: str
) -> None:
    assert callable(parse)
    with pytest.raises(ProductIdError, match=message) as caught:
        parse(text)
    assert text in str(caught.value)
