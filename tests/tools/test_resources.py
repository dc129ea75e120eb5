"""The typed resource layer covers every operation, with the spec's required inputs."""

import inspect
from typing import Any

import pytest

import pandapon
from scripts import spec as spec_mod

SPEC = spec_mod.bundle()
RESOURCES = {t["name"]: t["x-pandapon-resource"] for t in SPEC["tags"]}
OPERATIONS = spec_mod.iter_operations(SPEC)


def resource(client: Any, path: str) -> Any:
    for part in path.split("."):
        client = getattr(client, part)
    return client


def _guess(node: dict[str, Any]) -> bool:
    return "required" in (node.get("x-pandapon-inferred") or [])


def required_inputs(op: dict[str, Any]) -> set[str]:
    """What the docs say a call must carry (a required flag the spec only infers is left out:
    typed methods never demand a guess)."""
    names = {
        p["name"]
        for p in op.get("parameters", [])
        if p.get("required") and (p["in"] == "path" or not _guess(p))
    }
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "$ref" in body.get("schema", {}):
        target = SPEC["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
        properties = target.get("properties", {})
        names |= {n for n in target.get("required", []) if not _guess(properties.get(n, {}))}
    return names


@pytest.mark.parametrize("client_class", [pandapon.PandaPon, pandapon.AsyncPandaPon])
@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_every_operation_has_a_typed_method(
    client_class: type, path: str, method: str, op: dict[str, Any]
) -> None:
    client = client_class("k", "s", "u")
    bound = getattr(resource(client, RESOURCES[op["tags"][0]]), op["x-pandapon-sdk-method"])
    assert inspect.iscoroutinefunction(bound) is (client_class is pandapon.AsyncPandaPon)
    signature = inspect.signature(bound)
    required = [p for p in signature.parameters.values() if p.default is inspect.Parameter.empty]
    assert len(required) == len(required_inputs(op)), op["operationId"]
    assert bound.__doc__ and op["operationId"] in bound.__doc__
    # Editors show the docstring: how much the docs showed, and every argument explained.
    assert f"Docs: {op['x-pandapon-doc']['confidence']} (" in bound.__doc__
    options = {"extra_body", "extra_query", "extra_headers", "timeout", "deadline"}
    fields = [n for n in signature.parameters if n not in options]
    if fields:
        args = bound.__doc__.split("Args:", 1)[1]
        assert [n for n in fields if f"\n            {n}: " not in args] == []
    if "x-pandapon-pagination" in op:
        assert callable(
            getattr(
                resource(client, RESOURCES[op["tags"][0]]), "iter_" + op["x-pandapon-sdk-method"]
            )
        )
