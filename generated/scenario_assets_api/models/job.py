from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.job_status import JobStatus
from ..models.job_type import JobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_billing import JobBilling
    from ..models.job_metadata import JobMetadata
    from ..models.job_status_change import JobStatusChange


T = TypeVar("T", bound="Job")

_OPTIONAL_KEYS = frozenset(
    {
        "authorId",
        "billing",
        "ownerId",
    }
)


@_attrs_define
class Job:
    created_at: str
    """ The job creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    job_id: str
    """ The job ID (example: "job_ocZCnG1Df35XRL1QyCZSRxAG8") """
    job_type: JobType
    metadata: JobMetadata
    progress: float
    """ Progress of the job (between 0 and 1) """
    status: JobStatus
    status_history: list[JobStatusChange]
    """ The history of the different statuses the job went through with the ISO string date of when the job reached
    each statuses. """
    updated_at: str
    """ The job last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    billing: JobBilling | Unset = UNSET
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        job_id = self.job_id

        job_type = self.job_type.value

        metadata = self.metadata.to_dict()

        progress = self.progress

        status = self.status.value

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        updated_at = self.updated_at

        author_id = self.author_id

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "jobId": job_id,
                "jobType": job_type,
                "metadata": metadata,
                "progress": progress,
                "status": status,
                "statusHistory": status_history,
                "updatedAt": updated_at,
            }
        )
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if billing is not UNSET:
            field_dict["billing"] = billing
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_billing import JobBilling  # noqa: PLC0415
        from ..models.job_metadata import JobMetadata  # noqa: PLC0415
        from ..models.job_status_change import JobStatusChange  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            created_at = d.pop("createdAt")
        except ResponseFieldError as exc:
            raise exc.inside("createdAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("createdAt", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            job_id = d.pop("jobId")
        except ResponseFieldError as exc:
            raise exc.inside("jobId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("jobId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            job_type = JobType(d.pop("jobType"))

        except ResponseFieldError as exc:
            raise exc.inside("jobType") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("jobType", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            metadata = JobMetadata.from_dict(d.pop("metadata"))

        except ResponseFieldError as exc:
            raise exc.inside("metadata") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("metadata", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            progress = d.pop("progress")
        except ResponseFieldError as exc:
            raise exc.inside("progress") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("progress", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            status = JobStatus(d.pop("status"))

        except ResponseFieldError as exc:
            raise exc.inside("status") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("status", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            status_history = []
            _status_history = d.pop("statusHistory")
            for status_history_item_data in _status_history:
                status_history_item = JobStatusChange.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        except ResponseFieldError as exc:
            raise exc.inside("statusHistory") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("statusHistory", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            updated_at = d.pop("updatedAt")
        except ResponseFieldError as exc:
            raise exc.inside("updatedAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("updatedAt", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            author_id = d.pop("authorId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("authorId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("authorId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _billing = d.pop("billing", UNSET)
            billing: JobBilling | Unset
            if isinstance(_billing, Unset):
                billing = UNSET
            else:
                billing = JobBilling.from_dict(_billing)

        except ResponseFieldError as exc:
            raise exc.inside("billing") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("billing", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            owner_id = d.pop("ownerId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("ownerId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("ownerId", exc) from exc

        job = cls(
            created_at=created_at,
            job_id=job_id,
            job_type=job_type,
            metadata=metadata,
            progress=progress,
            status=status,
            status_history=status_history,
            updated_at=updated_at,
            author_id=author_id,
            billing=billing,
            owner_id=owner_id,
        )

        job.additional_properties = d
        return job

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
                "created_at",
                "job_id",
                "job_type",
                "metadata",
                "progress",
                "status",
                "status_history",
                "updated_at",
                "author_id",
                "billing",
                "owner_id",
            ),
        )
