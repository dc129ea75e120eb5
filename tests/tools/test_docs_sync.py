"""scripts/docs_sync.py against a doc portal on loopback that speaks the Apifox export format.

The fixture portal (tests/support/portal.py, pages under tests/fixtures/portal/) has, across three
sites and one locked one: an unchanged operation (English and Chinese), one with an added required
field, one whose path moved, a brand-new operation, a Thai page, a page with broken YAML, a listed
page that is missing (404), two sites that disagree on a field, a password-protected portal, and a
prose page with the signature, error-code and callback sections. Some tests add an
older-generation site ("en", paths without /v2) to their copy of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from scripts import docs_sync
from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.codegen import generation
from scripts.docsync import apifox, doc_compare
from scripts.docsync import apply as apply_mod
from scripts.docsync import portal as portal_mod
from scripts.docsync import report as report_mod
from scripts.docsync.export_to_spec import to_doc_operation
from scripts.docsync.gather import site_label
from scripts.docsync.pages import SpecIndex
from tests.support.portal import FIXTURES, Counter, Portal, export_page

ROOT = Path(__file__).resolve().parents[2]
SITES = ("env2", "cnv2", "th")


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Portal]:
    root = tmp_path / "portal"
    shutil.copytree(FIXTURES, root)
    with Portal(root) as server:
        server.behaviour.locked_sites.add("locked")
        yield server


# The spec the fixture pages are compared with: a frozen, reduced copy of openapi/ holding the
# operations they show. The project's own spec moves (a weekly sync changes it); these do not.
FROZEN_SPEC = ROOT / "tests" / "fixtures" / "docs_sync_spec"


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    target = tmp_path / "openapi"
    shutil.copytree(FROZEN_SPEC, target)
    return target


def sync(
    portal: Portal, spec_dir: Path, *args: str, sites: tuple[str, ...] = SITES
) -> tuple[int, dict[str, Any], str]:
    """Run docs sync in process; return the exit code, the JSON report and stdout."""
    report = spec_dir.parent / "report.json"
    argv = [*(f"--site={portal.url(s)}" for s in sites), "--spec-dir", str(spec_dir)]
    argv += ["--report", str(report), "--cache", str(spec_dir.parent / "cache"), "--retries=0"]
    code, out = _capture(lambda: docs_sync.main([*argv, *args]))
    return code, json.loads(report.read_text(encoding="utf-8")), out


def _capture(run: Any) -> tuple[int, str]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = run()
    return code, buffer.getvalue()


def page(report: dict[str, Any], suffix: str) -> dict[str, Any]:
    found = [p for p in report["pages"] if p["url"].endswith(suffix)]
    assert len(found) == 1, f"{suffix}: {[p['url'] for p in report['pages']]}"
    return found[0]


def changes(entry: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(c["what"], c["where"], c["in"]) for c in entry["changes"]}


def bundled(spec_dir: Path) -> dict[str, Any]:
    return spec_mod.bundle(spec_dir / "pandapon.yaml")


def operation(spec: dict[str, Any], op_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, method, op in spec_mod.iter_operations(spec):
        if op["operationId"] == op_id:
            return path, method, op
    raise KeyError(op_id)


# --- reading the exports -------------------------------------------------------------------


def test_the_index_lists_api_and_prose_pages_once_with_absolute_urls() -> None:
    text = (
        "# Portal\n## API Docs\n"
        "- 1688 > Order [Cancel](https://doc-env2.pandapon.com/api-289121040.md): x\n"
        "- [Relative](api-1.md):\n- [Again](api-1.md):\n"
        "## Docs\n- [Manual](doc-7.md):\n- [Elsewhere](https://apifox.com/):\n"
    )
    links = apifox.parse_index(text, "http://127.0.0.1:9/env2")
    assert [(link.url, link.kind, link.page_id, link.title) for link in links] == [
        ("https://doc-env2.pandapon.com/api-289121040.md", "api", "api-289121040", "Cancel"),
        ("http://127.0.0.1:9/env2/api-1.md", "api", "api-1", "Relative"),
        ("http://127.0.0.1:9/env2/doc-7.md", "doc", "doc-7", "Manual"),
    ]


def test_an_api_page_is_read_with_its_system_headers_set_aside() -> None:
    text = (FIXTURES / "env2" / "api-289121048.md").read_text(encoding="utf-8")
    parsed = apifox.parse_api_page(text, "http://x/env2/api-289121048.md", spec_mod.SYSTEM_HEADERS)
    assert (parsed.method, parsed.path, parsed.page_id) == (
        "post",
        "/v2/alibaba/refund/goods/return",
        "api-289121048",
    )
    assert parsed.language == "en"
    assert parsed.system_headers["nonce-str"] is False
    assert parsed.system_headers["access-key"] is True
    doc = to_doc_operation(parsed)
    assert doc.parameters == []  # the five headers are the SDK's, not parameters
    body = doc.body or {}
    assert body["schema"]["required"] == ["refundId", "logisticsCompanyNo", "freightBill"]
    assert body["schema"]["properties"]["description"]["type"] == ["string", "null"]
    assert doc.data == {
        "anyOf": [{"$ref": "#/schemas/AlibabaRefundReturnGoodSubmitVO"}, {"type": "null"}]
    }
    # Response models are read tolerantly: every field may be null.
    vo = doc.schemas["AlibabaRefundReturnGoodSubmitVO"]
    assert vo["properties"]["success"]["type"] == ["boolean", "null"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<!DOCTYPE html><html><body>login</body></html>", "HTML, not Markdown"),
        ("# A page\n\nSome prose but no block.\n", "no YAML block"),
        ("# P\n```yaml\nopenapi: 3.0.1\npaths:\n  /a:\n   get: {}\n  b: [\n```\n", "line 7"),
        ("# P\n```yaml\nopenapi: 3.0.1\npaths: {}\n```\n", "no paths"),
        ("# P\n```yaml\nopenapi: 3.0.1\npaths:\n  /a: {get: {}, post: {}}\n```\n", "exactly one"),
        ("# P\n```yaml\nopenapi: 3.0.1\n", "never closed"),
    ],
)
def test_a_broken_page_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(apifox.ExportError, match=message):
        apifox.parse_api_page(text, "http://x/api-1.md", spec_mod.SYSTEM_HEADERS)


def test_every_spec_operation_written_as_a_page_reads_back_unchanged() -> None:
    """The inverse holds for all operations: what docs sync reads is what the spec says."""
    spec = spec_mod.bundle()
    schemas = spec["components"]["schemas"]
    for number, (path, method, op) in enumerate(spec_mod.iter_operations(spec)):
        text = export_page(spec, op["operationId"])
        parsed = apifox.parse_api_page(text, f"http://x/api-{number}.md", spec_mod.SYSTEM_HEADERS)
        found = doc_compare.compare(to_doc_operation(parsed), schemas, method, path, op)
        assert [c.text() for c in found if c.what != "confidence"] == [], op["operationId"]


def test_a_changed_field_type_on_a_page_is_named_as_the_docs_name_it() -> None:
    spec = spec_mod.bundle()
    path, method, op = operation(spec, "batchCreateAlibabaOrders")
    text = export_page(spec, "batchCreateAlibabaOrders")
    text = text.replace(
        "          description: SKU spec id (32 hex characters).\n          nullable: true",
        "          description: SKU spec id (32 hex characters).\n          nullable: true\n"
        "          maxLength: 32",
        1,
    )
    parsed = apifox.parse_api_page(text, "http://x/api-1.md", spec_mod.SYSTEM_HEADERS)
    found = doc_compare.compare(
        to_doc_operation(parsed), spec["components"]["schemas"], method, path, op
    )
    assert [c.as_json() for c in found if c.what != "confidence"] == [
        {
            "what": "limit",
            "where": "cargoParamList[].specId",
            "in": "request",
            "spec": None,
            "doc": "maxLength 32",
        }
    ]


def _api_page(method: str, path: str) -> apifox.ApiPage:
    return apifox.ApiPage("http://x/page.md", None, "", "en", method, path, {}, {})


def test_a_new_operation_is_named_from_its_path_and_never_takes_a_name_in_use() -> None:
    doc = to_doc_operation(_api_page("post", "/v2/open/alibaba/order/{orderId}/memo/update"))
    assert apply_mod.new_operation_id(doc, []) == "alibabaOrderMemoUpdate"
    taken = ["alibabaOrderMemoUpdate"]
    assert apply_mod.new_operation_id(doc, taken) == "postAlibabaOrderMemoUpdate"
    taken.append("postAlibabaOrderMemoUpdate")
    assert apply_mod.new_operation_id(doc, taken) == "postAlibabaOrderMemoUpdate2"
    taken.append("postAlibabaOrderMemoUpdate2")
    assert apply_mod.new_operation_id(doc, taken) == "postAlibabaOrderMemoUpdate3"
    bare = to_doc_operation(_api_page("get", "/v2/{id}"))  # no word in the path: the method
    assert apply_mod.new_operation_id(bare, []) == "get"


def test_a_page_is_matched_by_its_path_as_written_then_by_the_path_rule() -> None:
    """The matcher docs_sync shares with docpage_to_spec (doc_compare.find_endpoint)."""
    spec = {
        "paths": {
            "/v2/open/x": {"get": {"operationId": "newest"}},
            "/open/x": {"get": {"operationId": "legacy"}},
            "/open/y": {"post": {"operationId": "onlyPost"}},
            "/v2/open/z": {"post": {"operationId": "zPost"}, "put": {"operationId": "zPut"}},
        }
    }
    index = SpecIndex(spec)
    assert index.match(_api_page("get", "/open/x")) == "legacy"  # as written, first
    assert index.match(_api_page("get", "/v2/open/x")) == "newest"
    assert index.match(_api_page("get", "/open/z")) == "zPut"  # by the path rule, then any method
    # The same path as written, with another method (only its v2 form counted before).
    assert index.match(_api_page("get", "/open/y")) == "onlyPost"
    assert index.match(_api_page("get", "/open/w")) is None


# --- a run against the portal -----------------------------------------------------------------


def test_the_report_says_for_every_page_what_it_shows(portal: Portal, spec_dir: Path) -> None:
    code, report, out = sync(portal, spec_dir, sites=(*SITES, "locked"))
    assert code == 1
    assert page(report, "env2/api-289121048.md")["status"] == "unchanged"
    assert page(report, "env2/api-289121040.md")["status"] == "unchanged"
    chinese = page(report, "cnv2/api-288855711.md")
    assert (chinese["status"], chinese["language"], chinese["operation_id"]) == (
        "unchanged",
        "zh",
        "cancelAlibabaOrder",
    )
    assert chinese["title"] == "1688取消订单"

    category = page(report, "env2/api-289121021.md")
    assert category["status"] == "changed"
    assert ("added", "country", "request") in changes(category)
    added = next(c for c in category["changes"] if c["where"] == "country")
    assert added["doc"] == "string, required"

    moved = page(report, "env2/api-289121049.md")
    assert moved["operation_id"] == "listAlibabaLogisticsCompanies"  # matched by page id
    path_change = next(c for c in moved["changes"] if c["what"] == "path")
    assert path_change == {
        "what": "path",
        "where": "(operation)",
        "in": "operation",
        "spec": "/v2/alibaba/logistics/company/list",
        "doc": "/v2/alibaba/refund/logistics/company/list",
    }
    assert ("schema", "data", "response") in changes(moved)

    thai = page(report, "th/api-289190459.md")
    assert (thai["status"], thai["language"], thai["operation_id"]) == (
        "changed",
        "th",
        "cancelTaobaoRefund",
    )
    assert changes(thai) == {("confidence", "(operation)", "operation")}

    new = page(report, "env2/api-289121999.md")
    assert (new["status"], new["operation_id"], new["method"], new["path"]) == (
        "new",
        None,
        "POST",
        "/v2/alibaba/order/memo/update",
    )
    broken = page(report, "env2/api-289121034.md")
    assert broken["status"] == "unparsable"
    assert "line 22: malformed YAML" in broken["error"]
    missing = page(report, "env2/api-289121036.md")
    assert (missing["status"], missing["error"]) == ("unreachable", "HTTP 404 Not Found")
    locked = page(report, "locked/llms.txt")
    assert locked["status"] == "unreachable"
    assert "password-protected" in locked["error"]

    # The two sites disagree on batchCreateAlibabaOrders' cargo lines; both sides are shown.
    disagreement = next(
        d for d in report["disagreements"] if d["where"] == "cargoParamList[].offerId"
    )
    assert disagreement["operation_id"] == "batchCreateAlibabaOrders"
    # Each page with what it says: the English page has offerId, the Chinese one does not.
    assert disagreement["pages"] == {
        portal.url("env2/api-289121035"): "present (integer, optional)",
        portal.url("cnv2/api-288855706"): "absent",
    }
    assert report["summary"]["unparsable"] == 1
    # nonce-str: optional on these pages, sent always; the report says so.
    assert page(report, "env2/api-289121048.md")["system_headers"]["nonce-str"] is False
    assert "nonce-str: required on 0 pages" not in out

    assert "Request signature" in out and "Error codes" in out and "Message callbacks" in out
    assert "Contact" not in out  # only the sections that decide signing, errors and webhooks
    assert report["operations"]["cancelAlibabaOrder"]["confirmed_by"] == [
        portal.url("env2/api-289121040.md"),
        portal.url("cnv2/api-288855711.md"),
    ]


def test_exit_codes(portal: Portal, spec_dir: Path) -> None:
    unchanged = portal.url("env2/api-289121048.md")
    code, report, _ = sync(portal, spec_dir, f"--page={unchanged}", sites=())
    assert (code, [p["status"] for p in report["pages"]]) == (0, ["unchanged"])
    code, report, _ = sync(portal, spec_dir, sites=("locked",))
    assert code == 2
    assert "nothing could be read" in report["failed"]
    code, _, _ = sync(portal, spec_dir / "missing", sites=("env2",))
    assert code == 2


def test_a_run_whose_only_difference_is_a_page_that_cannot_be_read_exits_1(
    portal: Portal, spec_dir: Path
) -> None:
    # The docs' own listing names the page; it answers 404. Nothing else differs.
    unchanged, missing = portal.url("env2/api-289121048.md"), portal.url("env2/api-289121036.md")
    code, report, _ = sync(portal, spec_dir, f"--page={unchanged}", f"--page={missing}", sites=())
    assert [p["status"] for p in report["pages"]] == ["unchanged", "unreachable"]
    assert report["disagreements"] == []
    assert (code, report["exit_code"]) == (1, 1)


def test_pages_that_only_disagree_with_each_other_fail_the_run() -> None:
    """Two newest-generation pages, each as the spec has it, that say different things about
    one field: that is for a person to decide, so the run exits 1 (docs_sync's contract)."""
    pages = [
        report_mod.PageResult(url=f"https://doc-{s}.pandapon.com/api-1.md", kind="api",
                              status="unchanged", operation_id="cancelAlibabaOrder",
                              generation="newest")
        for s in ("env2", "cnv2")
    ]  # fmt: skip
    quiet = report_mod.Report(pages=pages)
    assert quiet.exit_code() == 0
    change = doc_compare.Change("required", "cancelReason", "request", True, None)
    quiet.disagreements.append(
        report_mod.Disagreement("cancelAlibabaOrder", change, pages[0].url, pages[1].url)
    )
    assert quiet.exit_code() == 1
    assert quiet.as_json()["exit_code"] == 1


def _older_generation_site(portal: Portal) -> tuple[str, str]:
    """An older-generation site ("en", paths without /v2) on the fixture portal: the v2 cancel
    page as the older docs had it (cancelReason required, a field v2 does not have), and a page
    only the older docs show. Their URLs."""
    site = Path(portal.root) / "en"
    site.mkdir()
    v2 = (Path(portal.root) / "env2" / "api-289121040.md").read_text(encoding="utf-8")
    older = v2.replace("/v2/alibaba/order/cancel:", "/alibaba/order/cancel:").replace(
        "      - webSite\n      - orderId\n",
        "      - webSite\n      - orderId\n      - cancelReason\n",
    )
    older = older.replace(
        "        remark:\n", "        legacyFlag:\n          type: integer\n        remark:\n"
    )
    assert older.count("- cancelReason") == 1 and "legacyFlag" in older
    (site / "api-1001.md").write_text(older, encoding="utf-8")
    only = older.replace("/alibaba/order/cancel:", "/alibaba/order/legacy/archive:")
    (site / "api-1002.md").write_text(only.replace("1688 Cancel order", "1688 Archive order"))
    (site / "llms.txt").write_text(
        "# PandaPon OpenAPI\n\n## API Docs\n- 1688 > Order [1688 Cancel order](api-1001.md):\n"
        "- 1688 > Order [1688 Archive order](api-1002.md):\n",
        encoding="utf-8",
    )
    return portal.url("en/api-1001.md"), portal.url("en/api-1002.md")


def test_newest_generation_pages_keep_precedence_over_older_ones(
    portal: Portal, spec_dir: Path
) -> None:
    older, _ = _older_generation_site(portal)
    newest = portal.url("env2/api-289121040.md")
    alone = spec_dir.parent / "newest-alone" / "openapi"
    shutil.copytree(spec_dir, alone)
    sync(portal, alone, f"--page={newest}", "--apply", sites=())
    code, report, _ = sync(
        portal, spec_dir, f"--page={newest}", f"--page={older}", "--apply", sites=()
    )
    assert page(report, "env2/api-289121040.md")["status"] == "unchanged"
    old = page(report, "en/api-1001.md")
    assert (old["generation"], old["superseded_by"]) == ("older", newest)
    # The older page only informs: no disagreement, nothing of it applied, nothing to fail
    # the run. The spec is what the newest page alone makes of it.
    assert report["disagreements"] == [] and code == 0
    files = {p.name: p.read_bytes() for p in spec_dir.glob("*.yaml")}
    assert files == {p.name: p.read_bytes() for p in alone.glob("*.yaml")}
    assert b"legacyFlag" not in files["alibaba-order.yaml"]


def test_a_disagreement_is_recorded_until_the_pages_agree(portal: Portal, spec_dir: Path) -> None:
    english, chinese = portal.url("env2/api-289121035.md"), portal.url("cnv2/api-288855706.md")
    code, _, _ = sync(portal, spec_dir, f"--page={english}", f"--page={chinese}", "--apply",
                      sites=())  # fmt: skip
    assert code == 1
    spec = bundled(spec_dir)
    _, _, batch = operation(spec, "batchCreateAlibabaOrders")
    assert "cargoParamList[].offerId" in {
        d["where"] for d in batch["x-pandapon-doc"]["disagreements"]
    }
    # Once the pages read agree (here: one page alone), the recorded disagreement goes.
    sync(portal, spec_dir, f"--page={english}", "--apply", sites=())
    _, _, batch = operation(bundled(spec_dir), "batchCreateAlibabaOrders")
    assert "disagreements" not in batch["x-pandapon-doc"]


def test_an_older_page_names_the_newest_page_whose_facts_are_applied(
    portal: Portal, spec_dir: Path
) -> None:
    older, _ = _older_generation_site(portal)
    english, chinese = portal.url("env2/api-289121040.md"), portal.url("cnv2/api-288855711.md")
    _, report, _ = sync(
        portal, spec_dir, f"--page={english}", f"--page={chinese}", f"--page={older}", sites=()
    )
    # Of two newest pages the first speaks for the operation (its facts are the ones applied).
    old = page(report, "en/api-1001.md")
    assert (old["generation"], old["superseded_by"]) == ("older", english)
    assert "superseded_by" not in page(report, "cnv2/api-288855711.md")


def test_an_operation_only_an_older_page_shows_is_added_with_its_path_marked_legacy(
    portal: Portal, spec_dir: Path
) -> None:
    _, only = _older_generation_site(portal)
    code, report, _ = sync(portal, spec_dir, f"--page={only}", "--apply", sites=())
    assert code == 1 and page(report, "en/api-1002.md")["status"] == "new"
    (added,) = report["applied"]["added"]
    _, _, op = operation(bundled(spec_dir), added)
    assert op["x-pandapon-doc"]["path"] == "legacy"  # not "seen": no v2 page shows this path
    assert op["x-pandapon-doc"]["review"] is True


_NOTE_MODELS = """\
    OrderNote:
      type: object
      properties:
        text:
          type: string
        author:
          $ref: '#/components/schemas/NoteAuthor'
    NoteAuthor:
      type: object
      properties:
        name:
          type: string
  securitySchemes: {}
"""


def _two_operations_sharing_a_model(
    portal: Portal, second_note: tuple[str, str]
) -> tuple[str, str]:
    """The cancel page and the refund-return page, each given a request field ``note`` of a
    model OrderNote; the second page's copy of it is ``_NOTE_MODELS`` with ``second_note``
    applied (old, new). Their URLs."""
    root = Path(portal.root) / "env2"
    pages = [root / "api-289121040.md", root / "api-289121048.md"]
    after = ["        remark:\n", "                refundId:\n"]  # request fields
    for number, (file, field) in enumerate(zip(pages, after, strict=True)):
        text = file.read_text(encoding="utf-8")
        indent = field[: len(field) - len(field.lstrip())]
        note = f"{indent}note:\n{indent}  $ref: '#/components/schemas/OrderNote'\n"
        models = _NOTE_MODELS if number == 0 else _NOTE_MODELS.replace(*second_note)
        text = text.replace(field, note + field, 1).replace("  securitySchemes: {}\n", models, 1)
        assert text.count("OrderNote") == 2, file
        file.write_text(text, encoding="utf-8")
    return portal.url("env2/api-289121040.md"), portal.url("env2/api-289121048.md")


def test_a_model_two_operations_describe_differently_is_a_disagreement(
    portal: Portal, spec_dir: Path
) -> None:
    # The refund page's author has an id the cancel page's does not: the first page's model
    # stands, and the difference is left to a person.
    cancel, refund = _two_operations_sharing_a_model(
        portal, ("        name:\n", "        id:\n          type: integer\n        name:\n")
    )
    code, report, _ = sync(portal, spec_dir, f"--page={cancel}", f"--page={refund}", "--apply",
                           sites=())  # fmt: skip
    assert report["disagreements"] == [
        {
            "operation_id": "submitAlibabaRefundReturn",
            "where": "OrderNote",
            "in": "model",
            "what": "schema",
            "pages": {
                cancel.removesuffix(".md"): "one shape",
                refund.removesuffix(".md"): "another shape",
            },
        }
    ]
    assert code == 1
    author = bundled(spec_dir)["components"]["schemas"]["NoteAuthor"]
    assert list(author["properties"]) == ["name"]  # the cancel page's, read first


def test_a_model_two_operations_describe_alike_is_no_disagreement(
    portal: Portal, spec_dir: Path
) -> None:
    # Only a description differs: the same fields, types and requirements.
    cancel, refund = _two_operations_sharing_a_model(
        portal,
        ("          type: string\n", "          type: string\n          description: Who.\n"),
    )
    code, report, _ = sync(portal, spec_dir, f"--page={cancel}", f"--page={refund}", "--apply",
                           sites=())  # fmt: skip
    assert (code, report.get("problems")) == (1, None)  # changed pages, nothing for a person
    assert report["disagreements"] == []
    assert "OrderNote" in bundled(spec_dir)["components"]["schemas"]


def test_a_parameter_no_page_shows_is_kept_as_an_optional_guess(
    portal: Portal, spec_dir: Path
) -> None:
    """getAlibabaOrderLogistics' orderId is a required query parameter in the spec; a page that
    shows the operation without it does not delete it (it may be on the page's blind side), but
    no longer holds callers to it: optional, marked inferred."""
    spec = bundled(spec_dir)
    path, method, op = operation(spec, "getAlibabaOrderLogistics")
    (order_id,) = [p for p in op["parameters"] if p["name"] == "orderId"]
    assert (order_id["in"], order_id["required"]) == ("query", True)
    shown = copy.deepcopy(spec)
    shown_op = shown["paths"][path][method]
    shown_op["parameters"] = [p for p in shown_op["parameters"] if p["name"] != "orderId"]
    site = Path(portal.root) / "x"
    site.mkdir()
    (site / "api-2001.md").write_text(
        export_page(shown, "getAlibabaOrderLogistics"), encoding="utf-8"
    )
    code, report, out = sync(
        portal, spec_dir, f"--page={portal.url('x/api-2001.md')}", "--apply", sites=()
    )
    # The page differs (exit 1), and applying it makes a spec that lints and generates.
    assert (code, report.get("failed"), report.get("problems", [])) == (1, None, []), out
    assert report["applied"]["updated"] == ["getAlibabaOrderLogistics"]
    _, _, applied = operation(bundled(spec_dir), "getAlibabaOrderLogistics")
    (kept,) = [p for p in applied["parameters"] if p["name"] == "orderId"]
    assert kept["in"] == "query" and kept["required"] is False
    assert kept["x-pandapon-confidence"] == "inferred"
    assert "required" not in kept.get("x-pandapon-inferred", [])  # it is no rule any more
    assert [p["name"] for p in applied["parameters"]][-1] == "orderId"  # after what pages show


def test_a_second_run_downloads_only_what_changed(portal: Portal, spec_dir: Path) -> None:
    sync(portal, spec_dir)
    pages = sum(len(list((FIXTURES / site).glob("*.md"))) for site in SITES)
    assert portal.behaviour.downloads() == pages
    portal.behaviour.requests.clear()
    _, report, _ = sync(portal, spec_dir)
    assert portal.behaviour.downloads() == 0
    assert {status for _, status in portal.behaviour.requests} == {304, 404}
    assert report["summary"]["downloaded"] == 0
    assert page(report, "env2/api-289121021.md")["status"] == "changed"  # from the cache
    # One page changes on the portal: only that one is downloaded again.
    changed = Path(portal.root) / "th" / "api-289190459.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA note.\n", encoding="utf-8")
    portal.behaviour.requests.clear()
    sync(portal, spec_dir)
    assert portal.behaviour.downloads() == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_is_drawn_on_stderr_as_it_is_when_the_run_starts(
    portal: Portal, spec_dir: Path
) -> None:
    # sys.stderr replaced after the import (redirect_stderr, a test runner's capture): the
    # bar is drawn on the stream of the moment, not on the one there was at import.
    with contextlib.redirect_stderr(_Terminal()) as terminal:
        sync(portal, spec_dir)
    assert re.search(r"docs-sync \[#+\] (\d+)/\1 pages\n", terminal.getvalue())


def test_a_slow_page_times_out_alone(portal: Portal, spec_dir: Path) -> None:
    portal.behaviour.slow["/env2/api-289121050.md"] = 1.5
    code, report, _ = sync(portal, spec_dir, "--timeout=0.3", "--no-cache", sites=("env2",))
    slow = page(report, "env2/api-289121050.md")
    assert (slow["status"], slow["error"]) == ("unreachable", "timed out after 0.3 s")
    assert page(report, "env2/api-289121048.md")["status"] == "unchanged"
    assert code == 1


def test_a_page_served_as_html_is_unparsable_whether_api_or_prose(
    portal: Portal, spec_dir: Path
) -> None:
    """A Content-Type of text/html (a login page, an error page) is judged alike for both kinds,
    even when the body does not start like HTML."""
    portal.behaviour.as_html |= {"/env2/api-289121048.md", "/env2/doc-6055771.md"}
    _, report, _ = docs_run(portal, spec_dir)
    for suffix in ("env2/api-289121048.md", "env2/doc-6055771.md"):
        shown = page(report, suffix)
        assert shown["status"] == "unparsable", shown
        assert "the page is HTML, not Markdown" in shown["error"]
    assert page(report, "env2/api-289121040.md")["status"] == "unchanged"


def test_busy_answers_are_retried(portal: Portal, spec_dir: Path) -> None:
    portal.behaviour.fail_first["/env2/api-289121048.md"] = 2
    _, report, _ = docs_run(portal, spec_dir, "--retries=2")
    assert page(report, "env2/api-289121048.md")["status"] == "unchanged"
    asked = [s for p, s in portal.behaviour.requests if p == "/env2/api-289121048.md"]
    assert asked == [503, 503, 200]


class _GarbledGzip(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"not gzip at all"


def test_a_redirect_loop_or_an_undecodable_body_fails_that_url_alone() -> None:
    """Request errors that are not transport errors are per-URL failures, not retried."""
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        if request.url.path == "/loop.md":
            return httpx.Response(302, headers={"Location": "/loop.md"})
        if request.url.path == "/gzip.md":
            return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=_GarbledGzip())
        return httpx.Response(200, text="# Fine\n")

    async def fetch() -> list[portal_mod.Fetched]:
        transport = httpx.MockTransport(answer)
        async with portal_mod.Portal(retries=2, backoff=0, transport=transport) as client:
            urls = ["http://portal.test/loop.md", "http://portal.test/gzip.md"]
            return await client.fetch_all([*urls, "http://portal.test/ok.md"])

    loop, gzip, ok = asyncio.run(fetch())
    assert (ok.text, ok.error) == ("# Fine\n", None)
    assert loop.text is None and loop.error == "too many redirects (more than 10)"
    assert gzip.text is None and "DecodingError" in (gzip.error or "")
    assert asked.count("/gzip.md") == 1  # not transient: asked once, not retried
    # Redirects are followed by the fetcher itself (on the same host only), ten at most, once.
    assert asked.count("/loop.md") == portal_mod.MAX_REDIRECTS + 1


# --- a hostile portal: its own host only, limits, unsafe pages --------------------------------


def test_only_the_portals_own_host_is_asked(portal: Portal, spec_dir: Path) -> None:
    """A link to another host (or port) and a redirect there are reported `off-site` and never
    requested; a redirect within the portal is followed."""
    with Counter() as other:
        index = Path(portal.root) / "env2" / "llms.txt"
        index.write_text(
            index.read_text(encoding="utf-8")
            + f"- [Internal]({other.url('api-7.md')}):\n- [Moved](api-8.md):\n"
            + "- [Elsewhere](api-9.md):\n",
            encoding="utf-8",
        )
        portal.behaviour.redirects["/env2/api-8.md"] = portal.url("env2/api-289121048.md")
        portal.behaviour.redirects["/env2/api-9.md"] = other.url("internal.md")
        portal.behaviour.redirects["/th/llms.txt"] = other.url("llms.txt")
        code, report, out = docs_run(portal, spec_dir, f"--site={portal.url('th')}")
        assert other.connections == 0
    assert code == 1
    linked = page(report, "/api-7.md")
    assert (linked["status"], linked["kind"]) == ("off-site", "api")
    assert linked["error"].startswith("skipped: off-site (on http://127.0.0.1:")
    redirected = page(report, "/api-9.md")
    assert redirected["status"] == "off-site" and "redirects on" in redirected["error"]
    assert page(report, "env2/api-8.md")["status"] == "unchanged"  # followed on the portal
    index = page(report, "th/llms.txt")  # a portal whose index redirects elsewhere
    assert (index["status"], index["kind"]) == ("off-site", "index")
    assert report["summary"]["off-site"] == 3
    assert "Skipped: off-site (3)" in out


def test_a_page_past_the_byte_cap_is_given_up_alone(portal: Portal, spec_dir: Path) -> None:
    portal.behaviour.endless.add("/env2/api-289121048.md")
    code, report, _ = docs_run(portal, spec_dir, "--max-page-bytes=200000")
    endless = page(report, "env2/api-289121048.md")
    assert endless["status"] == "unreachable"
    assert endless["error"] == "larger than 200,000 bytes (--max-page-bytes); not read"
    assert page(report, "env2/api-289121040.md")["status"] == "unchanged"
    big = page(report, "env2/api-289121035.md")  # a real page over a smaller cap: the same
    assert big["status"] == "changed"
    _, small, _ = docs_run(portal, spec_dir, "--max-page-bytes=2000")
    assert "larger than 2,000 bytes" in page(small, "env2/api-289121035.md")["error"]
    assert code == 1


def test_the_timeout_bounds_a_whole_trickling_page(portal: Portal, spec_dir: Path) -> None:
    """A byte every 0.1 s never lets a single read time out; the page's whole download does."""
    portal.behaviour.trickle["/env2/api-289121048.md"] = 0.1
    _, report, _ = docs_run(portal, spec_dir, "--timeout=1", "--retries=0")
    slow = page(report, "env2/api-289121048.md")
    assert (slow["status"], slow["error"]) == ("unreachable", "timed out after 1 s")
    assert page(report, "env2/api-289121040.md")["status"] == "unchanged"


def test_the_deadline_ends_the_download_of_every_page_still_going(
    portal: Portal, spec_dir: Path
) -> None:
    for name in ("api-289121048.md", "api-289121040.md"):
        portal.behaviour.trickle[f"/env2/{name}"] = 0.1
    code, report, _ = docs_run(portal, spec_dir, "--timeout=600", "--deadline=1.5", "--retries=0")
    for name in ("api-289121048.md", "api-289121040.md"):
        late = page(report, f"env2/{name}")
        assert late["status"] == "unreachable"
        assert late["error"] == "the run's deadline (1.5 s, --deadline) passed first"
    assert page(report, "env2/api-289121021.md")["status"] == "changed"  # read in time
    assert code == 1


def test_unsafe_pages_are_reported_and_the_rest_applied(
    portal: Portal, spec_dir: Path, tmp_path: Path
) -> None:
    """A page whose names or path cannot become code, or whose YAML has aliases, is `unsafe`:
    named, escaped, never applied; the other pages are applied."""
    env2 = Path(portal.root) / "env2"
    memo = (env2 / "api-289121999.md").read_text(encoding="utf-8")
    (env2 / "api-289121999.md").write_text(
        memo.replace("/v2/alibaba/order/memo/update", "/v2/alibaba/order/../memo update"),
        encoding="utf-8",
    )
    category = env2 / "api-289121021.md"
    text = category.read_text(encoding="utf-8")
    old = "\n        country:\n"
    assert text.count(old) == 1
    category.write_text(text.replace(old, "\n        'country\"); x = (\"':\n"), "utf-8")
    returned = env2 / "api-289121048.md"
    returned.write_text(
        returned.read_text(encoding="utf-8").replace("openapi: 3.0.1", "openapi: &v 3.0.1"),
        encoding="utf-8",
    )
    before = {p.name: p.read_bytes() for p in spec_dir.glob("*.yaml")}
    code, report, out = docs_run(portal, spec_dir, "--apply")
    assert code == 1, out
    path = page(report, "env2/api-289121999.md")
    assert path["status"] == "unsafe"
    assert path["error"] == (
        'path "/v2/alibaba/order/../memo update" is outside the safe pattern ^/[A-Za-z0-9/_{}.-]+$'
    )
    name = page(report, "env2/api-289121021.md")
    assert name["status"] == "unsafe"
    assert 'property name "country\\"); x = (\\"" is outside the safe pattern' in name["error"]
    alias = page(report, "env2/api-289121048.md")
    assert alias["status"] == "unsafe" and "line 6: YAML anchors and aliases" in alias["error"]
    assert report["summary"]["unsafe"] == 3
    assert report["applied"]["added"] == []  # the memo page was the only new one
    spec = bundled(spec_dir)
    assert "getAlibabaCategory" not in report["applied"]["updated"]
    assert "country" not in spec["components"]["schemas"]["GetAlibabaCategoryRequest"]["properties"]
    assert report["applied"]["updated"]  # the safe pages were applied
    assert {p.name for p in spec_dir.glob("*.yaml") if p.read_bytes() != before[p.name]}
    assert "Unsafe (3)" in out


def test_page_text_reaches_the_terminal_escaped(tmp_path: Path, spec_dir: Path) -> None:
    """Titles, errors and prose from a page cannot move the cursor, clear the screen or fake
    a line of the report."""
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "notes.md").write_text(
        "# Notes\x1b[2J\n\n## Request signature\n\nsign\x1b]0;pwned\x07 here\rFAKE\n",
        encoding="utf-8",
    )
    code, out = _capture(
        lambda: docs_sync.main(["--from-dir", str(saved), "--spec-dir", str(spec_dir)])
    )
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "Notes\\x1b[2J" in out and "  | sign\\x1b]0;pwned\\x07 here\n  | FAKE\n" in out


def test_a_saved_page_past_the_byte_cap_is_not_read(tmp_path: Path, spec_dir: Path) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "big.md").write_text("# Big\n" + "x" * 5000, encoding="utf-8")
    report_file = tmp_path / "report.json"
    argv = ["--from-dir", str(saved), "--spec-dir", str(spec_dir), "--max-page-bytes=1000"]
    code, _ = _capture(lambda: docs_sync.main([*argv, "--report", str(report_file)]))
    assert code == 2  # nothing could be read
    found = json.loads(report_file.read_text(encoding="utf-8"))["pages"][0]
    assert (found["status"], found["error"]) == (
        "unreachable",
        "larger than 1,000 bytes (--max-page-bytes); not read",
    )


def docs_run(portal: Portal, spec_dir: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    report = spec_dir.parent / "report.json"
    argv = [f"--site={portal.url('env2')}", "--spec-dir", str(spec_dir), "--no-cache"]
    code, out = _capture(lambda: docs_sync.main([*argv, "--report", str(report), *args]))
    return code, json.loads(report.read_text(encoding="utf-8")), out


def test_pages_saved_by_hand_are_read_from_a_directory(tmp_path: Path, spec_dir: Path) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(FIXTURES / "env2" / "api-289121021.md", saved / "category.md")
    code, out = _capture(
        lambda: docs_sync.main(["--from-dir", str(saved), "--spec-dir", str(spec_dir)])
    )
    assert code == 1
    assert "getAlibabaCategory" in out and "country: added" in out


def _wrong_shape(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "      parameters:\n        - name: access-key",
            "      parameters: 5\n      x-was:\n        - name: access-key",
        ),
        (
            "      responses:\n        '200':",
            "      responses: ['200']\n      x-was:\n        '200':",
        ),
    ],
    ids=["parameters: 5", "responses: ['200']"],
)
def test_a_page_of_the_wrong_shape_is_unparsable_alone(
    tmp_path: Path, spec_dir: Path, old: str, new: str
) -> None:
    """Valid YAML of the wrong shape is that page's error, never the run's."""
    saved = tmp_path / "saved"
    saved.mkdir()
    good = (FIXTURES / "env2" / "api-289121048.md").read_text(encoding="utf-8")
    (saved / "api-289121048.md").write_text(good, encoding="utf-8")
    (saved / "api-1.md").write_text(_wrong_shape(good, old, new), encoding="utf-8")
    report_file = tmp_path / "report.json"
    argv = ["--from-dir", str(saved), "--spec-dir", str(spec_dir), "--report", str(report_file)]
    code, out = _capture(lambda: docs_sync.main(argv))
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert code == 1, out
    broken = page(report, "/api-1.md")
    assert broken["status"] == "unparsable"
    assert broken["operation_id"] is None and broken["changes"] == []
    assert "Error:" in broken["error"]  # the exception's type (TypeError, AttributeError...)
    assert page(report, "/api-289121048.md")["status"] == "unchanged"
    assert report["operations"]["submitAlibabaRefundReturn"]["confirmed_by"] == [
        page(report, "/api-289121048.md")["url"]
    ]


def test_an_unexpected_failure_exits_2_not_1(
    portal: Portal,
    spec_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(doc_compare, "compare_pages", broken)
    report_file = spec_dir.parent / "report.json"
    argv = [f"--site={portal.url('env2')}", f"--site={portal.url('cnv2')}", "--no-cache"]
    code = docs_sync.main([*argv, "--spec-dir", str(spec_dir), "--report", str(report_file)])
    assert code == 2
    assert "RuntimeError: a bug" in capsys.readouterr().err
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["exit_code"] == 2 and "RuntimeError: a bug" in report["failed"]


# --- applying ------------------------------------------------------------------------------


@pytest.mark.timeout(600)  # lint and generation of the applied spec: 45 s under load
def test_apply_writes_the_pages_into_a_spec_that_lints_and_generates(
    portal: Portal, spec_dir: Path, tmp_path: Path
) -> None:
    code, report, out = sync(portal, spec_dir, "--apply")
    assert code == 1, out
    assert report["applied"]["added"] == ["alibabaOrderMemoUpdate"]
    spec = bundled(spec_dir)
    assert lint_rules.lint(spec) == []

    _, _, category = operation(spec, "getAlibabaCategory")
    assert category["x-pandapon-doc"]["confidence"] == "seen"
    assert category["x-pandapon-doc"]["hashes"]["api-289121021"].startswith("sha256:")
    request = spec["components"]["schemas"]["GetAlibabaCategoryRequest"]
    assert request["required"] == ["categoryId", "country"]
    # A field no page shows is kept as an optional guess, and says so.
    assert request["properties"]["language"]["x-pandapon-confidence"] == "inferred"
    # English descriptions stay the spec's own.
    assert request["properties"]["categoryId"]["description"].startswith("Category id")
    example = category["requestBody"]["content"]["application/json"]["example"]
    assert example == {"categoryId": 0, "country": "en"}  # the old one lacked `country`

    path, method, moved = operation(spec, "listAlibabaLogisticsCompanies")
    assert (path, method) == ("/v2/alibaba/refund/logistics/company/list", "get")
    assert moved["x-pandapon-doc"]["confidence"] == "seen"
    assert moved["x-pandapon-doc"]["path"] == "seen"
    assert moved["x-pandapon-sdk-method"] == "list_logistics_companies"  # SDK names kept

    _, _, new = operation(spec, "alibabaOrderMemoUpdate")
    assert new["x-pandapon-doc"]["review"] is True
    assert new["x-pandapon-retry-safe"] is False  # "update" is a write
    assert any(
        "needs review: alibabaOrderMemoUpdate" in line for line in lint_rules.awaiting_review(spec)
    )

    # The sites disagree on the cargo lines: the spec keeps its FastCargo, the disagreement is
    # recorded for a person.
    _, _, batch = operation(spec, "batchCreateAlibabaOrders")
    recorded = {d["where"] for d in batch["x-pandapon-doc"]["disagreements"]}
    assert "cargoParamList[].offerId" in recorded
    fast_cargo = spec["components"]["schemas"]["FastCargo"]
    assert "offerId" not in fast_cargo["properties"]
    assert "offerMapId" in fast_cargo["properties"]

    snapshot = spec_dir / "docs" / f"{site_label(portal.url('env2'))}-doc-6055771.md"
    assert snapshot.read_text(encoding="utf-8").startswith("# Development manual")

    with tempfile.TemporaryDirectory() as tmp:
        package, _ = generation.build(Path(tmp), spec_dir)
        assert len(generation.endpoint_modules(package)) == len(spec_mod.iter_operations(spec))

    # A second run finds what was applied; a third changes nothing.
    _, again, _ = sync(portal, spec_dir, "--apply")
    for suffix in ("env2/api-289121021.md", "env2/api-289121049.md", "th/api-289190459.md"):
        assert page(again, suffix)["status"] == "unchanged", page(again, suffix)
    assert page(again, "env2/api-289121999.md")["status"] == "unchanged"
    assert page(again, "env2/doc-6055771.md")["status"] == "unchanged"
    before = {p.name: p.read_bytes() for p in spec_dir.glob("*.yaml")}
    _, third, out = sync(portal, spec_dir, "--apply")
    assert {p.name: p.read_bytes() for p in spec_dir.glob("*.yaml")} == before
    # Operations whose pages were read but whose spec did not change are not "updated".
    assert (third["applied"]["updated"], third["applied"]["files"]) == ([], [])
    assert "Applied: 0 operations updated, 0 added" in out


@pytest.mark.timeout(600)  # a nested pytest run: about 20 s
def test_the_sdk_works_on_the_applied_spec(portal: Portal, tmp_path: Path) -> None:
    """Applied to the project's spec, the SDK's own sandbox and client tests still pass against
    the client generated from the result."""
    spec_dir = tmp_path / "project-openapi"
    shutil.copytree(spec_mod.SPEC_DIR, spec_dir)
    sync(portal, spec_dir, "--apply")
    (tmp_path / "gen").mkdir()
    package, _ = generation.build(tmp_path / "gen", spec_dir)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package.parent), str(ROOT)])}
    check = subprocess.run(
        [sys.executable, "-c", "import pandapon; print(len(pandapon.operations()))"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert check.stdout.strip() == str(len(spec_mod.iter_operations(bundled(spec_dir))))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/sandbox/test_sandbox.py",
            "tests/sdk/test_client.py",
            # The walk holds the sandbox's answers to the project's own spec, key by key: the
            # fixture pages describe some models with fewer fields than the sandbox sends.
            "--deselect",
            "tests/sandbox/test_sandbox.py::"
            "test_every_platform_operation_succeeds_in_the_spec_s_shape_with_consistent_figures",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_page_replaces_observed_and_keeps_the_fields_real_answers_hold(
    portal: Portal, spec_dir: Path
) -> None:
    """What evidence taught the spec (scripts/evidence_apply.py) gives way to what a page
    states, and a field real answers hold is neither reported removed nor relabelled a guess
    because the page does not list it."""
    part = spec_dir / "alibaba-goods.yaml"
    text = part.read_text(encoding="utf-8")
    doc = "query-multilingual-categories-according-to-category-id\n        confidence: inferred\n"
    field = '连衣裙.\n      translatedName:\n        type: [string, "null"]\n'  # AlibabaCategory's
    assert text.count(doc) == 1 and text.count(field) == 1
    text = text.replace(
        doc, doc.replace("inferred", 'observed\n        observed: {date: "2026-12-01", calls: 7}')
    )
    part.write_text(
        text.replace(field, field + "        x-pandapon-confidence: observed\n"), "utf-8"
    )
    code, report, out = sync(portal, spec_dir, "--apply", sites=("env2",))
    assert code == 1, out
    shown = next(p for p in report["pages"] if p["operation_id"] == "getAlibabaCategory")
    assert not any(c["where"] == "data.translatedName" for c in shown["changes"])
    spec = bundled(spec_dir)
    _, _, category = operation(spec, "getAlibabaCategory")
    assert category["x-pandapon-doc"]["confidence"] == "seen"
    assert category["x-pandapon-doc"]["observed"] == {"date": "2026-12-01", "calls": 7}
    fields = spec["components"]["schemas"]["AlibabaCategory"]["properties"]
    assert fields["translatedName"]["x-pandapon-confidence"] == "observed"
    assert fields["language"]["x-pandapon-confidence"] == "inferred"  # a guess, kept as one


def test_a_failed_apply_leaves_the_spec_as_it_was(portal: Portal, spec_dir: Path) -> None:
    # A path template whose parameter the page never declares makes the result an invalid
    # OpenAPI document: it fails the spec lint.
    page_file = Path(portal.root) / "env2" / "api-289121049.md"
    old, new = "/company/list:", "/company/{companyId}/list:"
    page_file.write_text(page_file.read_text("utf-8").replace(old, new), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in spec_dir.glob("*.yaml")}
    code, report, out = sync(portal, spec_dir, "--apply", sites=("env2",))
    assert code == 2, out
    assert any("not a valid OpenAPI document" in p for p in report["problems"]), out
    assert "the spec was left as it was" in out
    assert {p.name: p.read_bytes() for p in spec_dir.glob("*.yaml")} == before
    assert not (spec_dir / "docs").exists()


def test_prose_pages_without_a_doc_id_keep_one_snapshot_each(
    portal: Portal, tmp_path: Path, spec_dir: Path
) -> None:
    """Pages named by hand (--from-dir, --page) are snapshotted by their own names, stably."""
    saved = tmp_path / "saved"
    (saved / "guides").mkdir(parents=True)
    (saved / "intro.md").write_text("# Intro\n\nHello.\n", encoding="utf-8")
    (saved / "guides" / "intro.md").write_text("# Intro again\n\nOther.\n", encoding="utf-8")
    (saved / "签名.md").write_text("# 签名\n\n签名规则。\n", encoding="utf-8")
    (Path(portal.root) / "env2" / "signing.md").write_text("# Signing\n\nRules.\n", "utf-8")
    argv = ["--from-dir", str(saved), f"--page={portal.url('env2/signing.md')}", "--no-cache"]
    argv += ["--spec-dir", str(spec_dir), "--apply"]
    code, out = _capture(lambda: docs_sync.main(argv))
    assert code == 1, out  # four new pages
    names = sorted(p.name for p in (spec_dir / "docs").iterdir())
    assert len(names) == 4, names
    assert f"{site_label(portal.url('env2'))}-signing.md" in names
    assert "file-intro.md" in names
    # The same pages again: all unchanged (and so from anywhere the directory is copied to).
    moved = tmp_path / "moved"
    shutil.move(saved, moved)
    argv[1] = str(moved)
    code, out = _capture(lambda: docs_sync.main(argv))
    assert code == 0, out
    assert sorted(p.name for p in (spec_dir / "docs").iterdir()) == names


def _fail_generation(how: str) -> Any:
    def make_generate() -> int:
        if how == "raises":
            raise OSError(28, "No space left on device")
        return 1

    return make_generate


@pytest.mark.parametrize("how", ["returns 1", "raises"])
def test_a_failed_regeneration_puts_back_the_spec_and_the_snapshots(
    portal: Portal, spec_dir: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    # --apply regenerates when the spec it writes is the project's: let this copy be it.
    monkeypatch.setattr(spec_mod, "SPEC_DIR", spec_dir)
    monkeypatch.setattr(generation, "make_generate", _fail_generation(how))
    snapshots = spec_dir / "docs"
    snapshots.mkdir()
    old = snapshots / f"{site_label(portal.url('env2'))}-doc-6055771.md"
    old.write_text("# An older manual\n", encoding="utf-8")
    before = {p.relative_to(spec_dir): p.read_bytes() for p in spec_dir.rglob("*") if p.is_file()}
    code, report, out = sync(portal, spec_dir, "--apply", sites=("env2",))
    assert code == 2, out
    after = {p.relative_to(spec_dir): p.read_bytes() for p in spec_dir.rglob("*") if p.is_file()}
    assert after == before  # the spec files, and the snapshot overwritten, as they were
    assert "applied" not in report
    assert "Applied:" not in out and "the spec was left as it was" in out
    if how == "raises":
        assert any("OSError" in p and "No space left" in p for p in report["problems"])
    # Without a snapshot directory before, none is left behind either.
    shutil.rmtree(snapshots)
    code, _, _ = sync(portal, spec_dir, "--apply", sites=("env2",))
    assert code == 2 and not snapshots.exists()


# --- the contract --------------------------------------------------------------------------


def test_the_command_line_contract() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.docs_sync", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    for flag in (
        "--site",
        "--page",
        "--from-dir",
        "--cache",
        "--report",
        "--apply",
        "--concurrency",
        "--timeout",
        "--deadline",
        "--max-page-bytes",
    ):
        assert flag in result.stdout
    assert docs_sync.PORTALS[:3] == (
        "https://doc-env2.pandapon.com",
        "https://doc-cnv2.pandapon.com",
        "https://doc-th.pandapon.com",
    )
    bad = subprocess.run(
        [sys.executable, "-m", "scripts.docs_sync", "--concurrency=0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert bad.returncode == 2 and "must be more than 0" in bad.stderr


def test_the_weekly_workflow_is_a_valid_github_workflow() -> None:
    workflow = ROOT / ".github" / "workflows" / "docs-sync.yml"
    data = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    assert data[True]["schedule"]  # `on:` reads as True in YAML 1.1
    steps = [s for job in data["jobs"].values() for s in job["steps"]]
    assert all(s["uses"].startswith("actions/") for s in steps if "uses" in s)
    assert any("--apply" in s.get("run", "") or "APPLY=1" in s.get("run", "") for s in steps)
    validator = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(validator), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
