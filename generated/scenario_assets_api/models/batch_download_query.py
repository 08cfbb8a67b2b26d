from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import ResponseFieldError

T = TypeVar("T", bound="BatchDownloadQuery")


@_attrs_define
class BatchDownloadQuery:
    asset_ids: list[str]
    """ Every individual assets specified will be included in the archive A batch is limited to 1000 assets in all.
    """
    inference_ids: list[str]
    """ All assets issued from the provided inference ids will be included in the archive """
    model_ids: list[str]
    """ All assets issued from the provided model ids will be included in the archive """

    def to_dict(self) -> dict[str, Any]:
        asset_ids = self.asset_ids

        inference_ids = self.inference_ids

        model_ids = self.model_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetIds": asset_ids,
                "inferenceIds": inference_ids,
                "modelIds": model_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset_ids = cast(list[str], d.pop("assetIds"))

        except ResponseFieldError as exc:
            raise exc.inside("assetIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("assetIds", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            inference_ids = cast(list[str], d.pop("inferenceIds"))

        except ResponseFieldError as exc:
            raise exc.inside("inferenceIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("inferenceIds", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            model_ids = cast(list[str], d.pop("modelIds"))

        except ResponseFieldError as exc:
            raise exc.inside("modelIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("modelIds", exc) from exc

        batch_download_query = cls(
            asset_ids=asset_ids,
            inference_ids=inference_ids,
            model_ids=model_ids,
        )

        return batch_download_query

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "asset_ids",
                "inference_ids",
                "model_ids",
            ),
        )
