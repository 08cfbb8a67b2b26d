"""The API-update drill: an update the size of a real one, written into ``openapi/`` alone, lands.

``make api-update-drill`` (run by ``.ci/run``) proves the "When the API changes" guide's promise
end to end, on a temporary copy of the repository:

1. the copy's spec gains an update shaped like the API's real change since the reference it was
   built from: a shared ``components/parameters`` entry, marked client-wide, ``$ref``-ed by every
   operation; an enum written inline on a parameter; new optional query parameters; new Asset
   fields, among them an enum and a nested object; new values in existing enums, some with
   member names and some left for ``make enum-names`` to name; a field marked deprecated; and a
   new operation whose response has no example. Every new name is generated to be absent from
   the spec, so the drill keeps working the day the real API adds any of these;
2. ``make enum-names``, ``make regen`` and ``make test`` run in the copy, with its own virtualenv;
3. nothing outside ``openapi/`` and ``generated/`` may have changed;
4. a probe against the copy's emulator shows that the client-wide parameter is sent by every
   operation (set once on the client, through ``with_options`` and per helper call; helpers,
   pagination, a lock session and a batch job's poll included), and that
   the new operation is a method of both clients that the emulator answers.

Usage: ``python tools/api_update_drill.py [--keep] [--skip-suite]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parents[1]
SPEC = Path("openapi/scenario-assets.yaml")
Json = dict[str, Any]


def fresh(spec_text: str, stem: str) -> str:
    """``stem`` with the smallest numeric suffix that makes it absent from the spec's text."""
    n = 1
    while re.search(rf"\b{re.escape(stem)}{n}\b", spec_text, flags=re.IGNORECASE):
        n += 1
    return f"{stem}{n}"


def snake(name: str) -> str:
    """``camelCase`` to ``snake_case`` (the generator's rule for simple names)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass(frozen=True)
class Update:
    """The names the update introduced, for the checks that follow it."""

    shared_param: str  # wire name of the client-wide parameter
    client_option: str  # its Python name on the clients
    keyword: str  # the parameter's keyword on methods and helpers (the generator's name)
    inline_enum_param: str
    list_flag: str
    new_fields: tuple[str, ...]
    new_enum_values: tuple[tuple[str, str], ...]  # (schema, value)
    deprecated_field: str
    new_path: str
    new_method: str
    new_response_field: str


def _resolve(spec: Json, node: Json) -> Json:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(spec: Json) -> list[Json]:
    return [
        op
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    ]


def apply_update(spec: Json, spec_text: str) -> tuple[Json, Update]:
    """Return a copy of ``spec`` with the drill's update written in, and the names it used."""
    spec = copy.deepcopy(spec)
    schemas: Json = spec["components"]["schemas"]

    # A parameter every operation gains, shared and client-wide (the API's projectId).
    shared = fresh(spec_text, "drillScopeId")
    option = snake(shared)
    component = shared[0].upper() + shared[1:]
    if "parameters" not in spec["components"]:  # before the schemas, where OpenAPI writes it
        spec["components"] = {"parameters": {}, **spec["components"]}
    spec["components"]["parameters"][component] = {
        "name": shared,
        "in": "query",
        "required": False,
        "description": "The scope the request applies to.",
        "schema": {"type": "string"},
        "x-client-option": option,
    }
    for op in _operations(spec):
        op.setdefault("parameters", []).append({"$ref": f"#/components/parameters/{component}"})

    # An enum written inline on a parameter (the API's dryRun), and a new list flag.
    inline = fresh(spec_text, "drillDryRun")
    batch = spec["paths"]["/assets/download"]["post"]
    batch["parameters"].append(
        {
            "name": inline,
            "in": "query",
            "required": False,
            "description": "Check the request without starting a job.",
            "schema": {"type": "string", "enum": ["true", "api"]},
        }
    )
    flag = fresh(spec_text, "drillDeleted")
    spec["paths"]["/assets"]["get"]["parameters"].append(
        {
            "name": flag,
            "in": "query",
            "required": False,
            "description": "List deleted assets instead.",
            "schema": {"type": "boolean"},
        }
    )

    # New Asset fields: a date, an enum of mime types (names left to make enum-names), an object.
    asset = schemas["Asset"]["properties"]
    deleted_at = fresh(spec_text, "drillDeletedAt")
    original = fresh(spec_text, "drillOriginalMimeType")
    gate = fresh(spec_text, "drillQualityGate")
    mime_enum = fresh(spec_text, "DrillOriginalMimeType")
    gate_schema = fresh(spec_text, "DrillQualityGate")
    asset[deleted_at] = {"type": "string", "description": "When the asset was deleted."}
    schemas[mime_enum] = {
        "type": "string",
        "enum": ["image/png", "image/jpeg", "model/gltf-binary", "audio/mpeg", "3d/x-usdz"],
    }
    asset[original] = {"$ref": f"#/components/schemas/{mime_enum}"}
    schemas[gate_schema] = {
        "type": "object",
        "properties": {
            "passed": {"type": "boolean"},
            "score": {"type": "number"},
            "details": {
                "type": "object",
                "properties": {"reason": {"type": "string"}, "checks": {"type": "integer"}},
            },
        },
    }
    asset[gate] = {"$ref": f"#/components/schemas/{gate_schema}"}

    # New values in existing enums, in the middle: one named by hand, the others left for
    # make enum-names to name.
    added: list[tuple[str, str]] = []
    for name, stem in (
        ("AssetKind", "drill-kind"),
        ("AssetType", "drill-type"),
        ("AssetSource", "drill-source"),
    ):
        enum = schemas[name]
        value = fresh(spec_text, stem)
        middle = len(enum["enum"]) // 2
        enum["enum"].insert(middle, value)
        if name == "AssetKind":
            enum["x-enum-varnames"].insert(middle, value.upper().replace("-", "_"))
        added.append((name, value))

    # An existing optional field the API now calls deprecated.
    required = set(schemas["Asset"].get("required", []))
    deprecated = next(
        f for f in sorted(asset) if f not in required and f not in {deleted_at, original, gate}
    )
    target = asset[deprecated]
    if "$ref" in target:
        asset[deprecated] = {"allOf": [target], "deprecated": True}
    else:
        target["deprecated"] = True

    # A new operation, its response without an example (the API's POST /assets/restore).
    path_word = fresh(spec_text, "drill-restore")
    method = snake(fresh(spec_text, "drillRestore"))
    request_schema = fresh(spec_text, "DrillRestoreRequest")
    response_schema = fresh(spec_text, "DrillRestoreResponse")
    schemas[request_schema] = {
        "type": "object",
        "required": ["assetIds"],
        "additionalProperties": False,
        "properties": {
            "assetIds": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 1,
                "maxItems": 100,
            }
        },
    }
    schemas[response_schema] = {
        "type": "object",
        "required": ["restored"],
        "properties": {"restored": {"type": "array", "items": {"type": "string"}}},
    }
    listing = spec["paths"]["/assets"]["get"]
    errors = {k: v for k, v in listing["responses"].items() if k != "200"}
    spec["paths"][f"/assets/{path_word}"] = {
        "post": {
            "operationId": fresh(spec_text, "drillRestoreAssets"),
            "x-method-name": method,
            "x-retry-safe": False,
            "tags": ["assets"],
            "summary": "Restore",
            "description": "Restore deleted assets.",
            "parameters": [{"$ref": f"#/components/parameters/{component}"}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{request_schema}"}
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Success",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{response_schema}"}
                        }
                    },
                },
                **errors,
            },
        }
    }
    return spec, Update(
        shared_param=shared,
        client_option=option,
        keyword=snake_case(shared),
        inline_enum_param=inline,
        list_flag=flag,
        new_fields=(deleted_at, original, gate),
        new_enum_values=tuple(added),
        deprecated_field=deprecated,
        new_path=f"/assets/{path_word}",
        new_method=method,
        new_response_field="restored",
    )


PROBE = r'''
"""Run inside the updated copy: the client option and the new operation, sync and async."""
import asyncio, json, sys

from scenario_assets import AsyncClient, Client
from scenario_assets.emulator import EmulatorServer

update = json.loads(sys.argv[1])
option, wire, method = update["client_option"], update["shared_param"], update["new_method"]
keyword = update["keyword"]
sent: list[tuple[str, str, str | None]] = []


def record(request):
    sent.append((request.method, request.url.path, request.url.params.get(wire)))


async def arecord(request):
    record(request)


out = {}
with EmulatorServer(seed=True) as srv:
    key, secret = srv.auth
    with Client(key, secret, base_url=srv.base_url, **{option: "scope_client"}) as client:
        client.http.event_hooks["request"].append(record)
        page = client.assets.list(page_size=2)
        ids = [a.id for a in page.assets]
        client.assets.retrieve(ids[0])
        client.assets.get_bulk(ids)
        scoped = client.with_options(**{option: "scope_options"})
        scoped.assets.retrieve(ids[0])
        client.assets.get_bulk(ids, **{keyword: "scope_call"})
        result = getattr(client.assets, method)(asset_ids=[ids[0]])
        out["sync_new_operation"] = type(result).__name__
        client.assets.delete_many([ids[1]], **{keyword: "scope_delete"})
        list(client.assets.iter(page_size=1, limit=3))
        canvas = client.assets.upload_canvas({"objects": []}, "scene.json")
        with client.assets.lock_session(canvas.id) as lock:
            lock.update(name="renamed")
        client.downloads.request_batch(asset_ids=[ids[0]]).refresh()

    async def run_async():
        async with AsyncClient(key, secret, base_url=srv.base_url, **{option: "scope_async"}) as client:
            client.http.event_hooks["request"].append(arecord)
            result = await getattr(client.assets, method)(asset_ids=[ids[0]])
            await client.assets.list(page_size=1)
            return type(result).__name__

    out["async_new_operation"] = asyncio.run(run_async())
out["sent"] = sent
print(json.dumps(out))
'''


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=cwd, env=env, check=True)


def _copy_repository(dest: Path) -> None:
    """The tracked files as they are in the working tree, committed in a fresh repository."""
    listed = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git = ["git", "-c", "user.name=drill", "-c", "user.email=drill@localhost"]
    subprocess.run([*git, "init", "-q"], cwd=dest, check=True)
    subprocess.run([*git, "add", "-A"], cwd=dest, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "before the update"], cwd=dest, check=True)


def changed_outside(copy_root: Path) -> list[str]:
    """Paths the update changed outside ``openapi/`` and ``generated/``."""
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=copy_root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    paths = [line[3:] for line in status]
    return [p for p in paths if not p.startswith(("openapi/", "generated/"))]


def check_probe(update: Update, seen: Json) -> list[str]:
    """What the probe's output says is wrong (empty when all is well)."""
    problems: list[str] = []
    sent = [tuple(s) for s in seen["sent"]]
    by_scope: dict[str | None, list[str]] = {}
    for method, path, scope in sent:
        by_scope.setdefault(scope, []).append(f"{method} {path}")
    if None in by_scope:
        problems.append(f"requests without {update.shared_param}: {by_scope[None]}")
    expected = {"scope_client", "scope_options", "scope_call", "scope_delete", "scope_async"}
    missing = expected - set(by_scope)
    if missing:
        problems.append(f"{update.shared_param} values never sent: {sorted(missing)}")
    if not any(path == f"/v1{update.new_path}" for _, path, _ in sent):
        problems.append(f"the new operation {update.new_path} was never requested")
    client_wide = " ".join(by_scope.get("scope_client", []))
    for fragment in ("/lock", "/unlock", "/download"):  # the lock session, the batch job
        if fragment not in client_wide:
            problems.append(f"no {fragment} request carried the client option")
    if any(not r.startswith("DELETE ") for r in by_scope.get("scope_delete", [])):
        problems.append(f"a helper's own value reached other requests: {by_scope['scope_delete']}")
    for flavour in ("sync_new_operation", "async_new_operation"):
        if not str(seen.get(flavour, "")).startswith("Drill"):
            problems.append(f"{flavour}: got {seen.get(flavour)!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    parser.add_argument("--skip-suite", action="store_true", help="regenerate and probe only")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="api-update-drill-"))
    try:
        copy_root = work / "repo"
        copy_root.mkdir()
        _copy_repository(copy_root)
        spec_path = copy_root / SPEC
        text = spec_path.read_text(encoding="utf-8")
        updated, update = apply_update(yaml.safe_load(text), text)
        spec_path.write_text(
            yaml.safe_dump(updated, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        print(f"api-update-drill: update written into {spec_path}: {update}", flush=True)

        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"VIRTUAL_ENV", "MAKEFLAGS", "MAKELEVEL"}
        }
        _run(["make", "enum-names"], copy_root, env)
        _run(["make", "regen"], copy_root, env)
        _run(["make", "check-generated" if args.skip_suite else "test"], copy_root, env)

        outside = changed_outside(copy_root)
        if outside:
            print(f"api-update-drill: files outside openapi/ and generated/ changed: {outside}")
            return 1
        probe = subprocess.run(
            [str(copy_root / ".venv/bin/python"), "-c", PROBE, json.dumps(update.__dict__)],
            cwd=copy_root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode != 0:
            print(probe.stderr)
            return 1
        problems = check_probe(update, json.loads(probe.stdout))
        for problem in problems:
            print(f"api-update-drill: {problem}")
        if not problems:
            print("api-update-drill: the update landed with spec edits alone")
        return 1 if problems else 0
    finally:
        if args.keep:
            print(f"api-update-drill: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
