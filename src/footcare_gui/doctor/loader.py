"""Which system libraries a Qt plugin needs, and whether the dynamic loader can find them.

Done the loader's way, without running anything: the plugin's DT_NEEDED entries (followed
through the Qt libraries bundled with PySide6), then ``LD_LIBRARY_PATH``, ``/etc/ld.so.cache``
and the default folders. No subprocess and no ``ctypes.util.find_library`` (it runs
``ldconfig -p`` or a compiler). Linux only; no Qt.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from functools import cache

from footcare_gui.doctor.elf import ElfError, read_elf, read_machine

LD_SO_CACHE = "/etc/ld.so.cache"
_NEW_MAGIC = b"glibc-ld.so.cache1.1"
_HEADER, _ENTRY = struct.Struct("=20sIIB3xI12x"), struct.Struct("=iIIIQ")


class LdCache:
    """The soname -> paths table of an ``ld.so.cache`` image (new format, alone or after the
    old one). Names are decoded only when asked for."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._by_key: dict[bytes, list[int]] = {}
        start = data.find(_NEW_MAGIC)
        if start < 0:
            return
        try:
            _, count, _, _, _ = _HEADER.unpack_from(data, start)
            block = data[start + _HEADER.size : start + _HEADER.size + count * _ENTRY.size]
            for _, key, value, _, _ in _ENTRY.iter_unpack(block):
                self._by_key.setdefault(_cbytes(data, start + key), []).append(start + value)
        except (struct.error, ValueError):
            self._by_key = {}

    def get(self, soname: str) -> tuple[str, ...]:
        """Every path the cache lists for ``soname`` (any architecture)."""
        offsets = self._by_key.get(soname.encode(), ())
        return tuple(_cbytes(self._data, o).decode("utf-8", "replace") for o in offsets)


def _cbytes(data: bytes, offset: int) -> bytes:
    return data[offset : data.index(b"\0", offset)]


def default_dirs() -> tuple[str, ...]:
    """The folders the loader searches after its cache (multiarch ones first)."""
    arch = getattr(sys.implementation, "_multiarch", "")
    multi = (f"/lib/{arch}", f"/usr/lib/{arch}") if arch else ()
    return (*multi, "/lib64", "/usr/lib64", "/lib", "/usr/lib")


class SystemLoader:
    """Finds libraries as the dynamic loader would, for one machine type."""

    def __init__(
        self,
        machine: tuple[int, int, int],
        library_path: str = "",
        ld_cache: LdCache | None = None,
        dirs: Iterable[str] = (),
    ) -> None:
        self.machine = machine
        self.env_dirs = tuple(d for d in library_path.split(":") if d)
        self.ld_cache = ld_cache or LdCache(b"")
        self.dirs = tuple(dirs)

    @classmethod
    def for_this_system(cls, machine: tuple[int, int, int]) -> SystemLoader:
        """A loader over this process's ``LD_LIBRARY_PATH``, the cache and default folders."""
        return cls(machine, os.environ.get("LD_LIBRARY_PATH", ""), _system_cache(), default_dirs())

    def find(self, soname: str, first: Iterable[str] = ()) -> str | None:
        """The path the loader would use for ``soname`` (``first``: the object's RUNPATH)."""
        for folder in (*self.env_dirs, *first):
            if self._fits(folder + "/" + soname):
                return folder + "/" + soname
        for path in self.ld_cache.get(soname):
            if self._fits(path):
                return path
        return next((f"{d}/{soname}" for d in self.dirs if self._fits(f"{d}/{soname}")), None)

    def _fits(self, path: str) -> bool:
        try:
            with open(path, "rb") as f:
                return read_machine(f) == self.machine
        except (OSError, ElfError):
            return False


@cache
def _system_cache() -> LdCache:
    try:
        with open(LD_SO_CACHE, "rb") as f:
            return LdCache(f.read())
    except OSError:
        return LdCache(b"")


def system_needs(roots: Iterable[str]) -> tuple[str, ...]:
    """Sonames the ``roots`` need from the system, in first-seen order.

    A library found through an object's own RUNPATH (``$ORIGIN/...``: the Qt libraries that
    ship with PySide6) is followed in turn; anything else is left for the system to provide.
    Raises OSError or ElfError if an object cannot be read.
    """
    # Each object's folder, for $ORIGIN (bundled libraries are found in real folders).
    queue = [(os.path.dirname(os.path.realpath(root)), read_elf(root)) for root in roots]
    listings: dict[str, frozenset[str]] = {}  # one listdir per RUNPATH folder
    seen: set[str] = set()
    outside: dict[str, None] = {}
    while queue:
        origin, info = queue.pop(0)
        first = [d.replace("${ORIGIN}", origin).replace("$ORIGIN", origin) for d in info.search]
        for soname in info.needed:
            if soname in seen:
                continue
            seen.add(soname)
            folder = next((d for d in first if soname in _listing(listings, d)), None)
            if folder is None:
                outside[soname] = None
                continue
            found = read_elf(os.path.join(folder, soname))
            if found.machine == info.machine:
                queue.append((os.path.normpath(folder), found))
            else:
                outside[soname] = None
    return tuple(outside)


def _listing(cache: dict[str, frozenset[str]], folder: str) -> frozenset[str]:
    if folder not in cache:
        try:
            cache[folder] = frozenset(os.listdir(folder))
        except OSError:
            cache[folder] = frozenset()
    return cache[folder]
