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
from ..models.asset_style import AssetStyle
from ..models.asset_type import AssetType
from ..models.detection_modality import DetectionModality
from ..models.input_fidelity import InputFidelity
from ..models.input_location import InputLocation
from ..models.model_type import ModelType
from ..models.seamless_image_type import SeamlessImageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_file_ref import AssetFileRef
    from ..models.metadata_concept import MetadataConcept


T = TypeVar("T", bound="AssetMetadata")


# scenario-assets: from_dict walks the keys a body has, not every property of the schema (see
# scenario_assets_runtime._models). Plain values are renamed to attribute names in one pass; only
# the fields that need a conversion (enums, nested models, ...) are visited one by one. Instances keep their values in __dict__
# and absent optional fields read their default from the class (set after the class body).
_NAMES: dict[str, str] = {
    "kind": "kind",
    "type": "type_",
    "angular": "angular",
    "aspectRatio": "aspect_ratio",
    "backgroundOpacity": "background_opacity",
    "baseModelId": "base_model_id",
    "bbox": "bbox",
    "betterQuality": "better_quality",
    "cannyStructureImage": "canny_structure_image",
    "clustering": "clustering",
    "colorCorrection": "color_correction",
    "colorMode": "color_mode",
    "colorPrecision": "color_precision",
    "concepts": "concepts",
    "contours": "contours",
    "controlEnd": "control_end",
    "copiedAt": "copied_at",
    "cornerThreshold": "corner_threshold",
    "creativity": "creativity",
    "creativityDecay": "creativity_decay",
    "defaultParameters": "default_parameters",
    "depthFidelity": "depth_fidelity",
    "depthImage": "depth_image",
    "detailsLevel": "details_level",
    "dilate": "dilate",
    "factor": "factor",
    "filterSpeckle": "filter_speckle",
    "fractality": "fractality",
    "geometryEnforcement": "geometry_enforcement",
    "guidance": "guidance",
    "halfMode": "half_mode",
    "hdr": "hdr",
    "height": "height",
    "highThreshold": "high_threshold",
    "horizontalExpansionRatio": "horizontal_expansion_ratio",
    "image": "image",
    "imageFidelity": "image_fidelity",
    "imageType": "image_type",
    "inferenceId": "inference_id",
    "inputFidelity": "input_fidelity",
    "inputLocation": "input_location",
    "invert": "invert",
    "keypointThreshold": "keypoint_threshold",
    "layerDifference": "layer_difference",
    "lengthThreshold": "length_threshold",
    "lockExpiresAt": "lock_expires_at",
    "lowThreshold": "low_threshold",
    "mask": "mask",
    "maxIterations": "max_iterations",
    "maxThreshold": "max_threshold",
    "minThreshold": "min_threshold",
    "modality": "modality",
    "mode": "mode",
    "modelId": "model_id",
    "modelType": "model_type",
    "name": "name",
    "nbMasks": "nb_masks",
    "negativePrompt": "negative_prompt",
    "negativePromptStrength": "negative_prompt_strength",
    "numInferenceSteps": "num_inference_steps",
    "numOutputs": "num_outputs",
    "originalAssetId": "original_asset_id",
    "outputIndex": "output_index",
    "overlapPercentage": "overlap_percentage",
    "overrideEmbeddings": "override_embeddings",
    "parentId": "parent_id",
    "parentJobId": "parent_job_id",
    "pathPrecision": "path_precision",
    "points": "points",
    "polished": "polished",
    "preset": "preset",
    "progressPercent": "progress_percent",
    "prompt": "prompt",
    "promptFidelity": "prompt_fidelity",
    "raised": "raised",
    "referenceImages": "reference_images",
    "refinementSteps": "refinement_steps",
    "removeBackground": "remove_background",
    "resizeOption": "resize_option",
    "resultContours": "result_contours",
    "resultImage": "result_image",
    "resultMask": "result_mask",
    "rootParentId": "root_parent_id",
    "saveFlipbook": "save_flipbook",
    "scalingFactor": "scaling_factor",
    "scheduler": "scheduler",
    "seed": "seed",
    "sharpen": "sharpen",
    "shiny": "shiny",
    "size": "size",
    "sketch": "sketch",
    "sourceProjectId": "source_project_id",
    "spliceThreshold": "splice_threshold",
    "strength": "strength",
    "structureFidelity": "structure_fidelity",
    "structureImage": "structure_image",
    "style": "style",
    "styleFidelity": "style_fidelity",
    "styleImages": "style_images",
    "styleImagesFidelity": "style_images_fidelity",
    "targetHeight": "target_height",
    "targetWidth": "target_width",
    "text": "text",
    "texture": "texture",
    "thumbnail": "thumbnail",
    "tileStyle": "tile_style",
    "trainingImage": "training_image",
    "verticalExpansionRatio": "vertical_expansion_ratio",
    "width": "width",
}
# scenario-assets: wire name -> the exact JSON types its value may have (None: any type); see
# _BY_TYPE.
_TYPES: dict[str, tuple[type, ...] | None] = {
    "kind": (str,),
    "type": (str,),
    "angular": (int, float),
    "aspectRatio": (str,),
    "backgroundOpacity": (int, float),
    "baseModelId": (str,),
    "bbox": (list,),
    "betterQuality": (bool,),
    "cannyStructureImage": (str,),
    "clustering": (bool,),
    "colorCorrection": (bool,),
    "colorMode": (str,),
    "colorPrecision": (int, float),
    "concepts": (list,),
    "contours": (list,),
    "controlEnd": (int, float),
    "copiedAt": (str,),
    "cornerThreshold": (int, float),
    "creativity": (int, float),
    "creativityDecay": (int, float),
    "defaultParameters": (bool,),
    "depthFidelity": (int, float),
    "depthImage": (str,),
    "detailsLevel": (int, float),
    "dilate": (int, float),
    "factor": (int, float),
    "filterSpeckle": (int, float),
    "fractality": (int, float),
    "geometryEnforcement": (int, float),
    "guidance": (int, float),
    "halfMode": (bool,),
    "hdr": (int, float),
    "height": (int, float),
    "highThreshold": (int, float),
    "horizontalExpansionRatio": (int, float),
    "image": (str,),
    "imageFidelity": (int, float),
    "imageType": (str,),
    "inferenceId": (str,),
    "inputFidelity": (str,),
    "inputLocation": (str,),
    "invert": (bool,),
    "keypointThreshold": (int, float),
    "layerDifference": (int, float),
    "lengthThreshold": (int, float),
    "lockExpiresAt": (str,),
    "lowThreshold": (int, float),
    "mask": (str,),
    "maxIterations": (int, float),
    "maxThreshold": (int, float),
    "minThreshold": (int, float),
    "modality": (str,),
    "mode": (str,),
    "modelId": (str,),
    "modelType": (str,),
    "name": (str,),
    "nbMasks": (int, float),
    "negativePrompt": (str,),
    "negativePromptStrength": (int, float),
    "numInferenceSteps": (int, float),
    "numOutputs": (int, float),
    "originalAssetId": (str,),
    "outputIndex": (int, float),
    "overlapPercentage": (int, float),
    "overrideEmbeddings": (bool,),
    "parentId": (str,),
    "parentJobId": (str,),
    "pathPrecision": (int, float),
    "points": (list,),
    "polished": (int, float),
    "preset": (str,),
    "progressPercent": (int, float),
    "prompt": (str,),
    "promptFidelity": (int, float),
    "raised": (int, float),
    "referenceImages": (list,),
    "refinementSteps": (int, float),
    "removeBackground": (bool,),
    "resizeOption": (int, float),
    "resultContours": (bool,),
    "resultImage": (bool,),
    "resultMask": (bool,),
    "rootParentId": (str,),
    "saveFlipbook": (bool,),
    "scalingFactor": (int, float),
    "scheduler": (str,),
    "seed": (str,),
    "sharpen": (bool,),
    "shiny": (int, float),
    "size": (int, float),
    "sketch": (bool,),
    "sourceProjectId": (str,),
    "spliceThreshold": (int, float),
    "strength": (int, float),
    "structureFidelity": (int, float),
    "structureImage": (str,),
    "style": (str,),
    "styleFidelity": (int, float),
    "styleImages": (list,),
    "styleImagesFidelity": (int, float),
    "targetHeight": (int, float),
    "targetWidth": (int, float),
    "text": (str,),
    "texture": (str,),
    "thumbnail": (dict,),
    "tileStyle": (bool,),
    "trainingImage": (bool,),
    "verticalExpansionRatio": (int, float),
    "width": (int, float),
}
# exact type of a value -> {wire name: attribute name} of the fields that accept it (null: "")
_BY_TYPE = names_by_type(_NAMES, _TYPES)
# attribute name -> (wire name, whether `null` is a value: only for fields of any type)
_REQUIRED: dict[str, tuple[str, bool]] = {
    "kind": ("kind", False),
    "type_": ("type", False),
}
# (wire name, attribute name, kind, parser / enum members / item shape, enum class); the kinds are
# scenario_assets_runtime's FieldKind. Built on first use, since nested models are imported
# lazily (they may import this module).
_CONVERTERS: list[tuple[Any, ...]] | None = None


def _build_converters() -> list[tuple[Any, ...]]:
    global _CONVERTERS
    from ..models.asset_file_ref import AssetFileRef  # noqa: PLC0415
    from ..models.metadata_concept import MetadataConcept  # noqa: PLC0415

    _CONVERTERS = [
        ("kind", "kind", KIND_ENUM, AssetKind._value2member_map_, AssetKind),
        ("type", "type_", KIND_ENUM, AssetType._value2member_map_, AssetType),
        ("bbox", "bbox", KIND_PLAIN_LIST, frozenset((int, float)), None),
        ("concepts", "concepts", KIND_MODEL_LIST, MetadataConcept.from_dict, None),
        ("contours", "contours", KIND_NESTED_PLAIN_LIST, (((frozenset((int, float)),),),), None),
        ("imageType", "image_type", KIND_ENUM, SeamlessImageType._value2member_map_, SeamlessImageType),
        ("inputFidelity", "input_fidelity", KIND_ENUM, InputFidelity._value2member_map_, InputFidelity),
        ("inputLocation", "input_location", KIND_ENUM, InputLocation._value2member_map_, InputLocation),
        ("modality", "modality", KIND_ENUM, DetectionModality._value2member_map_, DetectionModality),
        ("modelType", "model_type", KIND_ENUM, ModelType._value2member_map_, ModelType),
        ("points", "points", KIND_NESTED_PLAIN_LIST, (frozenset((int, float)),), None),
        ("referenceImages", "reference_images", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("style", "style", KIND_ENUM, AssetStyle._value2member_map_, AssetStyle),
        ("styleImages", "style_images", KIND_PLAIN_LIST, frozenset((str,)), None),
        ("thumbnail", "thumbnail", KIND_MODEL, AssetFileRef.from_dict, None),
    ]
    return _CONVERTERS


# scenario-assets: not slotted, so that from_dict can fill an instance's __dict__ directly.
@_attrs_define(slots=False)
class AssetMetadata:
    kind: AssetKind
    type_: AssetType
    angular: float | Unset = UNSET
    """ How angular is the surface? 0 is like a sphere, 1 is like a mechanical object """
    aspect_ratio: str | Unset = UNSET
    """ The optional aspect ratio given for the generation, only applicable for some models """
    background_opacity: float | Unset = UNSET
    """ Int to set between 0 and 255 for the opacity of the background in the result images. """
    base_model_id: str | Unset = UNSET
    """ The baseModelId that maybe changed at inference time """
    bbox: list[float] | Unset = UNSET
    """ A bounding box around the object of interest, in the format [x1, y1, x2, y2]. """
    better_quality: bool | Unset = UNSET
    """ Remove small dark spots (i.e. “pepper”) and connect small bright cracks. """
    canny_structure_image: str | Unset = UNSET
    """ The control image already processed by canny detector. Must reference an existing AssetId. """
    clustering: bool | Unset = UNSET
    """ Activate clustering. """
    color_correction: bool | Unset = UNSET
    """ Ensure upscaled tile have the same color histogram as original tile. """
    color_mode: str | Unset = UNSET
    color_precision: float | Unset = UNSET
    concepts: list[MetadataConcept] | Unset = UNSET
    """ Flux Kontext LoRA to style the image. For Flux Kontext Prompt Editing. """
    contours: list[list[list[list[float]]]] | Unset = UNSET
    control_end: float | Unset = UNSET
    """ End step for control. """
    copied_at: str | Unset = UNSET
    """ The date when the asset was copied to a project """
    corner_threshold: float | Unset = UNSET
    creativity: float | Unset = UNSET
    """ Allow the generation of "hallucinations" during the upscale process, which adds additional details and
    deviates from the original image. Default: optimized for your preset and style. """
    creativity_decay: float | Unset = UNSET
    """ Amount of decay in creativity over the upscale process. The lowest the value, the less the creativity will
    be preserved over the upscale process. """
    default_parameters: bool | Unset = UNSET
    """ If true, use the default parameters """
    depth_fidelity: float | Unset = UNSET
    """ The depth fidelity if a depth image provided """
    depth_image: str | Unset = UNSET
    """ The control image processed by depth estimator. Must reference an existing AssetId. """
    details_level: float | Unset = UNSET
    """ Amount of details to remove or add """
    dilate: float | Unset = UNSET
    """ The number of pixels to dilate the result masks. """
    factor: float | Unset = UNSET
    """ Contrast factor for Grayscale detector """
    filter_speckle: float | Unset = UNSET
    fractality: float | Unset = UNSET
    """ Determine the scale at which the upscale process works. - With a small value, the upscale works at the
    largest scale, resulting in fewer added details and more coherent images. Ideal for portraits, for example. -
    With a large value, the upscale works at the smallest scale, resulting in more added details and more
    hallucinations. Ideal for landscapes, for example. (info): A small value is slower and more expensive to run.
    """
    geometry_enforcement: float | Unset = UNSET
    """ Apply extra control to the Skybox 360 geometry. The higher the value, the more the 360 geometry will
    influence the generated skybox image. Use with caution. Default is adapted to the other parameters. """
    guidance: float | Unset = UNSET
    """ The guidance used to generate this asset """
    half_mode: bool | Unset = UNSET
    hdr: float | Unset = UNSET
    height: float | Unset = UNSET
    high_threshold: float | Unset = UNSET
    """ High threshold for Canny detector """
    horizontal_expansion_ratio: float | Unset = UNSET
    """ (deprecated) Horizontal expansion ratio. """
    image: str | Unset = UNSET
    """ The input image to process. Must reference an existing AssetId or be a data URL. """
    image_fidelity: float | Unset = UNSET
    """ Strengthen the similarity to the original image during the upscale. Default: optimized for your preset and
    style. """
    image_type: SeamlessImageType | Unset = UNSET
    inference_id: str | Unset = UNSET
    """ The id of the Inference describing how this image was generated """
    input_fidelity: InputFidelity | Unset = UNSET
    input_location: InputLocation | Unset = UNSET
    invert: bool | Unset = UNSET
    """ To invert the relief """
    keypoint_threshold: float | Unset = UNSET
    """ How polished is the surface? 0 is like a rough surface, 1 is like a mirror """
    layer_difference: float | Unset = UNSET
    length_threshold: float | Unset = UNSET
    lock_expires_at: str | Unset = UNSET
    """ The ISO timestamp when the lock on the canvas will expire """
    low_threshold: float | Unset = UNSET
    """ Low threshold for Canny detector """
    mask: str | Unset = UNSET
    """ The mask used for the asset generation or editing """
    max_iterations: float | Unset = UNSET
    max_threshold: float | Unset = UNSET
    """ Maximum threshold for Grayscale conversion """
    min_threshold: float | Unset = UNSET
    """ Minimum threshold for Grayscale conversion """
    modality: DetectionModality | Unset = UNSET
    mode: str | Unset = UNSET
    model_id: str | Unset = UNSET
    """ The modelId used to generate this asset """
    model_type: ModelType | Unset = UNSET
    name: str | Unset = UNSET
    nb_masks: float | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    """ The negative prompt used to generate this asset """
    negative_prompt_strength: float | Unset = UNSET
    """ Controls the influence of the negative prompt. Default 0 means the negative prompt has no effect. Higher
    values increase negative prompt influence. Must be > 0 if negativePrompt is provided. """
    num_inference_steps: float | Unset = UNSET
    """ The number of denoising steps for each image generation. """
    num_outputs: float | Unset = UNSET
    """ The number of outputs to generate. """
    original_asset_id: str | Unset = UNSET
    output_index: float | Unset = UNSET
    overlap_percentage: float | Unset = UNSET
    """ Overlap percentage for the output image. """
    override_embeddings: bool | Unset = UNSET
    """ Override the embeddings of the model. Only your prompt and negativePrompt will be used. Use with caution.
    """
    parent_id: str | Unset = UNSET
    parent_job_id: str | Unset = UNSET
    path_precision: float | Unset = UNSET
    points: list[list[float]] | Unset = UNSET
    """ List of points (label, x, y) in the image where label = 0 for background and 1 for object. """
    polished: float | Unset = UNSET
    """ How polished is the surface? 0 is like a rough surface, 1 is like a mirror """
    preset: str | Unset = UNSET
    progress_percent: float | Unset = UNSET
    prompt: str | Unset = UNSET
    """ The prompt that guided the asset generation or editing """
    prompt_fidelity: float | Unset = UNSET
    """ Increase the fidelity to the prompt during upscale. Default: optimized for your preset and style. """
    raised: float | Unset = UNSET
    """ How raised is the surface? 0 is flat like water, 1 is like a very rough rock """
    reference_images: list[str] | Unset = UNSET
    """ The reference images used for the asset generation or editing """
    refinement_steps: float | Unset = UNSET
    """ Additional refinement steps before scaling. If scalingFactor == 1, the refinement process will be applied (1
    + refinementSteps) times. If scalingFactor > 1, the refinement process will be applied refinementSteps times.
    """
    remove_background: bool | Unset = UNSET
    """ Remove background for Grayscale detector """
    resize_option: float | Unset = UNSET
    """ Size proportion of the input image in the output. """
    result_contours: bool | Unset = UNSET
    """ Boolean to output the contours. """
    result_image: bool | Unset = UNSET
    """ Boolean to able output the cut out object. """
    result_mask: bool | Unset = UNSET
    """ Boolean to able return the masks (binary image) in the response. """
    root_parent_id: str | Unset = UNSET
    save_flipbook: bool | Unset = UNSET
    """ Save a flipbook of the texture. Deactivated when the input texture is larger than 2048x2048px """
    scaling_factor: float | Unset = UNSET
    """ Scaling factor (when `targetWidth` not specified) """
    scheduler: str | Unset = UNSET
    """ The scheduler used to generate this asset """
    seed: str | Unset = UNSET
    """ The seed used to generate this asset. Can be a string or a number in some cases . """
    sharpen: bool | Unset = UNSET
    """ Sharpen tiles. """
    shiny: float | Unset = UNSET
    """ How shiny is the surface? 0 is like a matte surface, 1 is like a diamond """
    size: float | Unset = UNSET
    sketch: bool | Unset = UNSET
    """ Activate sketch detection instead of canny. """
    source_project_id: str | Unset = UNSET
    splice_threshold: float | Unset = UNSET
    strength: float | Unset = UNSET
    """ The strength Only available for the `flux-kontext` LoRA model. """
    structure_fidelity: float | Unset = UNSET
    """ Strength for the input image structure preservation """
    structure_image: str | Unset = UNSET
    """ The control image for structure. A canny detector will be applied to this image. Must reference an existing
    AssetId. """
    style: AssetStyle | Unset = UNSET
    style_fidelity: float | Unset = UNSET
    """ The higher the value the more it will look like the style image(s) """
    style_images: list[str] | Unset = UNSET
    """ List of style images. Most of the time, only one image is enough. It must be existing AssetIds. """
    style_images_fidelity: float | Unset = UNSET
    """ Condition the influence of the style image(s). The higher the value, the more the style images will
    influence the upscaled image. """
    target_height: float | Unset = UNSET
    """ The target height of the output image. """
    target_width: float | Unset = UNSET
    """ Target width for the upscaled image, take priority over scaling factor """
    text: str | Unset = UNSET
    """ A textual description / keywords describing the object of interest. """
    texture: str | Unset = UNSET
    """ The asset to convert in texture maps. Must reference an existing AssetId. """
    thumbnail: AssetFileRef | Unset = UNSET
    tile_style: bool | Unset = UNSET
    """ If set to true, during the upscaling process, the model will match tiles of the source image with tiles of
    the style image(s). This will result in a more coherent restyle. Works best with style images that have a
    similar composition. """
    training_image: bool | Unset = UNSET
    vertical_expansion_ratio: float | Unset = UNSET
    """ (deprecated) Vertical expansion ratio. """
    width: float | Unset = UNSET
    """ The width of the rendered image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        type_ = self.type_.value

        angular = self.angular

        aspect_ratio = self.aspect_ratio

        background_opacity = self.background_opacity

        base_model_id = self.base_model_id

        bbox: list[float] | Unset = UNSET
        if not isinstance(self.bbox, Unset):
            bbox = self.bbox

        better_quality = self.better_quality

        canny_structure_image = self.canny_structure_image

        clustering = self.clustering

        color_correction = self.color_correction

        color_mode = self.color_mode

        color_precision = self.color_precision

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        contours: list[list[list[list[float]]]] | Unset = UNSET
        if not isinstance(self.contours, Unset):
            contours = []
            for contours_item_data in self.contours:
                contours_item = []
                for contours_item_item_data in contours_item_data:
                    contours_item_item = []
                    for contours_item_item_item_data in contours_item_item_data:
                        contours_item_item_item = contours_item_item_item_data

                        contours_item_item.append(contours_item_item_item)

                    contours_item.append(contours_item_item)

                contours.append(contours_item)

        control_end = self.control_end

        copied_at = self.copied_at

        corner_threshold = self.corner_threshold

        creativity = self.creativity

        creativity_decay = self.creativity_decay

        default_parameters = self.default_parameters

        depth_fidelity = self.depth_fidelity

        depth_image = self.depth_image

        details_level = self.details_level

        dilate = self.dilate

        factor = self.factor

        filter_speckle = self.filter_speckle

        fractality = self.fractality

        geometry_enforcement = self.geometry_enforcement

        guidance = self.guidance

        half_mode = self.half_mode

        hdr = self.hdr

        height = self.height

        high_threshold = self.high_threshold

        horizontal_expansion_ratio = self.horizontal_expansion_ratio

        image = self.image

        image_fidelity = self.image_fidelity

        image_type: str | Unset = UNSET
        if not isinstance(self.image_type, Unset):
            image_type = self.image_type.value

        inference_id = self.inference_id

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = self.input_fidelity.value

        input_location: str | Unset = UNSET
        if not isinstance(self.input_location, Unset):
            input_location = self.input_location.value

        invert = self.invert

        keypoint_threshold = self.keypoint_threshold

        layer_difference = self.layer_difference

        length_threshold = self.length_threshold

        lock_expires_at = self.lock_expires_at

        low_threshold = self.low_threshold

        mask = self.mask

        max_iterations = self.max_iterations

        max_threshold = self.max_threshold

        min_threshold = self.min_threshold

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        mode = self.mode

        model_id = self.model_id

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        name = self.name

        nb_masks = self.nb_masks

        negative_prompt = self.negative_prompt

        negative_prompt_strength = self.negative_prompt_strength

        num_inference_steps = self.num_inference_steps

        num_outputs = self.num_outputs

        original_asset_id = self.original_asset_id

        output_index = self.output_index

        overlap_percentage = self.overlap_percentage

        override_embeddings = self.override_embeddings

        parent_id = self.parent_id

        parent_job_id = self.parent_job_id

        path_precision = self.path_precision

        points: list[list[float]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data

                points.append(points_item)

        polished = self.polished

        preset = self.preset

        progress_percent = self.progress_percent

        prompt = self.prompt

        prompt_fidelity = self.prompt_fidelity

        raised = self.raised

        reference_images: list[str] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = self.reference_images

        refinement_steps = self.refinement_steps

        remove_background = self.remove_background

        resize_option = self.resize_option

        result_contours = self.result_contours

        result_image = self.result_image

        result_mask = self.result_mask

        root_parent_id = self.root_parent_id

        save_flipbook = self.save_flipbook

        scaling_factor = self.scaling_factor

        scheduler = self.scheduler

        seed = self.seed

        sharpen = self.sharpen

        shiny = self.shiny

        size = self.size

        sketch = self.sketch

        source_project_id = self.source_project_id

        splice_threshold = self.splice_threshold

        strength = self.strength

        structure_fidelity = self.structure_fidelity

        structure_image = self.structure_image

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        style_fidelity = self.style_fidelity

        style_images: list[str] | Unset = UNSET
        if not isinstance(self.style_images, Unset):
            style_images = self.style_images

        style_images_fidelity = self.style_images_fidelity

        target_height = self.target_height

        target_width = self.target_width

        text = self.text

        texture = self.texture

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        tile_style = self.tile_style

        training_image = self.training_image

        vertical_expansion_ratio = self.vertical_expansion_ratio

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "type": type_,
            }
        )
        if angular is not UNSET:
            field_dict["angular"] = angular
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if background_opacity is not UNSET:
            field_dict["backgroundOpacity"] = background_opacity
        if base_model_id is not UNSET:
            field_dict["baseModelId"] = base_model_id
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if better_quality is not UNSET:
            field_dict["betterQuality"] = better_quality
        if canny_structure_image is not UNSET:
            field_dict["cannyStructureImage"] = canny_structure_image
        if clustering is not UNSET:
            field_dict["clustering"] = clustering
        if color_correction is not UNSET:
            field_dict["colorCorrection"] = color_correction
        if color_mode is not UNSET:
            field_dict["colorMode"] = color_mode
        if color_precision is not UNSET:
            field_dict["colorPrecision"] = color_precision
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if contours is not UNSET:
            field_dict["contours"] = contours
        if control_end is not UNSET:
            field_dict["controlEnd"] = control_end
        if copied_at is not UNSET:
            field_dict["copiedAt"] = copied_at
        if corner_threshold is not UNSET:
            field_dict["cornerThreshold"] = corner_threshold
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if creativity_decay is not UNSET:
            field_dict["creativityDecay"] = creativity_decay
        if default_parameters is not UNSET:
            field_dict["defaultParameters"] = default_parameters
        if depth_fidelity is not UNSET:
            field_dict["depthFidelity"] = depth_fidelity
        if depth_image is not UNSET:
            field_dict["depthImage"] = depth_image
        if details_level is not UNSET:
            field_dict["detailsLevel"] = details_level
        if dilate is not UNSET:
            field_dict["dilate"] = dilate
        if factor is not UNSET:
            field_dict["factor"] = factor
        if filter_speckle is not UNSET:
            field_dict["filterSpeckle"] = filter_speckle
        if fractality is not UNSET:
            field_dict["fractality"] = fractality
        if geometry_enforcement is not UNSET:
            field_dict["geometryEnforcement"] = geometry_enforcement
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if half_mode is not UNSET:
            field_dict["halfMode"] = half_mode
        if hdr is not UNSET:
            field_dict["hdr"] = hdr
        if height is not UNSET:
            field_dict["height"] = height
        if high_threshold is not UNSET:
            field_dict["highThreshold"] = high_threshold
        if horizontal_expansion_ratio is not UNSET:
            field_dict["horizontalExpansionRatio"] = horizontal_expansion_ratio
        if image is not UNSET:
            field_dict["image"] = image
        if image_fidelity is not UNSET:
            field_dict["imageFidelity"] = image_fidelity
        if image_type is not UNSET:
            field_dict["imageType"] = image_type
        if inference_id is not UNSET:
            field_dict["inferenceId"] = inference_id
        if input_fidelity is not UNSET:
            field_dict["inputFidelity"] = input_fidelity
        if input_location is not UNSET:
            field_dict["inputLocation"] = input_location
        if invert is not UNSET:
            field_dict["invert"] = invert
        if keypoint_threshold is not UNSET:
            field_dict["keypointThreshold"] = keypoint_threshold
        if layer_difference is not UNSET:
            field_dict["layerDifference"] = layer_difference
        if length_threshold is not UNSET:
            field_dict["lengthThreshold"] = length_threshold
        if lock_expires_at is not UNSET:
            field_dict["lockExpiresAt"] = lock_expires_at
        if low_threshold is not UNSET:
            field_dict["lowThreshold"] = low_threshold
        if mask is not UNSET:
            field_dict["mask"] = mask
        if max_iterations is not UNSET:
            field_dict["maxIterations"] = max_iterations
        if max_threshold is not UNSET:
            field_dict["maxThreshold"] = max_threshold
        if min_threshold is not UNSET:
            field_dict["minThreshold"] = min_threshold
        if modality is not UNSET:
            field_dict["modality"] = modality
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if model_type is not UNSET:
            field_dict["modelType"] = model_type
        if name is not UNSET:
            field_dict["name"] = name
        if nb_masks is not UNSET:
            field_dict["nbMasks"] = nb_masks
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if negative_prompt_strength is not UNSET:
            field_dict["negativePromptStrength"] = negative_prompt_strength
        if num_inference_steps is not UNSET:
            field_dict["numInferenceSteps"] = num_inference_steps
        if num_outputs is not UNSET:
            field_dict["numOutputs"] = num_outputs
        if original_asset_id is not UNSET:
            field_dict["originalAssetId"] = original_asset_id
        if output_index is not UNSET:
            field_dict["outputIndex"] = output_index
        if overlap_percentage is not UNSET:
            field_dict["overlapPercentage"] = overlap_percentage
        if override_embeddings is not UNSET:
            field_dict["overrideEmbeddings"] = override_embeddings
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if parent_job_id is not UNSET:
            field_dict["parentJobId"] = parent_job_id
        if path_precision is not UNSET:
            field_dict["pathPrecision"] = path_precision
        if points is not UNSET:
            field_dict["points"] = points
        if polished is not UNSET:
            field_dict["polished"] = polished
        if preset is not UNSET:
            field_dict["preset"] = preset
        if progress_percent is not UNSET:
            field_dict["progressPercent"] = progress_percent
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_fidelity is not UNSET:
            field_dict["promptFidelity"] = prompt_fidelity
        if raised is not UNSET:
            field_dict["raised"] = raised
        if reference_images is not UNSET:
            field_dict["referenceImages"] = reference_images
        if refinement_steps is not UNSET:
            field_dict["refinementSteps"] = refinement_steps
        if remove_background is not UNSET:
            field_dict["removeBackground"] = remove_background
        if resize_option is not UNSET:
            field_dict["resizeOption"] = resize_option
        if result_contours is not UNSET:
            field_dict["resultContours"] = result_contours
        if result_image is not UNSET:
            field_dict["resultImage"] = result_image
        if result_mask is not UNSET:
            field_dict["resultMask"] = result_mask
        if root_parent_id is not UNSET:
            field_dict["rootParentId"] = root_parent_id
        if save_flipbook is not UNSET:
            field_dict["saveFlipbook"] = save_flipbook
        if scaling_factor is not UNSET:
            field_dict["scalingFactor"] = scaling_factor
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sharpen is not UNSET:
            field_dict["sharpen"] = sharpen
        if shiny is not UNSET:
            field_dict["shiny"] = shiny
        if size is not UNSET:
            field_dict["size"] = size
        if sketch is not UNSET:
            field_dict["sketch"] = sketch
        if source_project_id is not UNSET:
            field_dict["sourceProjectId"] = source_project_id
        if splice_threshold is not UNSET:
            field_dict["spliceThreshold"] = splice_threshold
        if strength is not UNSET:
            field_dict["strength"] = strength
        if structure_fidelity is not UNSET:
            field_dict["structureFidelity"] = structure_fidelity
        if structure_image is not UNSET:
            field_dict["structureImage"] = structure_image
        if style is not UNSET:
            field_dict["style"] = style
        if style_fidelity is not UNSET:
            field_dict["styleFidelity"] = style_fidelity
        if style_images is not UNSET:
            field_dict["styleImages"] = style_images
        if style_images_fidelity is not UNSET:
            field_dict["styleImagesFidelity"] = style_images_fidelity
        if target_height is not UNSET:
            field_dict["targetHeight"] = target_height
        if target_width is not UNSET:
            field_dict["targetWidth"] = target_width
        if text is not UNSET:
            field_dict["text"] = text
        if texture is not UNSET:
            field_dict["texture"] = texture
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if tile_style is not UNSET:
            field_dict["tileStyle"] = tile_style
        if training_image is not UNSET:
            field_dict["trainingImage"] = training_image
        if vertical_expansion_ratio is not UNSET:
            field_dict["verticalExpansionRatio"] = vertical_expansion_ratio
        if width is not UNSET:
            field_dict["width"] = width

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
        asset_metadata = cls.__new__(cls)
        asset_metadata.__dict__ = values

        asset_metadata.additional_properties = d
        return asset_metadata

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
                "kind",
                "type_",
                "angular",
                "aspect_ratio",
                "background_opacity",
                "base_model_id",
                "bbox",
                "better_quality",
                "canny_structure_image",
                "clustering",
                "color_correction",
                "color_mode",
                "color_precision",
                "concepts",
                "contours",
                "control_end",
                "copied_at",
                "corner_threshold",
                "creativity",
                "creativity_decay",
                "default_parameters",
                "depth_fidelity",
                "depth_image",
                "details_level",
                "dilate",
                "factor",
                "filter_speckle",
                "fractality",
                "geometry_enforcement",
                "guidance",
                "half_mode",
                "hdr",
                "height",
                "high_threshold",
                "horizontal_expansion_ratio",
                "image",
                "image_fidelity",
                "image_type",
                "inference_id",
                "input_fidelity",
                "input_location",
                "invert",
                "keypoint_threshold",
                "layer_difference",
                "length_threshold",
                "lock_expires_at",
                "low_threshold",
                "mask",
                "max_iterations",
                "max_threshold",
                "min_threshold",
                "modality",
                "mode",
                "model_id",
                "model_type",
                "name",
                "nb_masks",
                "negative_prompt",
                "negative_prompt_strength",
                "num_inference_steps",
                "num_outputs",
                "original_asset_id",
                "output_index",
                "overlap_percentage",
                "override_embeddings",
                "parent_id",
                "parent_job_id",
                "path_precision",
                "points",
                "polished",
                "preset",
                "progress_percent",
                "prompt",
                "prompt_fidelity",
                "raised",
                "reference_images",
                "refinement_steps",
                "remove_background",
                "resize_option",
                "result_contours",
                "result_image",
                "result_mask",
                "root_parent_id",
                "save_flipbook",
                "scaling_factor",
                "scheduler",
                "seed",
                "sharpen",
                "shiny",
                "size",
                "sketch",
                "source_project_id",
                "splice_threshold",
                "strength",
                "structure_fidelity",
                "structure_image",
                "style",
                "style_fidelity",
                "style_images",
                "style_images_fidelity",
                "target_height",
                "target_width",
                "text",
                "texture",
                "thumbnail",
                "tile_style",
                "training_image",
                "vertical_expansion_ratio",
                "width",
            ),
        )


# scenario-assets: class-level defaults, read by instances whose body lacked the field.
for _attribute in _attrs_fields(AssetMetadata):
    if _attribute.default is not _NOTHING and not isinstance(_attribute.default, _Factory):
        setattr(AssetMetadata, _attribute.name, _attribute.default)
