"""The spec may grow the way real specs do: every tool reads shared ``$ref`` parameters, enums
inline on parameters, ``deprecated`` marks and client-wide options; YAML pitfalls get a message
that says what to write; ``make enum-names`` writes the missing member names for review.

Names added here are made up to be absent from the spec (a ``zz`` prefix), so these tests keep
passing when the real API gains the names it will gain.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import typing
import warnings
from pathlib import Path
from typing import Any

import api_snapshot
import enum_names
import gen_operations
import pytest
import reference_index
import spec_fidelity
import spec_prepare
import yaml
from scenario_assets_api import params as generated_params
from scenario_assets_api._operations import OPERATIONS
from scenario_assets_api.operations import AssetsOperations, DownloadOperations

from scenario_assets_runtime import Operation, Param, SpecReferenceError, deref, resolve
from scenario_assets_runtime._operations import warn_deprecated
from scenario_assets_runtime._spec import operations as spec_operations
from tests.support.spec import ROOT, load_spec, operations

CONFIG = ROOT / "openapi" / "codegen-config.yaml"
CODEGEN = ROOT / "codegen.sh"
SHARED = "ZzTenant"
OPTION = "zz_tenant"
SPEC_OPTIONS = {name for op in OPERATIONS.values() for name in op.client_options}
"""The client options the spec declares already (the grown spec adds ``OPTION``)."""


def _grown() -> dict[str, Any]:
    """The spec with a shared client-wide parameter on every operation, an inline-enum
    parameter, a deprecated parameter, a deprecated field and a deprecated enum value."""
    spec = copy.deepcopy(load_spec())
    spec["components"].setdefault("parameters", {})[SHARED] = {
        "name": "zzTenant",
        "in": "query",
        "required": False,
        "description": "The tenant the call acts for.",
        "x-client-option": OPTION,
        "schema": {"type": "string"},
    }
    for item in spec["paths"].values():
        for op in item.values():
            op.setdefault("parameters", []).append({"$ref": f"#/components/parameters/{SHARED}"})
    ops = {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}
    ops["listAssets"]["parameters"] += [
        {
            "name": "zzMode",
            "in": "query",
            "schema": {"type": "string", "enum": ["zz-a", "zz-b"]},
        },
        {"name": "zzOld", "in": "query", "deprecated": True, "schema": {"type": "string"}},
    ]
    asset = spec["components"]["schemas"]["Asset"]["properties"]
    asset["zzLegacy"] = {"type": "string", "deprecated": True, "description": "Old."}
    kind = spec["components"]["schemas"]["AssetKind"]
    kind["x-enum-deprecated"] = [kind["enum"][0]]
    return spec


def _views(tmp_path: Path, spec: dict[str, Any]) -> dict[str, gen_operations.OperationView]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return {v.op.operation_id: v for v in gen_operations.views(path, CONFIG)}


def _param(op: Operation, name: str) -> Param:
    (found,) = [p for p in op.params if p.name == name]
    return found


def test_every_operation_takes_a_shared_parameter_and_its_client_option(tmp_path: Path) -> None:
    views = _views(tmp_path, _grown())
    assert set(views) == set(operations())
    for view in views.values():
        param = _param(view.op, "zzTenant")
        assert (param.python, param.location, param.client_option) == ("zz_tenant", "query", OPTION)
        assert view.op.client_options[OPTION] == param  # beside any the spec has already
        assert "Or set once on the client: ``zz_tenant``" in gen_operations.docstring(
            view, view.returns, False
        )


def test_an_inline_enum_parameter_gets_the_generators_class(tmp_path: Path) -> None:
    listing = _views(tmp_path, _grown())["listAssets"]
    schema = _param(listing.op, "zzMode").schema
    assert schema["enum"] == ["zz-a", "zz-b"]
    assert schema["x-enum-class"] == "ListAssetsZzMode"  # named by openapi-python-client
    assert "ListAssetsZzMode" in listing.model_names


def test_deprecated_parameters_are_marked_and_documented(tmp_path: Path) -> None:
    listing = _views(tmp_path, _grown())["listAssets"]
    assert _param(listing.op, "zzOld").deprecated is True
    assert _param(listing.op, "zzMode").deprecated is False
    assert "zz_old: Deprecated." in gen_operations.docstring(listing, listing.returns, False)


def test_a_wrong_client_option_is_refused(tmp_path: Path) -> None:
    spec = _grown()
    spec["components"]["parameters"][SHARED]["x-client-option"] = "two words"
    with pytest.raises(gen_operations.SpecError, match="x-client-option 'two words' is not a"):
        _views(tmp_path, spec)


def test_one_client_option_takes_one_schema(tmp_path: Path) -> None:
    spec = _grown()
    ops = {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}
    ops["listAssets"]["parameters"].append(
        {"name": "zzTenantCount", "in": "query", "x-client-option": OPTION,
         "schema": {"type": "integer"}}
    )  # fmt: skip
    views = list(_views(tmp_path, spec).values())
    with pytest.raises(gen_operations.SpecError, match=f"x-client-option '{OPTION}': zzTenant"):
        gen_operations.client_options(views)


def test_a_path_parameter_cannot_be_a_client_option(tmp_path: Path) -> None:
    spec = _grown()
    ops = {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}
    (path_param,) = [p for p in ops["retrieveAsset"]["parameters"] if p.get("in") == "path"]
    path_param["x-client-option"] = "zz_asset"
    views = list(_views(tmp_path, spec).values())
    with pytest.raises(gen_operations.SpecError, match="a path parameter cannot be a client"):
        gen_operations.client_options(views)


def test_the_client_options_record_lists_each_option_once(tmp_path: Path) -> None:
    views = list(_views(tmp_path, _grown()).values())
    found = gen_operations.client_options(views)
    assert [name for name, _ in found] == sorted(SPEC_OPTIONS | {OPTION})
    view = dict(found)[OPTION]
    assert (view.param.name, view.annotation) == ("zzTenant", "str")
    source = gen_operations.render_all(views)["params.py"]
    assert f"    {OPTION}: str | None\n" in source


def test_a_dangling_reference_names_itself() -> None:
    spec: dict[str, Any] = {"components": {"parameters": {}}}
    with pytest.raises(SpecReferenceError, match="'Gone' is not in the document"):
        deref(spec, {"$ref": "#/components/parameters/Gone"})
    assert resolve(load_spec(), {"$ref": "#/components/schemas/Asset"})[1] == "Asset"


def test_the_report_lists_a_shared_parameter_once_and_names_deprecations() -> None:
    report = spec_fidelity.compare(reference_index.load(), _grown())
    assert not report.lost, report.render()
    shared = [line for line in report.added_lines if "zzTenant" in line]
    assert shared == [f"parameter {SHARED} (query.zzTenant)  [{len(operations())} operations]"]
    assert "parameter query.zzOld (deprecated)  [listAssets]" in report.added_lines
    assert any(line.startswith("Asset.zzLegacy (deprecated)") for line in report.added_lines)


def test_a_deprecated_field_is_named_in_the_generated_docstring() -> None:
    prepared = spec_prepare.prepare(_grown())
    field = prepared["components"]["schemas"]["Asset"]["properties"]["zzLegacy"]
    assert field["description"] == "Deprecated. Old."
    kinds = copy.deepcopy(load_spec()["components"]["schemas"]["AssetKind"])
    kinds["x-enum-deprecated"] = [kinds["enum"][0]]
    spec_prepare.prepare({"components": {"schemas": {"K": kinds}}})
    assert kinds["description"].startswith(f"Deprecated values: {kinds['enum'][0]!r}.")


def test_using_a_deprecated_parameter_or_operation_warns() -> None:
    op = Operation(
        "zzOp", "m", "t", "GET", "/zz", "zz_op", True, False, None, None,
        params=(
            Param("zzOld", "zz_old", "zz_old", "query", False, {}, deprecated=True),
            Param("zzNew", "zz_new", "zz_new", "query", False, {}),
        ),
    )  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warn_deprecated(op, {"zzOld": None, "zzNew": "x"})  # nothing deprecated is used
    with pytest.warns(DeprecationWarning, match=r"zz_op\(\): parameter 'zz_old' is deprecated"):
        warn_deprecated(op, {"zzOld": "x"})
    gone = Operation(
        "zzOp", "m", "t", "GET", "/zz", "zz_op", True, False, None, None, deprecated=True
    )
    with pytest.warns(DeprecationWarning, match=r"zz_op\(\) is deprecated by the API"):
        warn_deprecated(gone, {})


# --------------------------------------------------------------------------------------
# The generated TypedDicts of optional parameters
# --------------------------------------------------------------------------------------


def test_each_operation_has_a_record_of_exactly_its_optional_parameters() -> None:
    classes = {"assets": AssetsOperations, "download": DownloadOperations}
    namespace = {**vars(generated_params), **typing.__dict__}
    for op_id, op in OPERATIONS.items():
        record = getattr(generated_params, op_id[0].upper() + op_id[1:] + "Params")
        hints = typing.get_type_hints(record, globalns=namespace)
        optional = {p.python for p in op.params if not p.required and p.location != "path"}
        assert set(hints) == optional, op_id
        assert record.__total__ is False
        method = getattr(classes[op.tag], op.method_name, None) or getattr(
            classes[op.tag], "_" + op.method_name
        )
        signature = typing.get_type_hints(method, globalns=vars(sys.modules[method.__module__]))
        for name, hint in hints.items():
            assert hint == signature[name], (op_id, name)  # the method's own keyword type


# --------------------------------------------------------------------------------------
# YAML pitfalls and make enum-names
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["on", "yes", "true", "off", "null"])
def test_an_unquoted_yaml_word_in_an_enum_says_to_quote_it(word: str) -> None:
    text = f"S:\n  type: string\n  enum:\n  - zz-a\n  - {word}\n"
    (problem,) = enum_names.yaml_pitfalls(text)
    assert problem.startswith("line 5: enum value")
    assert problem.endswith(f'quote it: "{word}"')
    assert enum_names.yaml_pitfalls(text.replace(f"- {word}", f'- "{word}"')) == []


def test_regeneration_refuses_an_unquoted_yaml_word(tmp_path: Path) -> None:
    text = (ROOT / "openapi" / "scenario-assets.yaml").read_text(encoding="utf-8")
    kind = load_spec()["components"]["schemas"]["AssetKind"]["enum"]
    anchor = f"      - {kind[-1]}\n      x-enum-varnames:\n"
    assert anchor in text
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        text.replace(anchor, f"      - {kind[-1]}\n      - on\n      x-enum-varnames:\n", 1)
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "enum_names.py"), str(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert 'quote it: "on"' in result.stderr


def _spec_text_with_new_values(tmp_path: Path) -> tuple[Path, str, list[str]]:
    text = (ROOT / "openapi" / "scenario-assets.yaml").read_text(encoding="utf-8")
    kind = load_spec()["components"]["schemas"]["AssetKind"]["enum"]
    # One value inserted in the middle (after the first), one at the end, neither named.
    first, last = kind[0], kind[-1]
    text = text.replace(f"      - {first}\n", f"      - {first}\n      - 9zz-middle\n", 1)
    text = text.replace(
        f"      - {last}\n      x-enum-varnames:\n",
        f"      - {last}\n      - zz-end\n      x-enum-varnames:\n",
        1,
    )
    assert text.count("\n  schemas:\n") == 1
    text = text.replace(
        "\n  schemas:\n",
        "\n  schemas:\n    ZzFlow:\n      type: string\n      enum: [zzCamel, 2zz]\n",
    )
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text, kind


def test_make_enum_names_writes_the_missing_names_and_nothing_else(tmp_path: Path) -> None:
    path, before, kind = _spec_text_with_new_values(tmp_path)
    assert enum_names.main([str(path)]) == 1  # refused as it is
    assert enum_names.main(["--write", str(path)]) == 0  # named, then accepted
    after = path.read_text(encoding="utf-8")
    spec = yaml.safe_load(after)
    schemas = spec["components"]["schemas"]
    names = dict(
        zip(schemas["AssetKind"]["enum"], schemas["AssetKind"]["x-enum-varnames"], strict=True)
    )
    old = dict(
        zip(kind, load_spec()["components"]["schemas"]["AssetKind"]["x-enum-varnames"], strict=True)
    )
    assert {v: n for v, n in names.items() if v in old} == old  # existing names kept, paired
    assert names["9zz-middle"] == "NINE_ZZ_MIDDLE" and names["zz-end"] == "ZZ_END"
    # A value starting with a letter keeps the name the generator gave it without the list.
    assert schemas["ZzFlow"]["x-enum-varnames"] == ["ZZCAMEL", "TWO_ZZ"]
    # Only lines were added: the rest of the text is as it was.
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    assert removed == []
    assert len(after.splitlines()) == len(before.splitlines()) + 2 + 3
    assert enum_names.problems(spec) == []


# --------------------------------------------------------------------------------------
# Every tool at once: regeneration of the grown spec into a temporary directory
# --------------------------------------------------------------------------------------

PROBE = """
import json, typing, warnings
from scenario_assets_api import models, params
from scenario_assets_api.operations import AssetsOperations
from scenario_assets_api._operations import OPERATIONS
listing = OPERATIONS["listAssets"]
hints = typing.get_type_hints(params.ListAssetsParams, globalns=vars(params))

class Runner:
    def call(self, op, args, options):
        return args

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sent = AssetsOperations(Runner()).list(zz_old="x", zz_mode="zz-a", zz_tenant="t")
print(json.dumps({
    "options": sorted({o for op in OPERATIONS.values() for o in op.client_options}),
    "mode_class": models.ListAssetsZzMode("zz-b").value,
    "typed": sorted(name for name in hints if name.startswith("zz_")),
    "sent": {k: v for k, v in sent.items() if k.startswith("zz")},
    "warned": [str(w.message) for w in caught],
}))
"""


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The grown spec regenerated into a temporary directory (once for this module)."""
    tmp_path = tmp_path_factory.mktemp("grown")
    spec = _grown()
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "SPEC": str(spec_path), "VENV_BIN": str(Path(sys.executable).parent)}
    result = subprocess.run(
        [str(CODEGEN), str(tmp_path / "out")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return tmp_path, spec


def _probe(tmp_path: Path, source: str) -> Any:
    """Run ``source`` against the regenerated package (the repository's facade on top)."""
    probe = subprocess.run(
        [sys.executable, "-c", source],
        env={**os.environ, "PYTHONPATH": f"{tmp_path / 'out'}{os.pathsep}{ROOT}"},
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    return json.loads(probe.stdout)


def test_the_grown_spec_regenerates_and_every_tool_reads_it(
    grown: tuple[Path, dict[str, Any]],
) -> None:
    tmp_path, spec = grown
    seen = _probe(tmp_path, PROBE)
    assert seen["options"] == sorted(SPEC_OPTIONS | {OPTION})
    assert seen["mode_class"] == "zz-b"
    assert seen["typed"] == ["zz_mode", "zz_old", "zz_tenant"]
    assert seen["sent"] == {"zzOld": "x", "zzMode": "zz-a", "zzTenant": "t"}
    assert seen["warned"] == ["list(): parameter 'zz_old' is deprecated by the API"]
    source = (tmp_path / "out" / "scenario_assets_api" / "models" / "asset.py").read_text()
    assert 'zz_legacy: str | Unset = UNSET\n    """ Deprecated. Old. """' in source
    kinds = (tmp_path / "out" / "scenario_assets_api" / "models" / "asset_kind.py").read_text()
    assert f"Deprecated values: {spec['components']['schemas']['AssetKind']['enum'][0]!r}." in kinds
    report = spec_fidelity.compare(reference_index.load(), spec)
    assert not report.lost, report.render()
    compat = api_snapshot.compare(
        api_snapshot.load_snapshot(), api_snapshot.load_package(tmp_path / "out")
    )
    assert not compat.breaking, compat.render()
    assert "params.ListAssetsParams: class added" not in compat.added  # not new: it existed
    assert "api.assets.list_assets.sync: parameter zz_tenant" in compat.added


FACADE_PROBE = """
import json, typing
from scenario_assets import AsyncClient, Client, ConfigurationError
from scenario_assets.emulator import EmulatorServer
from scenario_assets_api import params
from scenario_assets_api._operations import OPERATIONS

WIRE = "zzTenant"
sent = []


def record(request):
    sent.append([request.method, request.url.path, request.url.params.get(WIRE)])


async def arecord(request):
    record(request)


out = {"typed": sorted(typing.get_type_hints(params.ClientOptions, globalns=vars(params)))}
with EmulatorServer(seed=True) as srv:
    key, secret = srv.auth
    with Client(key, secret, base_url=srv.base_url, zz_tenant="client") as client:
        client.http.event_hooks["request"].append(record)
        ids = [a.id for a in client.assets.iter(page_size=2, limit=5)]
        client.assets.get_bulk(ids)
        client.assets.get_bulk(ids, zz_tenant="call")
        client.with_options(zz_tenant="options").assets.retrieve(ids[0])
        canvas = client.assets.upload_canvas({"objects": []}, "scene.json")
        with client.assets.lock_session(canvas.id) as lock:
            lock.update(name="renamed")
        job = client.downloads.request_batch(asset_ids=ids[:1])
        job.refresh()
        client.assets.update_tags(canvas.id, add=["zz"])
        client.assets.delete_many(ids[-1:])
        for bad in ({"zz_tenant": 5}, {"zz_nope": "x"}):
            try:
                client.with_options(**bad)
            except ConfigurationError as exc:
                out.setdefault("refused", []).append(str(exc))

    async def run_async():
        async with AsyncClient(key, secret, base_url=srv.base_url, zz_tenant="async") as client:
            client.http.event_hooks["request"].append(arecord)
            await client.assets.get_bulk(ids[:1])
            await client.with_options(zz_tenant="async-options").assets.retrieve(ids[0])

    import asyncio
    asyncio.run(run_async())
out["sent"] = sent
out["declaring"] = sum(1 for op in OPERATIONS.values() if op.client_options)
print(json.dumps(out))
"""


def test_a_client_option_is_sent_by_every_request_unless_a_call_gives_its_own(
    grown: tuple[Path, dict[str, Any]],
) -> None:
    tmp_path, spec = grown
    seen = _probe(tmp_path, FACADE_PROBE)
    assert seen["typed"] == sorted(SPEC_OPTIONS | {OPTION})
    assert seen["declaring"] == len(operations()) == len(spec_operations(spec))
    scopes: dict[str | None, set[str]] = {}
    for method, path, scope in seen["sent"]:
        scopes.setdefault(scope, set()).add(f"{method} {path.removeprefix('/v1')}")
    assert None not in scopes, scopes.get(None)  # every request carried it
    assert set(scopes) == {"client", "call", "options", "async", "async-options"}
    assert scopes["call"] == {"POST /assets/get-bulk"}
    (retrieved,) = scopes["options"]
    assert retrieved.startswith("GET /assets/")
    client_requests = " ".join(sorted(scopes["client"]))
    for fragment in ("/lock", "/unlock", "/tags", "/download", "DELETE /assets"):
        assert fragment in client_requests, fragment  # helpers, the session and the job poll
    assert seen["refused"][0].startswith("zz_tenant")
    assert "unknown client option 'zz_nope'" in seen["refused"][1]
