from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.asset_kind import AssetKind
from ..models.asset_privacy import AssetPrivacy
from ..models.asset_source import AssetSource
from ..models.asset_status import AssetStatus
from ..models.edit_capability import EditCapability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_file_ref import AssetFileRef
    from ..models.asset_metadata import AssetMetadata
    from ..models.asset_properties import AssetProperties


T = TypeVar("T", bound="Asset")

_OPTIONAL_KEYS = frozenset(
    {
        "automaticCaptioning",
        "description",
        "embedding",
        "firstFrame",
        "isHidden",
        "lastFrame",
        "nsfw",
        "originalFileUrl",
        "outputIndex",
        "preview",
        "thumbnail",
    }
)


@_attrs_define
class Asset:
    id: str
    """ The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    author_id: str
    """ The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    collection_ids: list[str]
    """ A list of CollectionId this asset belongs to """
    created_at: str
    """ The asset creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    edit_capabilities: list[EditCapability]
    """ List of edit capabilities """
    kind: AssetKind
    metadata: AssetMetadata
    mime_type: str
    """ The mime type of the asset (example: "image/png") """
    owner_id: str
    """ The owner (project) ID (example: "proj_23tlk332lkht3kl2" or "team_dlkhgs23tlk3hlkth32lkht3kl2" for old
    teams) """
    privacy: AssetPrivacy
    properties: AssetProperties
    source: AssetSource
    status: AssetStatus
    tags: list[str]
    """ The associated tags (example: ["sci-fi", "landscape"]) """
    updated_at: str
    """ The asset last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    url: str
    """ Signed URL to get the asset content """
    automatic_captioning: str | Unset = UNSET
    """ Automatic captioning of the asset """
    description: str | Unset = UNSET
    """ The description, it will contain in priority: - the manual description - the advanced captioning when the
    asset is used in training flow - the automatic captioning """
    embedding: list[float] | Unset = UNSET
    """ The embedding of the asset when requested. Only available when an asset can be embedded (ie: not Detection
    maps) """
    first_frame: AssetFileRef | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    """ Whether the asset is hidden. """
    last_frame: AssetFileRef | Unset = UNSET
    nsfw: list[str] | Unset = UNSET
    """ The NSFW labels """
    original_file_url: str | Unset = UNSET
    """ The original file url. Contains the url of the original file. without any conversion. Only available for
    some specific video, audio and threeD assets. Is only specified if the given asset data has been replaced with a
    new file during the creation of the asset. """
    output_index: float | Unset = UNSET
    """ The output index of the asset within a job This index is an positive integer that starts at 0 It is used to
    differentiate between multiple outputs of the same job If the job has only one output, this index is 0 """
    preview: AssetFileRef | Unset = UNSET
    thumbnail: AssetFileRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author_id = self.author_id

        collection_ids = self.collection_ids

        created_at = self.created_at

        edit_capabilities = []
        for edit_capabilities_item_data in self.edit_capabilities:
            edit_capabilities_item = edit_capabilities_item_data.value
            edit_capabilities.append(edit_capabilities_item)

        kind = self.kind.value

        metadata = self.metadata.to_dict()

        mime_type = self.mime_type

        owner_id = self.owner_id

        privacy = self.privacy.value

        properties = self.properties.to_dict()

        source = self.source.value

        status = self.status.value

        tags = self.tags

        updated_at = self.updated_at

        url = self.url

        automatic_captioning = self.automatic_captioning

        description = self.description

        embedding: list[float] | Unset = UNSET
        if not isinstance(self.embedding, Unset):
            embedding = self.embedding

        first_frame: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_frame, Unset):
            first_frame = self.first_frame.to_dict()

        is_hidden = self.is_hidden

        last_frame: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_frame, Unset):
            last_frame = self.last_frame.to_dict()

        nsfw: list[str] | Unset = UNSET
        if not isinstance(self.nsfw, Unset):
            nsfw = self.nsfw

        original_file_url = self.original_file_url

        output_index = self.output_index

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authorId": author_id,
                "collectionIds": collection_ids,
                "createdAt": created_at,
                "editCapabilities": edit_capabilities,
                "kind": kind,
                "metadata": metadata,
                "mimeType": mime_type,
                "ownerId": owner_id,
                "privacy": privacy,
                "properties": properties,
                "source": source,
                "status": status,
                "tags": tags,
                "updatedAt": updated_at,
                "url": url,
            }
        )
        if automatic_captioning is not UNSET:
            field_dict["automaticCaptioning"] = automatic_captioning
        if description is not UNSET:
            field_dict["description"] = description
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if first_frame is not UNSET:
            field_dict["firstFrame"] = first_frame
        if is_hidden is not UNSET:
            field_dict["isHidden"] = is_hidden
        if last_frame is not UNSET:
            field_dict["lastFrame"] = last_frame
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if original_file_url is not UNSET:
            field_dict["originalFileUrl"] = original_file_url
        if output_index is not UNSET:
            field_dict["outputIndex"] = output_index
        if preview is not UNSET:
            field_dict["preview"] = preview
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_file_ref import AssetFileRef  # noqa: PLC0415
        from ..models.asset_metadata import AssetMetadata  # noqa: PLC0415
        from ..models.asset_properties import AssetProperties  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            id = d.pop("id")
        except ResponseFieldError as exc:
            raise exc.inside("id") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("id", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            author_id = d.pop("authorId")
        except ResponseFieldError as exc:
            raise exc.inside("authorId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("authorId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            collection_ids = cast(list[str], d.pop("collectionIds"))

        except ResponseFieldError as exc:
            raise exc.inside("collectionIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("collectionIds", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            created_at = d.pop("createdAt")
        except ResponseFieldError as exc:
            raise exc.inside("createdAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("createdAt", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            edit_capabilities = []
            _edit_capabilities = d.pop("editCapabilities")
            for edit_capabilities_item_data in _edit_capabilities:
                edit_capabilities_item = EditCapability(edit_capabilities_item_data)

                edit_capabilities.append(edit_capabilities_item)

        except ResponseFieldError as exc:
            raise exc.inside("editCapabilities") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("editCapabilities", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            kind = AssetKind(d.pop("kind"))

        except ResponseFieldError as exc:
            raise exc.inside("kind") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("kind", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            metadata = AssetMetadata.from_dict(d.pop("metadata"))

        except ResponseFieldError as exc:
            raise exc.inside("metadata") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("metadata", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            mime_type = d.pop("mimeType")
        except ResponseFieldError as exc:
            raise exc.inside("mimeType") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("mimeType", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            owner_id = d.pop("ownerId")
        except ResponseFieldError as exc:
            raise exc.inside("ownerId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("ownerId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            privacy = AssetPrivacy(d.pop("privacy"))

        except ResponseFieldError as exc:
            raise exc.inside("privacy") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("privacy", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            properties = AssetProperties.from_dict(d.pop("properties"))

        except ResponseFieldError as exc:
            raise exc.inside("properties") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("properties", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            source = AssetSource(d.pop("source"))

        except ResponseFieldError as exc:
            raise exc.inside("source") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("source", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            status = AssetStatus(d.pop("status"))

        except ResponseFieldError as exc:
            raise exc.inside("status") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("status", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            tags = cast(list[str], d.pop("tags"))

        except ResponseFieldError as exc:
            raise exc.inside("tags") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("tags", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            updated_at = d.pop("updatedAt")
        except ResponseFieldError as exc:
            raise exc.inside("updatedAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("updatedAt", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            url = d.pop("url")
        except ResponseFieldError as exc:
            raise exc.inside("url") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("url", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            automatic_captioning = d.pop("automaticCaptioning", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("automaticCaptioning") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("automaticCaptioning", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            description = d.pop("description", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("description") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("description", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            embedding = cast(list[float], d.pop("embedding", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("embedding") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("embedding", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _first_frame = d.pop("firstFrame", UNSET)
            first_frame: AssetFileRef | Unset
            if isinstance(_first_frame, Unset):
                first_frame = UNSET
            else:
                first_frame = AssetFileRef.from_dict(_first_frame)

        except ResponseFieldError as exc:
            raise exc.inside("firstFrame") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("firstFrame", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            is_hidden = d.pop("isHidden", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("isHidden") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("isHidden", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _last_frame = d.pop("lastFrame", UNSET)
            last_frame: AssetFileRef | Unset
            if isinstance(_last_frame, Unset):
                last_frame = UNSET
            else:
                last_frame = AssetFileRef.from_dict(_last_frame)

        except ResponseFieldError as exc:
            raise exc.inside("lastFrame") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("lastFrame", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            nsfw = cast(list[str], d.pop("nsfw", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("nsfw") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("nsfw", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            original_file_url = d.pop("originalFileUrl", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("originalFileUrl") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("originalFileUrl", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            output_index = d.pop("outputIndex", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("outputIndex") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("outputIndex", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _preview = d.pop("preview", UNSET)
            preview: AssetFileRef | Unset
            if isinstance(_preview, Unset):
                preview = UNSET
            else:
                preview = AssetFileRef.from_dict(_preview)

        except ResponseFieldError as exc:
            raise exc.inside("preview") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("preview", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _thumbnail = d.pop("thumbnail", UNSET)
            thumbnail: AssetFileRef | Unset
            if isinstance(_thumbnail, Unset):
                thumbnail = UNSET
            else:
                thumbnail = AssetFileRef.from_dict(_thumbnail)

        except ResponseFieldError as exc:
            raise exc.inside("thumbnail") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("thumbnail", exc) from exc

        asset = cls(
            id=id,
            author_id=author_id,
            collection_ids=collection_ids,
            created_at=created_at,
            edit_capabilities=edit_capabilities,
            kind=kind,
            metadata=metadata,
            mime_type=mime_type,
            owner_id=owner_id,
            privacy=privacy,
            properties=properties,
            source=source,
            status=status,
            tags=tags,
            updated_at=updated_at,
            url=url,
            automatic_captioning=automatic_captioning,
            description=description,
            embedding=embedding,
            first_frame=first_frame,
            is_hidden=is_hidden,
            last_frame=last_frame,
            nsfw=nsfw,
            original_file_url=original_file_url,
            output_index=output_index,
            preview=preview,
            thumbnail=thumbnail,
        )

        asset.additional_properties = d
        return asset

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
                "id",
                "author_id",
                "collection_ids",
                "created_at",
                "edit_capabilities",
                "kind",
                "metadata",
                "mime_type",
                "owner_id",
                "privacy",
                "properties",
                "source",
                "status",
                "tags",
                "updated_at",
                "url",
                "automatic_captioning",
                "description",
                "embedding",
                "first_frame",
                "is_hidden",
                "last_frame",
                "nsfw",
                "original_file_url",
                "output_index",
                "preview",
                "thumbnail",
            ),
        )
