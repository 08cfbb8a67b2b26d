from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError

if TYPE_CHECKING:
    from ..models.asset import Asset


T = TypeVar("T", bound="AssetUnlockResponse")


@_attrs_define
class AssetUnlockResponse:
    asset: Asset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415

        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset = Asset.from_dict(d.pop("asset"))

        except ResponseFieldError as exc:
            raise exc.inside("asset") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("asset", exc) from exc

        asset_unlock_response = cls(
            asset=asset,
        )

        asset_unlock_response.additional_properties = d
        return asset_unlock_response

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
            ("asset",),
        )
