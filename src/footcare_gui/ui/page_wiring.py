"""Wire a page's buttons when the window first builds it (pages are built on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footcare_gui.ui.main_window import Page

if TYPE_CHECKING:
    from footcare_gui.ui.app_controller import AppController


def wire_built_page(app: AppController, built: Page) -> None:
    """The session page's buttons do what the window's actions do; the summary and History
    pages' buttons go to the controller and the history."""
    w = app.window
    if built is Page.SESSION:
        page = w.session_page
        page.play.clicked.connect(w.toggle_action.trigger)
        page.previous.clicked.connect(w.previous_action.trigger)
        page.next_button.clicked.connect(w.next_action.trigger)
        page.restart.clicked.connect(w.restart_action.trigger)
    elif built is Page.SUMMARY:
        w.summary_page.again.clicked.connect(app.back_to_start)
        w.summary_page.quit.clicked.connect(app.quit)
        w.summary_page.feel.changed.connect(app.history.feel_after_chosen)
    elif built is Page.HISTORY:
        w.history_page.back.clicked.connect(app.toggle_history)
        w.history_page.export.clicked.connect(app.history.export_csv)
        w.history_page.delete.clicked.connect(app.history.delete_all)
