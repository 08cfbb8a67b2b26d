from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_node import FlowNode
    from ..models.job_metadata_input import JobMetadataInput
    from ..models.job_metadata_output import JobMetadataOutput


T = TypeVar("T", bound="JobMetadata")

_OPTIONAL_KEYS = frozenset(
    {
        "assetIds",
        "error",
        "flow",
        "hint",
        "input",
        "output",
        "outputModelId",
        "workflowId",
        "workflowJobId",
    }
)


@_attrs_define
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
        from ..models.flow_node import FlowNode  # noqa: PLC0415
        from ..models.job_metadata_input import JobMetadataInput  # noqa: PLC0415
        from ..models.job_metadata_output import JobMetadataOutput  # noqa: PLC0415

        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            asset_ids = cast(list[str], d.pop("assetIds", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("assetIds") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("assetIds", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            error = d.pop("error", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("error") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("error", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _flow = d.pop("flow", UNSET)
            flow: list[FlowNode] | Unset = UNSET
            if _flow is not UNSET:
                flow = []
                for flow_item_data in _flow:
                    flow_item = FlowNode.from_dict(flow_item_data)

                    flow.append(flow_item)

        except ResponseFieldError as exc:
            raise exc.inside("flow") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("flow", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            hint = d.pop("hint", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("hint") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hint", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _input_ = d.pop("input", UNSET)
            input_: JobMetadataInput | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = JobMetadataInput.from_dict(_input_)

        except ResponseFieldError as exc:
            raise exc.inside("input") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("input", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            _output = d.pop("output", UNSET)
            output: JobMetadataOutput | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = JobMetadataOutput.from_dict(_output)

        except ResponseFieldError as exc:
            raise exc.inside("output") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("output", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            output_model_id = d.pop("outputModelId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("outputModelId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("outputModelId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            workflow_id = d.pop("workflowId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("workflowId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("workflowId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            workflow_job_id = d.pop("workflowJobId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("workflowJobId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("workflowJobId", exc) from exc

        job_metadata = cls(
            asset_ids=asset_ids,
            error=error,
            flow=flow,
            hint=hint,
            input_=input_,
            output=output,
            output_model_id=output_model_id,
            workflow_id=workflow_id,
            workflow_job_id=workflow_job_id,
        )

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
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
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
