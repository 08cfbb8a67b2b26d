from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import Factory as _Factory
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields
from scenario_assets_runtime._models import (
    brief_repr,
    names_by_type,
    split_checked,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowInputRequirement")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "always": "always",
    "conditionalValues": "conditional_values",
    "ifDefined": "if_defined",
    "ifNotDefined": "if_not_defined",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "always": (bool,),
    "conditionalValues": None,
    "ifDefined": None,
    "ifNotDefined": None,
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
class FlowInputRequirement:
    always: bool | Unset = UNSET
    """ Whether the input is always required """
    conditional_values: Any | Unset = UNSET
    """ Makes this input required when another input has a specific value: - Key: name of the input to check -
    Value: operation and allowed values that trigger the requirement """
    if_defined: Any | Unset = UNSET
    """ Makes this input required when another input is defined: - Key: name of the input that must be defined -
    Value: message to display when this input is required """
    if_not_defined: Any | Unset = UNSET
    """ Makes this input required when another input is not defined: - Key: name of the input that must be undefined
    - Value: message to display when this input is required """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always = self.always

        conditional_values = self.conditional_values

        if_defined = self.if_defined

        if_not_defined = self.if_not_defined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if conditional_values is not UNSET:
            field_dict["conditionalValues"] = conditional_values
        if if_defined is not UNSET:
            field_dict["ifDefined"] = if_defined
        if if_not_defined is not UNSET:
            field_dict["ifNotDefined"] = if_not_defined

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
        flow_input_requirement = cls.__new__(cls)
        flow_input_requirement.__dict__ = values

        flow_input_requirement.additional_properties = d
        return flow_input_requirement

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
                "always",
                "conditional_values",
                "if_defined",
                "if_not_defined",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(FlowInputRequirement):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(FlowInputRequirement, _attribute.name, _attribute.default)
