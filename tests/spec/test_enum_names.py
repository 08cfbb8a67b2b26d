"""``tools/enum_names.py``: member names never depend on a value's position."""

from __future__ import annotations

from typing import Any

import enum_names

from tests.support.spec import load_spec


def _spec(schema: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": {"Kind": {"type": "string", **schema}}}}


def test_the_spec_has_no_problem() -> None:
    assert enum_names.problems(load_spec()) == []


def test_a_digit_leading_value_without_names_is_refused() -> None:
    (problem,) = enum_names.problems(_spec({"enum": ["audio", "3d"]}))
    assert problem.startswith("Kind: value '3d' would be named VALUE_1 by its position")
    assert "'THREE_D'" in problem


def test_letter_leading_values_without_names_are_stable() -> None:
    assert enum_names.problems(_spec({"enum": ["audio", "video"]})) == []


def test_a_value_added_without_its_name_is_named() -> None:
    (problem,) = enum_names.problems(
        _spec({"enum": ["3d", "audio", "text"], "x-enum-varnames": ["THREE_D", "AUDIO"]})
    )
    assert "3 enum values but 2 x-enum-varnames" in problem
    assert "Unnamed: 'text'" in problem and "'TEXT'" in problem


def test_names_out_of_step_with_values_are_refused() -> None:
    problems = enum_names.problems(
        _spec({"enum": ["3d", "text", "video"], "x-enum-varnames": ["THREE_D", "VIDEO", "TEXT"]})
    )
    assert any("value 'text' is paired with 'VIDEO'" in p for p in problems), problems


def test_duplicate_and_invalid_names_are_refused() -> None:
    problems = enum_names.problems(
        _spec({"enum": ["a", "b", "c"], "x-enum-varnames": ["A", "A", "1C"]})
    )
    assert any("duplicate x-enum-varnames ['A']" in p for p in problems)
    assert any("'1C' (for 'c') is not a valid name" in p for p in problems)


def test_inline_enums_are_checked_with_their_location() -> None:
    spec = {
        "paths": {"/x": {"get": {"parameters": [{"schema": {"type": "string", "enum": ["1"]}}]}}}
    }
    (problem,) = enum_names.problems(spec)
    assert problem.startswith("paths./x.get.parameters[0].schema: value '1'")


def test_suggested_names() -> None:
    assert enum_names.suggested_name("3d-texture") == "THREE_D_TEXTURE"
    assert enum_names.suggested_name("image-hdr") == "IMAGE_HDR"
