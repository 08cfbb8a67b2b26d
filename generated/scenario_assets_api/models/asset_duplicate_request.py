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

T = TypeVar("T", bound="AssetDuplicateRequest")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "targetProjectId": "target_project_id",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "targetProjectId": (str,),
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
class AssetDuplicateRequest:
    target_project_id: str | Unset = UNSET
    """ The id of the project to copy the asset to. If not provided, the asset will be copied to the canvas project.
    """

    def to_dict(self) -> dict[str, Any]:
        target_project_id = self.target_project_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id

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
        asset_duplicate_request = cls.__new__(cls)
        asset_duplicate_request.__dict__ = values

        return asset_duplicate_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        return brief_repr(
            self,
            ("target_project_id",),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(AssetDuplicateRequest):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(AssetDuplicateRequest, _attribute.name, _attribute.default)
