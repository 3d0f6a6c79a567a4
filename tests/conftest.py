import os
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parent.parent
# notebook kernels (nbmake) run in notebooks/: let them import this work tree's package, installed or not
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
SEED = ROOT / "data" / "articles" / "2025-05-20-trump-putin-call.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED
