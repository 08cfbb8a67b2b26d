from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowInputRequirement")

_OPTIONAL_KEYS = frozenset(
    {
        "always",
        "conditionalValues",
        "ifDefined",
        "ifNotDefined",
    }
)


@_attrs_define
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
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            always = d.pop("always", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("always") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("always", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            conditional_values = d.pop("conditionalValues", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("conditionalValues") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("conditionalValues", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            if_defined = d.pop("ifDefined", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("ifDefined") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("ifDefined", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            if_not_defined = d.pop("ifNotDefined", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("ifNotDefined") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("ifNotDefined", exc) from exc

        flow_input_requirement = cls(
            always=always,
            conditional_values=conditional_values,
            if_defined=if_defined,
            if_not_defined=if_not_defined,
        )

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
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "always",
                "conditional_values",
                "if_defined",
                "if_not_defined",
            ),
        )
