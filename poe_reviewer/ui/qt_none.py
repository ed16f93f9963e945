"""Keep PySide6 from using up Python's ``None``.

PySide6 6.12 (the version the registry offers) returns ``None`` from any call that yields no object (a null
pointer or an empty QVariant: ``QObject.parent()``, ``QTreeWidgetItem.data()``, ``QComboBox.currentData()``,
``QModelIndex.data()`` ...) without taking a reference to it. On Python 3.12 and newer ``None`` is immortal and
nothing happens; on Python 3.11 (Debian 12's) every such call costs ``None`` one reference, and after a few
thousand of them the interpreter aborts with "Fatal Python error: none_dealloc: deallocating None" — in a
reviewer's day, while the document tree or the queue repaints.

:func:`guard` measures the loss once, at import of the workbench, and where there is one gives ``None`` the
references Python 3.12 gives it (2**40: more than a process can lose), which is what makes it immortal there.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

#: The references Python 3.12+ gives an immortal object is larger; this is far more than any run can lose.
_PLENTY = 1 << 40
_PROBES = 64


def loses_none() -> bool:
    """Whether this PySide6 drops a reference to ``None`` each time it returns one."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: its count does not move
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.parent()
    return sys.getrefcount(None) - before <= -_PROBES // 2


def guard() -> bool:
    """Make ``None`` as good as immortal where PySide6 loses references to it; True when it was needed."""
    if not loses_none() or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every CPython object (PyObject_HEAD)
    ctypes.c_ssize_t.from_address(id(None)).value += _PLENTY
    return True


GUARDED = guard()
