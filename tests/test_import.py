"""`import newsanalysis` stays light, and its public surface is one sorted `__all__`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import newsanalysis

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "dask", "vaderSentiment")


def _loaded_after(code: str) -> dict[str, bool]:
    """Which heavy packages are in sys.modules after running ``code`` in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_import_loads_no_heavy_package():
    assert _loaded_after("import newsanalysis") == dict.fromkeys(HEAVY, False)


def test_reaching_analyze_still_loads_no_plotting_dask_or_lexicon():
    loaded = _loaded_after("import newsanalysis as na\nna.analyze, na.analyze_to, na.read_article")
    assert loaded == dict.fromkeys(HEAVY, False)


def test_probe_sees_a_heavy_import():  # the probe itself can fail
    assert _loaded_after("import newsanalysis.tone as t\nt.polarity('Good.')")["vaderSentiment"] is True


def test_all_is_sorted_and_equals_the_public_names():
    public = [
        name
        for name in dir(newsanalysis)
        if not name.startswith("_") and not isinstance(getattr(newsanalysis, name), ModuleType)
    ]
    assert newsanalysis.__all__ == sorted(newsanalysis.__all__)
    assert sorted(["__version__", *public]) == newsanalysis.__all__


def test_every_public_name_resolves_to_its_module():
    for name in newsanalysis.__all__:
        value = getattr(newsanalysis, name)
        if name != "__version__":
            assert value.__module__.startswith("newsanalysis."), name
            assert value.__name__ == name
    assert "analyze_to" in newsanalysis.__all__
