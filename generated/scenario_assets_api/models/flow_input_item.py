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
from ..models.background_behavior import BackgroundBehavior
from ..models.flow_input_type import FlowInputType
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_input_item_inputs_item import FlowInputItemInputsItem
    from ..models.flow_input_ref import FlowInputRef
    from ..models.flow_input_requirement import FlowInputRequirement


T = TypeVar("T", bound="FlowInputItem")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "name": "name",
    "type": "type_",
    "allowedValues": "allowed_values",
    "backgroundBehavior": "background_behavior",
    "color": "color",
    "costImpact": "cost_impact",
    "default": "default",
    "description": "description",
    "group": "group",
    "hint": "hint",
    "inputs": "inputs",
    "kind": "kind",
    "label": "label",
    "maskFrom": "mask_from",
    "max": "max_",
    "maxLength": "max_length",
    "maxSize": "max_size",
    "min": "min_",
    "minLength": "min_length",
    "modelTypes": "model_types",
    "parent": "parent",
    "placeholder": "placeholder",
    "prompt": "prompt",
    "promptSpark": "prompt_spark",
    "ref": "ref",
    "required": "required",
    "step": "step",
    "value": "value",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "type": (str,),
    "allowedValues": (list,),
    "backgroundBehavior": (str,),
    "color": (bool,),
    "costImpact": (bool,),
    "default": None,
    "description": (str,),
    "group": (str,),
    "hint": (str,),
    "inputs": (list,),
    "kind": (str,),
    "label": (str,),
    "maskFrom": (str,),
    "max": (int, float),
    "maxLength": (int, float),
    "maxSize": (int, float),
    "min": (int, float),
    "minLength": (int, float),
    "modelTypes": (list,),
    "parent": (bool,),
    "placeholder": (str,),
    "prompt": (bool,),
    "promptSpark": (bool,),
    "ref": (dict,),
    "required": (dict,),
    "step": (int, float),
    "value": None,
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "type_": ("type", False),
}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS
    from ..models.flow_input_item_inputs_item import FlowInputItemInputsItem  # noqa: PLC0415
    from ..models.flow_input_ref import FlowInputRef  # noqa: PLC0415
    from ..models.flow_input_requirement import FlowInputRequirement  # noqa: PLC0415

    _CONVERTERS = [
        ("type", "type_", KIND_ENUM, FlowInputType._value2member_map_, FlowInputType),
        (
            "backgroundBehavior",
            "background_behavior",
            KIND_ENUM,
            BackgroundBehavior._value2member_map_,
            BackgroundBehavior,
        ),
        ("inputs", "inputs", KIND_MODEL_LIST, FlowInputItemInputsItem.from_dict, None),
        ("kind", "kind", KIND_ENUM, AssetKind._value2member_map_, AssetKind),
        ("modelTypes", "model_types", KIND_ENUM_LIST, ModelType._value2member_map_, ModelType),
        ("ref", "ref", KIND_MODEL, FlowInputRef.from_dict, None),
        ("required", "required", KIND_MODEL, FlowInputRequirement.from_dict, None),
    ]
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
class FlowInputItem:
    name: str
    """ The name that must be user to call the model through the API """
    type_: FlowInputType
    allowed_values: list[Any] | Unset = UNSET
    """ The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For
    `string_array` type, creates a multi-select dropdown. """
    background_behavior: BackgroundBehavior | Unset = UNSET
    color: bool | Unset = UNSET
    """ Whether the input is a color or not. Only available for `string` input type. """
    cost_impact: bool | Unset = UNSET
    """ Whether this input affects the model's cost calculation """
    default: Any | Unset = UNSET
    """ The default value for the input """
    description: str | Unset = UNSET
    """ Help text displayed in the UI to provide additional information about the input """
    group: str | Unset = UNSET
    """ Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in
    the UI. """
    hint: str | Unset = UNSET
    """ Hint text displayed in the UI as a tooltip to guide the user """
    inputs: list[FlowInputItemInputsItem] | Unset = UNSET
    """ The list of inputs which form an object within a container array. All inputs are the same as the current
    object. This is only available for type inputs_array inputs. """
    kind: AssetKind | Unset = UNSET
    label: str | Unset = UNSET
    """ The label displayed in the UI for this input """
    mask_from: str | Unset = UNSET
    """ The name of the file input field to use as the mask source """
    max_: float | Unset = UNSET
    """ The maximum allowed value. Only available for `number` and `array` input types. """
    max_length: float | Unset = UNSET
    """ The maximum allowed length for `string` inputs. Also applies to each item in `string_array`. """
    max_size: float | Unset = UNSET
    """ The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated
    against `asset.properties.size` at job creation time. """
    min_: float | Unset = UNSET
    """ The minimum allowed value. Only available for `number` and array input types. """
    min_length: float | Unset = UNSET
    """ The minimum allowed length for string inputs. Also applies to each item in `string_array`. """
    model_types: list[ModelType] | Unset = UNSET
    """ The allowed model types for this input. Example: `["flux.1-lora"]`. Only available for `model_array` input
    type. """
    parent: bool | Unset = UNSET
    """ Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and
    `file_array` input types. For `file_array`, the parent asset is the first item in the array. """
    placeholder: str | Unset = UNSET
    """ Placeholder text for the input. Only available for 'string' input type. """
    prompt: bool | Unset = UNSET
    """ Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available
    for `string` input type. """
    prompt_spark: bool | Unset = UNSET
    """ Whether the input is used with prompt spark. Only available for `string` input type. """
    ref: FlowInputRef | Unset = UNSET
    required: FlowInputRequirement | Unset = UNSET
    step: float | Unset = UNSET
    """ The step increment for numeric inputs. Only available for `number` input type. """
    value: Any | Unset = UNSET
    """ The value of the input. This is the value of the input that will be used to run the node. Only available for
    flows managed by a WorkflowJob. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        allowed_values: list[Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        background_behavior: str | Unset = UNSET
        if not isinstance(self.background_behavior, Unset):
            background_behavior = self.background_behavior.value

        color = self.color

        cost_impact = self.cost_impact

        default = self.default

        description = self.description

        group = self.group

        hint = self.hint

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        label = self.label

        mask_from = self.mask_from

        max_ = self.max_

        max_length = self.max_length

        max_size = self.max_size

        min_ = self.min_

        min_length = self.min_length

        model_types: list[str] | Unset = UNSET
        if not isinstance(self.model_types, Unset):
            model_types = []
            for model_types_item_data in self.model_types:
                model_types_item = model_types_item_data.value
                model_types.append(model_types_item)

        parent = self.parent

        placeholder = self.placeholder

        prompt = self.prompt

        prompt_spark = self.prompt_spark

        ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref, Unset):
            ref = self.ref.to_dict()

        required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required.to_dict()

        step = self.step

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if allowed_values is not UNSET:
            field_dict["allowedValues"] = allowed_values
        if background_behavior is not UNSET:
            field_dict["backgroundBehavior"] = background_behavior
        if color is not UNSET:
            field_dict["color"] = color
        if cost_impact is not UNSET:
            field_dict["costImpact"] = cost_impact
        if default is not UNSET:
            field_dict["default"] = default
        if description is not UNSET:
            field_dict["description"] = description
        if group is not UNSET:
            field_dict["group"] = group
        if hint is not UNSET:
            field_dict["hint"] = hint
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label is not UNSET:
            field_dict["label"] = label
        if mask_from is not UNSET:
            field_dict["maskFrom"] = mask_from
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if max_size is not UNSET:
            field_dict["maxSize"] = max_size
        if min_ is not UNSET:
            field_dict["min"] = min_
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if model_types is not UNSET:
            field_dict["modelTypes"] = model_types
        if parent is not UNSET:
            field_dict["parent"] = parent
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_spark is not UNSET:
            field_dict["promptSpark"] = prompt_spark
        if ref is not UNSET:
            field_dict["ref"] = ref
        if required is not UNSET:
            field_dict["required"] = required
        if step is not UNSET:
            field_dict["step"] = step
        if value is not UNSET:
            field_dict["value"] = value

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
        flow_input_item = cls.__new__(cls)
        flow_input_item.__dict__ = values

        flow_input_item.additional_properties = d
        return flow_input_item

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
                "name",
                "type_",
                "allowed_values",
                "background_behavior",
                "color",
                "cost_impact",
                "default",
                "description",
                "group",
                "hint",
                "inputs",
                "kind",
                "label",
                "mask_from",
                "max_",
                "max_length",
                "max_size",
                "min_",
                "min_length",
                "model_types",
                "parent",
                "placeholder",
                "prompt",
                "prompt_spark",
                "ref",
                "required",
                "step",
                "value",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(FlowInputItem):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(FlowInputItem, _attribute.name, _attribute.default)
