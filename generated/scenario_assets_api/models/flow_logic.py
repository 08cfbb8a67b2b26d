from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_logic_case import FlowLogicCase


T = TypeVar("T", bound="FlowLogic")

_OPTIONAL_KEYS = frozenset(
    {
        "cases",
        "default",
        "transform",
    }
)


@_attrs_define
class FlowLogic:
    cases: list[FlowLogicCase] | Unset = UNSET
    """ The cases of the logic. Only available for if/else nodes. """
    default: str | Unset = UNSET
    """ The default case of the logic. Contains the id/output of the node to execute if no case is matched. Only
    available for if/else nodes. """
    transform: str | Unset = UNSET
    """ The transform of the logic. Only available for transform nodes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cases, Unset):
            cases = []
            for cases_item_data in self.cases:
                cases_item = cases_item_data.to_dict()
                cases.append(cases_item)

        default = self.default

        transform = self.transform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cases is not UNSET:
            field_dict["cases"] = cases
        if default is not UNSET:
            field_dict["default"] = default
        if transform is not UNSET:
            field_dict["transform"] = transform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_logic_case import FlowLogicCase  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _cases = d.pop("cases", UNSET)
            cases: list[FlowLogicCase] | Unset = UNSET
            if _cases is not UNSET:
                cases = []
                for cases_item_data in _cases:
                    cases_item = FlowLogicCase.from_dict(cases_item_data)

                    cases.append(cases_item)

        except ResponseFieldError as exc:
            raise exc.inside("cases") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("cases", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            default = d.pop("default", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("default") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("default", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            transform = d.pop("transform", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("transform") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("transform", exc) from exc

        flow_logic = cls(
            cases=cases,
            default=default,
            transform=transform,
        )

        flow_logic.additional_properties = d
        return flow_logic

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
                "cases",
                "default",
                "transform",
            ),
        )
