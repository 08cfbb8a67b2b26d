"""schemathesis hooks for the conformance run: generated queries follow the spec's ``x-rules``.

OpenAPI 3.0 cannot say that two query parameters exclude each other, or that one needs another
to have a value; the spec says it with ``x-rules`` and the emulator enforces it, so queries that
break a rule are not schema-valid data, and are not generated.
"""

from __future__ import annotations

from typing import Any

import schemathesis

from tests.support.spec import operations, parameters

RULES = {
    (method.upper(), path): op.get("x-rules", []) for method, path, op in operations().values()
}


def follows_rules(rules: list[dict[str, Any]], query: dict[str, Any]) -> bool:
    """Whether a query (or body) keeps every ``exclusive``, ``requires`` and ``disjoint`` rule."""
    for rule in rules:
        if "disjoint" in rule:
            lists = [query.get(name) for name in rule["disjoint"]]
            values = [v for items in lists if isinstance(items, list) for v in set(map(str, items))]
            if len(values) != len(set(values)):
                return False
        if "exclusive" in rule and sum(name in query for name in rule["exclusive"]) > 1:
            return False
        needs = rule.get("equals", {}) if rule.get("requires") in query else {}
        if any(query.get(k) != v for k, v in needs.items()):
            return False
    return True


@schemathesis.hook
def filter_query(ctx: Any, query: dict[str, Any] | None) -> bool:
    operation = ctx.operation
    rules = RULES.get((operation.method.upper(), operation.path), [])
    return follows_rules(rules, query or {})


@schemathesis.hook
def filter_body(ctx: Any, body: Any) -> bool:
    operation = ctx.operation
    rules = RULES.get((operation.method.upper(), operation.path), [])
    return follows_rules(rules, body) if isinstance(body, dict) else True


DATES = {
    (method.upper(), path): {
        p["name"] for p in parameters(op_id) if p.get("schema", {}).get("x-date-time")
    }
    for op_id, (method, path, _) in operations().items()
}


@schemathesis.hook
def map_query(ctx: Any, query: dict[str, Any] | None) -> dict[str, Any] | None:
    if not query:
        return query
    operation = ctx.operation
    dates = DATES.get((operation.method.upper(), operation.path), set())
    out = {}
    for key, value in query.items():
        if key == "paginationToken":
            continue  # valid only when the API issued it: a made-up one is rightly refused
        # x-date-time parameters are ISO-8601 dates, which schemathesis cannot know.
        out[key] = "2026-01-01T00:00:00.000Z" if key in dates else value
    return out
