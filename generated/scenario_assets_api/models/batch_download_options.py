from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDownloadOptions")

_OPTIONAL_KEYS = frozenset(
    {
        "flat",
    }
)


@_attrs_define
class BatchDownloadOptions:
    file_name_template: str
    """ A file naming convention as a string with the following available parameters: (seed used to generate the
    asset) (index of the asset in the inference) (prompt of the inference) (prompt of the generator) Example: "---"
    """
    flat: bool | Unset = UNSET
    """ Flag to prevent grouping assets in directories and store them flat """

    def to_dict(self) -> dict[str, Any]:
        file_name_template = self.file_name_template

        flat = self.flat

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileNameTemplate": file_name_template,
            }
        )
        if flat is not UNSET:
            field_dict["flat"] = flat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            file_name_template = d.pop("fileNameTemplate")
        except ResponseFieldError as exc:
            raise exc.inside("fileNameTemplate") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("fileNameTemplate", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            flat = d.pop("flat", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("flat") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("flat", exc) from exc

        batch_download_options = cls(
            file_name_template=file_name_template,
            flat=flat,
        )

        return batch_download_options

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "file_name_template",
                "flat",
            ),
        )
