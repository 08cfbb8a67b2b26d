"""After the run, report what the spec adds to the API reference and the generated API adds to
its snapshot (additions pass, but a review should see them), and which version bump that needs."""

from __future__ import annotations

import api_snapshot
import pytest
import reference_index
import spec_fidelity

from tests.support.spec import load_spec


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    fidelity = spec_fidelity.compare(reference_index.load(), load_spec())
    compat = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package())
    terminalreporter.section("compatibility report")
    if not (fidelity.added or compat.added or fidelity.lost or compat.breaking):
        terminalreporter.write_line(compat.bump_line())
        return
    terminalreporter.write_line(fidelity.render())
    terminalreporter.write_line(compat.render())
