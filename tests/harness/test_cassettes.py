"""The harness itself: cassettes carry no secrets, scrubbing works, matching is robust."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from scenario_assets.testing import cassettes
from tests.support.spec import ROOT

ALL = cassettes.all_cassettes(ROOT / "tests")
# Planted secrets are built at run time so that no literal one sits in the repository.
FAKE_SIGNATURE = "0123456789abcdef" * 2
OTHER_SIGNATURE = "f" * 16


def test_there_are_cassettes_to_scan() -> None:
    assert len(ALL) >= 3
    for path in ALL:
        # tests/<area>/cassettes/<module>/<test>.yaml
        assert path.parent.parent.name == "cassettes"
        assert (path.parent.parent.parent / f"{path.parent.name}.py").exists(), path


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cassette_has_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert cassettes.find_secrets(text, extra=["replay-secret", "emulator-secret"]) == []


@pytest.mark.parametrize(
    "planted",
    [
        "      authorization:\n      - Basic " + base64.b64encode(b"key:secret").decode(),
        "uri: https://s3.test/a.png?X-Amz-Signature=" + FAKE_SIGNATURE,
        'body: \'{"url": "https://s3.test/x?X-Amz-Credential=AKIAEXAMPLE%2F2026"}\'',
        "      Authorization:\n",
    ],
)
def test_scan_catches_a_planted_secret(tmp_path: Path, planted: str) -> None:
    clean = ALL[0].read_text(encoding="utf-8")
    dirty = tmp_path / "cassette.yaml"
    dirty.write_text(clean + "\n" + planted + "\n", encoding="utf-8")
    assert cassettes.find_secrets(dirty.read_text(encoding="utf-8"))


def test_scan_catches_the_recording_accounts_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCENARIO_SDK_API_KEY", "live-key-123")
    monkeypatch.setenv("SCENARIO_SDK_API_SECRET", "live-secret-456")
    assert cassettes.find_secrets("... live-secret-456 ...")
    assert cassettes.scrub_text("a live-secret-456 b live-key-123") == "a REDACTED b REDACTED"


def test_request_scrubbing_removes_auth_and_signatures() -> None:
    request = SimpleNamespace(
        uri=f"https://s3.test/a.png?X-Amz-Algorithm=A&X-Amz-Signature={FAKE_SIGNATURE}&x=1",
        headers={"Authorization": "Basic abc", "Accept": "*/*"},
        body=f'{{"u": "https://s/x?X-Amz-Signature={OTHER_SIGNATURE}&y=2"}}'.encode(),
    )
    out = cassettes.before_record_request(request)
    assert FAKE_SIGNATURE not in out.uri and "X-Amz-Signature=REDACTED" in out.uri
    assert "X-Amz-Algorithm=A" in out.uri and "x=1" in out.uri
    assert "Authorization" not in out.headers
    assert OTHER_SIGNATURE.encode() not in out.body


def test_response_scrubbing_fixes_content_length() -> None:
    body = json.dumps({"url": "https://s/x?X-Amz-Signature=" + "a" * 64}).encode()
    response = {
        "headers": {"Content-Length": [str(len(body))], "Set-Cookie": ["s=1"]},
        "body": {"string": body},
    }
    out = cassettes.before_record_response(response)
    assert b"a" * 64 not in out["body"]["string"]
    assert out["headers"]["Content-Length"] == [str(len(out["body"]["string"]))]
    assert "Set-Cookie" not in out["headers"]


def test_body_matcher_ignores_key_order_dates_and_condenses_big_strings() -> None:
    big = "A" * 1000

    def req(body: object) -> SimpleNamespace:
        return SimpleNamespace(body=json.dumps(body).encode())

    cassettes.body_matcher(
        req({"a": 1, "lockExpiresAt": "2026-01-01T00:00:00.000Z", "image": big}),
        req({"image": big, "lockExpiresAt": "2027-05-05T10:00:00Z", "a": 1}),
    )
    with pytest.raises(AssertionError):
        cassettes.body_matcher(req({"image": big}), req({"image": big + "B"}))
    with pytest.raises(AssertionError):
        cassettes.body_matcher(req({"a": 1}), req({"a": 2}))
    assert cassettes.canonical_body(b"") is None
