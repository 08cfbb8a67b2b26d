"""Contains all the data models used in inputs/outputs"""

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
