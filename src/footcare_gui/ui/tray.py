"""The system-tray icon that keeps the app at hand while the reminder waits: a menu with
Start a session, Show and Quit, and the tray's own messages where no notification service
is (Windows, macOS)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

MESSAGE_MS = 15000


class AppTray(QObject):
    """The tray icon and its menu; the controller gives the choices their meaning."""

    start_requested = Signal()  # Start a session, or a click on a reminder's message
    show_requested = Signal()  # Show, or a click on the icon
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.start_action = self.menu.addAction(self.tr("Start a session"))
        self.show_action = self.menu.addAction(self.tr("Show footcare-gui"))
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.start_action.triggered.connect(self.start_requested)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self._message_starts = False  # what a click on the last message means

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_tooltip(self, text: str) -> None:
        self.icon.setToolTip(text)

    def message(self, title: str, body: str, *, starts: bool) -> None:
        """Show the tray's own message; a click on it starts (``starts``) or shows the app."""
        self._message_starts = starts
        self.icon.showMessage(title, body, self.icon.icon(), MESSAGE_MS)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in {
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        }:
            self.show_requested.emit()

    def _on_message_clicked(self) -> None:
        (self.start_requested if self._message_starts else self.show_requested).emit()
