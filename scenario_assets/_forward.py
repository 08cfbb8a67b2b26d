"""What helpers forward to the operations they wrap, and the client-wide options.

A helper builds its operation's request body itself (streaming, chunking, conversions); the
operation's optional query parameters it takes as ``**params`` (typed by the generated
``...QueryParams`` records) and forwards here, checked by the spec's rules like any parameter.
A helper that wraps several operations takes the union of their records: each value goes to
every wrapped operation that declares a parameter of that name, and a name none of them
declares is refused. Nothing here names a parameter: when the spec gains one, the generated
records and the operation table gain it, and every helper takes it.

A client-wide option (``x-client-option`` on a parameter) is checked once when the client is
built (:func:`client_options`) and added by the invoker to every call of an operation that
declares it and was given no value of its own (:func:`with_client_options`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from scenario_assets_api._operations import OPERATIONS, Operation, Param
from scenario_assets_api.types import UNSET

from scenario_assets_runtime._operations import warn_deprecated

from ._call import Call
from ._runner import check_rules
from ._validation import check, to_json
from .errors import ConfigurationError, ValidationError

__all__ = ["client_options", "forward", "split", "with_client_options"]


def _query(op: Operation, locations: tuple[str, ...] = ("query",)) -> dict[str, Param]:
    """The optional parameters of ``op`` in ``locations``, by keyword: what a helper forwards
    (by default its query parameters; a helper that calls a generated method forwards all)."""
    return {p.python: p for p in op.params if p.location in locations and not p.required}


def split(
    ops: tuple[Operation, ...],
    params: Mapping[str, Any],
    helper: str,
    locations: tuple[str, ...] = ("query",),
) -> list[dict[str, Any]]:
    """``params`` (keyword -> value) given to ``helper``, one record per operation in ``ops``:
    each holds the values of the parameters that operation declares (in ``locations``).

    Raises:
        ValidationError: a keyword no wrapped operation declares, before any request.
    """
    declared = [_query(op, locations) for op in ops]
    unknown = sorted(k for k in params if not any(k in d for d in declared))
    if unknown:
        known = sorted(set().union(*declared))
        raise ValidationError(
            f"{helper}() got an unexpected parameter {unknown[0]!r}"
            + (f"; it forwards {', '.join(known)}" if known else "")
        )
    return [{k: v for k, v in params.items() if k in d} for d in declared]


def _checked(op: Operation, params: Mapping[str, Any]) -> dict[str, Any]:
    """One operation's forwarded values as endpoint arguments, checked as its runner would."""
    declared = _query(op)
    check_rules(op.rules, params)
    warn_deprecated(op, {declared[k].name: v for k, v in params.items()})
    return {
        declared[k].arg: check(v, declared[k].schema, k) for k, v in params.items() if v is not None
    }


def forward(
    ops: tuple[Operation, ...], params: Mapping[str, Any], helper: str
) -> list[dict[str, Any]]:
    """The endpoint arguments of each operation in ``ops`` for the ``params`` (keyword ->
    value; None: absent) given to ``helper``, checked by the spec's rules (schema, format,
    ``x-rules``) before any request.

    Raises:
        ValidationError: a keyword no wrapped operation declares, or a value its parameter
            refuses (named).
    """
    return [_checked(op, part) for op, part in zip(ops, split(ops, params, helper), strict=True)]


def client_options(given: Mapping[str, object]) -> dict[str, Any]:
    """Client-wide options, checked like the parameters that declare them (None: not set).

    Raises:
        ConfigurationError: a name no parameter of the spec declares as ``x-client-option``,
            or a value its parameter refuses.
    """
    declared: dict[str, list[Param]] = {}
    for op in OPERATIONS.values():
        for name, param in op.client_options.items():
            declared.setdefault(name, []).append(param)
    out: dict[str, Any] = {}
    for name, value in given.items():
        if name not in declared:
            known = ", ".join(sorted(declared)) or "none in this spec"
            raise ConfigurationError(f"unknown client option {name!r} (client options: {known})")
        if value is None:
            continue
        checked: Any = value
        try:
            for param in declared[name]:
                checked = check(value, param.schema, name)
        except ValidationError as exc:
            raise ConfigurationError(str(exc)) from None
        out[name] = checked
    return out


def with_client_options(call: Call, values: Mapping[str, Any]) -> Call:
    """``call`` with the client-wide options its operation declares and it does not set."""
    op = call.operation
    if op is None or not values:
        return call
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for name, param in op.client_options.items():
        if name not in values:
            continue
        if param.location == "body":
            body[param.name] = to_json(values[name])
        elif call.kwargs.get(param.arg, UNSET) in (UNSET, None):
            kwargs[param.arg] = values[name]
    if body and "body" in call.kwargs:
        model = call.kwargs["body"]
        wire = model.to_dict()
        missing = {k: v for k, v in body.items() if k not in wire}
        if missing:
            kwargs["body"] = type(model).from_dict({**wire, **missing})
    if not kwargs:
        return call
    return attrs.evolve(call, kwargs={**call.kwargs, **kwargs})
