from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import ResponseFieldError

T = TypeVar("T", bound="AssetDeleteMultipleRequest")


@_attrs_define
class AssetDeleteMultipleRequest:
    asset_ids: list[str]
    """ The ids of the assets to delete. (Max 100 at once) """

    def to_dict(self) -> dict[str, Any]:
        asset_ids = self.asset_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetIds": asset_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset_ids = cast(list[str], d.pop("assetIds"))

        except ResponseFieldError as exc:
            raise exc.inside("assetIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("assetIds", exc) from exc

        asset_delete_multiple_request = cls(
            asset_ids=asset_ids,
        )

        return asset_delete_multiple_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            ("asset_ids",),
        )
