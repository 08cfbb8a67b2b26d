from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import Factory as _Factory
from attrs import define as _attrs_define
from attrs import fields as _attrs_fields
from scenario_assets_runtime._models import (
    brief_repr,
    names_by_type,
    split_checked,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUpdateRequest")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "canvas": "canvas",
    "description": "description",
    "disableSnapshot": "disable_snapshot",
    "lockExpiresAt": "lock_expires_at",
    "lockId": "lock_id",
    "name": "name",
    "thumbnail": "thumbnail",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "canvas": (str,),
    "description": (str,),
    "disableSnapshot": (bool,),
    "lockExpiresAt": (str,),
    "lockId": (str,),
    "name": (str,),
    "thumbnail": (str,),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS

    _CONVERTERS = []
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
class AssetUpdateRequest:
    canvas: str | Unset = UNSET
    """ The new value for the canvas as a stringified JSON. """
    description: str | Unset = UNSET
    """ The new description of the asset. """
    disable_snapshot: bool | Unset = UNSET
    """ If true, no snapshot will be created for this update. """
    lock_expires_at: str | Unset = UNSET
    """ The ISO timestamp when the lock on the canvas will expire. """
    lock_id: str | Unset = UNSET
    """ The value of the lock to use when updating a locked canvas. """
    name: str | Unset = UNSET
    """ The new name for the canvas. """
    thumbnail: str | Unset = UNSET
    """ The new thumbnail for the canvas in base64 format string. """

    def to_dict(self) -> dict[str, Any]:
        canvas = self.canvas

        description = self.description

        disable_snapshot = self.disable_snapshot

        lock_expires_at = self.lock_expires_at

        lock_id = self.lock_id

        name = self.name

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if canvas is not UNSET:
            field_dict["canvas"] = canvas
        if description is not UNSET:
            field_dict["description"] = description
        if disable_snapshot is not UNSET:
            field_dict["disableSnapshot"] = disable_snapshot
        if lock_expires_at is not UNSET:
            field_dict["lockExpiresAt"] = lock_expires_at
        if lock_id is not UNSET:
            field_dict["lockId"] = lock_id
        if name is not UNSET:
            field_dict["name"] = name
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: walk the keys present (see _NAMES). `null` means the same as an absent
        # field; unknown keys are kept in additional_properties; a value of the wrong JSON type
        # (see _TYPES) or that does not convert is reported with its JSON path.
        # (_BY_TYPE: a miss is an unknown key or a wrong type, sorted out by _split_checked.)
        try:
            values: dict[str, Any] = {_BY_TYPE[type(value)][key]: value for key, value in src_dict.items()}
            values.pop("", None)
            d: dict[str, Any] = {}
        except KeyError:
            values, d = split_checked(src_dict, _NAMES, _TYPES)
        asset_update_request = cls.__new__(cls)
        asset_update_request.__dict__ = values

        return asset_update_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        return brief_repr(
            self,
            (
                "canvas",
                "description",
                "disable_snapshot",
                "lock_expires_at",
                "lock_id",
                "name",
                "thumbnail",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(AssetUpdateRequest):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(AssetUpdateRequest, _attribute.name, _attribute.default)
