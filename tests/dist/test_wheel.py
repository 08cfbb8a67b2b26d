"""The built distributions, as a user gets them: the wheel installed in a fresh virtualenv with
each extra passes a smoke test, its metadata says the licence, classifiers and URLs, and the
sdist holds what the tests need.

``make dist`` builds ``dist/`` and runs this module with ``SCENARIO_ASSETS_DIST`` set; it needs
PyPI for the dependencies (pip's cache is reused), so ``make test`` skips it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest

from benchmarks._bodies import page

DIST = os.environ.get("SCENARIO_ASSETS_DIST")
pytestmark = pytest.mark.skipif(
    not DIST, reason="run by `make dist` (installs the built wheel with dependencies from PyPI)"
)

COMMON = """
import importlib.metadata as md

import httpx

import scenario_assets
from scenario_assets import Client
from scenario_assets.models import Asset, AssetKind

meta = md.metadata("scenario-assets")
assert meta["Version"] == scenario_assets.__version__, meta["Version"]
assert meta["License-Expression"] == "Apache-2.0", meta["License-Expression"]
classifiers = meta.get_all("Classifier")
for wanted in ("Typing :: Typed", "Programming Language :: Python :: 3.13"):
    assert wanted in classifiers, classifiers
urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL"))
assert urls["Documentation"].startswith("https://"), urls
assert md.files("scenario-assets") and any(
    str(f).endswith("licenses/LICENSE") for f in md.files("scenario-assets")
)

BODY = open("page.json", "rb").read()  # a list page, written by the test


def handler(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"].startswith("Basic ")
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})

with Client("key", "secret", transport=httpx.MockTransport(handler)) as client:
    page = client.assets.list(page_size=1)
assert isinstance(page.assets[0], Asset) and isinstance(page.assets[0].kind, AssetKind)
print("base ok")
"""

EMULATOR = """
from scenario_assets import Client
from scenario_assets.emulator import EmulatorServer

with EmulatorServer(seed=True) as server, Client(
    server.api_key, server.api_secret, base_url=server.base_url
) as client:
    assert client.assets.list(page_size=2).assets
print("emulator ok")
"""

USER_TEST = """
from scenario_assets import Client
from scenario_assets.testing import make_png


def test_upload(scenario_client: Client) -> None:
    asset = scenario_client.assets.upload("a.png", image=make_png(8, 8)).asset
    assert scenario_client.assets.retrieve(asset.id).id == asset.id
"""


def _only(pattern: str) -> Path:
    assert DIST is not None
    (path,) = Path(DIST).glob(pattern)
    return path


def _venv(tmp_path: Path, extra: str) -> Path:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    wheel = _only("*.whl")
    spec = f"scenario-assets{f'[{extra}]' if extra else ''} @ {wheel.as_uri()}"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "--disable-pip-version-check", spec], check=True)
    return venv / "bin"


def _run(bin_dir: Path, *args: str, cwd: Path) -> str:
    # Outside the repository, with no PYTHONPATH: only the installed wheel is importable.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("extra", ["", "cli", "emulator", "testing"])
def test_the_wheel_works_with_each_extra(tmp_path: Path, extra: str) -> None:
    bin_dir = _venv(tmp_path, extra)
    work = tmp_path / "work"
    work.mkdir()
    (work / "page.json").write_bytes(page("sparse", count=3))
    assert "base ok" in _run(bin_dir, "python", "-c", COMMON, cwd=work)
    if extra == "cli":
        out = _run(bin_dir, "scenario-assets", "--help", cwd=work)
        assert "upload" in out and "download" in out
    if extra in ("emulator", "testing"):
        assert "emulator ok" in _run(bin_dir, "python", "-c", EMULATOR, cwd=work)
    if extra == "testing":
        (work / "test_user.py").write_text(textwrap.dedent(USER_TEST), encoding="utf-8")
        out = _run(bin_dir, "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=work)
        assert "1 passed" in out
    if extra == "":
        # Without the extra, the command line says which extra to install.
        result = subprocess.run(
            [str(bin_dir / "scenario-assets"), "--help"], capture_output=True, text=True
        )
        assert result.returncode == 2 and "[cli]" in result.stderr


def test_the_wheel_holds_the_packages_and_no_tests() -> None:
    names = zipfile.ZipFile(_only("*.whl")).namelist()
    for wanted in (
        "scenario_assets/py.typed",
        "scenario_assets/models.py",
        "scenario_assets_api/py.typed",
        "scenario_assets_api/models/asset.py",
    ):
        assert wanted in names
    assert not [n for n in names if n.startswith("tests/")]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_sdist_holds_what_the_tests_need() -> None:
    sdist = _only("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for wanted in (
        "LICENSE",
        "CHANGELOG.md",
        "Makefile",
        "codegen.sh",
        "mkdocs.yml",
        "openapi/scenario-assets.yaml",
        "openapi/public-api.json",
        "tests/conftest.py",
        "tests/support/spec.py",
        "tools/api_snapshot.py",
        "docs/index.md",
        "generated/scenario_assets_api/models/asset.py",
    ):
        assert wanted in names, wanted
    assert not [n for n in names if "__pycache__" in n or n.startswith((".venv", "site/"))]
