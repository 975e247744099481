"""A throwaway PostgreSQL server for tests and benchmarks.

``initdb`` in a temporary folder, then ``pg_ctl start`` on a free port of 127.0.0.1,
by default with durability off (``fsync``, ``full_page_writes``): nothing is kept.
PostgreSQL refuses to run as root, so as root the server runs as ``nobody``.
Binaries come from Debian's ``postgresql`` package (``/usr/lib/postgresql/N/bin``) or
the ``PATH``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sitroom.errors import StoreError

USER = "postgres"  # the superuser initdb creates (trust authentication, loopback only)


def find_bin_dir() -> Path | None:
    """The newest Debian PostgreSQL ``bin`` folder with ``initdb``, else the ``PATH``'s."""
    found = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p, "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class TempPostgres:
    """A running throwaway server; ``stop`` removes it and its files."""

    root: Path
    port: int
    bin_dir: Path
    as_user: list[str]

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"),
             "-m", "immediate", "-w", "stop"],
            cwd=self.root, capture_output=True, check=False,
        )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


def start(bin_dir: Path | None = None, *, durable: bool = False, attempts: int = 3) -> TempPostgres:
    """Initialise and start a server; raises ``StoreError`` with its log if it cannot.

    ``durable`` keeps ``fsync`` on, leaving only ``synchronous_commit`` off: crash-safe
    like SQLite's WAL with ``synchronous=NORMAL`` (what benchmarks compare against).
    """
    bin_dir = bin_dir or find_bin_dir()
    if bin_dir is None:
        raise StoreError("PostgreSQL binaries not found (apt-get install postgresql)")
    as_root = os.geteuid() == 0
    # As root, under /tmp: $TMPDIR may be a folder that `nobody` cannot enter.
    root = Path(tempfile.mkdtemp(prefix="sitroom-pg-", dir="/tmp" if as_root else None))
    as_user: list[str] = []
    if as_root:
        nobody = pwd.getpwnam("nobody")
        os.chown(root, nobody.pw_uid, nobody.pw_gid)
        as_user = ["runuser", "-u", "nobody", "--"]
    data = root / "data"
    initdb = subprocess.run(
        [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "-A", "trust",
         "-E", "UTF8", "--no-locale", "--no-sync"],
        cwd=root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if initdb.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise StoreError(f"initdb failed: {initdb.stderr.strip() or initdb.stdout.strip()}")
    log = ""
    for _ in range(attempts):  # another process may take the free port first
        port = _free_port()
        options = f"-h 127.0.0.1 -p {port} -k {root} -c synchronous_commit=off"
        options += " -c max_connections=200"
        if not durable:
            options += " -c fsync=off -c full_page_writes=off"
        started = subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"),
             "-o", options, "-w", "-t", "60", "start"],
            cwd=root, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if started.returncode == 0:
            return TempPostgres(root, port, bin_dir, as_user)
        log_file = root / "log"
        log = log_file.read_text(errors="replace") if log_file.exists() else started.stderr
    shutil.rmtree(root, ignore_errors=True)
    raise StoreError(f"PostgreSQL did not start: {log.strip()[-2000:]}")
