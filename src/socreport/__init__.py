"""socreport: budgets, funding, dates and beneficiaries of EU-funded social-service projects,
read from public Latvian (and English, Lithuanian) pages into tidy, traceable tables.

The public API is small::

    import socreport
    tables = socreport.extract(["data/raw"])        # Tables: documents, projects, funding, ...
    tables = socreport.indicators(tables)           # adds indicators and aggregates
    tables = socreport.check(tables)                # adds the quality findings

Every table's columns, dtypes and meanings are in :mod:`socreport.schemas` and ``docs/``.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

from .api import check, extract, indicators
from .tables import Tables

try:
    __version__ = _version("socreport")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"

__all__ = ["Tables", "extract", "indicators", "check", "__version__"]
