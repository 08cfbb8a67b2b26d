"""The kit's vcrpy configuration: stable recordings, digests, host-independent replay."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import vcr  # type: ignore[import-untyped]
from vcr.request import Request  # type: ignore[import-untyped]

from scenario_assets.testing import cassettes, make_png, open_target

BIG = base64.b64encode(make_png(40, 40)).decode()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("http://127.0.0.1:41234/v1/assets", "http://127.0.0.1/v1/assets"),
        (
            '{"url":"http://localhost:5/_storage/k?a=1"}',
            '{"url":"http://localhost/_storage/k?a=1"}',
        ),
        ("http://[::1]:8080/v1", "http://[::1]/v1"),
        ("https://api.cloud.scenario.com/v1", "https://api.cloud.scenario.com/v1"),
        ("https://cdn.example:8443/a", "https://cdn.example:8443/a"),  # not loopback: kept
    ],
)
def test_stable_origins(before: str, after: str) -> None:
    assert cassettes.stable_origins(before) == after


def request(body: Any, uri: str = "http://127.0.0.1:4321/v1/assets") -> Request:
    raw = json.dumps(body).encode() if body is not None else b""
    return Request("POST", uri, raw, {"Host": "127.0.0.1:4321", "Authorization": "Basic eA=="})


def test_requests_are_stored_without_port_credentials_or_big_strings() -> None:
    out = cassettes.before_record_request(request({"name": "a.png", "image": BIG}))
    assert out.uri == "http://127.0.0.1/v1/assets"
    assert out.headers == {"Host": "127.0.0.1"}
    digest = "sha256:" + hashlib.sha256(BIG.encode()).hexdigest()
    assert json.loads(out.body) == {"name": "a.png", "image": digest}
    small = cassettes.before_record_request(request({"name": "a.png", "tags": ["x"]}))
    assert small.body == json.dumps({"name": "a.png", "tags": ["x"]}).encode()  # untouched


def test_a_stored_digest_matches_the_original_body_in_any_key_order() -> None:
    stored = cassettes.before_record_request(request({"name": "a.png", "image": BIG}))
    cassettes.body_matcher(stored, request({"image": BIG, "name": "a.png"}))
    with pytest.raises(AssertionError):
        cassettes.body_matcher(stored, request({"image": BIG[:-4] + "AAAA", "name": "a.png"}))


def test_volatile_response_headers_are_fixed_and_ports_dropped() -> None:
    body = b'{"url":"http://localhost:33333/_storage/a.png?X-Amz-Signature=abcdef0123456789"}'
    response = {
        "status": {"code": 302, "message": "Found"},
        "headers": {
            "date": ["Tue, 01 Dec 2026 09:31:57 GMT"],
            "x-amz-request-id": ["4442587FB7D0A2F9"],
            "x-request-id": ["emu-00000007"],
            "location": ["http://127.0.0.1:33333/v1/assets?X-Amz-Signature=abcdef0123456789"],
            "content-length": [str(len(body))],
        },
        "body": {"string": body},
    }
    out = cassettes.before_record_response(response)
    headers = out["headers"]
    assert headers["date"] == ["Thu, 01 Jan 2026 00:00:00 GMT"]
    assert headers["x-amz-request-id"] == ["VOLATILE"]
    assert headers["x-request-id"] == ["emu-00000007"]  # kept: error messages quote it
    assert headers["location"] == ["http://127.0.0.1/v1/assets?X-Amz-Signature=REDACTED"]
    stored = out["body"]["string"]
    assert stored == b'{"url":"http://localhost/_storage/a.png?X-Amz-Signature=REDACTED"}'
    assert headers["content-length"] == [str(len(stored))]


def test_a_recording_replays_on_another_host_and_port(tmp_path: Path) -> None:
    cassette = str(tmp_path / "c.yaml")

    def recorder(mode: str) -> Any:
        recorder = vcr.VCR(record_mode=mode)
        recorder.register_matcher(cassettes.BODY_MATCHER, cassettes.body_matcher)
        return recorder.use_cassette(cassette, **cassettes.vcr_config())

    # environ={}: recording goes to a local emulator even if credentials are set.
    with open_target("once", environ={}) as target, recorder("once"):
        assert target.mode == "emulator"
        with target.client() as client:
            recorded = client.assets.upload("big.png", image=make_png(40, 40)).asset
    text = Path(cassette).read_text(encoding="utf-8")
    assert f":{target.server.port if target.server else 0}" not in text
    assert BIG[:100] not in text

    # The emulator is gone; the same calls, on another port, are answered from the cassette.
    with (
        recorder("none"),
        open_target("none") as replay,
        replay.client(base_url="http://localhost:1/v1") as client,
    ):
        again = client.assets.upload("big.png", image=make_png(40, 40)).asset
    assert again.id == recorded.id and again.properties.width == 40


def test_what_the_hooks_store_passes_the_secret_scan() -> None:
    raw = '{"u":"https://s/x?X-Amz-Credential=AKIA1"}'
    assert cassettes.find_secrets(raw)
    response: dict[str, Any] = {"headers": {}, "body": {"string": raw.encode()}}
    stored = cassettes.before_record_response(response)["body"]["string"].decode()
    assert cassettes.find_secrets(stored) == []
