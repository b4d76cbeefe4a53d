"""A tiny ELF reader: the libraries a shared object needs and where it looks for them.

Reads only the headers and the dynamic section (a few kilobytes), so asking a 10 MB Qt
library what it needs costs well under a millisecond.
"""

from __future__ import annotations

import struct
from typing import BinaryIO, NamedTuple

_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NEEDED, _DT_STRTAB, _DT_STRSZ, _DT_RPATH, _DT_RUNPATH = 1, 5, 10, 15, 29


class ElfError(ValueError):
    """The file is not an ELF shared object this reader understands."""


class ElfInfo(NamedTuple):
    """What the dynamic loader reads from one object."""

    machine: tuple[int, int, int]  # (class, byte order, e_machine): must match to load
    needed: tuple[str, ...]  # DT_NEEDED sonames, in order
    search: tuple[str, ...]  # DT_RUNPATH (else DT_RPATH) entries, $ORIGIN not expanded


def read_machine(f: BinaryIO) -> tuple[int, int, int]:
    """The (class, byte order, machine) triple of an ELF file; raise ElfError if not ELF."""
    ident = f.read(20)
    if (
        len(ident) < 20
        or ident[:4] != b"\x7fELF"
        or ident[4] not in (1, 2)
        or ident[5] not in (1, 2)
    ):
        raise ElfError("not an ELF file")
    (machine,) = struct.unpack_from("<H" if ident[5] == 1 else ">H", ident, 18)
    return ident[4], ident[5], machine


def read_elf(path: str) -> ElfInfo:
    """Parse ``path``; raise OSError if it cannot be read, ElfError if it is not ELF."""
    try:
        return _read(path)
    except (struct.error, ValueError) as exc:  # truncated or odd: not ours to understand
        raise ElfError(f"{path}: {exc}") from exc


def _read(path: str) -> ElfInfo:
    with open(path, "rb") as f:
        machine = read_machine(f)
        is64, end = machine[0] == 2, "<" if machine[1] == 1 else ">"
        f.seek(0)
        header = f.read(64 if is64 else 52)
        if is64:
            (phoff,) = struct.unpack_from(end + "Q", header, 32)
            phentsize, phnum = struct.unpack_from(end + "HH", header, 54)
        else:
            (phoff,) = struct.unpack_from(end + "I", header, 28)
            phentsize, phnum = struct.unpack_from(end + "HH", header, 42)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
        loads, dynamic = _segments(table, phentsize, phnum, is64, end)
        if dynamic is None:
            return ElfInfo(machine, (), ())
        f.seek(dynamic[0])
        entries = _dynamic_entries(f.read(dynamic[1]), is64, end)
        strtab = _file_offset(loads, entries.get(_DT_STRTAB, [0])[0])
        if strtab is None:
            raise ElfError("no string table")
        # Only the few strings needed: a Qt library's string table is half a megabyte.
        needed = tuple(_string(f, strtab + o) for o in entries.get(_DT_NEEDED, []))
        paths = entries.get(_DT_RUNPATH) or entries.get(_DT_RPATH) or []
        search = tuple(p for o in paths for p in _string(f, strtab + o).split(":") if p)
    return ElfInfo(machine, needed, search)


def _string(f: BinaryIO, offset: int) -> str:
    f.seek(offset)
    data = b""
    while b"\0" not in data:
        chunk = f.read(256)
        if not chunk:
            raise ElfError("unterminated string")
        data += chunk
    return data[: data.index(b"\0")].decode("utf-8", "replace")


def _segments(
    table: bytes, size: int, count: int, is64: bool, end: str
) -> tuple[list[tuple[int, int, int]], tuple[int, int] | None]:
    """PT_LOAD (vaddr, filesz, offset) triples and the PT_DYNAMIC (offset, size)."""
    loads: list[tuple[int, int, int]] = []
    dynamic = None
    for i in range(count):
        base = i * size
        if is64:
            kind, _, offset, vaddr, _, filesz = struct.unpack_from(end + "IIQQQQ", table, base)
        else:
            kind, offset, vaddr, _, filesz = struct.unpack_from(end + "IIIII", table, base)
        if kind == _PT_LOAD:
            loads.append((vaddr, filesz, offset))
        elif kind == _PT_DYNAMIC:
            dynamic = (offset, filesz)
    return loads, dynamic


def _dynamic_entries(data: bytes, is64: bool, end: str) -> dict[int, list[int]]:
    fmt = end + ("qQ" if is64 else "iI")
    out: dict[int, list[int]] = {}
    for tag, value in struct.iter_unpack(fmt, data[: len(data) - len(data) % struct.calcsize(fmt)]):
        if tag == 0:  # DT_NULL ends the table
            break
        out.setdefault(tag, []).append(value)
    return out


def _file_offset(loads: list[tuple[int, int, int]], address: int) -> int | None:
    for vaddr, filesz, offset in loads:
        if vaddr <= address < vaddr + filesz:
            return address - vaddr + offset
    return None
