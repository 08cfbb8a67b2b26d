"""The package root exports exactly its public names, each documented and importable."""

from __future__ import annotations

import ast
import inspect

import scenario_assets_api.models as generated_models

import scenario_assets as sa
from tests.support.spec import ROOT


def _typed_imports() -> dict[str, str]:
    """The names the root imports under ``TYPE_CHECKING`` (what type checkers see), by module."""
    tree = ast.parse((ROOT / "scenario_assets" / "__init__.py").read_text(encoding="utf-8"))
    (block,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
        if node.test.id == "TYPE_CHECKING"
    ]
    names: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            names[alias.name] = f".{alias.name}" if module == "." else module
    return names


def test_all_lists_exactly_the_public_names() -> None:
    assert set(sa.__all__) == set(sa._LAZY) | {"__version__"}
    assert len(sa.__all__) == len(set(sa.__all__))
    for name in sa.__all__:
        assert getattr(sa, name) is not None, name
    assert set(sa.__all__) <= set(dir(sa))


def test_type_checkers_see_what_runs() -> None:
    # Each lazily loaded name is imported, from the same module, for type checkers.
    assert _typed_imports() == sa._LAZY


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        sa.NoSuchThing  # noqa: B018
    except AttributeError as err:
        assert "NoSuchThing" in str(err)
    else:
        raise AssertionError("no AttributeError")


def test_every_export_is_documented() -> None:
    for name in sa.__all__:
        member = getattr(sa, name)
        if inspect.isclass(member) or inspect.isfunction(member):
            assert inspect.getdoc(member), name


def test_every_exception_is_in_the_tree() -> None:
    exceptions = [getattr(sa, n) for n in sa.__all__ if inspect.isclass(getattr(sa, n))]
    for cls in exceptions:
        if issubclass(cls, BaseException):
            assert issubclass(cls, sa.ScenarioError), cls


def test_models_is_a_module_users_import_from() -> None:
    from scenario_assets.models import Asset, AssetKind

    assert Asset is generated_models.Asset and AssetKind is generated_models.AssetKind
    assert sa.models.__name__ == "scenario_assets.models"
    assert sorted(sa.models.__all__) == sorted(generated_models.__all__)
    for name in sa.models.__all__:
        assert getattr(sa.models, name) is getattr(generated_models, name)
