"""``pandapon``: look things up and call any operation from the shell.

Exit codes: 0 success, 1 PandaPon answered with an error (or could not be reached), 2 bad usage
(unknown operation, invalid JSON, invalid input, missing credentials). With ``--json`` the data is
JSON on stdout and an error one JSON object on stderr (``_errors.py``). ``verify --live`` and
``doctor`` say what their codes mean (``_verify.py``, ``_doctor.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import difflib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandapon

from .. import _cli_values as _values
from .._spec import CONFIDENCES
from .._validation import MODES, integer_or_text
from ..bulk._files import dumps
from . import _bulk, _doctor, _errors, _evidence, _listen, _lookups, _output, _verify
from ._errors import API, UsageError
from ._ids import ProductIdError, alibaba_offer_id, taobao_item_id

# -- commands --------------------------------------------------------------------------------


def cmd_ops(args: argparse.Namespace) -> None:
    ops = [
        op
        for op in pandapon.operations().values()
        if (not args.platform or op.platform == args.platform)
        and (not args.confidence or op.confidence == args.confidence)
        and (
            not args.search
            or args.search.lower() in f"{op.operation_id} {op.summary} {op.path}".lower()
        )
    ]
    if args.json:
        _output.emit_json(
            [
                {
                    "operationId": op.operation_id,
                    "pythonMethod": f"client.{op.python_method}",
                    "method": op.method,
                    "path": op.path,
                    "platform": op.platform,
                    "group": op.group,
                    "confidence": op.confidence,
                    "pathSource": op.path_source,
                    "retrySafe": op.retry_safe,
                    "summary": op.summary,
                }
                for op in ops
            ]
        )
        return
    _output.table(
        [
            (
                op.operation_id,
                f"client.{op.python_method}()",
                op.method,
                op.path,
                op.confidence,
                "yes" if op.retry_safe else "no",
            )
            for op in ops
        ],
        ["operation", "python", "method", "path", "docs", "retry"],
    )


def cmd_completion(args: argparse.Namespace) -> None:
    """A completion script for the shell: ``eval "$(pandapon completion bash)"``."""
    try:
        import shtab  # noqa: PLC0415 - only this command needs it (the completion extra)
    except ImportError:
        raise UsageError(
            "pandapon completion needs shtab, which is not installed: "
            "pip install 'pandapon[completion]' (or pip install shtab), then run it again"
        ) from None
    print(shtab.complete(build_parser(), shell=args.shell), end="")


def _operation_ids() -> dict[str, Any]:
    """shtab's completion of an operationId: the spec's, for bash and zsh. (They are plain
    identifiers, which the spec lint holds them to, so they need no quoting in a script.)"""
    ids = " ".join(sorted(pandapon.operations()))
    return {
        "bash": "_pandapon_operation_ids",
        "zsh": f"({ids})",
        "preamble": {"bash": f'_pandapon_operation_ids() {{\n  compgen -W "{ids}" -- "$1"\n}}\n'},
    }


#: The most ``--data @file`` or ``--data -`` reads: far more than any request body PandaPon
#: takes, and a bound on ``@/dev/zero`` or a pipe that never ends.
MAX_DATA_BYTES = 16 * 1024 * 1024


def _load_data(value: str | None) -> Any:
    if value is None:
        return None
    text = _read_data(value) if value == "-" or value.startswith("@") else value
    try:
        return json.loads(text)
    except ValueError as error:
        raise UsageError(f"--data is not valid JSON: {error}") from None


def _read_data(value: str) -> str:
    """The text of ``--data -`` (stdin) or ``--data @file``: at most ``MAX_DATA_BYTES``, UTF-8
    (a byte-order mark allowed), or a clear error."""
    try:
        if value == "-":
            raw = sys.stdin.buffer.read(MAX_DATA_BYTES + 1)
        else:
            with Path(value[1:]).open("rb") as file:
                raw = file.read(MAX_DATA_BYTES + 1)
    except OSError as error:
        raise UsageError(f"--data {value}: {error.strerror}") from None
    where = "stdin" if value == "-" else value[1:]
    if len(raw) > MAX_DATA_BYTES:
        raise UsageError(
            f"--data {_output.for_terminal(value)}: {_output.for_terminal(where)} holds more than "
            f"{MAX_DATA_BYTES // (1024 * 1024)} MiB; a request body is far smaller"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(
            f"--data {_output.for_terminal(value)}: not UTF-8 text (byte "
            f"0x{raw[error.start]:02x} at offset {error.start})"
        ) from None


def _params(pairs: Sequence[str], operation_id: str) -> dict[str, Any]:
    """``name=value`` pairs; a value becomes a number where the spec wants one."""
    declared = {p.name: p.schema for p in pandapon.operations()[operation_id].parameters}
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--param takes name=value, got {pair!r}")
        types = declared.get(name, {}).get("type", "string")
        wants_int = "integer" in types and "string" not in types
        params[name] = integer_or_text(value) if wants_int else value
    return params


def cmd_call(args: argparse.Namespace, client: pandapon.PandaPon) -> int:
    body, params = _load_data(args.data), _params(args.param, args.operation_id)
    if not args.raw:
        _output.emit_json(client.call(args.operation_id, body, params=params or None))
        return 0
    raw = client.call_unchecked(args.operation_id, body, params=params or None)
    if raw.json is not None:
        print(dumps(raw.json, indent=2))
    else:
        _output.line(raw.text)  # not JSON: shown as text, escaped
    code = raw.json.get("code") if isinstance(raw.json, dict) else None
    return API if raw.http_status >= 400 or code not in (200, 0, None) else 0


def cmd_details(args: argparse.Namespace, platform: str) -> int:
    parse = alibaba_offer_id if platform == "1688" else taobao_item_id
    try:
        ids = _bulk.read_ids(Path(args.ids_file), parse)
    except OSError as error:
        raise UsageError(f"--ids-file {args.ids_file}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"--ids-file {args.ids_file}: not UTF-8 text") from None

    async def fetch(client: pandapon.AsyncPandaPon, item: str) -> Any:
        if platform == "1688":
            return await client.alibaba.products.get(
                offer_id=int(item) if item.isdigit() else item, country="en"
            )
        return await client.taobao.products.get(item_id=item)

    out = Path(args.out)
    failures = Path(args.failures or f"{out}.failures.jsonl")

    async def run() -> _bulk.BulkResult:
        async with pandapon.AsyncPandaPon(**_client_options(args)) as client:
            return await _bulk.fetch_all(
                client,
                ids,
                fetch,
                out=out,
                failures=failures,
                concurrency=args.concurrency,
                typed=args.typed,
            )

    try:
        result = asyncio.run(run())
    except OSError as error:  # --out or --failures cannot be written
        raise UsageError(f"{error.filename}: {error.strerror}") from None
    if args.json:
        _output.emit_json(
            {
                "fetched": result.done,
                "skipped": result.skipped,
                "failed": result.failed,
                "out": str(out),
                "failures": str(failures),
            }
        )
    else:
        print(
            f"{result.done} fetched, {result.skipped} already in {out}, {result.failed} failed"
            + (f" (see {failures})" if result.failed else ""),
            file=sys.stderr,
        )
    return API if result.failed else 0


# -- the parser ------------------------------------------------------------------------------


def _client_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.base_url:
        options["base_url"] = args.base_url
    if args.user_id:
        options["user_id"] = args.user_id
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if getattr(args, "validate", None):
        options["validate"] = args.validate
    return options


def _platform_commands(sub: Any, platform: str) -> None:
    is_1688 = platform == "1688"
    parser = sub.add_parser(platform, help=f"{'1688' if is_1688 else 'Taobao'} lookups")
    cmds = parser.add_subparsers(dest="action", required=True, metavar="COMMAND")
    product = cmds.add_parser("product", help="product detail, by id or pasted product URL")
    product.add_argument(
        "product",
        help="id or URL"
        + (
            " (detail.1688.com/offer/…)"
            if is_1688
            else " (item.taobao.com/…?id=, detail.tmall.com/…)"
        ),
    )
    product.set_defaults(run=_lookups.alibaba_product if is_1688 else _lookups.taobao_product)
    search = cmds.add_parser("search", help="keyword search")
    search.add_argument("keyword")
    search.add_argument("--page", type=_values.positive_int, default=1)
    search.add_argument("--page-size", type=_values.positive_int, default=20)
    search.set_defaults(run=_lookups.alibaba_search if is_1688 else _lookups.taobao_search)
    order = cmds.add_parser("order", help="order show ORDER_ID | order list")
    order_cmds = order.add_subparsers(dest="order_action", required=True, metavar="show|list")
    show = order_cmds.add_parser("show", help="one order")
    show.add_argument("order_id")
    listing = order_cmds.add_parser("list", help="recent orders")
    listing.add_argument("--status", help="only orders in this status")
    listing.add_argument("--limit", type=_values.positive_int, default=20, help="at most this many")
    orders = _lookups.alibaba_orders if is_1688 else _lookups.taobao_orders
    show.set_defaults(run=orders, status=None, limit=1)
    listing.set_defaults(run=orders, order_id=None)
    logistics = cmds.add_parser(
        "logistics", help="logistics trace of an order" + ("" if is_1688 else " (sub-order id)")
    )
    logistics.add_argument("order_id")
    logistics.set_defaults(run=_lookups.alibaba_logistics if is_1688 else _lookups.taobao_logistics)
    refund = cmds.add_parser("refund", help="refund show REFUND_ID")
    refund_cmds = refund.add_subparsers(dest="refund_action", required=True, metavar="show")
    refund_show = refund_cmds.add_parser("show")
    refund_show.add_argument("refund_id")
    refund_show.set_defaults(run=_lookups.alibaba_refund if is_1688 else _lookups.taobao_refund)
    details = cmds.add_parser("details", help="many product details into a JSON-lines file")
    details.add_argument("--ids-file", required=True, help="ids or product URLs, one per line")
    details.add_argument(
        "--out", required=True, help="JSON-lines output; ids already in it are skipped"
    )
    details.add_argument("--failures", help="failures file (default: OUT.failures.jsonl)")
    details.add_argument(
        "--concurrency",
        type=_values.positive_int,
        default=32,
        help="the most calls in flight; below it, as many as the server takes without "
        "answering 429 (default: 32)",
    )
    details.add_argument(
        "--typed",
        action="store_true",
        help="read each answer into the typed model and write its to_dict() (slower; by "
        "default each record's data is written as the server sent it)",
    )
    details.set_defaults(bulk=platform)


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options taken before or after the command (``pandapon ops --json`` works too)."""
    # Below the top level the default is SUPPRESS, so a subcommand does not reset what was given
    # before it.
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--base-url",
        default=default,
        help="API base URL (default: PANDAPON_BASE_URL or production)",
    )
    parser.add_argument(
        "--user-id", default=default, help="sub-account user id (default: PANDAPON_USER_ID)"
    )
    parser.add_argument(
        "--timeout", type=_values.seconds, default=default, help="seconds per request"
    )
    parser.add_argument(
        "--validate",
        choices=MODES,
        default=default,
        help="check requests before sending: docs (default: the rules the docs state), strict "
        "(every rule in the spec) or off",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="machine-readable output: data as JSON on stdout; an error as one JSON object "
        '{"error": {"type", "message", "exit_code", ...}} on stderr',
    )


class _Subparsers:
    """add_subparsers() whose every subcommand (at any depth) also takes the common options."""

    def __init__(self, action: Any) -> None:
        self._action = action

    def add_parser(self, name: str, *, common: bool = True, **kwargs: Any) -> Any:
        parser = self._action.add_parser(name, **kwargs)
        if common:
            _common_options(parser, top=False)
        original = parser.add_subparsers
        parser.add_subparsers = lambda **kw: _Subparsers(original(**kw))
        return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _errors.Parser(
        prog="pandapon",
        description="PandaPon from the shell. Credentials: PANDAPON_ACCESS_KEY, "
        "PANDAPON_ACCESS_SECRET, PANDAPON_USER_ID; PANDAPON_BASE_URL for another server.",
    )
    _common_options(parser, top=True)
    parser.add_argument("--version", action="version", version=f"pandapon {pandapon.__version__}")
    sub = _Subparsers(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))

    ops = sub.add_parser("ops", help="list the operations")
    ops.add_argument("--platform", choices=["taobao", "1688", "platform"])
    ops.add_argument("--search", metavar="WORD", help="only operations mentioning WORD")
    ops.add_argument(
        "--confidence",
        choices=CONFIDENCES,
        help="only operations known this way: seen (read on a doc page), observed (in real "
        "answers), partial, inferred",
    )
    ops.set_defaults(offline=cmd_ops)

    completion = sub.add_parser(
        "completion",
        common=False,
        help='print a shell completion script: eval "$(pandapon completion bash)"',
    )
    completion.add_argument("shell", choices=["bash", "zsh"])
    completion.set_defaults(offline=cmd_completion)

    call = sub.add_parser("call", help="call any operation by operationId")
    operation_id = call.add_argument("operation_id")
    operation_id.complete = _operation_ids()  # shtab reads it
    call.add_argument("--data", help="the JSON body: inline, @file.json, or - for stdin")
    call.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a path or query parameter (repeatable)",
    )
    call.add_argument("--raw", action="store_true", help="print PandaPon's whole answer")
    call.set_defaults(run=cmd_call)

    for platform in ("1688", "taobao"):
        _platform_commands(sub, platform)
    _evidence.add_commands(sub)
    verify = sub.add_parser(
        "verify",
        help="verify --live: do PandaPon's answers fit the spec? (read-only, free calls)",
        description=(_verify.__doc__ or "").split("\n\n")[1].replace("\n", " "),
    )
    verify.add_argument(
        "--live",
        action="store_true",
        help="call PandaPon with your credentials (the fixed list of reads; never a write)",
    )
    verify.add_argument(
        "--evidence",
        metavar="FILE",
        help="record into this evidence file (default: $PANDAPON_EVIDENCE or the user cache)",
    )
    verify.set_defaults(own=_verify.run)
    doctor = sub.add_parser(
        "doctor", help="what a client will do from here, and whether one signed call works"
    )
    doctor.set_defaults(own=_doctor.run)

    # The sandbox takes its own options (its --user-id is the one it expects), not the client's.
    # Imported here: the sandbox's command line uses this package's option values.
    from ..sandbox import _command as sandbox_command  # noqa: PLC0415

    serve = sub.add_parser(
        "sandbox",
        common=False,
        help="serve the local sandbox (pandapon sandbox --help)",
        description=sandbox_command.DESCRIPTION,
    )
    sandbox_command.add_arguments(serve)
    serve.set_defaults(serve=sandbox_command.serve)
    webhooks = sub.add_parser("webhooks", help="webhooks listen: print verified pushes")
    hooks = webhooks.add_subparsers(dest="webhooks_action", required=True, metavar="listen")
    listen = hooks.add_parser("listen", help="receive and print PandaPon's message pushes")
    listen.add_argument("--host", default="127.0.0.1")
    listen.add_argument("--port", type=_values.port, default=9000)
    listen.add_argument(
        "--secret",
        help="the AccessSecret (default: PANDAPON_ACCESS_SECRET, which is better: a command "
        "line shows in the process list and the shell's history)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    for stream in (sys.stdout, sys.stderr):  # a last guard: never die on text it cannot encode
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        return _errors.report(error, as_json=_errors.json_requested(argv))
    try:
        if args.command == "sandbox":
            serve: Callable[[argparse.Namespace], int] = args.serve
            return serve(args)
        if args.command == "webhooks":
            return _listen.listen(args)
        if hasattr(args, "offline"):
            args.offline(args)
            return 0
        if hasattr(args, "own"):  # verify, doctor: their own exit codes
            own: Callable[[argparse.Namespace, dict[str, Any]], int] = args.own
            return own(args, _client_options(args))
        if getattr(args, "bulk", None):
            return cmd_details(args, args.bulk)
        if args.command == "call" and args.operation_id not in pandapon.operations():
            close = difflib.get_close_matches(args.operation_id, list(pandapon.operations()), n=3)
            raise pandapon.UnknownOperationError(args.operation_id, close)
        run: Callable[[argparse.Namespace, pandapon.PandaPon], int | None] = args.run
        with (
            pandapon.PandaPon(**_client_options(args)) as client,
            _output.capture_shape_warnings(args),
        ):
            return run(args, client) or 0
    except (pandapon.PandaPonError, UsageError, ProductIdError) as error:
        return _errors.report(error, as_json=getattr(args, "json", False))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`pandapon ops | head`): not an error; keep Python quiet on exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
