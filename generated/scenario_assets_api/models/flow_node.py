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

from ..models.flow_logic_type import FlowLogicType
from ..models.flow_node_status import FlowNodeStatus
from ..models.flow_node_type import FlowNodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_file_ref import AssetFileRef
    from ..models.flow_input import FlowInput
    from ..models.flow_logic import FlowLogic


T = TypeVar("T", bound="FlowNode")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "type": "type_",
    "assets": "assets",
    "count": "count",
    "dependsOn": "depends_on",
    "includeOutputsInWorkflowJob": "include_outputs_in_workflow_job",
    "inputs": "inputs",
    "items": "items",
    "iterationIndex": "iteration_index",
    "jobId": "job_id",
    "logic": "logic",
    "logicType": "logic_type",
    "loopBodyNodeIds": "loop_body_node_ids",
    "loopNodeId": "loop_node_id",
    "modelId": "model_id",
    "output": "output",
    "workflowId": "workflow_id",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "id": (str,),
    "status": (str,),
    "type": (str,),
    "assets": (list,),
    "count": (int, float),
    "dependsOn": (list,),
    "includeOutputsInWorkflowJob": (bool,),
    "inputs": (list,),
    "items": (list,),
    "iterationIndex": (int, float),
    "jobId": (str,),
    "logic": (dict,),
    "logicType": (str,),
    "loopBodyNodeIds": (list,),
    "loopNodeId": (str,),
    "modelId": (str,),
    "output": None,
    "workflowId": (str,),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {
    "id": ("id", False),
    "status": ("status", False),
    "type_": ("type", False),
}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS
    from ..models.asset_file_ref import AssetFileRef  # noqa: PLC0415
    from ..models.flow_input import FlowInput  # noqa: PLC0415
    from ..models.flow_logic import FlowLogic  # noqa: PLC0415

    _CONVERTERS = [
        ("status", "status", KIND_ENUM, FlowNodeStatus._value2member_map_, FlowNodeStatus),
        ("type", "type_", KIND_ENUM, FlowNodeType._value2member_map_, FlowNodeType),
        ("assets", "assets", KIND_MODEL_LIST, AssetFileRef.from_dict, None),
        ("dependsOn", "depends_on", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("inputs", "inputs", KIND_MODEL_LIST, FlowInput.from_dict, None),
        ("items", "items", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("logic", "logic", KIND_MODEL, FlowLogic.from_dict, None),
        ("logicType", "logic_type", KIND_ENUM, FlowLogicType._value2member_map_, FlowLogicType),
        ("loopBodyNodeIds", "loop_body_node_ids", KIND_PLAIN_LIST, frozenset((str,)), None),
    ]
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
class FlowNode:
    id: str
    """ The id of the node. """
    status: FlowNodeStatus
    type_: FlowNodeType
    assets: list[AssetFileRef] | Unset = UNSET
    """ List of produced assets for this node. """
    count: float | Unset = UNSET
    """ Fixed number of iterations for a ForEach node. When set, the loop runs exactly `count` times regardless of
    array input. When not set, the loop iterates over the resolved array input. Only available for ForEach nodes.
    """
    depends_on: list[str] | Unset = UNSET
    """ The nodes that this node depends on. Only available for nodes that have dependencies. Mainly used for user
    approval nodes. """
    include_outputs_in_workflow_job: bool | Unset = UNSET
    """ If true, the outputs of this node will be included in the workflow job's final output. Only applicable to
    producing nodes (custom-model, inference, etc.). By default, only last nodes (nodes not referenced by other
    nodes) contribute to outputs. Set this to true to also include intermediate nodes in the final output. Note:
    This should only be set to `true` or left undefined. Only `true` (or absent) is meaningful. """
    inputs: list[FlowInput] | Unset = UNSET
    """ The inputs of the node. """
    items: list[str] | Unset = UNSET
    """ Statically-configured items for a List node. The node outputs this array as-is when executed. Only available
    for List nodes. The values can be strings, numbers, or asset IDs. """
    iteration_index: float | Unset = UNSET
    """ Zero-based index of the iteration this node copy belongs to. Set on dynamically-created copies of loop body
    nodes. """
    job_id: str | Unset = UNSET
    """ If the flow is part of a WorkflowJob, this is the jobId for the node. jobId is only available for nodes
    started. A node "Pending" for a running workflow job is not started. """
    logic: FlowLogic | Unset = UNSET
    logic_type: FlowLogicType | Unset = UNSET
    loop_body_node_ids: list[str] | Unset = UNSET
    """ IDs of the body template nodes that belong to this ForEach loop. At runtime these templates are cloned once
    per iteration and marked Skipped. Only available for ForEach nodes. """
    loop_node_id: str | Unset = UNSET
    """ ID of the ForEach node that spawned this iteration copy. Set on dynamically-created copies of loop body
    nodes. """
    model_id: str | Unset = UNSET
    """ The model id for the node. Mainly used for custom model tasks. """
    output: Any | Unset = UNSET
    """ The output of the node. Only available for logic nodes. """
    workflow_id: str | Unset = UNSET
    """ The workflow id for the node. Mainly used for workflow tasks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        type_ = self.type_.value

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        count = self.count

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        include_outputs_in_workflow_job = self.include_outputs_in_workflow_job

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        iteration_index = self.iteration_index

        job_id = self.job_id

        logic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logic, Unset):
            logic = self.logic.to_dict()

        logic_type: str | Unset = UNSET
        if not isinstance(self.logic_type, Unset):
            logic_type = self.logic_type.value

        loop_body_node_ids: list[str] | Unset = UNSET
        if not isinstance(self.loop_body_node_ids, Unset):
            loop_body_node_ids = self.loop_body_node_ids

        loop_node_id = self.loop_node_id

        model_id = self.model_id

        output = self.output

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if count is not UNSET:
            field_dict["count"] = count
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on
        if include_outputs_in_workflow_job is not UNSET:
            field_dict["includeOutputsInWorkflowJob"] = include_outputs_in_workflow_job
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if items is not UNSET:
            field_dict["items"] = items
        if iteration_index is not UNSET:
            field_dict["iterationIndex"] = iteration_index
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if logic is not UNSET:
            field_dict["logic"] = logic
        if logic_type is not UNSET:
            field_dict["logicType"] = logic_type
        if loop_body_node_ids is not UNSET:
            field_dict["loopBodyNodeIds"] = loop_body_node_ids
        if loop_node_id is not UNSET:
            field_dict["loopNodeId"] = loop_node_id
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if output is not UNSET:
            field_dict["output"] = output
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id

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
        flow_node = cls.__new__(cls)
        flow_node.__dict__ = values

        flow_node.additional_properties = d
        return flow_node

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
                "status",
                "type_",
                "assets",
                "count",
                "depends_on",
                "include_outputs_in_workflow_job",
                "inputs",
                "items",
                "iteration_index",
                "job_id",
                "logic",
                "logic_type",
                "loop_body_node_ids",
                "loop_node_id",
                "model_id",
                "output",
                "workflow_id",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(FlowNode):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(FlowNode, _attribute.name, _attribute.default)
