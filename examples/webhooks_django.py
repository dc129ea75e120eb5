"""PandaPon's message pushes in Django, as one file (in a project, the view goes in views.py
and the path in urls.py): gunicorn examples.webhooks_django:application"""

import atexit
import os
import queue

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from pandapon.webhooks import OrderStatusChanged, Receiver

if not settings.configured:  # a project has these in settings.py
    settings.configure(
        ROOT_URLCONF=__name__,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "change-me"),
        ALLOWED_HOSTS=os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(","),
    )
    django.setup()

receiver = Receiver()  # the AccessSecret from PANDAPON_ACCESS_SECRET
atexit.register(receiver.close)  # let running handlers finish at exit
#: Orders to re-read: a message is a trigger, the current state comes from the API (your
#: job queue goes here).
to_refresh: queue.SimpleQueue[OrderStatusChanged] = queue.SimpleQueue()


@receiver.on(OrderStatusChanged)  # Taobao's and 1688's; runs after the 200
def order_status_changed(message: OrderStatusChanged) -> None:
    to_refresh.put(message)


@csrf_exempt  # PandaPon signs the body; it has no CSRF token
@require_POST
def pandapon_messages(request: HttpRequest) -> HttpResponse:
    # request.body: the raw bytes, which the signature covers exactly
    outcome = receiver.handle(request.body, request.headers.get("Authorization"))
    return HttpResponse(outcome.text, status=outcome.status, content_type="text/plain")


urlpatterns = [path("pandapon/messages", pandapon_messages)]
application = get_wsgi_application()
