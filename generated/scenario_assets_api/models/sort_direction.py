from enum import StrEnum


class SortDirection(StrEnum):
    """Ascending or descending order."""

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list (the API added it later)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "SortDirection | None":
        # scenario-assets: the API adds enum values over time. An unknown string becomes a
        # pseudo-member that keeps the raw value, compares equal to it and is re-emitted
        # unchanged, instead of making the whole response unreadable.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
