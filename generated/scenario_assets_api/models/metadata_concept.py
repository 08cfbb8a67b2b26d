from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataConcept")

_OPTIONAL_KEYS = frozenset(
    {
        "modelEpoch",
    }
)


@_attrs_define
class MetadataConcept:
    model_id: str
    """ The model ID (example: "model_eyVcnFJcR92BxBkz7N6g5w") """
    scale: float
    """ The scale of the model (example: 1.0) For Flux Kontext Prompt Editing, the scale is between 0 and 2. """
    model_epoch: str | Unset = UNSET
    """ The epoch of the model (example: "000001") Only available for Flux Lora Trained models """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        scale = self.scale

        model_epoch = self.model_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "scale": scale,
            }
        )
        if model_epoch is not UNSET:
            field_dict["modelEpoch"] = model_epoch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            model_id = d.pop("modelId")
        except ResponseFieldError as exc:
            raise exc.inside("modelId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("modelId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            scale = d.pop("scale")
        except ResponseFieldError as exc:
            raise exc.inside("scale") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("scale", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            model_epoch = d.pop("modelEpoch", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("modelEpoch") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("modelEpoch", exc) from exc

        metadata_concept = cls(
            model_id=model_id,
            scale=scale,
            model_epoch=model_epoch,
        )

        metadata_concept.additional_properties = d
        return metadata_concept

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
                "model_id",
                "scale",
                "model_epoch",
            ),
        )
