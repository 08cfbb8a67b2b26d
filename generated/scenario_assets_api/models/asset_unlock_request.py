from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUnlockRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "forceUnlock",
        "lockId",
    }
)


@_attrs_define
class AssetUnlockRequest:
    force_unlock: bool | Unset = UNSET
    """ If true, no need to pass a lockId. """
    lock_id: str | Unset = UNSET
    """ The value of the lock on this canvas. """

    def to_dict(self) -> dict[str, Any]:
        force_unlock = self.force_unlock

        lock_id = self.lock_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if force_unlock is not UNSET:
            field_dict["forceUnlock"] = force_unlock
        if lock_id is not UNSET:
            field_dict["lockId"] = lock_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            force_unlock = d.pop("forceUnlock", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("forceUnlock") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("forceUnlock", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            lock_id = d.pop("lockId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("lockId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("lockId", exc) from exc

        asset_unlock_request = cls(
            force_unlock=force_unlock,
            lock_id=lock_id,
        )

        return asset_unlock_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "force_unlock",
                "lock_id",
            ),
        )
