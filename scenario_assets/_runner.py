"""The runner behind the generated operation classes: checks from the spec, then the choke point.

``scenario_assets_api.operations`` (generated) has one typed method per operation; each hands its
arguments, keyed by their names in the API, to a runner. :func:`prepare` checks them against the
operation's entry in the generated table (required parameters, schema rules, ``x-rules``) and
builds a :class:`~scenario_assets._call.Call`; :class:`~scenario_assets._async._runner.AsyncRunner` and
its generated sync twin send it through the invoker (auth, retries, error tree) and return the
parsed model, the field named by ``x-unwrap`` (:func:`result`), a ``RawResponse``, or a pager
(:func:`page_reader`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from scenario_assets_api import models
from scenario_assets_api._operations import Operation, Rule
from scenario_assets_api.operations import CallOptions

from ._call import Call
from ._validation import check, to_json
from .errors import ValidationError
from .pagination import Page

__all__ = ["check_rules", "page_reader", "prepare", "result"]


def _given(value: object) -> str:
    return str(getattr(value, "value", value))


def check_rules(rules: tuple[Rule, ...], given: Mapping[str, Any]) -> None:
    """Refuse, by client keyword, values that break a rule between parameters (``x-rules``)."""
    for rule in rules:
        if rule.kind == "exclusive":
            present = [p for p in rule.params if given.get(p) is not None]
            if len(present) > 1:
                names = " and ".join(f'"{p}"' for p in present)
                raise ValidationError(f"{names} cannot be used together")
        elif rule.kind == "disjoint":
            seen: dict[str, str] = {}
            for param in rule.params:
                for value in given.get(param) or ():
                    if value in seen and seen[value] != param:
                        raise ValidationError(
                            f"{value!r} is in both {seen[value]} and {param}; they must not overlap"
                        )
                    seen.setdefault(value, param)
        elif rule.kind == "requires":
            (param,) = rule.params
            if given.get(param) is None:
                continue
            for other, value in rule.equals:
                if given.get(other) is None or _given(given[other]) != value:
                    raise ValidationError(f'{param} requires {other}="{value}" (an API rule)')


def _mapping(value: object, name: str) -> Mapping[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ValidationError(f"{name} must be a mapping with string keys")
    return value


def prepare(op: Operation, args: Mapping[str, Any], options: CallOptions) -> Call:
    """Check an operation's arguments (keyed by API name) and build its :class:`Call`.

    Raises:
        ValidationError: a missing required argument, a value the spec's rules refuse, or two
            arguments an ``x-rules`` entry forbids together; nothing has been sent.
    """
    check_rules(op.rules, {p.python: args.get(p.name) for p in op.params})
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for param in op.params:
        value = args.get(param.name)
        if value is None:
            if param.required:
                raise ValidationError(f"{param.python} is required")
            continue
        checked = check(value, param.schema, param.python)
        if param.location == "body":
            body[param.name] = to_json(checked)
        else:
            kwargs[param.arg] = checked
    headers = _mapping(options.extra_headers, "extra_headers")
    if headers is not None and any(not isinstance(v, str) for v in headers.values()):
        raise ValidationError("extra_headers must map header names to strings")
    if headers is not None and any(k.lower() == "authorization" for k in headers):
        raise ValidationError("extra_headers must not set Authorization")
    query = _mapping(options.extra_query, "extra_query")
    extra_body = _mapping(options.extra_body, "extra_body")
    if op.body_model is not None:
        kwargs["body"] = getattr(models, op.body_model).from_dict(body)
    return Call(
        importlib.import_module(op.module),
        kwargs,
        timeout=options.timeout,
        extra_headers=headers,
        extra_query=query,
        extra_body=extra_body if op.body_model is not None else None,
    )


def result(op: Operation, parsed: Any) -> Any:
    return getattr(parsed, op.unwrap) if op.unwrap else parsed


def page_reader(op: Operation) -> tuple[str, Callable[[Any], Page[Any]]]:
    pagination = op.pagination
    if pagination is None:
        raise ValidationError(f"{op.operation_id} does not page (no x-pagination in the spec)")

    def page(result: Any) -> Page[Any]:
        token = getattr(result, pagination.response)
        return Page(
            list(getattr(result, pagination.items)),
            token if isinstance(token, str) and token else None,
        )

    return pagination.request, page
