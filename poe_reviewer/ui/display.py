"""Can a window be shown here? Answered before Qt is loaded (this module imports no Qt).

Qt aborts the whole process ("Aborted", no explanation a reviewer can act on) when its X11
platform plugin cannot load, which on a bare Linux means a few ``libxcb-*`` libraries are not
installed. ``poe-reviewer gui`` asks :func:`display_problem` first and prints one line naming the
Debian packages to install instead; ``make run`` installs them where it can
(``python -m poe_reviewer.ui.display --missing-packages`` prints them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from importlib.util import find_spec
from pathlib import Path

#: Libraries Qt's X11 plugin (``libqxcb.so`` and ``libQt6XcbQpa``) needs, by the Debian package
#: that ships them; a library not listed here is named as it is.
DEBIAN_PACKAGES: Mapping[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb.so.1": "libxcb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def _xcb_plugin() -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(plugin: Path | None = None, ldd_output: str | None = None) -> list[str]:
    """The shared libraries Qt's X11 plugin needs and the dynamic loader cannot find.

    ``ldd`` lists the whole dependency tree (the plugin, ``libQt6XcbQpa`` and what they load);
    where there is no ``ldd`` or no plugin, nothing is reported (Qt then speaks for itself).
    """
    if ldd_output is None:
        plugin = plugin or _xcb_plugin()
        ldd = shutil.which("ldd")
        if plugin is None or ldd is None:
            return []
        try:
            done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
        except (OSError, subprocess.SubprocessError):
            return []
        ldd_output = done.stdout
    return sorted(set(_NOT_FOUND.findall(ldd_output)))


def packages_for(libraries: Sequence[str]) -> list[str]:
    return sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in libraries})


def display_problem(environ: Mapping[str, str] | None = None, *, ldd_output: str | None = None) -> str | None:
    """Why no window can be shown here (one line a reviewer can act on), or None."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and platform.split(":")[0] != "xcb":
        return None  # the user chose a platform (offscreen, vnc, wayland...): trust it
    if not platform:
        if env.get("WAYLAND_DISPLAY"):
            return None
        display = env.get("DISPLAY", "")
        if not display:
            return (
                "no display found: DISPLAY and WAYLAND_DISPLAY are not set. Run it in a desktop session "
                "(or over ssh -X), or use 'poe-reviewer gui --screenshot FILE' to render the window offscreen."
            )
        local = re.fullmatch(r":(\d+)(?:\.\d+)?", display)
        if local and not Path(f"/tmp/.X11-unix/X{local.group(1)}").exists():
            return f"the X display {display} is not running (no /tmp/.X11-unix/X{local.group(1)})."
    # here Qt will load its X11 plugin
    missing = missing_libraries(ldd_output=ldd_output)
    if missing:
        return (
            "the window cannot open: Qt's X11 support needs libraries that are not installed "
            f"({', '.join(missing)}). Install them with: sudo apt-get install {' '.join(packages_for(missing))}"
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m poe_reviewer.ui.display --missing-packages``: the Debian packages to install, one a line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args != ["--missing-packages"]:
        sys.stderr.write("usage: python -m poe_reviewer.ui.display --missing-packages\n")
        return 2
    for package in packages_for(missing_libraries()):
        sys.stdout.write(package + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
