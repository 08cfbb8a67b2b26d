from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError

T = TypeVar("T", bound="AssetLockRequest")


@_attrs_define
class AssetLockRequest:
    lock_expires_at: str
    """ The ISO timestamp when the lock on the canvas will expire. """

    def to_dict(self) -> dict[str, Any]:
        lock_expires_at = self.lock_expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lockExpiresAt": lock_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            lock_expires_at = d.pop("lockExpiresAt")
        except ResponseFieldError as exc:
            raise exc.inside("lockExpiresAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("lockExpiresAt", exc) from exc

        asset_lock_request = cls(
            lock_expires_at=lock_expires_at,
        )

        return asset_lock_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            ("lock_expires_at",),
        )
