"""The package's metadata: one version, the licence, classifiers and URLs, and a README whose
links work on a package index page."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import scenario_assets
from tests.support.spec import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]


def test_the_version_is_written_once() -> None:
    assert "version" not in PROJECT and PROJECT["dynamic"] == ["version"]
    dynamic = PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "scenario_assets._version.__version__"}
    # The installed metadata is read from there (the Makefile reinstalls when it changes).
    assert metadata.version("scenario-assets") == scenario_assets.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", scenario_assets.__version__)


def test_the_changelog_has_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    version = re.escape(scenario_assets.__version__)
    assert re.search(rf"^## \[{version}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)
    assert re.search(rf"^\[{version}\]: https://", changelog, re.M)
    assert "## [Unreleased]" in changelog and "## Versioning" in changelog


def test_licence_file_and_metadata_agree() -> None:
    assert PROJECT["license"] == "Apache-2.0" and PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert metadata.metadata("scenario-assets")["License-Expression"] == "Apache-2.0"


def test_classifiers_declare_the_pythons_the_project_tests() -> None:
    classifiers = PROJECT["classifiers"]
    assert "Typing :: Typed" in classifiers
    declared = sorted(
        c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r".*Python :: 3\.\d+", c)
    )
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    (tested,) = re.findall(r"^PYTHON_VERSIONS \?= (.*)$", makefile, re.M)
    assert declared == tested.split()
    assert PROJECT["requires-python"] == f">={declared[0]}"


def test_project_urls_and_dependencies() -> None:
    urls = PROJECT["urls"]
    assert {"Homepage", "Documentation", "Repository", "Issues", "Changelog"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    deps = PROJECT["dependencies"]
    assert "httpx>=0.27,<1" in deps and any(d.startswith("httpcore") for d in deps)
    # Development tools are dependency groups, never published extras.
    assert set(PROJECT["optional-dependencies"]) == {"emulator", "cli", "testing"}
    assert {"dev", "bench", "mutation"} <= set(PYPROJECT["dependency-groups"])


def test_readme_links_work_on_a_package_index_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert links
    relative = [link for link in links if not link.startswith("https://")]
    assert relative == [], relative
    docs = PROJECT["urls"]["Documentation"]
    assert any(link.startswith(docs) for link in links)
    # The two set-up commands, in the Develop section.
    develop = readme.split("## Develop\n", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(make \w+)", develop, re.M)
    assert commands == ["make demo", "make test"]
