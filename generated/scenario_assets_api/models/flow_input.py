from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.asset_kind import AssetKind
from ..models.background_behavior import BackgroundBehavior
from ..models.flow_input_type import FlowInputType
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_input_inputs_item import FlowInputInputsItem
    from ..models.flow_input_item import FlowInputItem
    from ..models.flow_input_ref import FlowInputRef
    from ..models.flow_input_requirement import FlowInputRequirement


T = TypeVar("T", bound="FlowInput")

_OPTIONAL_KEYS = frozenset(
    {
        "allowedValues",
        "backgroundBehavior",
        "color",
        "costImpact",
        "default",
        "description",
        "group",
        "hint",
        "inputs",
        "items",
        "kind",
        "label",
        "maskFrom",
        "max",
        "maxLength",
        "maxSize",
        "min",
        "minLength",
        "modelTypes",
        "parent",
        "placeholder",
        "prompt",
        "promptSpark",
        "ref",
        "required",
        "step",
        "value",
    }
)


@_attrs_define
class FlowInput:
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
    inputs: list[FlowInputInputsItem] | Unset = UNSET
    """ The list of inputs which form an object within a container array. All inputs are the same as the current
    object. This is only available for type inputs_array inputs. """
    items: list[list[FlowInputItem]] | Unset = UNSET
    """ The configured items for inputs_array type inputs. Each item is an array of SubNodeInput that need ref/value
    resolution. Only available for inputs_array type. """
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

        items: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = []
                for items_item_item_data in items_item_data:
                    items_item_item = items_item_item_data.to_dict()
                    items_item.append(items_item_item)

                items.append(items_item)

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
        if items is not UNSET:
            field_dict["items"] = items
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
        from ..models.flow_input_inputs_item import FlowInputInputsItem  # noqa: PLC0415
        from ..models.flow_input_item import FlowInputItem  # noqa: PLC0415
        from ..models.flow_input_ref import FlowInputRef  # noqa: PLC0415
        from ..models.flow_input_requirement import FlowInputRequirement  # noqa: PLC0415

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
            type_ = FlowInputType(d.pop("type"))

        except ResponseFieldError as exc:
            raise exc.inside("type") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("type", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            allowed_values = cast(list[Any], d.pop("allowedValues", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("allowedValues") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("allowedValues", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _background_behavior = d.pop("backgroundBehavior", UNSET)
            background_behavior: BackgroundBehavior | Unset
            if isinstance(_background_behavior, Unset):
                background_behavior = UNSET
            else:
                background_behavior = BackgroundBehavior(_background_behavior)

        except ResponseFieldError as exc:
            raise exc.inside("backgroundBehavior") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("backgroundBehavior", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            color = d.pop("color", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("color") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("color", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            cost_impact = d.pop("costImpact", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("costImpact") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("costImpact", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            default = d.pop("default", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("default") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("default", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            description = d.pop("description", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("description") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("description", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            group = d.pop("group", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("group") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("group", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            hint = d.pop("hint", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hint") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hint", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _inputs = d.pop("inputs", UNSET)
            inputs: list[FlowInputInputsItem] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = FlowInputInputsItem.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

        except ResponseFieldError as exc:
            raise exc.inside("inputs") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("inputs", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _items = d.pop("items", UNSET)
            items: list[list[FlowInputItem]] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = []
                    _items_item = items_item_data
                    for items_item_item_data in _items_item:
                        items_item_item = FlowInputItem.from_dict(items_item_item_data)

                        items_item.append(items_item_item)

                    items.append(items_item)

        except ResponseFieldError as exc:
            raise exc.inside("items") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("items", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _kind = d.pop("kind", UNSET)
            kind: AssetKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = AssetKind(_kind)

        except ResponseFieldError as exc:
            raise exc.inside("kind") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("kind", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            label = d.pop("label", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("label") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("label", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            mask_from = d.pop("maskFrom", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("maskFrom") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("maskFrom", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            max_ = d.pop("max", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("max") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("max", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            max_length = d.pop("maxLength", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("maxLength") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("maxLength", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            max_size = d.pop("maxSize", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("maxSize") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("maxSize", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            min_ = d.pop("min", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("min") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("min", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            min_length = d.pop("minLength", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("minLength") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("minLength", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _model_types = d.pop("modelTypes", UNSET)
            model_types: list[ModelType] | Unset = UNSET
            if _model_types is not UNSET:
                model_types = []
                for model_types_item_data in _model_types:
                    model_types_item = ModelType(model_types_item_data)

                    model_types.append(model_types_item)

        except ResponseFieldError as exc:
            raise exc.inside("modelTypes") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("modelTypes", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            parent = d.pop("parent", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("parent") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("parent", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            placeholder = d.pop("placeholder", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("placeholder") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("placeholder", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            prompt = d.pop("prompt", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("prompt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("prompt", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            prompt_spark = d.pop("promptSpark", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("promptSpark") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("promptSpark", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _ref = d.pop("ref", UNSET)
            ref: FlowInputRef | Unset
            if isinstance(_ref, Unset):
                ref = UNSET
            else:
                ref = FlowInputRef.from_dict(_ref)

        except ResponseFieldError as exc:
            raise exc.inside("ref") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("ref", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _required = d.pop("required", UNSET)
            required: FlowInputRequirement | Unset
            if isinstance(_required, Unset):
                required = UNSET
            else:
                required = FlowInputRequirement.from_dict(_required)

        except ResponseFieldError as exc:
            raise exc.inside("required") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("required", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            step = d.pop("step", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("step") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("step", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            value = d.pop("value", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("value") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("value", exc) from exc

        flow_input = cls(
            name=name,
            type_=type_,
            allowed_values=allowed_values,
            background_behavior=background_behavior,
            color=color,
            cost_impact=cost_impact,
            default=default,
            description=description,
            group=group,
            hint=hint,
            inputs=inputs,
            items=items,
            kind=kind,
            label=label,
            mask_from=mask_from,
            max_=max_,
            max_length=max_length,
            max_size=max_size,
            min_=min_,
            min_length=min_length,
            model_types=model_types,
            parent=parent,
            placeholder=placeholder,
            prompt=prompt,
            prompt_spark=prompt_spark,
            ref=ref,
            required=required,
            step=step,
            value=value,
        )

        flow_input.additional_properties = d
        return flow_input

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
                "items",
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
