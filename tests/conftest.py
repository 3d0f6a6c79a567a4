import os
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "2025-05-20-trump-putin-call.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED
