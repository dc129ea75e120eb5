"""PandaPon's message pushes in a Flask app: flask --app examples.webhooks_flask run"""

import atexit
import queue

from flask import Flask, request

from pandapon.webhooks import OrderStatusChanged, Receiver

receiver = Receiver()  # the AccessSecret from PANDAPON_ACCESS_SECRET
atexit.register(receiver.close)  # let running handlers finish at exit
#: Orders to re-read: a message is a trigger, the current state comes from the API (your
#: job queue goes here).
to_refresh: queue.SimpleQueue[OrderStatusChanged] = queue.SimpleQueue()


@receiver.on(OrderStatusChanged)  # Taobao's and 1688's; runs after the 200
def order_status_changed(message: OrderStatusChanged) -> None:
    to_refresh.put(message)


app = Flask(__name__)


@app.post("/pandapon/messages")
def pandapon_messages() -> tuple[str, int]:
    # the raw bytes: the signature covers them exactly
    outcome = receiver.handle(request.get_data(), request.headers.get("Authorization"))
    return outcome.text, outcome.status


# Or mount the receiver's own WSGI app instead of the view:
# from werkzeug.middleware.dispatcher import DispatcherMiddleware
# app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/pandapon/messages": receiver.wsgi})
