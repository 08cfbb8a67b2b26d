from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.audio_classification import AudioClassification
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription


T = TypeVar("T", bound="AssetProperties")

_OPTIONAL_KEYS = frozenset(
    {
        "animationFrameCount",
        "bitrate",
        "boneCount",
        "channels",
        "classification",
        "codecName",
        "description",
        "dimensions",
        "duration",
        "faceCount",
        "format",
        "frameRate",
        "hasAnimations",
        "hasNormals",
        "hasSkeleton",
        "hasUVs",
        "height",
        "nbFrames",
        "sampleRate",
        "transcription",
        "vertexCount",
        "width",
    }
)


@_attrs_define
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
        from ..models.audio_transcription import AudioTranscription  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            size = d.pop("size")
        except ResponseFieldError as exc:
            raise exc.inside("size") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("size", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            animation_frame_count = d.pop("animationFrameCount", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("animationFrameCount") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("animationFrameCount", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            bitrate = d.pop("bitrate", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("bitrate") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("bitrate", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            bone_count = d.pop("boneCount", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("boneCount") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("boneCount", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            channels = d.pop("channels", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("channels") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("channels", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _classification = d.pop("classification", UNSET)
            classification: AudioClassification | Unset
            if isinstance(_classification, Unset):
                classification = UNSET
            else:
                classification = AudioClassification(_classification)

        except ResponseFieldError as exc:
            raise exc.inside("classification") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("classification", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            codec_name = d.pop("codecName", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("codecName") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("codecName", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            description = d.pop("description", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("description") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("description", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            dimensions = cast(list[float], d.pop("dimensions", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("dimensions") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("dimensions", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            duration = d.pop("duration", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("duration") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("duration", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            face_count = d.pop("faceCount", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("faceCount") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("faceCount", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            format_ = d.pop("format", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("format") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("format", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            frame_rate = d.pop("frameRate", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("frameRate") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("frameRate", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            has_animations = d.pop("hasAnimations", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hasAnimations") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hasAnimations", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            has_normals = d.pop("hasNormals", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hasNormals") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hasNormals", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            has_skeleton = d.pop("hasSkeleton", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hasSkeleton") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hasSkeleton", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            has_u_vs = d.pop("hasUVs", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hasUVs") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hasUVs", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            height = d.pop("height", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("height") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("height", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            nb_frames = d.pop("nbFrames", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("nbFrames") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("nbFrames", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            sample_rate = d.pop("sampleRate", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("sampleRate") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("sampleRate", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _transcription = d.pop("transcription", UNSET)
            transcription: AudioTranscription | Unset
            if isinstance(_transcription, Unset):
                transcription = UNSET
            else:
                transcription = AudioTranscription.from_dict(_transcription)

        except ResponseFieldError as exc:
            raise exc.inside("transcription") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("transcription", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            vertex_count = d.pop("vertexCount", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("vertexCount") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("vertexCount", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            width = d.pop("width", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("width") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("width", exc) from exc

        asset_properties = cls(
            size=size,
            animation_frame_count=animation_frame_count,
            bitrate=bitrate,
            bone_count=bone_count,
            channels=channels,
            classification=classification,
            codec_name=codec_name,
            description=description,
            dimensions=dimensions,
            duration=duration,
            face_count=face_count,
            format_=format_,
            frame_rate=frame_rate,
            has_animations=has_animations,
            has_normals=has_normals,
            has_skeleton=has_skeleton,
            has_u_vs=has_u_vs,
            height=height,
            nb_frames=nb_frames,
            sample_rate=sample_rate,
            transcription=transcription,
            vertex_count=vertex_count,
            width=width,
        )

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
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
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
