from enum import StrEnum


class JobType(StrEnum):
    ASSETS_DOWNLOAD = "assets-download"
    CANVAS_EXPORT = "canvas-export"
    CAPTION = "caption"
    CAPTION_LLAVA = "caption-llava"
    CUSTOM = "custom"
    DESCRIBE_STYLE = "describe-style"
    DETECTION = "detection"
    EMBED = "embed"
    FLUX = "flux"
    FLUX_MODEL_TRAINING = "flux-model-training"
    GENERATE_PROMPT = "generate-prompt"
    IMAGE_GENERATION = "image-generation"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    INFERENCE = "inference"
    MESH_PREVIEW_RENDERING = "mesh-preview-rendering"
    MODEL_DOWNLOAD = "model-download"
    MODEL_IMPORT = "model-import"
    MODEL_TRAINING = "model-training"
    MUSUBI_MODEL_TRAINING = "musubi-model-training"
    OPENAI_IMAGE_GENERATION = "openai-image-generation"
    PATCH_IMAGE = "patch-image"
    PIXELATE = "pixelate"
    REFRAME = "reframe"
    REMOVE_BACKGROUND = "remove-background"
    REPAINT = "repaint"
    RESTYLE = "restyle"
    SEGMENT = "segment"
    SKYBOX_3D = "skybox-3d"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_HDRI = "skybox-hdri"
    SKYBOX_UPSCALE_360 = "skybox-upscale-360"
    TEXTURE = "texture"
    TRANSLATE = "translate"
    UPLOAD = "upload"
    UPSCALE = "upscale"
    UPSCALE_SKYBOX = "upscale-skybox"
    UPSCALE_TEXTURE = "upscale-texture"
    VECTORIZE = "vectorize"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list (the API added it later)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "JobType | None":
        # scenario-assets: the API adds enum values over time. An unknown string becomes a
        # pseudo-member that keeps the raw value, compares equal to it and is re-emitted
        # unchanged, instead of making the whole response unreadable.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
