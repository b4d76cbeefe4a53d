"""Guard against a PySide6 bug that would abort a long session on Python 3.11.

PySide6 6.12.0 returns None from void methods without taking a reference, so every call
lowers None's reference count until the interpreter aborts (``none_dealloc``). On Python 3.12
and later None is immortal and this test passes trivially.
"""

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))
    assert sys.getrefcount(None) - before > -50
