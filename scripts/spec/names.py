"""The names every tool agrees on: HTTP methods, the system headers and the query signature,
the path rule between doc generations, the spec's tags, the verbs that make an operation a
read or a write, case helpers, and the name a ``$ref`` points at."""

from __future__ import annotations

import re

#: The confidence evidence lends (``x-pandapon-doc.confidence``, between a page and a guess).
OBSERVED = "observed"
#: The envelope codes real answers held (evidence), kept on an operation.
ENVELOPE_CODES = "x-pandapon-envelope-codes"
#: JSON types in the order the tools print them.
TYPE_ORDER = ("string", "integer", "number", "boolean", "object", "array", "null")

#: HTTP methods an OpenAPI path item may hold, in the order tools walk them.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The five system headers' security schemes, and the header names they stand for.
SYSTEM_SCHEMES = ("accessKey", "timestamp", "nonceStr", "userId", "signature")
SYSTEM_HEADERS = frozenset({"access-key", "timestamp", "nonce-str", "user-id", "signature"})
#: The warehouse-logistics pages also ask for ``?timestamp=&sign=`` (query security schemes).
QUERY_SCHEMES = ("queryTimestamp", "querySign")
QUERY_SIGNED_PREFIX = "/v2/open/pp/logistics/"


def query_signed(path: str) -> bool:
    """Whether the operation at a (v2) path also carries the query signature."""
    return path.startswith(QUERY_SIGNED_PREFIX)


def security(*, signed_query: bool) -> dict[str, list[str]]:
    """The security requirement of an operation (openapi/README.md)."""
    schemes = SYSTEM_SCHEMES + (QUERY_SCHEMES if signed_query else ())
    return {scheme: [] for scheme in schemes}


def v2_path(path: str) -> str:
    """The newest-generation path of a doc path (the docs' prefix rules; v2 paths unchanged).

    1688, basis and logistics: ``/v2`` + the older path; Taobao: ``/v2/taobao/`` + the older
    path minus ``/open/`` (``/open/product/get`` -> ``/v2/taobao/product/get``).
    """
    if path.startswith("/v2/"):
        return path
    if path.startswith(("/open/product/", "/open/order/")):
        return "/v2/taobao/" + path.removeprefix("/open/")
    return "/v2" + path


def tag_for_path(path: str) -> str:
    """The spec tag (part file) an operation at a v2 path most likely belongs to."""
    if path.startswith("/v2/open/pp/logistics/"):
        return "warehouse-logistics"
    if path.startswith("/v2/open/address/"):
        return "address"
    platform = "taobao" if path.startswith("/v2/taobao/") else "alibaba"
    for word, group in (("refund", "after-sales"), ("cart", "cart"), ("order", "order")):
        if f"/{word}" in path:
            return f"{platform}-{group}"
    return f"{platform}-goods"


# Words that say what an operation does. A computation (preview, render, estimate) is a read
# even when its name also says "create"; any other write word makes a call unsafe to resend.
# Reading a value back (decrypt: an openUid turned into the nickname it stands for) is a read.
# The spec lint holds every operation's x-pandapon-retry-safe to this rule (or to a stated
# x-pandapon-retry-safe-reason), so a word moved between the sets shows there at once.
_COMPUTATIONS = frozenset({"preview", "render", "estimate"})
_WRITES = frozenset(
    {
        "create",
        "submit",
        "pay",
        "cancel",
        "confirm",
        "delete",
        "add",
        "edit",
        "update",
        "upload",
        "modify",
        "save",
        "receivegoods",
        "booking",
    }
)
_READS = frozenset(
    {"get", "list", "query", "search", "detail", "page", "check", "trace", "decrypt"}
)


def name_words(text: str) -> list[str]:
    """Lower-case words of an operationId, path or summary (camelCase and separators split)."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w.lower() for w in re.findall(r"[A-Za-z]+", spaced)]


def retry_safe_by_name(method: str, *texts: str) -> bool:
    """Whether an operation reads (safe to resend), judged by its method and names."""
    words = {w for text in texts for w in name_words(text)}
    if words & _COMPUTATIONS:
        return True
    if words & _WRITES:
        return False
    return bool(words & _READS) or method.lower() == "get"


def pascal(name: str) -> str:
    """``getTaobaoProduct`` -> ``GetTaobaoProduct`` (the first letter only)."""
    return name[:1].upper() + name[1:]


def snake(operation_id: str) -> str:
    """The generated module name of an operation: ``getTaobaoProduct`` -> ``get_taobao_product``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def camel(words: list[str]) -> str:
    """``["alibaba", "order", "preview"]`` -> ``alibabaOrderPreview`` (ASCII words only)."""
    parts = [w for w in words if w]
    if not parts:
        return ""
    return parts[0][:1].lower() + parts[0][1:] + "".join(pascal(w) for w in parts[1:])


def ref_name(ref: str) -> str:
    """``#/components/schemas/X``, ``#/schemas/X`` and ``common.yaml#/schemas/X`` all name X."""
    return str(ref).rsplit("/", 1)[-1]
