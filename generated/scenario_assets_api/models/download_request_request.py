from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..models.target_format import TargetFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadRequestRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "targetFormat",
    }
)


@_attrs_define
class DownloadRequestRequest:
    target_format: TargetFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_format: str | Unset = UNSET
        if not isinstance(self.target_format, Unset):
            target_format = self.target_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if target_format is not UNSET:
            field_dict["targetFormat"] = target_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _target_format = d.pop("targetFormat", UNSET)
            target_format: TargetFormat | Unset
            if isinstance(_target_format, Unset):
                target_format = UNSET
            else:
                target_format = TargetFormat(_target_format)

        except ResponseFieldError as exc:
            raise exc.inside("targetFormat") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("targetFormat", exc) from exc

        download_request_request = cls(
            target_format=target_format,
        )

        return download_request_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            ("target_format",),
        )
