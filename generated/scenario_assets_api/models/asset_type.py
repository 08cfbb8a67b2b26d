from enum import StrEnum


class AssetType(StrEnum):
    AUDIO2AUDIO = "audio2audio"
    AUDIO2VIDEO = "audio2video"
    BACKGROUND_REMOVAL = "background-removal"
    CANVAS = "canvas"
    CANVAS_DRAWING = "canvas-drawing"
    CANVAS_EXPORT = "canvas-export"
    DETECTION = "detection"
    GENERATIVE_FILL = "generative-fill"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    IMG23D = "img23d"
    IMG2IMG = "img2img"
    IMG2VIDEO = "img2video"
    INFERENCE_CONTROLNET = "inference-controlnet"
    INFERENCE_CONTROLNET_IMG2IMG = "inference-controlnet-img2img"
    INFERENCE_CONTROLNET_INPAINT = "inference-controlnet-inpaint"
    INFERENCE_CONTROLNET_INPAINT_IP_ADAPTER = "inference-controlnet-inpaint-ip-adapter"
    INFERENCE_CONTROLNET_IP_ADAPTER = "inference-controlnet-ip-adapter"
    INFERENCE_CONTROLNET_REFERENCE = "inference-controlnet-reference"
    INFERENCE_CONTROLNET_TEXTURE = "inference-controlnet-texture"
    INFERENCE_IMG2IMG = "inference-img2img"
    INFERENCE_IMG2IMG_IP_ADAPTER = "inference-img2img-ip-adapter"
    INFERENCE_IMG2IMG_TEXTURE = "inference-img2img-texture"
    INFERENCE_INPAINT = "inference-inpaint"
    INFERENCE_INPAINT_IP_ADAPTER = "inference-inpaint-ip-adapter"
    INFERENCE_REFERENCE = "inference-reference"
    INFERENCE_REFERENCE_TEXTURE = "inference-reference-texture"
    INFERENCE_TXT2IMG = "inference-txt2img"
    INFERENCE_TXT2IMG_IP_ADAPTER = "inference-txt2img-ip-adapter"
    INFERENCE_TXT2IMG_TEXTURE = "inference-txt2img-texture"
    PATCH = "patch"
    PIXELIZATION = "pixelization"
    REFRAME = "reframe"
    RESTYLE = "restyle"
    SEGMENT = "segment"
    SEGMENTATION_IMAGE = "segmentation-image"
    SEGMENTATION_MASK = "segmentation-mask"
    SKYBOX_3D = "skybox-3d"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_HDRI = "skybox-hdri"
    TEXTURE = "texture"
    TEXTURE_ALBEDO = "texture-albedo"
    TEXTURE_AO = "texture-ao"
    TEXTURE_EDGE = "texture-edge"
    TEXTURE_HEIGHT = "texture-height"
    TEXTURE_METALLIC = "texture-metallic"
    TEXTURE_NORMAL = "texture-normal"
    TEXTURE_SMOOTHNESS = "texture-smoothness"
    THREE_D23D = "3d23d"
    THREE_D23D_TEXTURE = "3d23d-texture"
    THREE_D_TEXTURE = "3d-texture"
    THREE_D_TEXTURE_ALBEDO = "3d-texture-albedo"
    THREE_D_TEXTURE_METALLIC = "3d-texture-metallic"
    THREE_D_TEXTURE_MTL = "3d-texture-mtl"
    THREE_D_TEXTURE_NORMAL = "3d-texture-normal"
    THREE_D_TEXTURE_ROUGHNESS = "3d-texture-roughness"
    TXT23D = "txt23d"
    TXT2AUDIO = "txt2audio"
    TXT2IMG = "txt2img"
    TXT2VIDEO = "txt2video"
    UNKNOWN = "unknown"
    UPLOADED = "uploaded"
    UPLOADED_3D = "uploaded-3d"
    UPLOADED_AUDIO = "uploaded-audio"
    UPLOADED_AVATAR = "uploaded-avatar"
    UPLOADED_VIDEO = "uploaded-video"
    UPSCALE = "upscale"
    UPSCALE_SKYBOX = "upscale-skybox"
    UPSCALE_TEXTURE = "upscale-texture"
    UPSCALE_VIDEO = "upscale-video"
    VECTORIZATION = "vectorization"
    VIDEO23D = "video23d"
    VIDEO2AUDIO = "video2audio"
    VIDEO2IMG = "video2img"
    VIDEO2VIDEO = "video2video"
    VOICE_CLONE = "voice-clone"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list (the API added it later)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "AssetType | None":
        # scenario-assets: the API adds enum values over time. An unknown string becomes a
        # pseudo-member that keeps the raw value, compares equal to it and is re-emitted
        # unchanged, instead of making the whole response unreadable.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
