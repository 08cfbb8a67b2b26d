from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

_OPTIONAL_KEYS = frozenset(
    {
        "message",
        "error",
        "statusCode",
        "requestId",
    }
)


@_attrs_define
class Error:
    """An error body. The API does not document its shape, so nothing is required; fields seen in practice are listed for
    convenience.

    """

    message: Any | Unset = UNSET
    """ Human-readable explanation (a string, sometimes a list). """
    error: str | Unset = UNSET
    """ Short error name. """
    status_code: float | Unset = UNSET
    """ The HTTP status repeated. """
    request_id: str | Unset = UNSET
    """ Identifier of the failed request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error = self.error

        status_code = self.status_code

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            message = d.pop("message", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("message") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("message", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            error = d.pop("error", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("error") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("error", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            status_code = d.pop("statusCode", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("statusCode") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("statusCode", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            request_id = d.pop("requestId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("requestId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("requestId", exc) from exc

        error = cls(
            message=message,
            error=error,
            status_code=status_code,
            request_id=request_id,
        )

        error.additional_properties = d
        return error

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
                "message",
                "error",
                "status_code",
                "request_id",
            ),
        )
