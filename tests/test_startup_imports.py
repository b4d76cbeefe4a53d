"""Start-up counts: showing the start window must not import what only a session needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Each costs start-up time (or memory) and is needed only later: by a session, a dialog or a
# second launch (QtSvg and the XML/HTML parsers are not needed at all: the foot art is drawn
# from one QXmlStreamReader parse). A regression here shows in `make bench` as a slower start.
LATER = (
    "PySide6.QtDBus",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtTextToSpeech",
    "_hashlib",
    "footcare_gui.core.foot_map",
    "footcare_gui.core.motion",
    "footcare_gui.core.history_store",  # the history opens after the first paint
    "footcare_gui.core.plan",
    "footcare_gui.core.reminder",
    "footcare_gui.core.routine_draft",  # the routine editor: on first use
    "footcare_gui.core.routine_toml",
    "footcare_gui.core.session",
    "footcare_gui.core.spoken",
    "footcare_gui.ui.awake",
    "footcare_gui.ui.countdown_ring",
    "footcare_gui.ui.foot_map_canvas",
    "footcare_gui.ui.foot_map_chip",
    "footcare_gui.ui.foot_map_dialog",
    "footcare_gui.ui.foot_map_layout",
    "footcare_gui.ui.foot_motion",
    "footcare_gui.ui.precautions_dialog",
    "footcare_gui.ui.motion_marks",
    "footcare_gui.ui.motion_tracks",
    "footcare_gui.ui.preferences_dialog",
    "footcare_gui.ui.reminder_controller",
    "footcare_gui.ui.session_page",
    "footcare_gui.ui.session_voice",
    "footcare_gui.ui.sound",
    "footcare_gui.ui.summary_page",
    "footcare_gui.ui.voice",
    "footcare_gui.ui.feel_row",
    "footcare_gui.ui.history_controller",
    "footcare_gui.ui.history_page",
    "footcare_gui.ui.routine_editor",
    "footcare_gui.ui.step_form",
    "footcare_gui.ui.step_pane",
    "footcare_gui.ui.step_widgets",
    "footcare_gui.ui.zone_picker",
    "html",
    "sqlite3",
    "xml.etree.ElementTree",
    "zoneinfo",
)

PROBE = """
import json, sys
from footcare_gui.assets import asset_path
from footcare_gui.cli import parse_args
from footcare_gui.core.routines import load_routines
from footcare_gui.core.zones import Foot
from footcare_gui.ui.application import build, make_application

app = make_application(sys.argv[:1])
options = parse_args(["--config-dir", sys.argv[1]])
window, controller = build(options, load_routines(asset_path("routines")), app)
window.show()
window.repaint()
app.processEvents()
before = sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)
controller.choose_foot(Foot.LEFT)
controller.settings.update(precautions_acknowledged=True)
controller.begin()
controller.history.open()  # as the timer after the first paint does
app.processEvents()
after = sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)
page = window.current_page().value
print(json.dumps({"before": before, "after": after, "page": page}))
"""


def test_the_start_window_leaves_session_modules_for_the_first_session(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "config"), json.dumps(LATER)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["before"] == []
    assert result["page"] == "session"
    # The session really needs these, so the probe would notice if they were never loaded.
    assert {"footcare_gui.core.session", "footcare_gui.ui.session_page"} <= set(result["after"])
    assert "sqlite3" in result["after"]
    # Voice is on by default: its module comes with the first session, not before (issue 12).
    assert "footcare_gui.ui.voice" in result["after"]
