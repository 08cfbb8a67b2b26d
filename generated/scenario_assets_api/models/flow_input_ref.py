from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowInputRef")

_OPTIONAL_KEYS = frozenset(
    {
        "conditional",
        "equal",
        "name",
        "node",
    }
)


@_attrs_define
class FlowInputRef:
    conditional: list[str] | Unset = UNSET
    """ The conditional nodes to reference. If the conditional nodes are successful, the node will be successful. If
    the conditional nodes are skipped, the node will be skipped. Contains an array of node ids used to check the
    status of the nodes. """
    equal: str | Unset = UNSET
    """ This is the desired node output value if ref is an if/else node. """
    name: str | Unset = UNSET
    """ The name of the input or output to reference. If the type is 'workflow', the name is the name of the input
    of the workflow is required If the type is 'node', the name is not mandatory, except if you want all outputs of
    the node. To get all outputs of a node, you can use the name 'all'. """
    node: str | Unset = UNSET
    """ The node id or 'workflow' if the source is a workflow input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditional: list[str] | Unset = UNSET
        if not isinstance(self.conditional, Unset):
            conditional = self.conditional

        equal = self.equal

        name = self.name

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditional is not UNSET:
            field_dict["conditional"] = conditional
        if equal is not UNSET:
            field_dict["equal"] = equal
        if name is not UNSET:
            field_dict["name"] = name
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # scenario-assets: `null` for an optional field means the same as an absent field.
        d = {k: v for k, v in src_dict.items() if v is not None or k not in _OPTIONAL_KEYS}
        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            conditional = cast(list[str], d.pop("conditional", UNSET))

        except ResponseFieldError as exc:
            raise exc.inside("conditional") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("conditional", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            equal = d.pop("equal", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("equal") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("equal", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            name = d.pop("name", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("name") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("name", exc) from exc

        # scenario-assets: a field that does not parse is reported with its JSON path.
        try:
            node = d.pop("node", UNSET)
        except ResponseFieldError as exc:
            raise exc.inside("node") from exc.__cause__
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError("node", exc) from exc

        flow_input_ref = cls(
            conditional=conditional,
            equal=equal,
            name=name,
            node=node,
        )

        flow_input_ref.additional_properties = d
        return flow_input_ref

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
                "conditional",
                "equal",
                "name",
                "node",
            ),
        )
