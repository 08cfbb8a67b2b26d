"""Property-based tests of every model against the spec's component schemas (hypothesis).

Bodies are drawn from the schemas themselves: a spec-valid body (open enums may carry values the
spec does not list, objects that allow it carry unknown keys) parses and ``to_dict`` gives it
back; the same body with one known field replaced by a value of another JSON type, or a required
field (or an array item) set to null, raises ``ResponseFieldError`` whose path is exactly that
field's. The run is derandomized and bounded (a few seconds) so that it is the same in CI.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from scenario_assets_api import errors, models

import scenario_assets as sa
from tests.support.mock import Recorder, ok
from tests.support.spec import load_spec

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
MODELS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")
MAX_DEPTH = 5  # deeper than this, objects get only their required fields and arrays stay empty
Path = list[str | int]

BOUNDED = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=8,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _reaches(schema: Any, target: str, seen: frozenset[str] = frozenset()) -> bool:
    if isinstance(schema, dict):
        ref = schema.get("$ref", "").rsplit("/", 1)[-1]
        if ref == target:
            return True
        if ref and ref not in seen:
            return _reaches(SCHEMAS[ref], target, seen | {ref})
        return any(_reaches(value, target, seen) for value in schema.values())
    if isinstance(schema, list):
        return any(_reaches(value, target, seen) for value in schema)
    return False


def _settings(name: str) -> settings:
    """Fewer examples for the envelopes around an Asset: Asset and the list page get the most."""
    if name not in ("Asset", "AssetListResponse") and _reaches(SCHEMAS[name], "Asset"):
        return settings(BOUNDED, max_examples=3)
    return BOUNDED


# One value of each JSON type, to put where the schema wants another.
SAMPLES: dict[str, Any] = {
    "string": "text",
    "integer": 7,
    "float": 2.5,
    "boolean": True,
    "array": ["x"],
    "object": {"k": 1},
}
ALLOWED = {
    "string": {"string"},
    "number": {"integer", "float"},
    "integer": {"integer"},
    "boolean": {"boolean"},
    "array": {"array"},
    "object": {"object"},
}


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and single-entry ``allOf`` (how the spec attaches a description)."""
    while True:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        else:
            return schema


def _json_type(schema: dict[str, Any]) -> str | None:
    schema = _resolve(schema)
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"
    return kind if isinstance(kind, str) else None


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def valid(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Spec-valid JSON for ``schema`` (formats and lengths aside, which parsing does not check)."""
    schema = _resolve(schema)
    kind = _json_type(schema)
    if "enum" in schema:
        known = st.sampled_from(schema["enum"])
        # Open enums: a string the spec does not list must parse too.
        return known | st.text(min_size=1, max_size=6) if kind == "string" else known
    if kind == "string":
        return st.text(max_size=8)
    if kind == "number":
        return st.integers(-(2**40), 2**40) | st.floats(allow_nan=False, allow_infinity=False)
    if kind == "integer":
        return st.integers(-(2**40), 2**40)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        low = schema.get("minItems", 0)
        high = 0 if depth >= MAX_DEPTH and not low else min(schema.get("maxItems", 2), max(low, 2))
        return st.lists(valid(schema.get("items", {}), depth + 1), min_size=low, max_size=high)
    if kind == "object":
        return _object(schema, depth)
    return JSON_VALUES


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    body = st.fixed_dictionaries(
        {key: valid(properties[key], depth + 1) for key in properties if key in required},
        optional={}
        if depth >= MAX_DEPTH
        else {
            # null for an optional field means absent (to_dict leaves it out): never drawn here
            key: valid(properties[key], depth + 1).filter(lambda v: v is not None)
            for key in properties
            if key not in required
        },
    )
    if schema.get("additionalProperties", True) is False:
        return body
    extra_key = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6).map(
        lambda text: "zz" + text
    )
    extras = st.dictionaries(
        extra_key.filter(lambda k: k not in properties), JSON_VALUES, max_size=2
    )
    return st.tuples(body, extras).map(lambda pair: {**pair[1], **pair[0]})


def sites(value: Any, schema: dict[str, Any], path: Path) -> list[tuple[Path, set[str], bool]]:
    """Every known field in ``value``: (path, its allowed JSON types, whether null is wrong)."""
    schema = _resolve(schema)
    kind = _json_type(schema)
    found: list[tuple[Path, set[str], bool]] = []
    if kind == "object" and isinstance(value, dict):
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        for key, item in value.items():
            if key in properties:
                child = _json_type(properties[key])
                if child in ALLOWED:
                    found.append(([*path, key], ALLOWED[child], key in required))
                found += sites(item, properties[key], [*path, key])
    elif kind == "array" and isinstance(value, list):
        items = schema.get("items", {})
        child = _json_type(items)
        for index, item in enumerate(value):
            if child in ALLOWED:
                found.append(([*path, index], ALLOWED[child], True))
            found += sites(item, items, [*path, index])
    return found


def _replace(body: Any, path: Path, value: Any) -> Any:
    body = copy.deepcopy(body)
    target = body
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return body


def invalid(name: str) -> st.SearchStrategy[tuple[dict[str, Any], Path]]:
    """A valid body of model ``name`` with one known field given the wrong type, and its path."""

    @st.composite
    def draw(draw_: st.DrawFn) -> tuple[dict[str, Any], Path]:
        body = draw_(valid(SCHEMAS[name]))
        candidates = sites(body, SCHEMAS[name], [])
        if not candidates:
            # Nothing present to break: drop a required field instead (when the model has one).
            required = SCHEMAS[name].get("required", [])
            if not required:
                return draw_(st.nothing())
            key = draw_(st.sampled_from(required))
            return {k: v for k, v in body.items() if k != key}, [key]
        path, allowed, null_is_wrong = draw_(st.sampled_from(candidates))
        wrong = [SAMPLES[kind] for kind in SAMPLES if kind not in allowed]
        if null_is_wrong:
            wrong.append(None)
        return _replace(body, path, draw_(st.sampled_from(wrong))), path

    return draw()


@pytest.mark.parametrize("name", MODELS)
def test_spec_valid_bodies_round_trip(name: str) -> None:
    model = getattr(models, name)

    @_settings(name)
    @given(valid(SCHEMAS[name]))
    def check(body: dict[str, Any]) -> None:
        assert model.from_dict(copy.deepcopy(body)).to_dict() == body

    check()


@pytest.mark.parametrize("name", [n for n in MODELS if SCHEMAS[n].get("properties")])
def test_spec_invalid_bodies_raise_with_the_path(name: str) -> None:
    model = getattr(models, name)

    @_settings(name)
    @given(invalid(name))
    def check(case: tuple[dict[str, Any], Path]) -> None:
        body, path = case
        with pytest.raises(errors.ResponseFieldError) as info:
            model.from_dict(body)
        assert info.value.path == path

    check()


def _json_safe(body: object) -> bool:
    try:
        json.dumps(body, allow_nan=False)
    except ValueError:
        return False
    return True


def _dotted(path: Path) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def test_through_the_client_an_invalid_page_is_a_response_validation_error() -> None:
    served: list[dict[str, Any]] = []
    rec = Recorder(handler=lambda request: ok(served[-1]))
    with sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0
    ) as client:

        @settings(BOUNDED, max_examples=4)
        @given(invalid("AssetListResponse"))
        def check(case: tuple[dict[str, Any], Path]) -> None:
            body, path = case
            assume(_json_safe(body))  # a server sends JSON: no NaN or infinity
            served.append(body)
            with pytest.raises(sa.ResponseValidationError) as info:
                client.assets.list()
            assert info.value.field_path == _dotted(path)
            assert _dotted(path) in str(info.value)

        check()
