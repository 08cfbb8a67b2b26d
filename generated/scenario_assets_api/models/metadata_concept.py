from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import Factory as _Factory
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields
from scenario_assets_runtime._errors import ResponseFieldError
from scenario_assets_runtime._models import (
    brief_repr,
    names_by_type,
    split_checked,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataConcept")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "modelId": "model_id",
    "scale": "scale",
    "modelEpoch": "model_epoch",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "modelId": (str,),
    "scale": (int, float),
    "modelEpoch": (str,),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {
    "model_id": ("modelId", False),
    "scale": ("scale", False),
}
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
class MetadataConcept:
    model_id: str
    """ The model ID (example: "model_eyVcnFJcR92BxBkz7N6g5w") """
    scale: float
    """ The scale of the model (example: 1.0) For Flux Kontext Prompt Editing, the scale is between 0 and 2. """
    model_epoch: str | Unset = UNSET
    """ The epoch of the model (example: "000001") Only available for Flux Lora Trained models """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        scale = self.scale

        model_epoch = self.model_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "scale": scale,
            }
        )
        if model_epoch is not UNSET:
            field_dict["modelEpoch"] = model_epoch

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
        if not values.keys() >= _REQUIRED.keys():
            for name, (key, null_is_a_value) in _REQUIRED.items():
                if name in values:
                    continue
                if key not in src_dict:
                    raise ResponseFieldError(key, KeyError(key))
                if not null_is_a_value:
                    raise ResponseFieldError(key, TypeError("null for a required field"))
                values[name] = None
        metadata_concept = cls.__new__(cls)
        metadata_concept.__dict__ = values

        metadata_concept.additional_properties = d
        return metadata_concept

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        return brief_repr(
            self,
            (
                "model_id",
                "scale",
                "model_epoch",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(MetadataConcept):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(MetadataConcept, _attribute.name, _attribute.default)
