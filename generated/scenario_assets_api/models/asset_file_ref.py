from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError

T = TypeVar("T", bound="AssetFileRef")


@_attrs_define
class AssetFileRef:
    asset_id: str
    """ The id of the referenced asset (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    url: str
    """ Signed URL of the referenced asset's content """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset_id = d.pop("assetId")
        except ResponseFieldError as exc:
            raise exc.inside("assetId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("assetId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            url = d.pop("url")
        except ResponseFieldError as exc:
            raise exc.inside("url") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("url", exc) from exc

        asset_file_ref = cls(
            asset_id=asset_id,
            url=url,
        )

        asset_file_ref.additional_properties = d
        return asset_file_ref

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
                "asset_id",
                "url",
            ),
        )
