"""A speech thread stuck in an engine is noticed, so the app can leave without ending it."""

from __future__ import annotations

from PySide6.QtCore import QThread

from footcare_gui.ui import speech_engine


def test_a_running_speech_thread_counts_as_stuck_until_it_ends(qapp: object) -> None:
    assert not speech_engine.threads_stuck(0)
    thread = QThread()
    thread.start()  # its event loop runs, as a thread inside an engine call would not return
    speech_engine._RETIRED.append(thread)
    try:
        assert speech_engine.threads_stuck(10)
        thread.quit()
        assert not speech_engine.threads_stuck(1000)
    finally:
        speech_engine._RETIRED.remove(thread)
        thread.quit()
        thread.wait()
