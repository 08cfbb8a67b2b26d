"""Load the OpenAPI spec and resolve its references, for tests."""

from __future__ import annotations

import copy
import functools
import itertools
import json
import re
from pathlib import Path
from typing import Any, cast

import yaml

import scenario_assets_runtime as spec_reader

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "scenario-assets.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as plain data (cached; do not mutate)."""
    return cast(dict[str, Any], yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and single-element ``allOf`` wrappers to the schema they name."""
    return spec_reader.resolve(load_spec(), schema)[0]


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object)."""
    return spec_reader.operations(load_spec())


def parameters(operation_id: str) -> list[dict[str, Any]]:
    """An operation's parameters, ``$ref`` resolved (path-item ones included)."""
    _, path, op = operations()[operation_id]
    return spec_reader.parameters(load_spec(), path, op)


def body_max_items(operation_id: str, field: str) -> int:
    """The ``maxItems`` the spec gives a field of an operation's JSON body."""
    _, _, op = operations()[operation_id]
    body = resolve(op["requestBody"]["content"]["application/json"]["schema"])
    return int(resolve(body["properties"][field])["maxItems"])


def job_poll() -> tuple[list[str], list[str], list[str]]:
    """What the spec's ``x-poll`` says of batch job statuses: (ready, failed, pending)."""
    polls = [op["x-poll"] for _, _, op in operations().values() if "x-poll" in op]
    poll = polls[0]
    values = load_spec()["components"]["schemas"][poll["statuses"]]["enum"]
    ended = set(poll["ready"]) | set(poll["failed"])
    return list(poll["ready"]), list(poll["failed"]), [v for v in values if v not in ended]


def success_schema(operation_id: str) -> dict[str, Any]:
    """The (resolved) schema of an operation's 200 response body."""
    _, _, op = operations()[operation_id]
    ok = spec_reader.deref(load_spec(), op["responses"]["200"])
    return resolve(ok["content"]["application/json"]["schema"])


def json_schema_for(schema: dict[str, Any]) -> dict[str, Any]:
    """A self-contained schema: the given one plus the spec's components for ``$ref``s."""
    return {**schema, "components": load_spec()["components"]}


def absent_name(stem: str, spec: dict[str, Any] | None = None) -> str:
    """A name built on ``stem`` that appears nowhere in the spec (case-insensitive).

    Drills add names made this way, never names the real API may add one day (a drill that
    adds ``deletedAt`` breaks the day the spec gains it).
    """
    text = json.dumps(spec if spec is not None else load_spec()).lower()
    for suffix in itertools.count():
        name = stem + "x" * suffix
        if name.lower() not in text:
            return name
    raise AssertionError("unreachable")  # pragma: no cover


def snake(name: str) -> str:
    """The Python name the generator gives a camelCase wire name without digits."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def success_media(operation_id: str) -> dict[str, Any]:
    """The ``application/json`` media object of an operation's 200 response (``{}`` if none)."""
    _, _, op = operations()[operation_id]
    answer = resolve(op.get("responses", {}).get("200", {}))
    media: dict[str, Any] = answer.get("content", {}).get("application/json", {})
    return media


def response_body(operation_id: str) -> Any:
    """A 200 body of an operation: the spec's example where it has one, else one built from the
    response schema (as the emulator answers an operation it has no handler for)."""
    media = success_media(operation_id)
    if "example" in media:
        return copy.deepcopy(media["example"])
    return _builder().build(media.get("schema", {}))


def an_asset() -> dict[str, Any]:
    """One Asset object: from the list or retrieve example where the spec has one, else built."""
    for op_id, path in (("listAssets", ("assets", 0)), ("retrieveAsset", ("asset",))):
        node: Any = success_media(op_id).get("example")
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                node = None
                break
        if isinstance(node, dict):
            return copy.deepcopy(node)
    built: dict[str, Any] = _builder().build(load_spec()["components"]["schemas"]["Asset"])
    return built


@functools.cache
def _builder() -> Any:
    from scenario_assets.emulator._spec import ApiSpec

    return ApiSpec(load_spec())
