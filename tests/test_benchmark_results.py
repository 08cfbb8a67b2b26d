"""The committed benchmark results are complete, and the performance guide quotes nothing else."""

from __future__ import annotations

import re

from tests.support.spec import ROOT

RESULTS = (ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "guides" / "performance.md").read_text(encoding="utf-8")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _performance_section() -> str:
    assert GUIDE.startswith("# Performance\n"), "no performance guide"
    return GUIDE


def test_results_say_where_and_with_what_they_were_measured() -> None:
    assert re.search(r"^- date: \d{4}-\d\d-\d\d \d\d:\d\d UTC, commit \w+", RESULTS, re.M)
    assert re.search(r"^- machine: .+, \d+ cores, \d+ GiB RAM", RESULTS, re.M)
    assert re.search(r"^- Python 3\.\d+\.\d+; scenario-assets \S+, scenario-sdk \d", RESULTS, re.M)
    assert "(quick pass)" not in RESULTS.splitlines()[0]


def test_results_hold_every_group_and_the_targets() -> None:
    for title in (
        "## 1. Parsing a 100-asset page",
        "## 2. Auto-pagination over 10,000 assets",
        "## 3. 200 uploads of 256 KiB",
        "## 4. One large upload per fresh process",
        "## 5. 1 GiB download per fresh process",
        "## 6. Start-up in a fresh process",
        "## 7. Mirroring a library",
        "## Targets",
    ):
        assert title in RESULTS
    assert "| 512 MiB | this client |" in RESULTS and "| 512 MiB | SDK |" in RESULTS
    assert "| first sync of 10,000 assets | official SDK loop |" in RESULTS
    assert "| first sync of 100,000 assets | sync (auto): peak RSS growth MiB |" in RESULTS


def test_every_missed_target_gives_its_reason() -> None:
    rows = [line for line in RESULTS.splitlines() if line.startswith("| (") or "| missed |" in line]
    assert rows
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[3] in ("met", "missed"), row
        if cells[3] == "missed":
            assert len(cells[4]) > 20, f"no reason given: {row}"


def test_every_guide_performance_figure_comes_from_the_results() -> None:
    section = _performance_section()
    assert "benchmarks/RESULTS.md" in section
    figures = NUMBER.findall(section)
    assert len(figures) > 10
    tokens = set(NUMBER.findall(RESULTS))
    missing = sorted({f for f in figures if f not in tokens})
    assert not missing, f"guide figures not in benchmarks/RESULTS.md: {missing}"
