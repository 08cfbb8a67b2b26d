from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.job_status import JobStatus

T = TypeVar("T", bound="JobStatusChange")


@_attrs_define
class JobStatusChange:
    date: str
    status: JobStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            date = d.pop("date")
        except ResponseFieldError as exc:
            raise exc.inside("date") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("date", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            status = JobStatus(d.pop("status"))

        except ResponseFieldError as exc:
            raise exc.inside("status") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("status", exc) from exc

        job_status_change = cls(
            date=date,
            status=status,
        )

        job_status_change.additional_properties = d
        return job_status_change

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
                "date",
                "status",
            ),
        )
