"""Fault injection rules (status codes, delays, truncated bodies)."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fault", "FaultRegistry"]


@dataclass
class Fault:
    """One fault rule.

    ``method``: HTTP method or ``"*"``. ``path``: fnmatch glob matched against the request path
    (e.g. ``"/v1/assets"``, ``"/v1/assets/*"``, ``"/_storage/*"``). ``times``: how many matching
    requests it applies to (``None`` = forever).

    Effects (combinable): ``delay`` seconds before handling; ``status`` answers with that status
    and a JSON error body (``retry_after`` adds a ``Retry-After`` header) instead of running the
    handler; ``truncate`` runs the handler but sends only ``truncate_ratio`` of the body while
    declaring the full Content-Length, then closes the connection.
    """

    method: str = "*"
    path: str = "*"
    status: int | None = None
    retry_after: float | None = None
    delay: float = 0.0
    truncate: bool = False
    truncate_ratio: float = 0.5
    times: int | None = 1
    message: str | None = None
    hits: int = field(default=0, compare=False)

    def matches(self, method: str, path: str) -> bool:
        if self.method != "*" and self.method.upper() != method.upper():
            return False
        return fnmatch.fnmatchcase(path, self.path)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "method": self.method,
            "path": self.path,
            "delay": self.delay,
            "truncate": self.truncate,
            "hits": self.hits,
        }
        if self.status is not None:
            out["status"] = self.status
        if self.retry_after is not None:
            out["retryAfter"] = self.retry_after
        if self.times is not None:
            out["remaining"] = self.times
        return out


class FaultRegistry:
    """Thread-safe list of fault rules; the first matching rule with uses left wins."""

    def __init__(self) -> None:
        self._rules: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        method: str = "*",
        path: str = "*",
        *,
        status: int | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
        truncate: bool = False,
        truncate_ratio: float = 0.5,
        times: int | None = 1,
        message: str | None = None,
    ) -> Fault:
        """Register a fault; returns the rule (inspect ``.hits``)."""
        if status is None and not delay and not truncate:
            raise ValueError("a fault needs a status, a delay or truncate=True")
        if status is not None and not 100 <= status <= 599:
            raise ValueError("status must be an HTTP status code")
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 or None")
        if not 0.0 <= truncate_ratio < 1.0:
            raise ValueError("truncate_ratio must be in [0, 1)")
        rule = Fault(
            method=method,
            path=path,
            status=status,
            retry_after=retry_after,
            delay=delay,
            truncate=truncate,
            truncate_ratio=truncate_ratio,
            times=times,
            message=message,
        )
        with self._lock:
            self._rules.append(rule)
        return rule

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first matching rule."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    rule.hits += 1
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times <= 0:
                            self._rules.remove(rule)
                    return rule
        return None

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[Fault]:
        with self._lock:
            return list(self._rules)

    def __len__(self) -> int:
        return len(self._rules)
