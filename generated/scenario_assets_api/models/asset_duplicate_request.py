from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetDuplicateRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "targetProjectId",
    }
)


@_attrs_define
class AssetDuplicateRequest:
    target_project_id: str | Unset = UNSET
    """ The id of the project to copy the asset to. If not provided, the asset will be copied to the canvas project.
    """

    def to_dict(self) -> dict[str, Any]:
        target_project_id = self.target_project_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            target_project_id = d.pop("targetProjectId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("targetProjectId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("targetProjectId", exc) from exc

        asset_duplicate_request = cls(
            target_project_id=target_project_id,
        )

        return asset_duplicate_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            ("target_project_id",),
        )
