"""Integrations with other libraries; each needs its extra (``pandapon.contrib.celery``:
``pip install 'pandapon[celery]'``)."""
