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

from ..models.audio_classification import AudioClassification
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription


T = TypeVar("T", bound="AssetProperties")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "size": "size",
    "animationFrameCount": "animation_frame_count",
    "bitrate": "bitrate",
    "boneCount": "bone_count",
    "channels": "channels",
    "classification": "classification",
    "codecName": "codec_name",
    "description": "description",
    "dimensions": "dimensions",
    "duration": "duration",
    "faceCount": "face_count",
    "format": "format_",
    "frameRate": "frame_rate",
    "hasAnimations": "has_animations",
    "hasNormals": "has_normals",
    "hasSkeleton": "has_skeleton",
    "hasUVs": "has_u_vs",
    "height": "height",
    "nbFrames": "nb_frames",
    "sampleRate": "sample_rate",
    "transcription": "transcription",
    "vertexCount": "vertex_count",
    "width": "width",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "size": (int, float),
    "animationFrameCount": (int, float),
    "bitrate": (int, float),
    "boneCount": (int, float),
    "channels": (int, float),
    "classification": (str,),
    "codecName": (str,),
    "description": (str,),
    "dimensions": (list,),
    "duration": (int, float),
    "faceCount": (int, float),
    "format": (str,),
    "frameRate": (int, float),
    "hasAnimations": (bool,),
    "hasNormals": (bool,),
    "hasSkeleton": (bool,),
    "hasUVs": (bool,),
    "height": (int, float),
    "nbFrames": (int, float),
    "sampleRate": (int, float),
    "transcription": (dict,),
    "vertexCount": (int, float),
    "width": (int, float),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {
    "size": ("size", False),
}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS
    from ..models.audio_transcription import AudioTranscription  # noqa: PLC0415

    _CONVERTERS = [
        ("classification", "classification", KIND_ENUM, AudioClassification._value2member_map_, AudioClassification),
        ("dimensions", "dimensions", KIND_PLAIN_LIST, frozenset((int, float)), None),
        ("transcription", "transcription", KIND_MODEL, AudioTranscription.from_dict, None),
    ]
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
class AssetProperties:
    size: float
    animation_frame_count: float | Unset = UNSET
    """ Number of animation frames if animations exist """
    bitrate: float | Unset = UNSET
    """ Bitrate of the media in bits per second """
    bone_count: float | Unset = UNSET
    """ Number of bones if skeleton exists """
    channels: float | Unset = UNSET
    """ Number of channels of the audio """
    classification: AudioClassification | Unset = UNSET
    codec_name: str | Unset = UNSET
    """ Codec name of the media """
    description: str | Unset = UNSET
    """ Description of the audio """
    dimensions: list[float] | Unset = UNSET
    """ Bounding box dimensions [width, height, depth] """
    duration: float | Unset = UNSET
    """ Duration of the media in seconds """
    face_count: float | Unset = UNSET
    """ Number of faces/triangles in the mesh """
    format_: str | Unset = UNSET
    """ Format of the mesh file (e.g. 'glb', etc.) """
    frame_rate: float | Unset = UNSET
    """ Frame rate of the video in frames per second """
    has_animations: bool | Unset = UNSET
    """ Whether the mesh has animations """
    has_normals: bool | Unset = UNSET
    """ Whether the mesh has normal vectors """
    has_skeleton: bool | Unset = UNSET
    """ Whether the mesh has bones/skeleton """
    has_u_vs: bool | Unset = UNSET
    """ Whether the mesh has UV coordinates """
    height: float | Unset = UNSET
    nb_frames: float | Unset = UNSET
    """ Number of frames in the video """
    sample_rate: float | Unset = UNSET
    """ Sample rate of the media in Hz """
    transcription: AudioTranscription | Unset = UNSET
    vertex_count: float | Unset = UNSET
    """ Number of vertices in the mesh """
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        animation_frame_count = self.animation_frame_count

        bitrate = self.bitrate

        bone_count = self.bone_count

        channels = self.channels

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.value

        codec_name = self.codec_name

        description = self.description

        dimensions: list[float] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        duration = self.duration

        face_count = self.face_count

        format_ = self.format_

        frame_rate = self.frame_rate

        has_animations = self.has_animations

        has_normals = self.has_normals

        has_skeleton = self.has_skeleton

        has_u_vs = self.has_u_vs

        height = self.height

        nb_frames = self.nb_frames

        sample_rate = self.sample_rate

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        vertex_count = self.vertex_count

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size": size,
            }
        )
        if animation_frame_count is not UNSET:
            field_dict["animationFrameCount"] = animation_frame_count
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if bone_count is not UNSET:
            field_dict["boneCount"] = bone_count
        if channels is not UNSET:
            field_dict["channels"] = channels
        if classification is not UNSET:
            field_dict["classification"] = classification
        if codec_name is not UNSET:
            field_dict["codecName"] = codec_name
        if description is not UNSET:
            field_dict["description"] = description
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if duration is not UNSET:
            field_dict["duration"] = duration
        if face_count is not UNSET:
            field_dict["faceCount"] = face_count
        if format_ is not UNSET:
            field_dict["format"] = format_
        if frame_rate is not UNSET:
            field_dict["frameRate"] = frame_rate
        if has_animations is not UNSET:
            field_dict["hasAnimations"] = has_animations
        if has_normals is not UNSET:
            field_dict["hasNormals"] = has_normals
        if has_skeleton is not UNSET:
            field_dict["hasSkeleton"] = has_skeleton
        if has_u_vs is not UNSET:
            field_dict["hasUVs"] = has_u_vs
        if height is not UNSET:
            field_dict["height"] = height
        if nb_frames is not UNSET:
            field_dict["nbFrames"] = nb_frames
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if vertex_count is not UNSET:
            field_dict["vertexCount"] = vertex_count
        if width is not UNSET:
            field_dict["width"] = width

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
        asset_properties = cls.__new__(cls)
        asset_properties.__dict__ = values

        asset_properties.additional_properties = d
        return asset_properties

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
                "size",
                "animation_frame_count",
                "bitrate",
                "bone_count",
                "channels",
                "classification",
                "codec_name",
                "description",
                "dimensions",
                "duration",
                "face_count",
                "format_",
                "frame_rate",
                "has_animations",
                "has_normals",
                "has_skeleton",
                "has_u_vs",
                "height",
                "nb_frames",
                "sample_rate",
                "transcription",
                "vertex_count",
                "width",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(AssetProperties):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(AssetProperties, _attribute.name, _attribute.default)
