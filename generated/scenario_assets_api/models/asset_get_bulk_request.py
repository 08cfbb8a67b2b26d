from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetGetBulkRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "assetIds",
    }
)


@_attrs_define
class AssetGetBulkRequest:
    asset_ids: list[str] | Unset = UNSET
    """ The list of asset ids the team has read access to. Limit of 200 assets. """

    def to_dict(self) -> dict[str, Any]:
        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset_ids = cast(list[str], d.pop("assetIds", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("assetIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("assetIds", exc) from exc

        asset_get_bulk_request = cls(
            asset_ids=asset_ids,
        )

        return asset_get_bulk_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            ("asset_ids",),
        )
