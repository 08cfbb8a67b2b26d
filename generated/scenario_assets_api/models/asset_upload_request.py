from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUploadRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "canvas",
        "collectionIds",
        "hide",
        "image",
        "parentId",
        "thumbnail",
    }
)


@_attrs_define
class AssetUploadRequest:
    name: str
    """ The original file name of the image (example: "low-res-image.jpg"). """
    canvas: str | Unset = UNSET
    """ The canvas to upload as a stringified JSON. Ignored if `image` is provided. """
    collection_ids: list[str] | Unset = UNSET
    """ The IDs of the collections to add the asset to. If provided, the new asset will be added to the collections.
    """
    hide: bool | Unset = UNSET
    """ Toggles the hidden status of the asset. """
    image: str | Unset = UNSET
    """ The image to upload in base64 format string. """
    parent_id: str | Unset = UNSET
    """ Specifies the parent asset Id for the asset. """
    thumbnail: str | Unset = UNSET
    """ The thumbnail for the canvas in base64 format string. Ignored if `image` is provided. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        canvas = self.canvas

        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        hide = self.hide

        image = self.image

        parent_id = self.parent_id

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if canvas is not UNSET:
            field_dict["canvas"] = canvas
        if collection_ids is not UNSET:
            field_dict["collectionIds"] = collection_ids
        if hide is not UNSET:
            field_dict["hide"] = hide
        if image is not UNSET:
            field_dict["image"] = image
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            name = d.pop("name")
        except ResponseFieldError as exc:
            raise exc.inside("name") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("name", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            canvas = d.pop("canvas", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("canvas") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("canvas", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            collection_ids = cast(list[str], d.pop("collectionIds", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("collectionIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("collectionIds", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            hide = d.pop("hide", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hide") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hide", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            image = d.pop("image", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("image") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("image", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            parent_id = d.pop("parentId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("parentId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("parentId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            thumbnail = d.pop("thumbnail", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("thumbnail") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("thumbnail", exc) from exc

        asset_upload_request = cls(
            name=name,
            canvas=canvas,
            collection_ids=collection_ids,
            hide=hide,
            image=image,
            parent_id=parent_id,
            thumbnail=thumbnail,
        )

        return asset_upload_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "name",
                "canvas",
                "collection_ids",
                "hide",
                "image",
                "parent_id",
                "thumbnail",
            ),
        )
