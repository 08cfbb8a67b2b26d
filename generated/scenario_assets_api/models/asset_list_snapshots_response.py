from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snapshot import Snapshot


T = TypeVar("T", bound="AssetListSnapshotsResponse")

_OPTIONAL_KEYS = frozenset(
    {
        "nextPaginationToken",
    }
)


@_attrs_define
class AssetListSnapshotsResponse:
    snapshots: list[Snapshot]
    next_pagination_token: str | Unset = UNSET
    """ A token to query the next page of snapshots """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshots = []
        for snapshots_item_data in self.snapshots:
            snapshots_item = snapshots_item_data.to_dict()
            snapshots.append(snapshots_item)

        next_pagination_token = self.next_pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshots": snapshots,
            }
        )
        if next_pagination_token is not UNSET:
            field_dict["nextPaginationToken"] = next_pagination_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot import Snapshot  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            snapshots = []
            _snapshots = d.pop("snapshots")
            for snapshots_item_data in _snapshots:
                snapshots_item = Snapshot.from_dict(snapshots_item_data)

                snapshots.append(snapshots_item)

        except ResponseFieldError as exc:
            raise exc.inside("snapshots") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("snapshots", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            next_pagination_token = d.pop("nextPaginationToken", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("nextPaginationToken") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("nextPaginationToken", exc) from exc

        asset_list_snapshots_response = cls(
            snapshots=snapshots,
            next_pagination_token=next_pagination_token,
        )

        asset_list_snapshots_response.additional_properties = d
        return asset_list_snapshots_response

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
                "snapshots",
                "next_pagination_token",
            ),
        )
