"""The tiny ELF reader and the loader's search, on small ELF files made here."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from footcare_gui.doctor.elf import ElfError, read_elf
from footcare_gui.doctor.loader import LdCache, SystemLoader, system_needs

X86_64 = (2, 1, 62)


def make_elf(path: Path, needed: list[str], runpath: str = "", machine: int = 62) -> Path:
    """A minimal 64-bit little-endian shared object with a dynamic section."""
    strings = b"\0"
    offsets = []
    for name in [*needed, runpath]:
        offsets.append(len(strings))
        strings += name.encode() + b"\0"
    dyn_at, n_entries = 64 + 2 * 56, len(needed) + 4
    str_at = dyn_at + n_entries * 16
    entries = [(1, o) for o in offsets[: len(needed)]]
    entries += [(29, offsets[-1]), (5, str_at), (10, len(strings)), (0, 0)]
    dynamic = b"".join(struct.pack("<qQ", tag, value) for tag, value in entries)
    size = str_at + len(strings)
    header = b"\x7fELF\x02\x01\x01" + bytes(9)
    header += struct.pack("<HHIQQQIHHHHHH", 3, machine, 1, 0, 64, 0, 0, 64, 56, 2, 64, 0, 0)
    load = struct.pack("<IIQQQQQQ", 1, 5, 0, 0, 0, size, size, 0x1000)
    dyn = struct.pack("<IIQQQQQQ", 2, 6, dyn_at, dyn_at, dyn_at, len(dynamic), len(dynamic), 8)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + load + dyn + dynamic + strings)
    return path


def make_ld_cache(entries: dict[str, str], prefix: bytes = b"") -> bytes:
    """An ld.so.cache image in glibc's new format (optionally after other bytes)."""
    count = len(entries)
    strings, table = b"", b""
    base = 48 + 24 * count  # string offsets count from the new header
    for soname, path in entries.items():
        key = base + len(strings)
        strings += soname.encode() + b"\0"
        value = base + len(strings)
        strings += path.encode() + b"\0"
        table += struct.pack("=iIIIQ", 0x0303, key, value, 0, 0)
    header = struct.pack("=20sIIB3xI12x", b"glibc-ld.so.cache1.1", count, len(strings), 2, 0)
    return prefix + header + table + strings


def test_reads_needed_libraries_and_runpath(tmp_path: Path) -> None:
    info = read_elf(str(make_elf(tmp_path / "a.so", ["libx.so.1", "liby.so.2"], "$ORIGIN/lib:/o")))
    assert info.machine == X86_64
    assert info.needed == ("libx.so.1", "liby.so.2")
    assert info.search == ("$ORIGIN/lib", "/o")


def test_not_elf_or_truncated_is_an_elf_error(tmp_path: Path) -> None:
    (tmp_path / "text.so").write_text("not a library")
    with pytest.raises(ElfError):
        read_elf(str(tmp_path / "text.so"))
    whole = make_elf(tmp_path / "b.so", ["libx.so.1"]).read_bytes()
    (tmp_path / "cut.so").write_bytes(whole[:100])
    with pytest.raises(ElfError):
        read_elf(str(tmp_path / "cut.so"))


def test_ld_cache_lists_paths_for_a_soname() -> None:
    image = make_ld_cache({"libx.so.1": "/usr/lib/libx.so.1", "liby.so.2": "/lib/liby.so.2"})
    cache = LdCache(image)
    assert cache.get("libx.so.1") == ("/usr/lib/libx.so.1",)
    assert cache.get("libz.so.1") == ()
    # After the old format's block, as older ldconfig wrote it; garbage reads as empty.
    assert LdCache(b"ld.so-1.7.0" + bytes(13) + image).get("liby.so.2") == ("/lib/liby.so.2",)
    assert LdCache(b"garbage").get("libx.so.1") == ()


def test_loader_searches_the_environment_then_runpath_then_cache_then_defaults(
    tmp_path: Path,
) -> None:
    env_dir, run_dir, default_dir = tmp_path / "env", tmp_path / "run", tmp_path / "default"
    cached = make_elf(tmp_path / "cached" / "libc1.so.1", [])
    for folder in (env_dir, run_dir, default_dir):
        make_elf(folder / "libboth.so.1", [])
    make_elf(default_dir / "libdefault.so.1", [])
    make_elf(run_dir / "libarm.so.1", [], machine=183)  # another machine: never loaded
    loader = SystemLoader(
        X86_64, str(env_dir), LdCache(make_ld_cache({"libc1.so.1": str(cached)})), [default_dir]
    )
    assert loader.find("libboth.so.1", [str(run_dir)]) == f"{env_dir}/libboth.so.1"
    assert loader.find("libc1.so.1") == str(cached)
    assert loader.find("libdefault.so.1") == f"{default_dir}/libdefault.so.1"
    assert loader.find("libarm.so.1", [str(run_dir)]) is None
    assert loader.find("libnowhere.so.1") is None


def test_system_needs_follows_bundled_libraries_only(tmp_path: Path) -> None:
    plugin = make_elf(
        tmp_path / "plugins" / "libqfake.so",
        ["libQtBundled.so.6", "libsys.so.1"],
        "$ORIGIN/../lib",
    )
    make_elf(tmp_path / "lib" / "libQtBundled.so.6", ["libsys2.so.1", "libsys.so.1"], "$ORIGIN")
    assert system_needs([str(plugin)]) == ("libsys.so.1", "libsys2.so.1")
