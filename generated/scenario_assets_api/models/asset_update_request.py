from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUpdateRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "canvas",
        "description",
        "disableSnapshot",
        "lockExpiresAt",
        "lockId",
        "name",
        "thumbnail",
    }
)


@_attrs_define
class AssetUpdateRequest:
    canvas: str | Unset = UNSET
    """ The new value for the canvas as a stringified JSON. """
    description: str | Unset = UNSET
    """ The new description of the asset. """
    disable_snapshot: bool | Unset = UNSET
    """ If true, no snapshot will be created for this update. """
    lock_expires_at: str | Unset = UNSET
    """ The ISO timestamp when the lock on the canvas will expire. """
    lock_id: str | Unset = UNSET
    """ The value of the lock to use when updating a locked canvas. """
    name: str | Unset = UNSET
    """ The new name for the canvas. """
    thumbnail: str | Unset = UNSET
    """ The new thumbnail for the canvas in base64 format string. """

    def to_dict(self) -> dict[str, Any]:
        canvas = self.canvas

        description = self.description

        disable_snapshot = self.disable_snapshot

        lock_expires_at = self.lock_expires_at

        lock_id = self.lock_id

        name = self.name

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if canvas is not UNSET:
            field_dict["canvas"] = canvas
        if description is not UNSET:
            field_dict["description"] = description
        if disable_snapshot is not UNSET:
            field_dict["disableSnapshot"] = disable_snapshot
        if lock_expires_at is not UNSET:
            field_dict["lockExpiresAt"] = lock_expires_at
        if lock_id is not UNSET:
            field_dict["lockId"] = lock_id
        if name is not UNSET:
            field_dict["name"] = name
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            canvas = d.pop("canvas", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("canvas") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("canvas", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            description = d.pop("description", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("description") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("description", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            disable_snapshot = d.pop("disableSnapshot", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("disableSnapshot") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("disableSnapshot", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            lock_expires_at = d.pop("lockExpiresAt", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("lockExpiresAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("lockExpiresAt", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            lock_id = d.pop("lockId", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("lockId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("lockId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            name = d.pop("name", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("name") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("name", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            thumbnail = d.pop("thumbnail", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("thumbnail") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("thumbnail", exc) from exc

        asset_update_request = cls(
            canvas=canvas,
            description=description,
            disable_snapshot=disable_snapshot,
            lock_expires_at=lock_expires_at,
            lock_id=lock_id,
            name=name,
            thumbnail=thumbnail,
        )

        return asset_update_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "canvas",
                "description",
                "disable_snapshot",
                "lock_expires_at",
                "lock_id",
                "name",
                "thumbnail",
            ),
        )
