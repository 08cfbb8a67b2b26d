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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_node import FlowNode
    from ..models.job_metadata_input import JobMetadataInput
    from ..models.job_metadata_output import JobMetadataOutput


T = TypeVar("T", bound="JobMetadata")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "assetIds": "asset_ids",
    "error": "error",
    "flow": "flow",
    "hint": "hint",
    "input": "input_",
    "output": "output",
    "outputModelId": "output_model_id",
    "workflowId": "workflow_id",
    "workflowJobId": "workflow_job_id",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "assetIds": (list,),
    "error": (str,),
    "flow": (list,),
    "hint": (str,),
    "input": (dict,),
    "output": (dict,),
    "outputModelId": (str,),
    "workflowId": (str,),
    "workflowJobId": (str,),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS
    from ..models.flow_node import FlowNode  # noqa: PLC0415
    from ..models.job_metadata_input import JobMetadataInput  # noqa: PLC0415
    from ..models.job_metadata_output import JobMetadataOutput  # noqa: PLC0415

    _CONVERTERS = [
        ("assetIds", "asset_ids", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("flow", "flow", KIND_MODEL_LIST, FlowNode.from_dict, None),
        ("input", "input_", KIND_MODEL, JobMetadataInput.from_dict, None),
        ("output", "output", KIND_MODEL, JobMetadataOutput.from_dict, None),
    ]
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
class JobMetadata:
    asset_ids: list[str] | Unset = UNSET
    """ List of produced assets for this job """
    error: str | Unset = UNSET
    """ Eventual error for the job """
    flow: list[FlowNode] | Unset = UNSET
    """ The flow of the job. Only available for workflow jobs. """
    hint: str | Unset = UNSET
    """ Actionable hint for the user explaining what went wrong and how to resolve it. """
    input_: JobMetadataInput | Unset = UNSET
    """ The inputs for the job """
    output: JobMetadataOutput | Unset = UNSET
    """ May contain the output of the job for specific custom models jobs. Only available for custom models which
    generate non-assets outputs. Example: LLM text results. """
    output_model_id: str | Unset = UNSET
    """ For voice-clone jobs: the ID of the model being trained. """
    workflow_id: str | Unset = UNSET
    """ The workflow ID of the job if job is part of a workflow. """
    workflow_job_id: str | Unset = UNSET
    """ The workflow job ID of the job if job is part of a workflow job. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        error = self.error

        flow: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = []
            for flow_item_data in self.flow:
                flow_item = flow_item_data.to_dict()
                flow.append(flow_item)

        hint = self.hint

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        output_model_id = self.output_model_id

        workflow_id = self.workflow_id

        workflow_job_id = self.workflow_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if error is not UNSET:
            field_dict["error"] = error
        if flow is not UNSET:
            field_dict["flow"] = flow
        if hint is not UNSET:
            field_dict["hint"] = hint
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if output_model_id is not UNSET:
            field_dict["outputModelId"] = output_model_id
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
        if workflow_job_id is not UNSET:
            field_dict["workflowJobId"] = workflow_job_id

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
        job_metadata = cls.__new__(cls)
        job_metadata.__dict__ = values

        job_metadata.additional_properties = d
        return job_metadata

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
                "asset_ids",
                "error",
                "flow",
                "hint",
                "input_",
                "output",
                "output_model_id",
                "workflow_id",
                "workflow_job_id",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(JobMetadata):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(JobMetadata, _attribute.name, _attribute.default)
