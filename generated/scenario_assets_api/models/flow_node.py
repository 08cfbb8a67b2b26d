from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..models.flow_logic_type import FlowLogicType
from ..models.flow_node_status import FlowNodeStatus
from ..models.flow_node_type import FlowNodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_file_ref import AssetFileRef
    from ..models.flow_input import FlowInput
    from ..models.flow_logic import FlowLogic


T = TypeVar("T", bound="FlowNode")

_OPTIONAL_KEYS = frozenset(
    {
        "assets",
        "count",
        "dependsOn",
        "includeOutputsInWorkflowJob",
        "inputs",
        "items",
        "iterationIndex",
        "jobId",
        "logic",
        "logicType",
        "loopBodyNodeIds",
        "loopNodeId",
        "modelId",
        "output",
        "workflowId",
    }
)


@_attrs_define
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
        from ..models.asset_file_ref import AssetFileRef  # noqa: PLC0415
        from ..models.flow_input import FlowInput  # noqa: PLC0415
        from ..models.flow_logic import FlowLogic  # noqa: PLC0415

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
            status = FlowNodeStatus(d.pop("status"))

        except ResponseFieldError as exc:
            raise exc.inside("status") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("status", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            type_ = FlowNodeType(d.pop("type"))

        except ResponseFieldError as exc:
            raise exc.inside("type") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("type", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _assets = d.pop("assets", UNSET)
            assets: list[AssetFileRef] | Unset = UNSET
            if _assets is not UNSET:
                assets = []
                for assets_item_data in _assets:
                    assets_item = AssetFileRef.from_dict(assets_item_data)

                    assets.append(assets_item)

        except ResponseFieldError as exc:
            raise exc.inside("assets") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("assets", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            count = d.pop("count", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("count") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("count", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            depends_on = cast(list[str], d.pop("dependsOn", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("dependsOn") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("dependsOn", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            include_outputs_in_workflow_job = d.pop("includeOutputsInWorkflowJob", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("includeOutputsInWorkflowJob") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("includeOutputsInWorkflowJob", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _inputs = d.pop("inputs", UNSET)
            inputs: list[FlowInput] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = FlowInput.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

        except ResponseFieldError as exc:
            raise exc.inside("inputs") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("inputs", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            items = cast(list[str], d.pop("items", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("items") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("items", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            iteration_index = d.pop("iterationIndex", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("iterationIndex") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("iterationIndex", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            job_id = d.pop("jobId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("jobId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("jobId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _logic = d.pop("logic", UNSET)
            logic: FlowLogic | Unset
            if isinstance(_logic, Unset):
                logic = UNSET
            else:
                logic = FlowLogic.from_dict(_logic)

        except ResponseFieldError as exc:
            raise exc.inside("logic") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("logic", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _logic_type = d.pop("logicType", UNSET)
            logic_type: FlowLogicType | Unset
            if isinstance(_logic_type, Unset):
                logic_type = UNSET
            else:
                logic_type = FlowLogicType(_logic_type)

        except ResponseFieldError as exc:
            raise exc.inside("logicType") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("logicType", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            loop_body_node_ids = cast(list[str], d.pop("loopBodyNodeIds", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("loopBodyNodeIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("loopBodyNodeIds", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            loop_node_id = d.pop("loopNodeId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("loopNodeId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("loopNodeId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            model_id = d.pop("modelId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("modelId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("modelId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            output = d.pop("output", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("output") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("output", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            workflow_id = d.pop("workflowId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("workflowId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("workflowId", exc) from exc

        flow_node = cls(
            id=id,
            status=status,
            type_=type_,
            assets=assets,
            count=count,
            depends_on=depends_on,
            include_outputs_in_workflow_job=include_outputs_in_workflow_job,
            inputs=inputs,
            items=items,
            iteration_index=iteration_index,
            job_id=job_id,
            logic=logic,
            logic_type=logic_type,
            loop_body_node_ids=loop_body_node_ids,
            loop_node_id=loop_node_id,
            model_id=model_id,
            output=output,
            workflow_id=workflow_id,
        )

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
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
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
