"""Later starts read the decoded routines from a JSON copy; any doubt means reading the files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footcare_gui.assets import asset_path
from footcare_gui.core.routine_cache import FORMAT, read_cache
from footcare_gui.core.routines import load_routines


def _copy_routines(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    shutil.copytree(asset_path("routines"), folder)
    return folder


def test_a_warm_cache_gives_the_same_routines(tmp_path: Path) -> None:
    folder, cache = _copy_routines(tmp_path), tmp_path / "cache" / "routines.json"
    cold = load_routines(folder, cache=cache)
    assert cache.exists() and set(read_cache(cache)) == {p.name for p in folder.glob("*.toml")}
    warm = load_routines(folder, cache=cache)
    assert warm == cold and warm.routines == load_routines(folder).routines
    assert len(warm.routines) == 3 and not warm.errors


def test_a_warm_start_does_not_import_tomllib(tmp_path: Path) -> None:
    folder, cache = _copy_routines(tmp_path), tmp_path / "routines.json"
    load_routines(folder, cache=cache)
    probe = (
        "import sys; from pathlib import Path\n"
        "from footcare_gui.core.routines import load_routines\n"
        "r = load_routines(Path(sys.argv[1]), cache=Path(sys.argv[2]))\n"
        "print(len(r.routines), 'tomllib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(folder), str(cache)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ),
    ).stdout
    assert out.split() == ["3", "False"]


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    folder, cache = _copy_routines(tmp_path), tmp_path / "routines.json"
    load_routines(folder, cache=cache)
    quick = folder / "quick-wind-down.toml"
    text = quick.read_text(encoding="utf-8")
    old_title = load_routines(folder, cache=cache).routines["quick-wind-down"].title
    edited = text.replace(f'title = "{old_title}"', 'title = "A shorter evening"', 1)
    assert edited != text
    quick.write_text(edited, encoding="utf-8")
    again = load_routines(folder, cache=cache)
    assert again.routines["quick-wind-down"].title == "A shorter evening"
    assert read_cache(cache)["quick-wind-down.toml"]["data"]["title"] == "A shorter evening"


def test_a_broken_file_is_reported_and_not_cached(tmp_path: Path) -> None:
    folder, cache = _copy_routines(tmp_path), tmp_path / "routines.json"
    (folder / "broken.toml").write_text("title = [", encoding="utf-8")
    for _ in range(2):  # the second load must still report it, not hide it in the cache
        result = load_routines(folder, cache=cache)
        assert [e.file for e in result.errors] == ["broken.toml"]
        assert "broken.toml" not in read_cache(cache)


def test_cached_data_is_validated_like_a_file(tmp_path: Path) -> None:
    folder, cache = _copy_routines(tmp_path), tmp_path / "routines.json"
    load_routines(folder, cache=cache)
    raw = json.loads(cache.read_text(encoding="utf-8"))
    raw["files"]["quick-wind-down.toml"]["data"]["steps"][0]["duration"] = -5
    cache.write_text(json.dumps(raw), encoding="utf-8")
    result = load_routines(folder, cache=cache)
    assert "quick-wind-down" not in result.routines
    assert [e.file for e in result.errors] == ["quick-wind-down.toml"]


def test_a_cache_from_before_intros_is_ignored(tmp_path: Path) -> None:
    # Format 1 held routines without `intro` and steps without `optional`; with stamps that
    # still match, its data must not stand in for the files.
    folder, cache = _copy_routines(tmp_path), tmp_path / "routines.json"
    load_routines(folder, cache=cache)
    raw = json.loads(cache.read_text(encoding="utf-8"))
    assert raw["format"] == FORMAT > 1
    for entry in raw["files"].values():
        entry["data"].pop("intro", None)
        for step in entry["data"]["steps"]:
            step.pop("optional", None)
    raw["format"] = 1
    cache.write_text(json.dumps(raw), encoding="utf-8")
    result = load_routines(folder, cache=cache)
    assert not result.errors
    assert all(r.intro for r in result.routines.values())
    assert result.routines["full-foot-care"].step("warm-soak").optional
    assert json.loads(cache.read_text(encoding="utf-8"))["format"] == FORMAT


def test_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    folder = _copy_routines(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = load_routines(folder, cache=blocker / "sub" / "routines.json")
    assert len(result.routines) == 3 and not result.errors


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    junk=st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=8),
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
            max_leaves=20,
        ).map(lambda v: json.dumps({"format": FORMAT, "files": v}).encode()),
    )
)
def test_any_cache_content_still_loads_the_routines(tmp_path: Path, junk: bytes) -> None:
    folder = tmp_path / "routines"
    if not folder.exists():
        shutil.copytree(asset_path("routines"), folder)
    cache = tmp_path / "routines.json"
    cache.write_bytes(junk)
    result = load_routines(folder, cache=cache)
    assert sorted(result.routines) == ["evening-reflexology", "full-foot-care", "quick-wind-down"]
    assert not result.errors


def test_a_config_folder_holds_the_routine_cache_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footcare_gui.paths import routine_cache_path

    folder = tmp_path / "mine"
    assert routine_cache_path(str(folder)).is_relative_to(folder)
    monkeypatch.setenv("FOOTCARE_GUI_CONFIG_DIR", str(tmp_path / "env"))
    assert routine_cache_path().is_relative_to(tmp_path / "env")
    monkeypatch.delenv("FOOTCARE_GUI_CONFIG_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert routine_cache_path().is_relative_to(tmp_path / "xdg")
