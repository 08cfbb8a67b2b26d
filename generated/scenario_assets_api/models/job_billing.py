from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError

T = TypeVar("T", bound="JobBilling")


@_attrs_define
class JobBilling:
    cu_cost: float
    cu_discount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cu_cost = self.cu_cost

        cu_discount = self.cu_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cuCost": cu_cost,
                "cuDiscount": cu_discount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            cu_cost = d.pop("cuCost")
        except ResponseFieldError as exc:
            raise exc.inside("cuCost") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("cuCost", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            cu_discount = d.pop("cuDiscount")
        except ResponseFieldError as exc:
            raise exc.inside("cuDiscount") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("cuDiscount", exc) from exc

        job_billing = cls(
            cu_cost=cu_cost,
            cu_discount=cu_discount,
        )

        job_billing.additional_properties = d
        return job_billing

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
                "cu_cost",
                "cu_discount",
            ),
        )
