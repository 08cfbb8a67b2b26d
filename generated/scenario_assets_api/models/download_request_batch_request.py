from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError

if TYPE_CHECKING:
    from ..models.batch_download_options import BatchDownloadOptions
    from ..models.batch_download_query import BatchDownloadQuery


T = TypeVar("T", bound="DownloadRequestBatchRequest")


@_attrs_define
class DownloadRequestBatchRequest:
    options: BatchDownloadOptions
    query: BatchDownloadQuery

    def to_dict(self) -> dict[str, Any]:
        options = self.options.to_dict()

        query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "options": options,
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_download_options import BatchDownloadOptions  # noqa: PLC0415
        from ..models.batch_download_query import BatchDownloadQuery  # noqa: PLC0415

        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            options = BatchDownloadOptions.from_dict(d.pop("options"))

        except ResponseFieldError as exc:
            raise exc.inside("options") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("options", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            query = BatchDownloadQuery.from_dict(d.pop("query"))

        except ResponseFieldError as exc:
            raise exc.inside("query") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("query", exc) from exc

        download_request_batch_request = cls(
            options=options,
            query=query,
        )

        return download_request_batch_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "options",
                "query",
            ),
        )
