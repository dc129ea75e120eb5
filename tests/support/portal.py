"""A doc portal on loopback that speaks the Apifox export format, for docs-sync tests.

It serves a directory: ``<root>/<site>/llms.txt``, ``<root>/<site>/api-<id>.md`` and
``doc-<id>.md``, one folder per portal (``http://127.0.0.1:PORT/<site>``). Like a real portal it
sends ``ETag`` and ``Last-Modified`` and answers conditional requests with 304; a missing file is
a 404. Behaviours a portal can have are switches: a slow page, a site behind a login (HTML for
everything), a page failing a number of times with 503 first, a page whose Content-Type says
HTML, and what a hostile portal does: a redirect (to anywhere), a page that never ends, a page
that trickles a byte at a time forever. Every request is logged. ``Counter`` is a second host
on loopback that only counts the connections made to it (a fetch there is a leak).

    python -m tests.support.portal --port 8800      # serve tests/fixtures/portal for a manual run
    make docs-sync SITE=http://127.0.0.1:8800/env2

``export_page`` writes a spec operation as such a page (the inverse of what docs sync reads).
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import hashlib
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "portal"
_LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><title>Password required</title></head>"
    "<body><form method=post><input type=password name=password></form></body></html>"
)
_MODIFIED = email.utils.formatdate(1_780_000_000, usegmt=True)


@dataclass
class Behaviour:
    slow: dict[str, float] = field(default_factory=dict)  # request path -> seconds
    locked_sites: set[str] = field(default_factory=set)  # answer HTML for everything
    fail_first: dict[str, int] = field(default_factory=dict)  # path -> 503s before success
    as_html: set[str] = field(default_factory=set)  # paths served as text/html, body unchanged
    redirects: dict[str, str] = field(default_factory=dict)  # path -> Location (a 302)
    endless: set[str] = field(default_factory=set)  # paths whose body never ends
    trickle: dict[str, float] = field(default_factory=dict)  # path -> seconds between bytes
    requests: list[tuple[str, int]] = field(default_factory=list)  # (path, status)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopped: threading.Event = field(default_factory=threading.Event)

    def downloads(self) -> int:
        """Answers that carried a body (200), not counting llms.txt."""
        return sum(1 for path, status in self.requests if status == 200 and path.endswith(".md"))


class Portal:
    """The server; ``with Portal(root) as portal: portal.url("env2")``."""

    def __init__(self, root: Path = FIXTURES, port: int = 0) -> None:
        self.root = root
        self.behaviour = Behaviour()
        handler = type("Handler", (_Handler,), {"root": root, "behaviour": self.behaviour})
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, site: str = "") -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}" + (f"/{site}" if site else "")

    def __enter__(self) -> Portal:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.behaviour.stopped.set()  # endless and trickling answers end too
        self.server.shutdown()
        self.server.server_close()


class Counter:
    """A host on loopback that counts every connection made to it (and answers a page, as an
    internal server would, so that a leak would also show in what was read)."""

    PAGE = b"# Internal page\n\nNot for the portal's readers.\n"

    def __init__(self) -> None:
        self.connections = 0
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def url(self, path: str = "") -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}/{path.lstrip('/')}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except OSError:
                continue
            self.connections += 1
            with conn, contextlib.suppress(OSError):
                conn.recv(65536)
                head = f"HTTP/1.0 200 OK\r\nContent-Length: {len(self.PAGE)}\r\n\r\n"
                conn.sendall(head.encode() + self.PAGE)

    def __enter__(self) -> Counter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._socket.close()


class _Handler(BaseHTTPRequestHandler):
    root: Path
    behaviour: Behaviour

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        status = self._answer(path)
        with self.behaviour.lock:
            self.behaviour.requests.append((path, status))

    def _answer(self, path: str) -> int:
        behaviour = self.behaviour
        time.sleep(behaviour.slow.get(path, 0))
        site = path.strip("/").split("/", 1)[0]
        if site in behaviour.locked_sites:
            return self._send(200, _LOGIN_PAGE.encode(), "text/html; charset=utf-8")
        with behaviour.lock:
            failures = behaviour.fail_first.get(path, 0)
            if failures:
                behaviour.fail_first[path] = failures - 1
        if failures:
            return self._send(503, b"busy", "text/plain", {"Retry-After": "0"})
        if path in behaviour.redirects:
            return self._send(302, b"", None, {"Location": behaviour.redirects[path]})
        if path in behaviour.endless or path in behaviour.trickle:
            return self._forever(path)
        file = (self.root / path.lstrip("/")).resolve()
        if not file.is_relative_to(self.root.resolve()) or not file.is_file():
            return self._send(404, b"not found", "text/plain")
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", None, {"ETag": etag})
        kind = "text/plain" if path.endswith(".txt") else "text/markdown"
        if path in behaviour.as_html:
            kind = "text/html"
        headers = {"ETag": etag, "Last-Modified": _MODIFIED}
        return self._send(200, body, f"{kind}; charset=utf-8", headers)

    def _forever(self, path: str) -> int:
        """A 200 whose body never ends: fast (endless) or a byte at a time (trickle), until
        the client hangs up or the portal stops."""
        self.send_response(200)
        self.send_header("Content-Type", "text/markdown; charset=utf-8")
        self.end_headers()
        pause = self.behaviour.trickle.get(path)
        chunk = b"# A page\n\n" if pause else b"# An endless page\n" + b"x" * 65536 + b"\n"
        with contextlib.suppress(OSError):
            while not self.behaviour.stopped.is_set():
                self.wfile.write(chunk[:1] if pause else chunk)
                self.wfile.flush()
                if pause:
                    chunk = chunk[1:] or b"x"
                    self.behaviour.stopped.wait(pause)
        return 200

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        headers: dict[str, str] | None = None,
    ) -> int:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
        return status


# --- writing a spec operation as a portal page ---------------------------------------------------

_SYSTEM_HEADERS = (
    ("access-key", True, "58c0201dfdf148eca63cbf6bb5e7cf03"),
    ("nonce-str", False, "nonce-str"),
    ("timestamp", True, "1715669977082"),
    ("user-id", True, "2100007341207"),
    ("signature", True, "B7F83FE2ADC8D8F044F2E01F0FFE8C80"),
)


def _to_30(node: Any) -> Any:
    """A 3.1 schema in Apifox's 3.0 spelling: ``type: T`` + ``nullable: true``."""
    if isinstance(node, list):
        return [_to_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _to_30(v) for k, v in node.items() if not k.startswith("x-")}
    types = out.get("type")
    if isinstance(types, list) and "null" in types and len(types) == 2:
        out["type"] = next(t for t in types if t != "null")
        out["nullable"] = True
    return out


def _shown(node: Any) -> Any:
    """What a doc page would show of a schema: no property the spec marks inferred."""
    if isinstance(node, list):
        return [_shown(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _shown(v) for k, v in node.items()}
    if isinstance(out.get("properties"), dict):
        # A property counts as shown by its own mark, else by its model's.
        inherited = out.get("x-pandapon-confidence", "seen")
        out["properties"] = {
            name: prop
            for name, prop in out["properties"].items()
            if not isinstance(prop, dict)
            or prop.get("x-pandapon-confidence", inherited) != "inferred"
        }
    return out


def _refs(node: Any, found: set[str], schemas: dict[str, Any]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name not in found:
                found.add(name)
                _refs(schemas.get(name), found, schemas)
        for value in node.values():
            _refs(value, found, schemas)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found, schemas)


def _find(spec: dict[str, Any], op_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return path, method, op
    raise KeyError(op_id)


def export_page(
    spec: dict[str, Any], op_id: str, *, title: str | None = None, shown_only: bool = False
) -> str:
    """The Markdown page an Apifox portal would publish for one spec operation
    (``shown_only``: leaving out the properties the spec marks inferred)."""

    def view(node: Any) -> Any:
        return _shown(node) if shown_only else node

    path, method, op = _find(spec, op_id)
    response = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    wrapper = spec["components"]["schemas"][response.rsplit("/", 1)[-1]]
    data = view(wrapper["allOf"][1]["properties"]["data"])
    schemas = {name: view(node) for name, node in spec["components"]["schemas"].items()}
    headers = [
        {
            "name": name,
            "in": "header",
            "description": "",
            "required": required,
            "example": example,
            "schema": {"type": "string"},
        }
        for name, required, example in _SYSTEM_HEADERS
    ]
    page_op: dict[str, Any] = {
        "summary": title or op["summary"],
        "deprecated": False,
        "description": "",
        "tags": ["exported"],
        "parameters": [*(_to_30(view(p)) for p in op.get("parameters") or []), *headers],
    }
    used: set[str] = set()
    if "requestBody" in op:
        page_op["requestBody"] = _to_30(op["requestBody"])
        _refs(op["requestBody"], used, schemas)
    _refs(data, used, schemas)
    envelope = {
        "type": "object",
        "properties": {
            "requestId": {"type": "string"},
            "code": {"type": "integer"},
            "developId": {"type": "integer"},
            "msg": {"type": "string"},
            "data": _to_30(data),
        },
        "x-apifox-orders": ["requestId", "code", "developId", "msg", "data"],
    }
    page_op["responses"] = {
        "200": {
            "description": "",
            "content": {"application/json": {"schema": envelope}},
            "headers": {},
            "x-apifox-name": "OK",
        }
    }
    page_op["security"] = []
    page_op["x-apifox-folder"] = "exported"
    page_op["x-apifox-status"] = "released"
    doc = {
        "openapi": "3.0.1",
        "info": {"title": "", "description": "", "version": "1.0.0"},
        "paths": {path: {method: page_op}},
        "components": {
            "schemas": {n: _to_30(schemas[n]) for n in sorted(used)},
            "securitySchemes": {},
        },
        "servers": [{"url": "https://api.pandapon.com", "description": "production"}],
        "security": [],
    }
    body = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
    return f"# {title or op['summary']}\n\n## OpenAPI Specification\n\n```yaml\n{body}```\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fixture doc portal on loopback.")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--root", type=Path, default=FIXTURES)
    args = parser.parse_args()
    with Portal(args.root, args.port) as portal:
        sites = sorted(p.name for p in args.root.iterdir() if p.is_dir())
        for site in sites:
            print(f"{portal.url(site)}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
