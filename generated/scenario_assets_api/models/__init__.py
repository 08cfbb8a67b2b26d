"""Contains all the data models used in inputs/outputs.

Each model's module is loaded the first time the model is used (module ``__getattr__``), so
that importing one model, or this package, does not load all of them; type checkers read the
imports under ``TYPE_CHECKING``.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asset import Asset
    from .asset_delete_multiple_request import AssetDeleteMultipleRequest
    from .asset_delete_multiple_response import AssetDeleteMultipleResponse
    from .asset_duplicate_request import AssetDuplicateRequest
    from .asset_duplicate_response import AssetDuplicateResponse
    from .asset_file_ref import AssetFileRef
    from .asset_get_bulk_request import AssetGetBulkRequest
    from .asset_get_bulk_response import AssetGetBulkResponse
    from .asset_kind import AssetKind
    from .asset_list_response import AssetListResponse
    from .asset_list_snapshots_response import AssetListSnapshotsResponse
    from .asset_lock_request import AssetLockRequest
    from .asset_lock_response import AssetLockResponse
    from .asset_metadata import AssetMetadata
    from .asset_privacy import AssetPrivacy
    from .asset_properties import AssetProperties
    from .asset_retrieve_response import AssetRetrieveResponse
    from .asset_sort_field import AssetSortField
    from .asset_source import AssetSource
    from .asset_status import AssetStatus
    from .asset_style import AssetStyle
    from .asset_type import AssetType
    from .asset_unlock_request import AssetUnlockRequest
    from .asset_unlock_response import AssetUnlockResponse
    from .asset_update_request import AssetUpdateRequest
    from .asset_update_response import AssetUpdateResponse
    from .asset_update_tags_request import AssetUpdateTagsRequest
    from .asset_update_tags_response import AssetUpdateTagsResponse
    from .asset_upload_request import AssetUploadRequest
    from .asset_upload_response import AssetUploadResponse
    from .audio_classification import AudioClassification
    from .audio_transcription import AudioTranscription
    from .background_behavior import BackgroundBehavior
    from .batch_download_options import BatchDownloadOptions
    from .batch_download_query import BatchDownloadQuery
    from .detection_modality import DetectionModality
    from .download_get_status_response import DownloadGetStatusResponse
    from .download_request_batch_request import DownloadRequestBatchRequest
    from .download_request_batch_response import DownloadRequestBatchResponse
    from .download_request_request import DownloadRequestRequest
    from .download_request_response import DownloadRequestResponse
    from .edit_capability import EditCapability
    from .error import Error
    from .flow_input import FlowInput
    from .flow_input_inputs_item import FlowInputInputsItem
    from .flow_input_item import FlowInputItem
    from .flow_input_item_inputs_item import FlowInputItemInputsItem
    from .flow_input_ref import FlowInputRef
    from .flow_input_requirement import FlowInputRequirement
    from .flow_input_type import FlowInputType
    from .flow_logic import FlowLogic
    from .flow_logic_case import FlowLogicCase
    from .flow_logic_type import FlowLogicType
    from .flow_node import FlowNode
    from .flow_node_status import FlowNodeStatus
    from .flow_node_type import FlowNodeType
    from .input_fidelity import InputFidelity
    from .input_location import InputLocation
    from .job import Job
    from .job_billing import JobBilling
    from .job_metadata import JobMetadata
    from .job_metadata_input import JobMetadataInput
    from .job_metadata_output import JobMetadataOutput
    from .job_status import JobStatus
    from .job_status_change import JobStatusChange
    from .job_type import JobType
    from .metadata_concept import MetadataConcept
    from .model_type import ModelType
    from .seamless_image_type import SeamlessImageType
    from .snapshot import Snapshot
    from .sort_direction import SortDirection
    from .target_format import TargetFormat

_MODULES = {
    "Asset": ".asset",
    "AssetDeleteMultipleRequest": ".asset_delete_multiple_request",
    "AssetDeleteMultipleResponse": ".asset_delete_multiple_response",
    "AssetDuplicateRequest": ".asset_duplicate_request",
    "AssetDuplicateResponse": ".asset_duplicate_response",
    "AssetFileRef": ".asset_file_ref",
    "AssetGetBulkRequest": ".asset_get_bulk_request",
    "AssetGetBulkResponse": ".asset_get_bulk_response",
    "AssetKind": ".asset_kind",
    "AssetListResponse": ".asset_list_response",
    "AssetListSnapshotsResponse": ".asset_list_snapshots_response",
    "AssetLockRequest": ".asset_lock_request",
    "AssetLockResponse": ".asset_lock_response",
    "AssetMetadata": ".asset_metadata",
    "AssetPrivacy": ".asset_privacy",
    "AssetProperties": ".asset_properties",
    "AssetRetrieveResponse": ".asset_retrieve_response",
    "AssetSortField": ".asset_sort_field",
    "AssetSource": ".asset_source",
    "AssetStatus": ".asset_status",
    "AssetStyle": ".asset_style",
    "AssetType": ".asset_type",
    "AssetUnlockRequest": ".asset_unlock_request",
    "AssetUnlockResponse": ".asset_unlock_response",
    "AssetUpdateRequest": ".asset_update_request",
    "AssetUpdateResponse": ".asset_update_response",
    "AssetUpdateTagsRequest": ".asset_update_tags_request",
    "AssetUpdateTagsResponse": ".asset_update_tags_response",
    "AssetUploadRequest": ".asset_upload_request",
    "AssetUploadResponse": ".asset_upload_response",
    "AudioClassification": ".audio_classification",
    "AudioTranscription": ".audio_transcription",
    "BackgroundBehavior": ".background_behavior",
    "BatchDownloadOptions": ".batch_download_options",
    "BatchDownloadQuery": ".batch_download_query",
    "DetectionModality": ".detection_modality",
    "DownloadGetStatusResponse": ".download_get_status_response",
    "DownloadRequestBatchRequest": ".download_request_batch_request",
    "DownloadRequestBatchResponse": ".download_request_batch_response",
    "DownloadRequestRequest": ".download_request_request",
    "DownloadRequestResponse": ".download_request_response",
    "EditCapability": ".edit_capability",
    "Error": ".error",
    "FlowInput": ".flow_input",
    "FlowInputInputsItem": ".flow_input_inputs_item",
    "FlowInputItem": ".flow_input_item",
    "FlowInputItemInputsItem": ".flow_input_item_inputs_item",
    "FlowInputRef": ".flow_input_ref",
    "FlowInputRequirement": ".flow_input_requirement",
    "FlowInputType": ".flow_input_type",
    "FlowLogic": ".flow_logic",
    "FlowLogicCase": ".flow_logic_case",
    "FlowLogicType": ".flow_logic_type",
    "FlowNode": ".flow_node",
    "FlowNodeStatus": ".flow_node_status",
    "FlowNodeType": ".flow_node_type",
    "InputFidelity": ".input_fidelity",
    "InputLocation": ".input_location",
    "Job": ".job",
    "JobBilling": ".job_billing",
    "JobMetadata": ".job_metadata",
    "JobMetadataInput": ".job_metadata_input",
    "JobMetadataOutput": ".job_metadata_output",
    "JobStatus": ".job_status",
    "JobStatusChange": ".job_status_change",
    "JobType": ".job_type",
    "MetadataConcept": ".metadata_concept",
    "ModelType": ".model_type",
    "SeamlessImageType": ".seamless_image_type",
    "Snapshot": ".snapshot",
    "SortDirection": ".sort_direction",
    "TargetFormat": ".target_format",
}

__all__ = (
    "Asset",
    "AssetDeleteMultipleRequest",
    "AssetDeleteMultipleResponse",
    "AssetDuplicateRequest",
    "AssetDuplicateResponse",
    "AssetFileRef",
    "AssetGetBulkRequest",
    "AssetGetBulkResponse",
    "AssetKind",
    "AssetListResponse",
    "AssetListSnapshotsResponse",
    "AssetLockRequest",
    "AssetLockResponse",
    "AssetMetadata",
    "AssetPrivacy",
    "AssetProperties",
    "AssetRetrieveResponse",
    "AssetSortField",
    "AssetSource",
    "AssetStatus",
    "AssetStyle",
    "AssetType",
    "AssetUnlockRequest",
    "AssetUnlockResponse",
    "AssetUpdateRequest",
    "AssetUpdateResponse",
    "AssetUpdateTagsRequest",
    "AssetUpdateTagsResponse",
    "AssetUploadRequest",
    "AssetUploadResponse",
    "AudioClassification",
    "AudioTranscription",
    "BackgroundBehavior",
    "BatchDownloadOptions",
    "BatchDownloadQuery",
    "DetectionModality",
    "DownloadGetStatusResponse",
    "DownloadRequestBatchRequest",
    "DownloadRequestBatchResponse",
    "DownloadRequestRequest",
    "DownloadRequestResponse",
    "EditCapability",
    "Error",
    "FlowInput",
    "FlowInputInputsItem",
    "FlowInputItem",
    "FlowInputItemInputsItem",
    "FlowInputRef",
    "FlowInputRequirement",
    "FlowInputType",
    "FlowLogic",
    "FlowLogicCase",
    "FlowLogicType",
    "FlowNode",
    "FlowNodeStatus",
    "FlowNodeType",
    "InputFidelity",
    "InputLocation",
    "Job",
    "JobBilling",
    "JobMetadata",
    "JobMetadataInput",
    "JobMetadataOutput",
    "JobStatus",
    "JobStatusChange",
    "JobType",
    "MetadataConcept",
    "ModelType",
    "SeamlessImageType",
    "Snapshot",
    "SortDirection",
    "TargetFormat",
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
