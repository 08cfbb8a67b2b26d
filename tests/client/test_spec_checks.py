"""The input checks as rules: each schema keyword the generated operation table can carry, the
exact messages (they name the parameter and say what was given), and conversions.

test_validation.py and test_bad_inputs.py drive these through the client's methods; here the
checker (``scenario_assets._validation``) is fed schemas directly, so rules the current spec
does not use yet (numbers, open objects, lengths) are pinned too.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

import pytest
from scenario_assets_api.models import AssetType, SortDirection

import scenario_assets as sa
from scenario_assets._validation import check, enum_member, id_list, resource_id, tag_list, to_json
from tests.support.mock import Recorder

BASE = "https://api.test/v1"

BATCH_OPTIONS = {
    "type": "object",
    "properties": {
        "fileNameTemplate": {"type": "string", "minLength": 1},
        "flat": {"type": "boolean"},
    },
    "required": ["fileNameTemplate"],
    "additionalProperties": False,
}


def refused(value: object, schema: dict[str, Any], name: str = "p") -> str:
    """The message of the ValidationError ``check`` raises."""
    with pytest.raises(sa.ValidationError) as info:
        check(value, schema, name)
    return str(info.value)


# --------------------------------------------------------------------------------------
# Messages name the parameter and what it was given
# --------------------------------------------------------------------------------------


def test_id_checks_name_their_parameter_by_default() -> None:
    with pytest.raises(sa.ValidationError) as one:
        resource_id("no/slash")
    assert str(one.value) == "asset_id must be a non-empty id like 'asset_abc123', got 'no/slash'"
    with pytest.raises(sa.ValidationError) as many:
        id_list("asset_1")
    assert str(many.value) == "asset_ids must be a list of ids, got str"
    with pytest.raises(sa.ValidationError) as tags:
        tag_list("a,b")
    assert str(tags.value) == "tags must be a list of strings"


def test_a_client_method_given_one_id_instead_of_a_list_says_so() -> None:
    rec = Recorder()
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client,
        pytest.raises(sa.ValidationError) as info,
    ):
        client.assets.delete_many("asset_1")
    assert str(info.value) == "asset_ids must be a list of ids, got str"
    assert rec.requests == []


@pytest.mark.parametrize(
    ("value", "schema", "message"),
    [
        ("ab", {"type": "string", "minLength": 3}, "p needs at least 3 characters"),
        ("", {"type": "string", "minLength": 1}, "p must not be empty"),
        ("abc", {"type": "string", "maxLength": 1}, "p: at most 1 character, got 3"),
        ("abcd", {"type": "string", "maxLength": 2}, "p: at most 2 characters, got 4"),
        ([], {"type": "array", "minItems": 1}, "p must not be empty"),
        (["a"], {"type": "array", "minItems": 2}, "p needs at least 2 items"),
        (["a", "b"], {"type": "array", "maxItems": 1}, "p: at most 1 item, got 2"),
        (7, {"type": "string"}, "p must be a string, got 7"),
        ("a", {"type": "array"}, "p must be a list, got str"),
        ({"a": 1}, {"type": "array"}, "p must be a list, got dict"),
        (5, {"type": "array"}, "p must be a list, got int"),
        (
            0,
            {"type": "integer", "minimum": 1, "maximum": 9},
            "p must be an integer from 1 to 9, got 0",
        ),
        (0, {"type": "integer", "minimum": 1}, "p must be an integer >= 1, got 0"),
        (10, {"type": "integer", "maximum": 9}, "p must be an integer <= 9, got 10"),
        (1.5, {"type": "integer"}, "p must be an integer, got 1.5"),
        (True, {"type": "integer"}, "p must be an integer, got True"),
        ("1", {"type": "number"}, "p must be a number, got '1'"),
        (-0.5, {"type": "number", "minimum": 0}, "p must be a number >= 0, got -0.5"),
        (2.5, {"type": "number", "maximum": 2}, "p must be a number <= 2, got 2.5"),
        ("yes", {"type": "boolean"}, "p must be True or False, got 'yes'"),
        ([1], {"type": "object"}, "p must be a mapping, got list"),
        ({1: "a"}, {"type": "object"}, "p: keys must be strings, got 1"),
        (
            {"fileNameTemplate": "x", "flatt": True},
            BATCH_OPTIONS,
            "p: unknown field 'flatt' (known: fileNameTemplate, flat)",
        ),
        ({"flat": True}, BATCH_OPTIONS, "p.fileNameTemplate is required"),
        ({"fileNameTemplate": ""}, BATCH_OPTIONS, "p.fileNameTemplate must not be empty"),
        ({"fileNameTemplate": "x", "flat": "no"}, BATCH_OPTIONS, "p.flat must be True or False"),
        (["a", 7], {"type": "array", "items": {"type": "string"}}, "p[1] must be a string, got 7"),
        (["a,b"], {"type": "string", "x-comma-list": True}, "p: 'a,b' is not a valid tag"),
        ("a, ,b", {"type": "string", "x-comma-list": True}, "p: ' ' is not a valid tag"),
    ],
)
def test_each_refusal_names_the_parameter_and_what_is_wrong(
    value: object, schema: dict[str, Any], message: str
) -> None:
    assert refused(value, schema).startswith(message)


# --------------------------------------------------------------------------------------
# What passes, and what it becomes
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        (1.5, {"type": "number", "minimum": 1, "maximum": 2}, 1.5),
        (2, {"type": "number"}, 2),
        (1, {"type": "integer", "minimum": 1, "maximum": 1}, 1),
        ("abc", {"type": "string", "minLength": 3, "maxLength": 3}, "abc"),
        (("a", "b"), {"type": "array"}, ["a", "b"]),  # any iterable, sent as a list
        (range(1, 3), {"type": "array"}, [1, 2]),
        (["x", {"k": 1}], {"type": "array"}, ["x", {"k": 1}]),  # no items schema: as given
        ({"any": [1]}, {"type": "object"}, {"any": [1]}),  # no properties: all kept
        ({"extra": 1}, {"type": "object", "properties": {}}, {"extra": 1}),  # open object
        (
            {"fileNameTemplate": "{name}", "flat": None},
            BATCH_OPTIONS,
            {"fileNameTemplate": "{name}"},  # None means absent
        ),
        (["a", "b"], {"type": "string", "x-comma-list": True}, "a,b"),
        ("a,b", {"type": "string", "x-comma-list": True}, "a,b"),
        ("whatever", {}, "whatever"),  # no rule: passed through
    ],
)
def test_valid_values_pass_converted_for_the_request(
    value: object, schema: dict[str, Any], expected: object
) -> None:
    assert check(value, schema, "p") == expected


def test_nested_values_are_checked_and_converted() -> None:
    schema = {
        "type": "object",
        "properties": {
            "sort": {"type": "string", "x-enum-class": "SortDirection"},
            "types": {"type": "array", "items": {"type": "string", "x-enum-class": "AssetType"}},
        },
    }
    checked = check({"sort": "asc", "types": ["canvas"]}, schema, "q")
    assert checked == {"sort": SortDirection.ASC, "types": [AssetType.CANVAS]}
    assert to_json(checked) == {"sort": "asc", "types": ["canvas"]}
    assert type(to_json(checked)["sort"]) is str
    assert type(to_json(checked)["types"][0]) is str
    assert refused({"types": ["canvs"]}, schema, "q").startswith(
        "q.types[0]: 'canvs' is not a known AssetType"
    )


def test_enum_suggestions_are_at_most_three_and_absent_when_nothing_is_close() -> None:
    with pytest.raises(sa.ValidationError) as close:
        enum_member("texture-x", AssetType, "type")
    hints = re.findall(r"'([^']+)'", str(close.value).split("did you mean", 1)[1])
    assert len(hints) == 3
    assert str(close.value) == (
        f"type: 'texture-x' is not a known AssetType (did you mean {', '.join(map(repr, hints))}?)"
    )
    with pytest.raises(sa.ValidationError) as far:
        enum_member("zzzzzzzz", SortDirection, "sort_direction")
    assert str(far.value) == "sort_direction: 'zzzzzzzz' is not a known SortDirection"


# --------------------------------------------------------------------------------------
# Date-times: instants, sent in UTC whatever the machine's zone
# --------------------------------------------------------------------------------------


class NoOffset(tzinfo):
    """A time zone that does not know its offset (``utcoffset`` is None)."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def test_a_zone_without_an_offset_is_refused_like_a_naive_datetime() -> None:
    when = datetime(2030, 1, 1, 12, 0, tzinfo=NoOffset())
    assert "has no time zone" in refused(when, {"type": "string", "x-date-time": True})


@pytest.fixture
def far_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run with the process's local time zone set far from UTC."""
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("far_zone")
def test_date_times_are_sent_in_utc_whatever_the_local_zone() -> None:
    schema = {"type": "string", "x-date-time": True}
    assert time.strftime("%z") == "+0545"
    aware = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    assert check(aware, schema, "p") == "2030-01-01T12:00:00.000Z"
    assert check("2030-01-01T13:00:00+01:00", schema, "p") == "2030-01-01T12:00:00.000Z"
