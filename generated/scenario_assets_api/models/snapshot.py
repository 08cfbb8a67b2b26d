from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError

T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    author_id: str
    hash_: str
    raw_data: str
    taken_at: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        hash_ = self.hash_

        raw_data = self.raw_data

        taken_at = self.taken_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorId": author_id,
                "hash": hash_,
                "rawData": raw_data,
                "takenAt": taken_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            author_id = d.pop("authorId")
        except ResponseFieldError as exc:
            raise exc.inside("authorId") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("authorId", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            hash_ = d.pop("hash")
        except ResponseFieldError as exc:
            raise exc.inside("hash") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("hash", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            raw_data = d.pop("rawData")
        except ResponseFieldError as exc:
            raise exc.inside("rawData") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("rawData", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            taken_at = d.pop("takenAt")
        except ResponseFieldError as exc:
            raise exc.inside("takenAt") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("takenAt", exc) from exc

        snapshot = cls(
            author_id=author_id,
            hash_=hash_,
            raw_data=raw_data,
            taken_at=taken_at,
        )

        snapshot.additional_properties = d
        return snapshot

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
                "author_id",
                "hash_",
                "raw_data",
                "taken_at",
            ),
        )
