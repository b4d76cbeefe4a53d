"""``python -m footcare_gui.doctor.try_speech ENGINE LANGUAGE``: open a speech engine, print
how many voices it has for a language (JSON), or why it has none.

Run by ``--doctor`` in a child process with a time limit: an engine may never answer (the
speech-dispatcher client can block for good), and that must not hang the report.
"""

from __future__ import annotations

import json
import sys


def main() -> int:
    """Open the engine, wait up to 3 s for it, and print ``{"voices": N}`` or an error."""
    engine, language = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
    from PySide6.QtTextToSpeech import QTextToSpeech

    app = QCoreApplication(sys.argv[:1])
    tts = QTextToSpeech(engine)
    if tts.state() != QTextToSpeech.State.Ready:
        loop = QEventLoop()
        tts.stateChanged.connect(loop.quit)
        QTimer.singleShot(3000, loop.quit)
        loop.exec()
    if tts.state() == QTextToSpeech.State.Error:
        print(json.dumps({"error": tts.errorString() or "the engine reported an error"}))
        return 1
    # Every country's voices of the language: allVoices(QLocale("en")) lists en_US ones only.
    want = QLocale(language).language()
    voices = [
        v for loc in tts.availableLocales() if loc.language() == want for v in tts.allVoices(loc)
    ]
    print(json.dumps({"voices": len(voices), "names": [v.name() for v in voices][:5]}))
    del tts, app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
