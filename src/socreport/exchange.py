"""Per-document results as data: JSON text that a worker writes and the client reads back.

A per-document result travels from a worker to the client as JSON text in a Parquet column, never
as a pickle: reading a pickle runs whatever code it names, and the staging folder is shared.
Dataclasses are written with their module and class name and rebuilt only when the class is a
dataclass defined in socreport; dates, tuples, lists and dicts are tagged so that the round trip
gives equal objects. The dask engine (:mod:`socreport.dask_engine`) and the spool
(:mod:`socreport.spool`) exchange results this way."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
from functools import lru_cache


def to_json(obj: object) -> str:
    """``obj`` (a :class:`DocResult` or any value made of socreport dataclasses, str, int, float,
    bool, None, dates, tuples, lists and dicts) as JSON text that :func:`from_json` reverses."""
    return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":"))


def _encode(v: object) -> object:
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, tuple):
        return [_encode(x) for x in v]
    if isinstance(v, list):
        return {"$l": [_encode(x) for x in v]}
    if isinstance(v, dt.datetime):
        return {"$dt": v.isoformat()}
    if isinstance(v, dt.date):
        return {"$d": v.isoformat()}
    if isinstance(v, dict):
        return {"$m": [[_encode(k), _encode(x)] for k, x in v.items()]}
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        cls = type(v)
        return {
            "$t": f"{cls.__module__}:{cls.__qualname__}",
            "f": {f.name: _encode(getattr(v, f.name)) for f in dataclasses.fields(v)},
        }
    raise TypeError(f"cannot exchange a {type(v).__name__} between processes")


def from_json(text: str) -> object:
    """The value :func:`to_json` wrote. Raises ValueError for a class that is not a socreport
    dataclass (nothing else is ever constructed)."""
    return _decode(json.loads(text))


@lru_cache(maxsize=None)
def _class(name: str) -> type:
    module, _, qual = name.partition(":")
    if not (module == "socreport" or module.startswith("socreport.")) or not qual.isidentifier():
        raise ValueError(f"refusing to build {name!r}: not a socreport class")
    cls = getattr(importlib.import_module(module), qual, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ValueError(f"refusing to build {name!r}: not a socreport dataclass")
    return cls


def _decode(v: object) -> object:
    if isinstance(v, list):
        return tuple(_decode(x) for x in v)
    if not isinstance(v, dict):
        return v
    if "$t" in v:
        cls = _class(v["$t"])
        return cls(**{k: _decode(x) for k, x in v["f"].items()})
    if "$d" in v:
        return dt.date.fromisoformat(v["$d"])
    if "$dt" in v:
        return dt.datetime.fromisoformat(v["$dt"])
    if "$l" in v:
        return [_decode(x) for x in v["$l"]]
    if "$m" in v:
        return {_decode(k): _decode(x) for k, x in v["$m"]}
    raise ValueError("unknown value in an exchanged result")
