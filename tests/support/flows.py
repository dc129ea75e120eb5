"""Steps that several sandbox tests need, done through the public SDK."""

from __future__ import annotations

from pandapon_api.models import FastAdress, FastCargo

import pandapon

ADDRESS = FastAdress(full_name="张三", mobile="18600888861", city_text="杭州市", address="文一西路")


def buy_1688(client: pandapon.PandaPon, *, quantity: int = 1, keyword: str = "T恤") -> int:
    """Create an unpaid 1688 order for the first SKU of the first search hit; its order id."""
    hit = client.alibaba.products.search(keyword=keyword).data[0]
    detail = client.alibaba.products.get(offer_id=str(hit.offer_id))
    created = client.alibaba.orders.create(
        flow="general",
        address_param=ADDRESS,
        cargo_param_list=[
            FastCargo(
                offer_map_id=str(detail.offer_id),
                spec_id=detail.product_sku_infos[0].spec_id,
                quantity=quantity,
            )
        ],
    )
    return int(created.order_id)
