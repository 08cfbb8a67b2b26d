from enum import StrEnum


class AssetStyle(StrEnum):
    ANIME = "anime"
    CARTOON = "cartoon"
    CINEMATIC = "cinematic"
    CLAYMATION = "claymation"
    CLOUD_SKYDOME = "cloud-skydome"
    COMIC = "comic"
    CYBERPUNK = "cyberpunk"
    ENCHANTED = "enchanted"
    FANTASY = "fantasy"
    INK = "ink"
    MANGA = "manga"
    MANGA_COLOR = "manga-color"
    MINIMALIST = "minimalist"
    NEON_TRON = "neon-tron"
    OIL_PAINTING = "oil-painting"
    PASTEL = "pastel"
    PHOTO = "photo"
    PHOTOGRAPHY = "photography"
    PSYCHEDELIC = "psychedelic"
    RETRO_FANTASY = "retro-fantasy"
    SCIFI_CONCEPT_ART = "scifi-concept-art"
    SPACE = "space"
    STANDARD = "standard"
    THREE_D_CARTOON = "3d-cartoon"
    THREE_D_RENDERED = "3d-rendered"
    WHIMSICAL = "whimsical"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list (the API added it later)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "AssetStyle | None":
        # scenario-assets: the API adds enum values over time. An unknown string becomes a
        # pseudo-member that keeps the raw value, compares equal to it and is re-emitted
        # unchanged, instead of making the whole response unreadable.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
