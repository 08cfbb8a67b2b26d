from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadGetStatusResponse")

_OPTIONAL_KEYS = frozenset(
    {
        "downloadUrl",
    }
)


@_attrs_define
class DownloadGetStatusResponse:
    job_id: str
    """ The job id associated with the download request """
    job_status: str
    """ The current job status """
    download_url: str | Unset = UNSET
    """ The download url """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_status = self.job_status

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "jobStatus": job_status,
            }
        )
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            job_id = d.pop("jobId")
        except ResponseFieldError as exc:
            raise exc.inside("jobId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("jobId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            job_status = d.pop("jobStatus")
        except ResponseFieldError as exc:
            raise exc.inside("jobStatus") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("jobStatus", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            download_url = d.pop("downloadUrl", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("downloadUrl") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("downloadUrl", exc) from exc

        download_get_status_response = cls(
            job_id=job_id,
            job_status=job_status,
            download_url=download_url,
        )

        download_get_status_response.additional_properties = d
        return download_get_status_response

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
                "job_id",
                "job_status",
                "download_url",
            ),
        )
