"""Run a command under strace and say what it tried on the network and where it wrote.

A Python audit hook sees only what Python code does; a library's native code (a telemetry client
in a C++ runtime, glibc's resolver) goes straight to the kernel. strace sees every process of the
command (``-f``), native code included, at the system-call level:

* **network**: a socket of the internet families (or a netlink socket, which the resolver opens to
  list interfaces), and any connect/send/bind to an internet address;
* **name look-ups**: reading the resolver's files (``/etc/resolv.conf``, ``/etc/hosts``, ...), which
  glibc does before any DNS query, even when the query then fails, and a connection to a running
  name-service cache (nscd), which could resolve on our behalf. One program is let off: Debian's
  ``tesseract`` loads libcurl, whose LDAP library looks up the machine's *own* host name at start
  (answered from ``/etc/hosts``; a DNS query would still open an internet socket, which is caught);
  see :data:`OWN_NAME_LOOKUP_ALLOWED`;
* **writes**: files and folders created, opened for writing, renamed, linked or removed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SYSCALLS = (
    "execve,socket,connect,sendto,sendmsg,sendmmsg,bind,"
    "open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,"
    "link,linkat,symlink,symlinkat,unlink,unlinkat,rmdir,truncate"
)
_INET_FAMILIES = ("AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK")
_RESOLVER_FILES = ("/etc/resolv.conf", "/etc/hosts", "/etc/host.conf", "/etc/gai.conf")
#: Programs allowed to read the resolver's files (not to open an internet socket), with the reason.
OWN_NAME_LOOKUP_ALLOWED = {
    "tesseract": "Debian's OCR engine links libcurl → libldap, which resolves the local host name on load",
}
_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
#: Devices a program may write to without writing a file.
_DEVICES = ("/dev/null", "/dev/tty", "/dev/pts/", "/dev/urandom")

_LINE = re.compile(r"^(?:\d+\s+)?(?P<call>\w+)\((?P<args>.*)\)\s+=\s+(?P<ret>-?\d+|\?)")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_FD_PATH = re.compile(r"^(?:AT_FDCWD|\d+<(?P<dir>[^>]*)>)")


def strace_available() -> bool:
    return shutil.which("strace") is not None


@dataclass
class Trace:
    network: list[str] = field(default_factory=list)
    lookups: list[str] = field(default_factory=list)
    #: absolute paths written (created, opened for writing, renamed, linked or removed)
    writes: list[str] = field(default_factory=list)

    def writes_outside(self, allowed: Iterable[Path]) -> list[str]:
        roots = [str(Path(a).resolve()) for a in allowed]
        # creating the folders above an allowed one (~/.local/share for the data folder) is fine
        parents = {str(p) for r in roots for p in Path(r).parents}
        return sorted(
            {
                w
                for w in self.writes
                if not w.startswith(_DEVICES)
                and w not in parents
                and not any(w == r or w.startswith(r + os.sep) for r in roots)
            }
        )


def _unescape(text: str) -> str:
    # strace prints non-printable bytes as \ooo or \xhh escapes
    raw = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)
    raw = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), raw)
    return raw.replace('\\"', '"').replace("\\\\", "\\")


def _resolve(base: str | None, path: str, cwd: Path) -> str:
    if path.startswith("/"):
        return os.path.normpath(path)
    return os.path.normpath(os.path.join(base or str(cwd), path))


def parse(text: str, cwd: Path) -> Trace:
    """What one process did (one ``-ff`` trace file)."""
    trace = Trace()
    program = ""
    for line in text.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        call, args, ret = m.group("call"), m.group("args"), m.group("ret")
        ok = ret != "?" and int(ret) >= 0
        if call == "execve":
            if ok:
                names = _STRING.findall(args)
                program = os.path.basename(names[0]) if names else ""
            continue
        if call == "socket":
            if args.startswith(_INET_FAMILIES):
                trace.network.append(line)
            continue
        if call in ("connect", "sendto", "sendmsg", "sendmmsg", "bind"):
            if any(f"sa_family={f}" in args for f in _INET_FAMILIES) or re.search(r"<(TCP|UDP)(v6)?:", args):
                trace.network.append(line)
            elif ok and call == "connect" and "/nscd/" in args:
                trace.lookups.append(line)
            continue
        strings = [_unescape(s) for s in _STRING.findall(args)]
        if not strings:
            continue
        fd = _FD_PATH.match(args)
        base = fd.group("dir") if fd and fd.group("dir") else None
        path = _resolve(base, strings[0], cwd)
        if call in ("open", "openat", "openat2", "creat"):
            if path in _RESOLVER_FILES and program not in OWN_NAME_LOOKUP_ALLOWED:
                trace.lookups.append(f"{program}: {line}")
            if ok and (call == "creat" or any(flag in args for flag in _WRITE_FLAGS)):
                trace.writes.append(path)
        elif ok:
            if not call.startswith(("link", "symlink")):
                # a link's first path is what it points to, not something written
                trace.writes.append(path)
            if call.startswith(("rename", "link", "symlink")) and len(strings) > 1:
                # the second path of renameat/linkat is relative to its own directory descriptor
                second_fd = re.search(r',\s*(?:AT_FDCWD|\d+<(?P<dir>[^>]*)>),\s*"', args[args.index('"') + 1 :])
                second_base = second_fd.group("dir") if second_fd and second_fd.group("dir") else base
                trace.writes.append(_resolve(second_base, strings[1], cwd))
    return trace


def traced_run(
    cmd: Sequence[str], *, env: Mapping[str, str], cwd: Path, log: Path, timeout: float = 600
) -> tuple[subprocess.CompletedProcess[str], Trace]:
    """Run ``cmd`` under strace (every child process too); return its result and what it did.

    ``log`` is a folder: one trace file per process (``-ff``), so that no call is split across
    lines by another process's calls.
    """
    strace = shutil.which("strace")
    assert strace, "strace is not installed (make test installs it)"
    log.mkdir(parents=True, exist_ok=True)
    full = [strace, "-ff", "-qq", "-yy", "--seccomp-bpf", "-s", "4096", "-e", f"trace={SYSCALLS}"]
    full += ["-e", "signal=none", "-o", str(log / "trace"), *cmd]
    done = subprocess.run(full, env=dict(env), cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    total = Trace()
    for one in sorted(log.glob("trace.*")):
        part = parse(one.read_text(encoding="utf-8", errors="replace"), cwd)
        total.network += part.network
        total.lookups += part.lookups
        total.writes += part.writes
    return done, total
