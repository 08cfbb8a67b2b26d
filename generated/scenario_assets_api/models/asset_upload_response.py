from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.job import Job


T = TypeVar("T", bound="AssetUploadResponse")

_OPTIONAL_KEYS = frozenset(
    {
        "job",
    }
)


@_attrs_define
class AssetUploadResponse:
    asset: Asset
    job: Job | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
            }
        )
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.job import Job  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset = Asset.from_dict(d.pop("asset"))

        except ResponseFieldError as exc:
            raise exc.inside("asset") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("asset", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _job = d.pop("job", UNSET)
            job: Job | Unset
            if isinstance(_job, Unset):
                job = UNSET
            else:
                job = Job.from_dict(_job)

        except ResponseFieldError as exc:
            raise exc.inside("job") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("job", exc) from exc

        asset_upload_response = cls(
            asset=asset,
            job=job,
        )

        asset_upload_response.additional_properties = d
        return asset_upload_response

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
                "asset",
                "job",
            ),
        )
