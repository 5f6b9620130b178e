"""A throwaway PostgreSQL server for tests and benchmarks (never for real data).

    with TempPostgres() as pg:
        url = pg.create_database("t1")      # postgresql://postgres@127.0.0.1:PORT/t1

Finds the server binaries (``STANCEMAP_PG_BIN``, ``pg_config --bindir``, then
``/usr/lib/postgresql/*/bin``), runs ``initdb`` in a temporary directory with trust
authentication on 127.0.0.1 only, and starts the server on a free port. PostgreSQL refuses to
run as root, so under root the cluster belongs to the ``postgres`` user (Debian's package
creates it). ``stop()`` shuts the server down and deletes the directory.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def find_bindir() -> str | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is absent."""
    cands = []
    if os.environ.get("STANCEMAP_PG_BIN"):
        cands.append(os.environ["STANCEMAP_PG_BIN"])
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                 timeout=10)
            cands.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    cands += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for d in cands:
        if d and os.access(os.path.join(d, "initdb"), os.X_OK) and os.access(
                os.path.join(d, "pg_ctl"), os.X_OK):
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempPostgres:
    """Starts a private PostgreSQL cluster; see the module docstring."""

    def __init__(self, bindir: str | None = None) -> None:
        found = bindir or find_bindir()
        if not found:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
        self.bindir = found
        self.port = _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="stancemap-pg-"))
        self.data = self.dir / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            import pwd

            pw = pwd.getpwnam("postgres")  # KeyError when the user is missing
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self.started = False

    def _run(self, *args: str, timeout: float = 120) -> None:
        out = subprocess.run([*self._as, *args], capture_output=True, text=True,
                             timeout=timeout)
        if out.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {out.stderr.strip()[-800:]}")

    def start(self) -> TempPostgres:
        b = self.bindir
        self._run(f"{b}/initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c full_page_writes=off -c max_connections=50")
        self._run(f"{b}/pg_ctl", "-D", str(self.data), "-o", opts, "-l",
                  str(self.dir / "log"), "-w", "-t", "60", "start")
        self.started = True
        self._wait()
        return self

    def _wait(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.url("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.started:
            try:
                self._run(f"{self.bindir}/pg_ctl", "-D", str(self.data), "-m", "immediate",
                          "-w", "stop", timeout=60)
            except (RuntimeError, subprocess.SubprocessError):
                pass
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    """``python -m stancemap.store.pgtemp [DBNAME]``: a throwaway server until Ctrl-C."""
    import sys

    name = sys.argv[1] if len(sys.argv) > 1 else "stancemap"
    with TempPostgres() as pg:
        url = pg.create_database(name)
        print(url, flush=True)
        print(f"(data in {pg.dir}; Ctrl-C stops the server and deletes it)", file=sys.stderr,
              flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
