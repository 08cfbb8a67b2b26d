"""Batch download jobs and zips, single-asset download/conversion, signed storage URLs."""

from __future__ import annotations

import io
import zipfile
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from PIL import Image

from scenario_assets.emulator import EmulatorServer
from scenario_assets.emulator._images import make_png

from .conftest import upload_canvas, upload_image


def batch(client: httpx.Client, template: str = "<id>", flat: bool | None = None,
          asset_ids: list[str] | None = None, inference_ids: list[str] | None = None,
          model_ids: list[str] | None = None) -> httpx.Response:  # fmt: skip
    options: dict[str, Any] = {"fileNameTemplate": template}
    if flat is not None:
        options["flat"] = flat
    query = {"assetIds": asset_ids or [], "inferenceIds": inference_ids or [],
             "modelIds": model_ids or []}  # fmt: skip
    return client.post("/assets/download", json={"options": options, "query": query})


def poll(client: httpx.Client, job_id: str) -> dict[str, Any]:
    r = client.get(f"/assets/download/{job_id}")
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


@pytest.fixture
def generated(server: EmulatorServer) -> list[str]:
    st = server.state
    made = [
        st.add_asset(asset_type="inference-txt2img", name="a.png",
                     metadata={"inferenceId": "inf_1", "modelId": "model_1", "seed": "7",
                               "prompt": "a red/blue cat", "outputIndex": i})
        for i in range(2)
    ]  # fmt: skip
    made.append(st.add_asset(asset_type="upscale", metadata={"modelId": "model_2", "seed": "7"}))
    return [a.id for a in made]


def test_job_progression_and_zip(
    client: httpx.Client, anon: httpx.Client, generated: list[str]
) -> None:
    r = batch(client, "<seed>-<index>-<prompt>", inference_ids=["inf_1"], model_ids=["model_2"])
    assert r.status_code == 200 and set(r.json()) == {"jobId"}
    job_id = r.json()["jobId"]
    first, second = poll(client, job_id), poll(client, job_id)
    assert first == {"jobId": job_id, "jobStatus": "queued"}
    assert second == {"jobId": job_id, "jobStatus": "in-progress"}
    done = poll(client, job_id)
    assert done["jobStatus"] == "success"
    assert poll(client, job_id) == {**done, "downloadUrl": poll(client, job_id)["downloadUrl"]}
    url = done["downloadUrl"]
    assert urlsplit(url).hostname == "localhost"
    z = anon.get(url)
    assert z.status_code == 200 and z.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(z.content)).namelist()
    assert names == [
        "inference-txt2img/7-0-a red_blue cat.png",
        "inference-txt2img/7-1-a red_blue cat.png",
        "upscale/7-0-.png",
    ]


def test_flat_zip_deduplicates_names(
    client: httpx.Client, anon: httpx.Client, server: EmulatorServer, generated: list[str]
) -> None:
    server.state.job_steps = ("success",)
    job_id = batch(client, "same", flat=True, asset_ids=generated).json()["jobId"]
    status = poll(client, job_id)
    assert status["jobStatus"] == "success"
    zf = zipfile.ZipFile(io.BytesIO(anon.get(status["downloadUrl"]).content))
    assert zf.namelist() == ["same.png", "same (2).png", "same (3).png"]
    assert zf.read("same.png") == server.state.assets[generated[0]].content


def test_template_tokens_id_name_generator(
    client: httpx.Client, anon: httpx.Client, server: EmulatorServer, generated: list[str]
) -> None:
    server.state.job_steps = ("success",)
    job_id = batch(client, "<generator>_<name>_<id>", flat=True, asset_ids=generated[:1]).json()
    url = poll(client, job_id["jobId"])["downloadUrl"]
    names = zipfile.ZipFile(io.BytesIO(anon.get(url).content)).namelist()
    assert names == [f"model_1_a_{generated[0]}.png"]


@pytest.mark.parametrize("status", ["failure", "canceled"])
def test_failure_switch(
    client: httpx.Client, server: EmulatorServer, generated: list[str], status: str
) -> None:
    server.state.fail_next_jobs(1, status)
    job_id = batch(client, asset_ids=generated).json()["jobId"]
    statuses = [poll(client, job_id) for _ in range(4)]
    assert [s["jobStatus"] for s in statuses] == ["queued", "in-progress", status, status]
    assert all("downloadUrl" not in s for s in statuses)
    # Only the next job fails.
    ok = batch(client, asset_ids=generated).json()["jobId"]
    assert [poll(client, ok)["jobStatus"] for _ in range(3)][-1] == "success"


def test_failure_switch_over_http(
    client: httpx.Client, server: EmulatorServer, generated: list[str]
) -> None:
    r = client.post(
        f"{server.origin}/_emulator/jobs", json={"failNext": 1, "steps": ["pending", "success"]}
    )
    assert r.status_code == 200 and r.json()["jobSteps"] == ["pending", "success"]
    job_id = batch(client, asset_ids=generated).json()["jobId"]
    assert [poll(client, job_id)["jobStatus"] for _ in range(2)] == ["pending", "failure"]


def test_batch_limit(client: httpx.Client, server: EmulatorServer) -> None:
    ids = [f"asset_{i}" for i in range(1000)]
    assert batch(client, asset_ids=ids).status_code == 200
    r = batch(client, asset_ids=[*ids, "asset_extra"])
    assert r.status_code == 400 and "1000" in r.json()["message"]
    for _ in range(3):
        server.state.add_asset(metadata={"inferenceId": "inf_many"})
    r = batch(client, asset_ids=ids[:998], inference_ids=["inf_many"])
    assert r.status_code == 400  # 998 + 3 expanded


@pytest.mark.parametrize("template", ["", "  ", "a/b", "a\\b", "<unknown>", "<seed>-<bogus>"])
def test_bad_templates(client: httpx.Client, generated: list[str], template: str) -> None:
    r = batch(client, template, asset_ids=generated)
    assert r.status_code == 400 and "fileNameTemplate" in r.json()["message"]


def test_batch_body_validation(client: httpx.Client) -> None:
    r = client.post("/assets/download", json={"query": {"assetIds": ["a"]}})
    assert r.status_code == 400 and "options" in r.json()["message"]
    r = client.post("/assets/download", json={"options": {"fileNameTemplate": "x"},
                                               "query": {"assetIds": ["a"]}})  # fmt: skip
    assert r.status_code == 400 and "inferenceIds" in r.json()["message"]
    r = client.post("/assets/download", json={"options": {"fileNameTemplate": "x", "flat": 1},
                                               "query": {"assetIds": ["a"], "inferenceIds": [],
                                                         "modelIds": []}})  # fmt: skip
    assert r.status_code == 400 and "flat" in r.json()["message"]
    assert batch(client).status_code == 400  # nothing requested


def test_unknown_job_404(client: httpx.Client) -> None:
    assert client.get("/assets/download/job_missing").status_code == 404


def test_single_download_original(client: httpx.Client, anon: httpx.Client) -> None:
    asset = upload_image(client)
    r = client.post(f"/assets/{asset['id']}/download", json={})
    assert r.status_code == 200 and set(r.json()) == {"url"}
    assert anon.get(r.json()["url"]).content == anon.get(asset["url"]).content
    assert client.post(f"/assets/{asset['id']}/download").status_code == 200


@pytest.mark.parametrize(
    ("target", "pil_format"),
    [("jpeg", "JPEG"), ("jpg", "JPEG"), ("webp", "WEBP"), ("gif", "GIF"), ("tiff", "TIFF"),
     ("tif", "TIFF"), ("png", "PNG")],
)  # fmt: skip
def test_single_download_conversion(
    client: httpx.Client, anon: httpx.Client, target: str, pil_format: str
) -> None:
    asset = upload_image(client)
    r = client.post(f"/assets/{asset['id']}/download", json={"targetFormat": target})
    assert r.status_code == 200, r.text
    data = anon.get(r.json()["url"]).content
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == pil_format and img.size == (8, 6)


@pytest.mark.parametrize("target", ["glb", "fbx", "obj", "svg", "heif", "bmp"])
def test_single_download_unsupported(client: httpx.Client, target: str) -> None:
    asset = upload_image(client)
    r = client.post(f"/assets/{asset['id']}/download", json={"targetFormat": target})
    assert r.status_code == 400 and target in r.json()["message"]


def test_canvas_cannot_be_converted(client: httpx.Client) -> None:
    canvas = upload_canvas(client)
    r = client.post(f"/assets/{canvas['id']}/download", json={"targetFormat": "png"})
    assert r.status_code == 400


def tamper(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def test_storage_url_shape(server: EmulatorServer, client: httpx.Client) -> None:
    url = upload_image(client)["url"]
    parts = urlsplit(url)
    assert parts.hostname == "localhost" and parts.port == server.port
    assert parts.path.startswith("/_storage/")
    query = parse_qs(parts.query)
    for name in ("X-Amz-Algorithm", "X-Amz-Expires", "X-Amz-Signature", "X-Amz-Date"):
        assert name in query
    assert urlsplit(server.base_url).hostname == "127.0.0.1"


def test_storage_rejects_bad_signatures(client: httpx.Client, anon: httpx.Client) -> None:
    url = upload_image(client)["url"]
    for bad in (
        tamper(url, **{"X-Amz-Signature": "0" * 64}),
        tamper(url, **{"X-Amz-Expires": "999999"}),
        url.split("?")[0],
        url.replace("/_storage/assets/", "/_storage/assets/x"),
    ):
        r = anon.get(bad)
        assert r.status_code == 403, bad
        assert "<Error>" in r.text and "<Code>" in r.text


def test_storage_rejects_authorization_header(client: httpx.Client) -> None:
    url = upload_image(client)["url"]
    r = client.get(url)  # client carries Basic credentials
    assert r.status_code == 400
    assert "InvalidArgument" in r.text
    r = httpx.get(url, headers={"Authorization": "Bearer abc"})
    assert r.status_code == 400


def test_storage_url_expiry(
    server: EmulatorServer, client: httpx.Client, anon: httpx.Client
) -> None:
    server.state.url_ttl = 60
    asset = upload_image(client)
    assert parse_qs(urlsplit(asset["url"]).query)["X-Amz-Expires"] == ["60"]
    server.clock.advance(59)
    assert anon.get(asset["url"]).status_code == 200
    server.clock.advance(2)
    r = anon.get(asset["url"])
    assert r.status_code == 403 and "expired" in r.text
    fresh = client.get(f"/assets/{asset['id']}").json()["asset"]["url"]
    assert anon.get(fresh).status_code == 200


def test_storage_url_ttl_over_http(client: httpx.Client, server: EmulatorServer) -> None:
    r = client.post(f"{server.origin}/_emulator/settings", json={"urlTtl": 5})
    assert r.status_code == 200 and r.json()["urlTtl"] == 5
    assert server.state.url_ttl == 5


def test_storage_streams_large_body(server: EmulatorServer, anon: httpx.Client) -> None:
    big = make_png(1500, 1500) + b"\0" * (3 * 1024 * 1024)  # trailing bytes still a PNG
    asset = server.state.add_asset(content=big, name="big.png")
    url = server.state.sign_key(server.storage_origin, asset.storage_key)
    with anon.stream("GET", url) as r:
        assert r.status_code == 200
        assert int(r.headers["content-length"]) == len(big)
        received = b"".join(r.iter_bytes())
    assert received == big
    head = anon.head(url)
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(big)


def test_storage_missing_object(server: EmulatorServer, anon: httpx.Client) -> None:
    url = server.state.sign_key(server.storage_origin, "assets/nothing/here.png")
    r = anon.get(url)
    assert r.status_code == 404 and "NoSuchKey" in r.text
