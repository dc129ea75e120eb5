"""Product ids from what people paste: an id, or a Taobao / Tmall / 1688 product URL."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

_1688_OFFER = re.compile(r"/offer/(\d+)\.html")
_TAOBAO_HOSTS = ("taobao.com", "tmall.com", "tmall.hk", "taobao.global")
_1688_HOSTS = ("1688.com",)


class ProductIdError(ValueError):
    pass


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _is(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def _url(text: str, hosts: tuple[str, ...], what: str) -> str | None:
    """The URL in ``text`` if it is one (on one of ``hosts``), None if ``text`` is a bare id."""
    if "://" not in text and "/" not in text:
        return None
    url = text if "://" in text else f"https://{text}"
    if not _is(_host(url), hosts):
        raise ProductIdError(f"not a {what} product URL: {text}")
    return url


def alibaba_offer_id(text: str) -> str:
    """The offer id from ``600126245031``, an encoded id, or ``detail.1688.com/offer/<id>.html``."""
    text = text.strip()
    url = _url(text, _1688_HOSTS, "1688")
    if url is None:
        return text
    match = _1688_OFFER.search(urlsplit(url).path)
    if match:
        return match.group(1)
    offer = parse_qs(urlsplit(url).query).get("offerId")
    if offer:
        return offer[0]
    raise ProductIdError(f"no offer id in the 1688 URL: {text}")


def taobao_item_id(text: str) -> str:
    """The item id from ``672991141190``, an encoded id, or a Taobao/Tmall item URL (``?id=``)."""
    text = text.strip()
    url = _url(text, _TAOBAO_HOSTS, "Taobao or Tmall")
    if url is None:
        return text
    query = parse_qs(urlsplit(url).query)
    for key in ("id", "itemId", "item_id"):
        if query.get(key):
            return query[key][0]
    match = re.search(r"/(?:i|item)(\d+)\.htm", urlsplit(url).path)
    if match:
        return match.group(1)
    raise ProductIdError(f"no item id in the Taobao URL (short links must be opened first): {text}")
