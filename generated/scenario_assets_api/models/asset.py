from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import Factory as _Factory
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields
from scenario_assets_runtime._errors import ResponseFieldError
from scenario_assets_runtime._models import (
    KIND_ENUM,
    KIND_ENUM_LIST,
    KIND_MODEL,
    KIND_MODEL_LIST,
    KIND_NESTED_MODEL_LIST,
    KIND_NESTED_PLAIN_LIST,
    KIND_PLAIN_LIST,
    brief_repr,
    field_error,
    items_ok,
    names_by_type,
    split_checked,
)

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


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "id": "id",
    "authorId": "author_id",
    "collectionIds": "collection_ids",
    "createdAt": "created_at",
    "editCapabilities": "edit_capabilities",
    "kind": "kind",
    "metadata": "metadata",
    "mimeType": "mime_type",
    "ownerId": "owner_id",
    "privacy": "privacy",
    "properties": "properties",
    "source": "source",
    "status": "status",
    "tags": "tags",
    "updatedAt": "updated_at",
    "url": "url",
    "automaticCaptioning": "automatic_captioning",
    "description": "description",
    "embedding": "embedding",
    "firstFrame": "first_frame",
    "isHidden": "is_hidden",
    "lastFrame": "last_frame",
    "nsfw": "nsfw",
    "originalFileUrl": "original_file_url",
    "outputIndex": "output_index",
    "preview": "preview",
    "thumbnail": "thumbnail",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "id": (str,),
    "authorId": (str,),
    "collectionIds": (list,),
    "createdAt": (str,),
    "editCapabilities": (list,),
    "kind": (str,),
    "metadata": (dict,),
    "mimeType": (str,),
    "ownerId": (str,),
    "privacy": (str,),
    "properties": (dict,),
    "source": (str,),
    "status": (str,),
    "tags": (list,),
    "updatedAt": (str,),
    "url": (str,),
    "automaticCaptioning": (str,),
    "description": (str,),
    "embedding": (list,),
    "firstFrame": (dict,),
    "isHidden": (bool,),
    "lastFrame": (dict,),
    "nsfw": (list,),
    "originalFileUrl": (str,),
    "outputIndex": (int, float),
    "preview": (dict,),
    "thumbnail": (dict,),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {
    "id": ("id", False),
    "author_id": ("authorId", False),
    "collection_ids": ("collectionIds", False),
    "created_at": ("createdAt", False),
    "edit_capabilities": ("editCapabilities", False),
    "kind": ("kind", False),
    "metadata": ("metadata", False),
    "mime_type": ("mimeType", False),
    "owner_id": ("ownerId", False),
    "privacy": ("privacy", False),
    "properties": ("properties", False),
    "source": ("source", False),
    "status": ("status", False),
    "tags": ("tags", False),
    "updated_at": ("updatedAt", False),
    "url": ("url", False),
}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS
    from ..models.asset_file_ref import AssetFileRef  # noqa: PLC0415
    from ..models.asset_metadata import AssetMetadata  # noqa: PLC0415
    from ..models.asset_properties import AssetProperties  # noqa: PLC0415

    _CONVERTERS = [
        ("collectionIds", "collection_ids", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("editCapabilities", "edit_capabilities", KIND_ENUM_LIST, EditCapability._value2member_map_, EditCapability),
        ("kind", "kind", KIND_ENUM, AssetKind._value2member_map_, AssetKind),
        ("metadata", "metadata", KIND_MODEL, AssetMetadata.from_dict, None),
        ("privacy", "privacy", KIND_ENUM, AssetPrivacy._value2member_map_, AssetPrivacy),
        ("properties", "properties", KIND_MODEL, AssetProperties.from_dict, None),
        ("source", "source", KIND_ENUM, AssetSource._value2member_map_, AssetSource),
        ("status", "status", KIND_ENUM, AssetStatus._value2member_map_, AssetStatus),
        ("tags", "tags", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("embedding", "embedding", KIND_PLAIN_LIST, frozenset((int, float)), None),
        ("firstFrame", "first_frame", KIND_MODEL, AssetFileRef.from_dict, None),
        ("lastFrame", "last_frame", KIND_MODEL, AssetFileRef.from_dict, None),
        ("nsfw", "nsfw", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("preview", "preview", KIND_MODEL, AssetFileRef.from_dict, None),
        ("thumbnail", "thumbnail", KIND_MODEL, AssetFileRef.from_dict, None),
    ]
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
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
        # scenario-assets: walk the keys present (see _NAMES). `null` means the same as an absent
        # field; unknown keys are kept in additional_properties; a value of the wrong JSON type
        # (see _TYPES) or that does not convert is reported with its JSON path.
        # (_BY_TYPE: a miss is an unknown key or a wrong type, sorted out by _split_checked.)
        try:
            values: dict[str, Any] = {_BY_TYPE[type(value)][key]: value for key, value in src_dict.items()}
            values.pop("", None)
            d: dict[str, Any] = {}
        except KeyError:
            values, d = split_checked(src_dict, _NAMES, _TYPES)
        for key, name, kind, parse, enum in _CONVERTERS if _CONVERTERS is not None else _build_converters():
            if name not in values:
                continue
            value = values[name]
            try:
                if kind is KIND_ENUM:
                    member = parse.get(value)
                    values[name] = enum(value) if member is None else member
                elif kind is KIND_MODEL:
                    values[name] = parse(value)
                elif kind is KIND_ENUM_LIST:
                    values[name] = [enum(item) if (member := parse.get(item)) is None else member for item in value]
                elif kind is KIND_PLAIN_LIST:
                    if not parse.issuperset(map(type, value)):
                        raise TypeError("an item has the wrong type")
                elif kind is KIND_MODEL_LIST or kind is KIND_NESTED_MODEL_LIST:
                    values[name] = [parse(item) for item in value]
                elif kind is KIND_NESTED_PLAIN_LIST:
                    if not items_ok(value, parse):
                        raise TypeError("an item has the wrong type")
                else:  # KIND_CONVERTED
                    values[name] = parse(value)
            except (ResponseFieldError, KeyError, TypeError, ValueError, AttributeError) as exc:
                error = field_error(key, kind, value, parse, enum, exc)
                raise error from error.cause
        if not values.keys() >= _REQUIRED.keys():
            for name, (key, null_is_a_value) in _REQUIRED.items():
                if name in values:
                    continue
                if key not in src_dict:
                    raise ResponseFieldError(key, KeyError(key))
                if not null_is_a_value:
                    raise ResponseFieldError(key, TypeError("null for a required field"))
                values[name] = None
        asset = cls.__new__(cls)
        asset.__dict__ = values

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
        return brief_repr(
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


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(Asset):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(Asset, _attribute.name, _attribute.default)
