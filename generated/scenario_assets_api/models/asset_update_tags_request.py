from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUpdateTagsRequest")

_OPTIONAL_KEYS = frozenset(
    {
        "add",
        "delete",
        "strict",
    }
)


@_attrs_define
class AssetUpdateTagsRequest:
    add: list[str] | Unset = UNSET
    """ The list of tags to add """
    delete: list[str] | Unset = UNSET
    """ The list of tags to delete """
    strict: bool | Unset = UNSET
    """ If true, the function will throw an error if: - one of the tags to add already exists - one of the tags to
    delete is not found If false, the endpoint will behave as if it was idempotent """

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        delete: list[str] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = self.delete

        strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if delete is not UNSET:
            field_dict["delete"] = delete
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            add = cast(list[str], d.pop("add", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("add") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("add", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            delete = cast(list[str], d.pop("delete", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("delete") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("delete", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            strict = d.pop("strict", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("strict") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("strict", exc) from exc

        asset_update_tags_request = cls(
            add=add,
            delete=delete,
            strict=strict,
        )

        return asset_update_tags_request

    def __repr__(self) -> str:
        # scenario-assets: only the fields that are set, briefly, without signed URL parameters.
        from ..types import _brief_repr  # noqa: PLC0415

        return _brief_repr(
            self,
            (
                "add",
                "delete",
                "strict",
            ),
        )
