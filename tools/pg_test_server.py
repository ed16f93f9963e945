"""Run a command (the test suite) with a throw-away PostgreSQL server on loopback.

    python tools/pg_test_server.py [--install] -- COMMAND [ARG...]

Starts a private PostgreSQL cluster in a temporary directory, listening on 127.0.0.1 on a
free port, exports ``POE_TEST_PG_URL`` (a database the tests may create other databases
from) to COMMAND, runs it, then stops the server and removes the directory whatever
happens (the command failing, Ctrl-C, SIGTERM). The exit status is COMMAND's.

PostgreSQL refuses to run as root: when run as root, the server runs as the ``postgres``
system user (created by Debian's package), else as ``nobody``. ``--install`` installs
Debian's ``postgresql`` package with apt-get when no ``initdb`` is found (root only), without
letting the package create and start its own cluster.

If the server cannot be started the run fails LOUDLY (exit status 3) instead of letting the
PostgreSQL tests skip: a green run must mean they ran.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXIT_NO_SERVER = 3
DB_USER = "poe"
DB_NAME = "poe_test"
START_TIMEOUT = 60.0


class ServerError(Exception):
    pass


def loud(message: str) -> None:
    bar = "!" * 78
    print(f"\n{bar}\n!!! PostgreSQL test server: {message}\n{bar}\n", file=sys.stderr, flush=True)


def find_bindir() -> Path | None:
    override = os.environ.get("PG_BINDIR")
    if override and (Path(override) / "initdb").exists():
        return Path(override)

    def version(p: str) -> tuple[int, ...]:
        part = Path(p).parent.parent.name
        return tuple(int(x) for x in part.split(".") if x.isdigit())

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    return None


def install_postgresql() -> None:
    """apt-get install postgresql (root only), without the package's own cluster."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise ServerError("PostgreSQL is not installed, and it can only be installed by root with apt-get")
    conf = Path("/etc/postgresql-common/createcluster.conf")
    if not conf.exists():
        # the package would otherwise create (and try to start) a "main" cluster we do not use
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("create_main_cluster = false\n")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", "postgresql"]
    print("Installing PostgreSQL: " + " ".join(cmd), file=sys.stderr, flush=True)
    if subprocess.run(cmd, env=env, check=False).returncode != 0:
        subprocess.run(["apt-get", "update"], env=env, check=False)
        if subprocess.run(cmd, env=env, check=False).returncode != 0:
            raise ServerError("apt-get install postgresql failed")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_user() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as (None: the current user, who is not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise ServerError("running as root and there is neither a 'postgres' nor a 'nobody' user to run the server")


def as_user(user: pwd.struct_passwd | None) -> dict[str, object]:
    if user is None:
        return {}
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


def wait_ready(bindir: Path, port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"the server exited with status {proc.returncode}:\n{tail(log)}")
        ready = subprocess.run(
            [str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port), "-U", DB_USER, "-d", "postgres"],
            capture_output=True,
            check=False,
        )
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    raise ServerError(f"the server did not accept connections within {START_TIMEOUT:.0f} s:\n{tail(log)}")


def tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no server log)"


def create_database(bindir: Path, port: int, tmp: Path, user: pwd.struct_passwd | None) -> None:
    result = subprocess.run(
        [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", DB_USER, DB_NAME],
        capture_output=True,
        text=True,
        cwd=tmp,
        check=False,
        **as_user(user),  # type: ignore[arg-type]
    )
    if result.returncode != 0:
        raise ServerError(f"createdb failed: {result.stderr.strip()}")


def start(tmp: Path, bindir: Path, user: pwd.struct_passwd | None) -> tuple[subprocess.Popen[bytes], int]:
    data = tmp / "data"
    log = tmp / "server.log"
    if user is not None:
        os.chown(tmp, user.pw_uid, user.pw_gid)
    tmp.chmod(0o700)
    init = subprocess.run(
        [str(bindir / "initdb"), "-D", str(data), "-U", DB_USER, "-A", "trust", "-E", "UTF8", "--no-locale", "-N"],
        capture_output=True,
        text=True,
        cwd=tmp,
        check=False,
        **as_user(user),  # type: ignore[arg-type]
    )
    if init.returncode != 0:
        raise ServerError(f"initdb failed:\n{init.stdout}\n{init.stderr}")
    port = free_port()
    settings = {
        "listen_addresses": "127.0.0.1",
        "port": str(port),
        "unix_socket_directories": str(tmp),
        # a throw-away server: durability is tested on SQLite, speed matters here
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "200",
    }
    args = [str(bindir / "postgres"), "-D", str(data)]
    for key, value in settings.items():
        args += ["-c", f"{key}={value}"]
    with log.open("wb") as out:
        if user is not None:
            os.chown(log, user.pw_uid, user.pw_gid)
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=tmp, **as_user(user))  # type: ignore[call-overload]
    try:
        wait_ready(bindir, port, proc, log)
        create_database(bindir, port, tmp, user)
    except BaseException:
        stop(proc)
        raise
    return proc, port


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)  # "fast" shutdown
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--install", action="store_true", help="apt-get install postgresql when initdb is missing")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARG...]")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")

    # SIGTERM (CI stopping us) must run the cleanup below like Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    tmp = Path(tempfile.mkdtemp(prefix="poe-pg-"))
    proc: subprocess.Popen[bytes] | None = None
    try:
        try:
            bindir = find_bindir()
            if bindir is None and args.install:
                install_postgresql()
                bindir = find_bindir()
            if bindir is None:
                raise ServerError("no initdb found (install Debian's 'postgresql' package, or set PG_BINDIR)")
            user = server_user()
            proc, port = start(tmp, bindir, user)
        except (ServerError, OSError, subprocess.SubprocessError) as exc:
            loud(f"COULD NOT START. The PostgreSQL tests cannot run, so this test run FAILS.\n{exc}")
            return EXIT_NO_SERVER
        url = f"postgresql+psycopg://{DB_USER}@127.0.0.1:{port}/{DB_NAME}"
        print(f"PostgreSQL test server: {url} (from {bindir})", file=sys.stderr, flush=True)
        env = {**os.environ, "POE_TEST_PG_URL": url}
        return subprocess.run(command, env=env, check=False).returncode
    except KeyboardInterrupt:
        return 130
    finally:
        if proc is not None:
            stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
