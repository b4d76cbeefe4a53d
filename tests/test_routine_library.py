"""The user's own routines on disk (issue 16): one file each, named by the app; saves that are
whole or absent; damaged files set aside; imports treated as untrusted; export and delete."""

from __future__ import annotations

import errno
import os
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footcare_gui.assets import asset_path
from footcare_gui.core.routine_library import (
    LibraryError,
    RoutineLibrary,
    derive_id,
    forget_routine,
    keep_durations_of,
)
from footcare_gui.core.routine_toml import routine_to_toml
from footcare_gui.core.routines import Routine, RoutineError, load_routines, parse_routine
from footcare_gui.core.settings import DEFAULT_ROUTINE, Settings, with_duration
from tests.test_routines import _mutate, toml_document

SHIPPED = load_routines(asset_path("routines")).routines
QUICK = SHIPPED["quick-wind-down"]


def mine(title: str = "My evening", rid: str = "my-evening") -> Routine:
    return replace(QUICK, id=rid, title=title, path=None)


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "routines"


# --- ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("My evening", "my-evening"),
        ("  Quick & calm!  ", "quick-calm"),
        ("Crème brûlée", "creme-brulee"),
        ("../../etc/passwd", "etc-passwd"),
        ("足のケア", "routine"),
        ("", "routine"),
        ("x" * 100, "x" * 64),
    ],
)
def test_ids_are_derived_from_titles_and_always_safe(title: str, expected: str) -> None:
    assert derive_id(title, set()) == expected


def test_a_taken_id_gets_a_number_and_stays_within_64_characters() -> None:
    assert derive_id("My evening", {"my-evening"}) == "my-evening-2"
    assert derive_id("My evening", {"my-evening", "my-evening-2"}) == "my-evening-3"
    long = "y" * 64
    assert derive_id(long, {long}) == "y" * 62 + "-2"


@given(st.text())
def test_any_title_gives_a_valid_unused_id(title: str) -> None:
    taken = {"routine", "my-evening"}
    rid = derive_id(title, taken)
    assert rid not in taken
    # a valid id is a valid file name: the loader's rule
    parse_routine(routine_to_toml(replace(QUICK, id=rid)))


# --- saving and loading ---------------------------------------------------------------------


def test_own_routines_are_saved_one_file_each_and_listed_after_the_built_in_ones(
    folder: Path,
) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    library.save(mine("Zesty toes", "zesty-toes"))
    library.save(mine("Arch only", "arch-only"))
    assert files(folder) == ["arch-only.toml", "zesty-toes.toml"]
    again = RoutineLibrary.load(SHIPPED, folder)
    assert list(again.routines) == [*SHIPPED, "arch-only", "zesty-toes"]
    assert again.is_builtin("quick-wind-down") and again.is_own("arch-only")
    assert again.routines["arch-only"] == mine("Arch only", "arch-only")


def test_a_built_in_routine_cannot_be_saved_or_deleted(folder: Path) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    with pytest.raises(LibraryError, match="built in"):
        library.save(QUICK)
    with pytest.raises(LibraryError, match="not one of your routines"):
        library.delete("quick-wind-down")
    assert files(folder) == []


def test_a_save_that_fails_leaves_nothing_and_says_why(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    library.save(mine())
    before = (folder / "my-evening.toml").read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(LibraryError, match="could not be saved: Read-only file system"):
        library.save(mine("Renamed"))
    assert files(folder) == ["my-evening.toml"]  # no temporary file left behind
    assert (folder / "my-evening.toml").read_bytes() == before
    assert library.routines["my-evening"].title == "My evening"


def test_a_folder_path_through_a_file_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    library = RoutineLibrary.load(SHIPPED, blocker / "routines")
    assert library.messages == () and list(library.routines) == list(SHIPPED)
    with pytest.raises(LibraryError, match="could not be saved"):
        library.save(mine())


def test_a_read_only_folder_is_named_once_at_load(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    RoutineLibrary(SHIPPED, folder).save(mine())
    # Tests run as root, where chmod does not stop writes: pretend the check says no.
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    library = RoutineLibrary.load(SHIPPED, folder)
    assert "my-evening" in library.routines
    assert library.messages == (
        f"Your routines folder {folder} is read-only: routines cannot be saved.",
    )


def test_a_damaged_file_is_moved_aside_and_reported_and_the_rest_load(folder: Path) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    library.save(mine())
    (folder / "broken.toml").write_text('id = "broken"\ntitle = [1', encoding="utf-8")
    (folder / "zones.toml").write_text(
        routine_to_toml(mine(rid="zones")).replace('["head-brain"', '["elbow", "head-brain"', 1),
        encoding="utf-8",
    )
    again = RoutineLibrary.load(SHIPPED, folder)
    assert "my-evening" in again.routines and "zones" not in again.routines
    names = files(folder)
    assert "broken.toml" not in names and "zones.toml" not in names
    aside = [n for n in names if ".damaged-" in n]
    assert len(aside) == 2
    assert any(n.startswith("broken.toml.damaged-") for n in aside)
    assert len(again.messages) == 2
    assert "broken.toml: is not valid TOML" in again.messages[0]
    assert "moved aside as broken.toml.damaged-" in again.messages[0]
    assert "field 'zones': unknown zone 'elbow'" in again.messages[1]
    # the damaged files' names stay taken: a new routine never overwrites one
    assert derive_id("Broken", again.taken_ids()) == "broken-2"


def test_without_setting_aside_a_damaged_file_is_only_reported(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("not toml at all", encoding="utf-8")
    library = RoutineLibrary.load(SHIPPED, folder, set_aside=False)
    assert files(folder) == ["broken.toml"]
    assert library.messages[0].endswith("It was skipped.")


def test_an_own_file_with_a_built_in_id_or_a_repeated_id_is_skipped_not_moved(
    folder: Path,
) -> None:
    folder.mkdir(parents=True)
    (folder / "a.toml").write_text(routine_to_toml(QUICK), encoding="utf-8")
    (folder / "b.toml").write_text(routine_to_toml(mine()), encoding="utf-8")
    (folder / "c.toml").write_text(routine_to_toml(mine("Twin")), encoding="utf-8")
    library = RoutineLibrary.load(SHIPPED, folder)
    assert files(folder) == ["a.toml", "b.toml", "c.toml"]
    assert library.routines["quick-wind-down"] is SHIPPED["quick-wind-down"]
    assert library.routines["my-evening"].title == "My evening"
    assert any("c.toml: repeats the routine id 'my-evening'" in m for m in library.messages)
    assert any("a.toml has the id 'quick-wind-down' of a built-in" in m for m in library.messages)


def test_a_hand_named_file_becomes_id_toml_when_saved(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "My Evening (final).toml").write_text(routine_to_toml(mine()), encoding="utf-8")
    library = RoutineLibrary.load(SHIPPED, folder)
    library.save(replace(library.routines["my-evening"], summary="Changed."))
    assert files(folder) == ["my-evening.toml"]
    assert RoutineLibrary.load(SHIPPED, folder).routines["my-evening"].summary == "Changed."


def test_a_cached_copy_never_hides_a_newer_save(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "own-routines.json"
    library = RoutineLibrary.load(SHIPPED, folder, cache)
    library.save(mine())
    assert RoutineLibrary.load(SHIPPED, folder, cache).routines["my-evening"].title == "My evening"
    # The same size, saved again at once: the stamp still differs (a new file each save).
    library.save(mine("My evenind"))
    assert RoutineLibrary.load(SHIPPED, folder, cache).routines["my-evening"].title == "My evenind"


def test_delete_removes_the_file_and_settings_forget_the_routine(folder: Path) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    routine = library.save(mine())
    library.delete("my-evening")
    assert files(folder) == [] and "my-evening" not in library.routines
    s = with_duration(Settings(routine="my-evening"), routine, "warm-oil", 40)
    s = with_duration(s, QUICK, "warm-oil", 50)
    forgot = forget_routine(s, "my-evening")
    assert forgot.routine == DEFAULT_ROUTINE
    assert forgot.durations == {"quick-wind-down": {"warm-oil": 50}}
    other = forget_routine(Settings(routine="quick-wind-down"), "my-evening")
    assert other.routine == "quick-wind-down"


def test_edited_steps_keep_only_their_own_stored_durations() -> None:
    s = with_duration(Settings(), QUICK, "warm-oil", 40)
    s = with_duration(s, QUICK, "rest-warm", 60)
    fewer = replace(QUICK, steps=QUICK.steps[1:])
    assert keep_durations_of(s, fewer).durations == {"quick-wind-down": {"rest-warm": 60}}
    assert keep_durations_of(s, QUICK) is s


# --- export and import ------------------------------------------------------------------------


def test_export_writes_exactly_what_the_loader_reads_back(folder: Path, tmp_path: Path) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    for rid in SHIPPED:
        out = tmp_path / f"{rid}.toml"
        library.export(rid, out)
        assert parse_routine(out.read_text(encoding="utf-8")) == SHIPPED[rid]
    with pytest.raises(LibraryError, match="no routine 'nope'"):
        library.export("nope", tmp_path / "x.toml")


def test_importing_an_exported_built_in_routine_gives_it_a_new_id_and_title(
    folder: Path, tmp_path: Path
) -> None:
    library = RoutineLibrary(SHIPPED, folder)
    out = tmp_path / "shared.toml"
    library.export("quick-wind-down", out)
    imported = library.import_file(out)
    assert imported.renamed_from == "quick-wind-down"
    assert imported.routine.id == "quick-wind-down-2"
    assert imported.routine.title == "Quick wind-down (2)"
    assert files(folder) == ["quick-wind-down-2.toml"]
    second = library.import_file(out)
    assert (second.routine.id, second.routine.title) == ("quick-wind-down-3", "Quick wind-down (3)")


def _good() -> str:
    return routine_to_toml(mine())


def _steps(n: int) -> str:
    """A routine of ``n`` short steps (small enough to pass the size limit)."""
    text = _good()
    step = 'id = "s{}"\ntitle = "T"\ninstruction = "I."\nwhy = "W."\ntechnique = "press"\n'
    step += 'view = "sole"\nduration = 30\nmin = 10\nmax = 60\nper = "foot"\n'
    steps = "".join("[[steps]]\n" + step.format(i) for i in range(n))
    return text[: text.index("[[steps]]")] + steps + text[text.index("[switch]") :]


BAD_IMPORTS = {
    "not TOML": ("this is { not toml", "bad.toml: is not valid TOML"),
    "deep nesting": ("x = " + "[" * 5000 + "]" * 5000, "bad.toml: is not valid TOML"),
    "unknown key": (_good().replace("[switch]", 'colour = "red"\n\n[switch]'), "field 'colour'"),
    "unknown zone": (
        _good().replace('zones = ["lungs', 'zones = ["spleen-of-doom", "lungs', 1),
        "field 'zones': unknown zone 'spleen-of-doom'",
    ),
    "step id with a slash": (
        _good().replace('"warm-oil"', '"../warm/oil"', 1),
        "step '../warm/oil', field 'id'",
    ),
    "step id with dots": (_good().replace('"warm-oil"', '".."', 1), "step '..', field 'id'"),
    "duration out of range": (
        _good().replace("duration = 30", "duration = 9000", 1),
        "step 'warm-oil', field 'duration': 9000 s is outside the allowed range 10..120 s",
    ),
    "max out of range": (
        _good().replace("max = 120", "max = 100000", 1),
        "field 'max': 100000 s must lie within 5..3600 s",
    ),
    "1,000 steps": (_steps(1000), "field 'steps': has 1000 steps; at most 50 fit in a routine"),
    "not UTF-8": (b"id = \xff\xfe", "bad.toml: is not UTF-8 text"),
}


@pytest.mark.parametrize("case", sorted(BAD_IMPORTS))
def test_a_bad_import_names_the_problem_and_writes_nothing(
    case: str, folder: Path, tmp_path: Path
) -> None:
    content, expected = BAD_IMPORTS[case]
    bad = tmp_path / "bad.toml"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    library = RoutineLibrary(SHIPPED, folder)
    with pytest.raises(RoutineError) as info:
        library.import_file(bad)
    assert expected in str(info.value)
    assert files(folder) == [] and list(library.routines) == list(SHIPPED)


def test_a_10_mb_import_is_refused_without_reading_it_all(folder: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as f:
        f.write(_good().encode())
        f.write(b"#" * 10_000_000)
    library = RoutineLibrary(SHIPPED, folder)
    with pytest.raises(RoutineError, match=r"big.toml: is too large for a routine \(over 262144"):
        library.import_file(big)
    assert files(folder) == []


def test_a_missing_import_file_is_a_routine_error(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match=r"gone\.toml: cannot be read"):
        RoutineLibrary(SHIPPED, folder).import_file(tmp_path / "gone.toml")


@settings(deadline=None, max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SHIPPED)), st.data())
def test_an_import_is_whole_or_nothing(rid: str, draw: st.DataObject) -> None:
    import tempfile

    data = tomllib.loads((asset_path("routines") / f"{rid}.toml").read_text(encoding="utf-8"))
    for _ in range(draw.draw(st.integers(min_value=0, max_value=2), label="mutations")):
        _mutate(data, draw)
    with tempfile.TemporaryDirectory() as tmp:
        source, folder = Path(tmp) / "in.toml", Path(tmp) / "routines"
        source.write_text(toml_document(data), encoding="utf-8")
        library = RoutineLibrary(SHIPPED, folder)
        try:
            imported = library.import_file(source)
        except RoutineError as exc:
            assert exc.file == "in.toml" and exc.message
            assert files(folder) == []
            return
        assert files(folder) == [f"{imported.routine.id}.toml"]
        assert imported.routine.id not in SHIPPED
        loaded = RoutineLibrary.load(SHIPPED, folder).routines[imported.routine.id]
        assert loaded == imported.routine


def test_an_import_whose_title_is_taken_gets_a_numbered_title(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.toml"
    source.write_text(routine_to_toml(mine("Quick wind-down", "fresh-id")), encoding="utf-8")
    imported = RoutineLibrary(SHIPPED, folder).import_file(source)
    assert imported.renamed_from is None
    assert (imported.routine.id, imported.routine.title) == ("fresh-id", "Quick wind-down (2)")


def test_a_file_with_a_byte_order_mark_imports_and_loads(folder: Path, tmp_path: Path) -> None:
    # Some text editors (Windows Notepad's "UTF-8 with BOM") start the file with U+FEFF, which
    # tomllib refuses as "Invalid statement (at line 1, column 1)": an own routine touched in
    # such an editor was set aside as damaged, and a shared one could not be imported.
    bom = "\ufeff" + routine_to_toml(mine())
    source = tmp_path / "shared.toml"
    source.write_text(bom, encoding="utf-8")
    imported = RoutineLibrary(SHIPPED, folder).import_file(source)
    assert imported.routine.id == "my-evening"
    (folder / "my-evening.toml").write_text(bom, encoding="utf-8")  # edited by hand since
    again = RoutineLibrary.load(SHIPPED, folder)
    assert again.messages == ()
    assert files(folder) == ["my-evening.toml"]
    assert again.routines["my-evening"].title == "My evening"
