"""The closing summary of a ``socreport`` run: lines on stderr in English or Latvian, or one JSON
object on stdout (``--json``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .cli_commands import EXIT_OK, EXIT_SKIPPED, Outcome, rel

#: At most this many skipped/fallback files are named in the summary.
SUMMARY_LIST = 8


def summary_lines(outcome: Outcome, lang: str = "en") -> list[str]:
    """The closing summary in ``lang``: documents (with reasons), projects, findings by severity, outputs
    (texts: ``data/cli_text.csv``; severities and check ids as the workbook words them)."""
    from .texts import text, text_or, value_word

    def label(key: str) -> str:
        return text_or(f"cli.label.{key}", lang, key)

    def word(domain: str, code: str) -> str:
        return (value_word((domain,), code, lang) or code) if lang != "en" else code

    keys = ("documents", "projects", "findings", "note", *outcome.written)
    pad = max(10, *(len(label(k)) + 1 for k in keys))

    t = outcome.tables
    lines: list[str] = [f"socreport {outcome.command}:"]
    if t is not None and outcome.command != "report":
        docs = t.documents
        st = Counter(docs["status"].tolist())
        found = text(
            "cli.documents",
            lang,
            n=len(docs),
            ok=st.get("ok", 0),
            fallback=st.get("fallback", 0),
            skipped=st.get("skipped", 0),
        )
        lines.append(f"  {label('documents'):<{pad}} {found}")
        for status in ("skipped", "fallback"):
            rows = docs[docs["status"] == status]
            for _, row in rows.head(SUMMARY_LIST).iterrows():
                msg = row["message"] if isinstance(row["message"], str) and row["message"] else status
                lines.append(f"    {word('status', status):<8} {row['path']}: {msg}")
            if len(rows) > SUMMARY_LIST:
                lines.append("    " + text("cli.more", lang, n=len(rows) - SUMMARY_LIST, status=word("status", status)))
    if t is not None:
        lines.append(f"  {label('projects'):<{pad}} {len(t.projects)}")
        q = t.quality
        if q is not None:
            sev = Counter(q["severity"].tolist())
            parts = [f"{word('severity', s)}: {sev[s]}" for s in ("error", "warning", "info") if sev.get(s)]
            lines.append(f"  {label('findings'):<{pad}} {len(q)}" + (f" ({', '.join(parts)})" if parts else ""))
            checks = Counter(q["check"].tolist()).most_common()
            if checks:
                shown = ", ".join(f"{n} {word('check', c)}" for c, n in checks[:4])
                more = ", " + text("cli.more_kinds", lang, n=len(checks) - 4) if len(checks) > 4 else ""
                lines.append(" " * (pad + 3) + f"{shown}{more} {text('cli.see_quality', lang)}")
    for key, what in outcome.written.items():
        if isinstance(what, (list, tuple)):
            folders = sorted({rel(Path(p).parent) for p in what})
            files = text(
                "cli.file" if len(what) == 1 else "cli.files", lang, n=len(what), folders=", ".join(folders) or "-"
            )
            lines.append(f"  {label(key):<{pad}} {files}")
        else:
            lines.append(f"  {label(key):<{pad}} {rel(Path(str(what)))}")
    lines.extend(f"  {label('note'):<{pad}} {n}" for n in outcome.notes)
    return lines


def summary_json(outcome: Outcome | None, status: int, *, command: str, error: str | None = None) -> dict:
    """The summary as a JSON-ready dict for scripts (``--json``): the same facts as
    :func:`summary_lines`, with counts as numbers and paths as strings (relative to the current
    folder where they lie under it). Keys: ``command``, ``status`` (the exit status), ``ok`` (status
    0 or 1), then ``documents`` (``found``, ``read``, ``fallback``, ``skipped`` and the ``problems``:
    path, status and message of every skipped or fallback file), ``projects``, ``findings``
    (``total``, ``by_severity``, ``by_check``), ``outputs`` (label -> path, or list of paths),
    ``notes``, and ``error`` (a one-line message, or null)."""
    doc: dict[str, object] = {"command": command, "status": status, "ok": status in (EXIT_OK, EXIT_SKIPPED)}
    t = outcome.tables if outcome is not None else None
    if t is not None and command != "report":
        docs = t.documents
        st = Counter(docs["status"].tolist())
        bad = docs[docs["status"] != "ok"]
        doc["documents"] = {
            "found": len(docs),
            "read": st.get("ok", 0),
            "fallback": st.get("fallback", 0),
            "skipped": st.get("skipped", 0),
            "problems": [
                {
                    "path": str(r["path"]),
                    "status": str(r["status"]),
                    "message": r["message"] if isinstance(r["message"], str) else None,
                }
                for _, r in bad.iterrows()
            ],
        }
    if t is not None:
        doc["projects"] = len(t.projects)
        q = t.quality
        if q is not None:
            sev = Counter(q["severity"].tolist())
            doc["findings"] = {
                "total": len(q),
                "by_severity": {s: sev.get(s, 0) for s in ("error", "warning", "info")},
                "by_check": dict(sorted(Counter(q["check"].tolist()).items())),
            }
    if outcome is not None:
        outs: dict[str, object] = {}
        for label, what in outcome.written.items():
            if isinstance(what, (list, tuple)):
                outs[label] = [rel(Path(p)) for p in what]
            else:
                outs[label] = rel(Path(str(what)))
        doc["outputs"] = outs
        doc["notes"] = list(outcome.notes)
    doc["error"] = error
    return doc
