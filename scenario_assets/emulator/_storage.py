"""Object storage with S3-style presigned URLs, and zip building for batch downloads."""

from __future__ import annotations

import hashlib
import hmac
import io
import re
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

__all__ = ["STORAGE_PREFIX", "Signer", "Storage", "StoredObject", "build_zip", "s3_error_xml"]

STORAGE_PREFIX = "/_storage"
_AMZ_DATE = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class StoredObject:
    """A blob served under ``/_storage/<key>``."""

    data: bytes
    content_type: str
    filename: str
    #: The content's MD5, as S3 reports it: the same bytes give the same ETag in every run.
    etag: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "etag", hashlib.md5(self.data, usedforsecurity=False).hexdigest())


class Storage:
    """Thread-safe in-memory key -> blob map."""

    def __init__(self) -> None:
        self._objects: dict[str, StoredObject] = {}
        self._lock = threading.Lock()

    def put(self, key: str, data: bytes, content_type: str, filename: str) -> None:
        with self._lock:
            self._objects[key] = StoredObject(data, content_type, filename)

    def get(self, key: str) -> StoredObject | None:
        with self._lock:
            return self._objects.get(key)

    def delete_prefix(self, prefix: str) -> None:
        with self._lock:
            for key in [k for k in self._objects if k.startswith(prefix)]:
                del self._objects[key]

    def clear(self) -> None:
        with self._lock:
            self._objects.clear()

    def __len__(self) -> int:
        return len(self._objects)


class Signer:
    """Produces and checks presigned-looking URLs (HMAC-SHA256 over path, date and expiry)."""

    def __init__(self, secret: bytes, access_key: str = "EMULATORACCESSKEY") -> None:
        self._secret = secret
        self._access_key = access_key

    def _signature(self, path: str, amz_date: str, expires: int) -> str:
        msg = f"GET\n{path}\n{amz_date}\n{expires}".encode()
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def sign(self, base: str, key: str, now: datetime, ttl_seconds: int) -> str:
        """Return an absolute URL ``base + /_storage/<key>?X-Amz-...``."""
        path = f"{STORAGE_PREFIX}/{quote(key, safe='/')}"
        amz_date = now.strftime(_AMZ_DATE)
        params = {
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Credential": f"{self._access_key}/{now.strftime('%Y%m%d')}/"
            "us-east-1/s3/aws4_request",
            "X-Amz-Date": amz_date,
            "X-Amz-Expires": str(ttl_seconds),
            "X-Amz-SignedHeaders": "host",
            "X-Amz-Signature": self._signature(path, amz_date, ttl_seconds),
        }
        return f"{base}{path}?{urlencode(params)}"

    def verify(self, path: str, params: dict[str, str], now: datetime) -> tuple[str, str] | None:
        """Check a storage request. Returns None if valid, else (S3 error code, message)."""
        amz_date = params.get("X-Amz-Date", "")
        expires_raw = params.get("X-Amz-Expires", "")
        signature = params.get("X-Amz-Signature", "")
        if params.get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256" or not signature:
            return ("AccessDenied", "Query-string authentication is required")
        if not re.fullmatch(r"\d{1,7}", expires_raw):
            return ("AuthorizationQueryParametersError", "X-Amz-Expires must be an integer")
        try:
            signed_at = datetime.strptime(amz_date, _AMZ_DATE).replace(tzinfo=now.tzinfo)
        except ValueError:
            return ("AuthorizationQueryParametersError", "X-Amz-Date must be in ISO8601 form")
        expires = int(expires_raw)
        expected = self._signature(path, amz_date, expires)
        if not hmac.compare_digest(expected, signature):
            return (
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        if now > signed_at + timedelta(seconds=expires):
            return ("AccessDenied", "Request has expired")
        return None


def s3_error_xml(code: str, message: str, request_id: str) -> str:
    """An S3-like XML error document."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message>"
        f"<RequestId>{request_id}</RequestId></Error>"
    )


def build_zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """Zip (name, bytes) pairs, deflated, with a fixed timestamp for reproducible archives."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()
