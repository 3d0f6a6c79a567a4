"""Compatibility: the quotation finder now lives in :mod:`newsanalysis.attribution`.

``from newsanalysis.quotations import find_quotes, Quote`` keeps working.
"""

from __future__ import annotations

from .attribution import Quote, find_quotes

__all__ = ["Quote", "find_quotes"]
