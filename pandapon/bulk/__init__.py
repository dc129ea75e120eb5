"""Many calls, one per id, at the rate the server allows: results in a JSON-lines file,
failures in another, resumable after any stop. ``pandapon 1688 details`` runs on this.

    from pandapon import bulk

    async def detail(client: pandapon.AsyncPandaPon, offer_id: str) -> Any:
        return await client.alibaba.products.get(offer_id=offer_id, country="en")

    result = bulk.run(bulk.read_ids("ids.txt"), detail, out="details.jsonl")
    # or, with a client of your own:  await bulk.arun(client, ids, detail, out=...)

Inside the job, calls return ``data`` as the server sent it (dicts and lists, no model built),
and that is written; ``typed=True`` gives ``fetch`` the typed models instead. Every id ends
up once in ``details.jsonl`` (``{"id", "data"}``) or in
``details.jsonl.failures.jsonl`` (``{"id", "error", "type", "code", ...}``); ids already in the
results are skipped, so a rerun resumes (a line cut off by a crash is dropped and fetched
again). ``concurrency`` is the most calls in flight; below it the job finds the server's
ceiling by itself (``AdaptiveConcurrency``: additive increase, multiplicative decrease on 429
and on rising latency), so a guess too high costs a few 429s, not thousands. An id answered
429 after the client's own retries goes back in the queue. Across machines, the same job runs
on Celery: ``pandapon.contrib.celery``.
"""

from ._adaptive import AdaptiveConcurrency
from ._files import already_done, drop_cut_off_line, read_ids
from ._runner import BulkResult, Fetch, arun, run

__all__ = [
    "AdaptiveConcurrency",
    "BulkResult",
    "Fetch",
    "already_done",
    "arun",
    "drop_cut_off_line",
    "read_ids",
    "run",
]
