"""Writing files safely, and hashing them: every output of socreport goes through :func:`atomic_write` or
:func:`write_files_atomic`, and every run takes :func:`output_lock` on the folders it writes.

* **Atomic**: content goes to a temporary file beside the target (``.<name>.<host>-<pid>.<random>.tmp``),
  is flushed to disk, then renamed over the target (``os.replace``, atomic on one file system). A
  failure leaves the previous file untouched and no temporary file behind.
* **Permissions**: files get the mode a plain ``open()`` would give, ``0666`` minus the user's umask
  (``0644`` with the usual umask ``022``), so colleagues can read them on a shared drive.
* **One writer per folder**: :func:`output_lock` holds an advisory lock (``.socreport.lock``, via
  ``flock``) on each output folder for the whole run; a second run waits for the first, or stops
  with a clear message after ``wait`` seconds. Under the lock, temporary files left by a killed run
  are removed (:func:`remove_stale_temporaries`): a temporary file of a live run is never touched.

:func:`file_sha256` is the one place a file's SHA-256 is read from disk (the manifest, the
datapackage's hashes of streamed tables, skipped inputs), in blocks, never whole.

This module imports nothing from the rest of socreport.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

#: Name of the lock file a run holds in each folder it writes.
LOCK_NAME = ".socreport.lock"

#: A temporary file older than this (seconds) is stale even when its process cannot be checked
#: (it was written from another machine).
STALE_AFTER: float = 24 * 3600

_HOST = re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname())[:40] or "host"
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<host>[A-Za-z0-9_-]+)-(?P<pid>\d+)\.[0-9a-f]{12}\.tmp$")

Writer = Callable[[Path], None]


class LockTimeout(OSError):
    """Another run holds the lock on an output folder for longer than we were willing to wait."""


#: Bytes read at a time when hashing a file.
HASH_BLOCK = 1 << 20


def file_sha256(path: str | Path) -> str:
    """The SHA-256 (hex) of the file at ``path``, read in blocks of :data:`HASH_BLOCK` bytes, so a
    large file is never held in memory; ``OSError`` when it cannot be read."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(HASH_BLOCK), b""):
            h.update(block)
    return h.hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode a new file gets from ``open()``: ``0o666`` minus the current umask."""
    return 0o666 & ~_umask()


def folder_mode() -> int:
    """The mode a new folder gets from ``mkdir``: ``0o777`` minus the current umask."""
    return 0o777 & ~_umask()


def temporary_name(path: Path) -> Path:
    """A fresh temporary name beside ``path``, naming this host and process (see the module doc)."""
    return path.parent / f".{path.name}.{_HOST}-{os.getpid()}.{secrets.token_hex(6)}.tmp"


def _stage(path: Path, content: bytes | Writer) -> Path:
    """Write ``content`` (bytes, or a function that writes the file it is given) to a temporary
    file beside ``path``, flushed to disk with the usual permissions; return the temporary path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(path)
    try:
        if callable(content):
            content(tmp)
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        else:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, file_mode())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: str | Path, content: bytes | Writer) -> Path:
    """Replace ``path`` with ``content`` atomically (see the module doc) and return ``path``.

    ``content`` is the bytes to write, or a function called with a temporary path that writes the
    file there (e.g. ``lambda p: fig.savefig(p)``)."""
    path = Path(path)
    tmp = _stage(path, content)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_files_atomic(files: Iterable[tuple[Path, bytes | Writer]] | dict[Path, bytes]) -> list[Path]:
    """Write every ``(path, content)`` to a temporary sibling, then rename them all into place.

    ``files`` may be a lazy iterable: each content is written before the next is made, so only
    one file's bytes are held in memory at a time. If any write fails, the temporaries are removed
    and no existing file has been touched."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items() if isinstance(files, dict) else files:
            path = Path(path)
            staged.append((_stage(path, content), path))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
    return [path for _, path in staged]


# -- leftovers and locks ----------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    except OSError:
        return True
    return True


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Remove temporary files in ``folder`` left by runs that were killed: those of a process of
    this host that no longer runs, and any older than :data:`STALE_AFTER`. Returns what was removed."""
    root = Path(folder)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    now = time.time()
    for e in entries:
        m = _TEMP.match(e.name)
        if not m:
            continue
        try:
            old = now - e.stat(follow_symlinks=False).st_mtime > STALE_AFTER
        except OSError:
            continue
        dead = m["host"] == _HOST and not _alive(int(m["pid"]))
        if old or dead:
            try:
                os.unlink(e.path)
                removed.append(Path(e.path))
            except OSError:
                pass
    return removed


@contextmanager
def output_lock(
    folders: Iterable[str | Path], *, wait: float = 600.0, on_wait: Callable[[Path], None] | None = None
) -> Iterator[None]:
    """Hold the lock of every folder in ``folders`` (created if needed) for the ``with`` block.

    Folders are locked in sorted order (two runs never deadlock). When another run holds one,
    ``on_wait(folder)`` is called once and the lock is retried until ``wait`` seconds have passed,
    then :class:`LockTimeout` is raised. Stale temporary files in each folder are removed once it is
    locked. Where ``flock`` does not exist (Windows) nothing is locked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    unique = sorted({Path(os.path.abspath(f)) for f in folders})
    with ExitStack() as stack:
        for folder in unique:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, file_mode())
            stack.callback(os.close, fd)
            deadline = time.monotonic() + wait
            told = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeout(
                            f"another socreport run is writing to {folder} "
                            f"(waited {wait:g} s); try again when it has finished"
                        ) from None
                    if not told and on_wait is not None:
                        on_wait(folder)
                        told = True
                    time.sleep(0.2)
            stack.callback(fcntl.flock, fd, fcntl.LOCK_UN)
            remove_stale_temporaries(folder)
        yield


__all__ = [
    "HASH_BLOCK",
    "file_sha256",
    "atomic_write",
    "write_files_atomic",
    "output_lock",
    "remove_stale_temporaries",
    "file_mode",
    "folder_mode",
    "temporary_name",
    "LockTimeout",
    "LOCK_NAME",
]
