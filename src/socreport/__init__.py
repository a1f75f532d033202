"""socreport: budgets, funding, dates and beneficiaries of EU-funded social-service projects,
read from public Latvian (and English, Lithuanian) pages into tidy, traceable tables.

The public API is small::

    import socreport
    tables = socreport.extract(["data/raw"])        # Tables: documents, projects, funding, ...
    tables = socreport.add_indicators(tables)       # adds indicators, partner shares and aggregates
    tables = socreport.add_quality(tables)          # adds the quality findings
    tables.write("data/clean")                      # CSV + Parquet + datapackage.json
    tables = socreport.read_tables("data/clean")    # and back, with the same dtypes

The verbs are not module names: ``socreport.indicators`` and ``socreport.checks`` are the modules
that compute them. ``socreport.check`` is a deprecated alias of :func:`add_quality`; the former
``socreport.indicators(tables)`` call is gone, because a function cannot share its name with a module.

Every table's columns, dtypes and meanings are in :mod:`socreport.schemas` and ``docs/``.

Memory: when pyarrow is not imported yet and ``ARROW_DEFAULT_MEMORY_POOL`` is unset, importing
socreport sets that variable to ``system``, so pyarrow allocates with the C library's allocator
(in this process and the ones it starts). pyarrow's default (mimalloc) keeps freed memory for
reuse, so a long run's resident memory grows with every table it converts: the bundled corpus
repeated 100 times builds in 277 MiB instead of 366 MiB, with the same bytes written. pyarrow reads
the variable once, when it is imported; set it yourself (or import pyarrow first) to choose another.
"""

from __future__ import annotations

import os as _os
import sys as _sys

if "pyarrow" not in _sys.modules:
    _os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from .api import add_indicators, add_quality, check, extract, read_tables
from .tables import Tables

try:
    __version__ = _version("socreport")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"

__all__ = ["Tables", "extract", "add_indicators", "add_quality", "read_tables", "check", "__version__"]
