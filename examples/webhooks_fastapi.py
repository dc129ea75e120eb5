"""PandaPon's message pushes in a FastAPI app: uvicorn examples.webhooks_fastapi:app"""

import queue
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from pandapon.webhooks import OrderStatusChanged, Receiver

receiver = Receiver()  # the AccessSecret from PANDAPON_ACCESS_SECRET
#: Orders to re-read: a message is a trigger, the current state comes from the API (your
#: job queue goes here).
to_refresh: queue.SimpleQueue[OrderStatusChanged] = queue.SimpleQueue()


@receiver.on(OrderStatusChanged)  # Taobao's and 1688's; runs after the 200
def order_status_changed(message: OrderStatusChanged) -> None:
    to_refresh.put(message)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await receiver.aclose()  # let running handlers finish on shutdown


app = FastAPI(lifespan=lifespan)
# The receiver is an ASGI app: route it as is, at the path registered with PandaPon.
app.add_route("/pandapon/messages", receiver, methods=["POST"])


@app.get("/health")
def health() -> dict[str, bool]:
    return {"ok": True}
