"""The package root exports exactly its public names, each documented and importable."""

from __future__ import annotations

import inspect

import scenario_assets as sa


def test_all_lists_exactly_the_public_names() -> None:
    public = {name for name in vars(sa) if not name.startswith("_")} - {
        "annotations",  # from __future__
    }
    modules = {name for name in public if inspect.ismodule(getattr(sa, name))} - {"models"}
    assert set(sa.__all__) == (public - modules) | {"__version__"}
    assert len(sa.__all__) == len(set(sa.__all__))


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
