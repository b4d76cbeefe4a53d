"""Build the running app: QApplication, single instance, settings, theme, window, controller."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from footcare_gui import APP_NAME, __version__
from footcare_gui.assets import asset_path, icon_path
from footcare_gui.cli import Options
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.routine_library import RoutineLibrary, load_library
from footcare_gui.core.routines import LoadResult
from footcare_gui.core.settings import Settings
from footcare_gui.core.settings_file import language_in
from footcare_gui.paths import ENV_VAR, config_dir, history_path, log_path, settings_path
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.crash_log import install_crash_log
from footcare_gui.ui.first_paint import after_first_paint
from footcare_gui.ui.i18n import install_language
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.settings_controller import SettingsController
from footcare_gui.ui.single_instance import SingleInstance
from footcare_gui.ui.theme import apply_theme

LISTEN_AFTER_MS = 300
HISTORY_AFTER_MS = 200
REMINDER_AFTER_MS = 300


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with the app's name, icon and style."""
    # Fusion: the same calm look on every platform, fully driven by our palette.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # tests and tools make their own
        app = existing
        app.setStyle("Fusion")
    else:
        # Named on Qt's command line, the style is made without a Python wrapper for QStyle,
        # which would cost about 7 ms of start-up.
        from footcare_gui.doctor.preflight import hint_on_fatal

        with hint_on_fatal():  # Qt's abort becomes its message, a --doctor hint, status 1
            app = QApplication([*argv, "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)


def app_icon() -> QIcon:
    """The app's icon, cheaply: its PNGs, each read only when a size is first drawn.

    Start-up cost, measured under Xvfb: under 1 ms to set, under 1 ms more at the first show.
    Only up to 128 px: on X11 the first show copies every size into the window's
    _NET_WM_ICON, and with the 256 and 512 px files that took 11 ms. The SVG would load the
    SVG icon-engine plugin.
    """
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon


def build(
    options: Options,
    routines: LoadResult,
    app: QApplication,
    library: RoutineLibrary | None = None,
) -> tuple[MainWindow, AppController]:
    """Create the window and its controller (also used by tests and benchmarks); the user's
    own routines come from ``library``, else from their folder."""
    folder = config_dir(options.config_dir)
    first_start = not settings_path(folder).exists()
    # The language first: loading the settings may already have something to tell the user.
    asked = options.lang or language_in(settings_path(folder))
    language = install_language(app, asked)
    settings = SettingsController(settings_path(folder), app)
    routines = localized_routines(routines, language)  # before any widget shows a word
    if library is None:
        library = load_library(routines.routines, options.config_dir)
    else:
        library.localize(routines.routines)
    if first_start and platform_reduces_motion():
        settings.update(animations=False)  # the default where the system asks for less motion
    window = MainWindow()
    if options.routine is not None:  # chosen on the command line as if in the window
        settings.update(routine=options.routine)
    controller = AppController(
        window,
        routines.routines,
        settings,
        foot=options.foot,
        history=history_path(options.config_dir),
        library=library,
    )
    _follow_theme(app, settings, window)
    geometry = settings.settings.window_geometry
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    for message in settings.startup_messages:
        controller.status.emit(message)
    for error in routines.errors:
        skipped = translate("Application", "A routine file was skipped: {error}")
        controller.status.emit(skipped.format(error=error))
    for message in library.messages:  # the user's own routines: damaged, read-only folder
        controller.status.emit(message)
    return window, controller


def localized_routines(routines: LoadResult, language: str) -> LoadResult:
    """The built-in routines with their words in ``language`` where an overlay has them; an
    overlay that cannot be used is reported like a skipped routine file."""
    if language == "en":
        return routines
    from footcare_gui.core.routine_i18n import localized

    builtin, errors = localized(routines.routines, asset_path("routines"), language)
    return LoadResult(builtin, (*routines.errors, *errors))


def platform_reduces_motion() -> bool:
    """Whether the platform asks apps for reduced motion.

    Qt exposes it from 6.12 on (``QStyleHints.accessibility().motionPreference()``); the
    PySide6 6.11 the app pins on Python 3.11 has only the contrast preference there, so it
    cannot tell and says no.
    """
    # The style hints held in a name: a temporary's accessibility() object is deleted at once
    # with PySide6 6.12 ("already deleted").
    style = QGuiApplication.styleHints()
    hints = style.accessibility()
    preference = getattr(hints, "motionPreference", None)
    return preference is not None and getattr(preference(), "name", "") == "ReducedMotion"


def _follow_theme(app: QApplication, settings: SettingsController, window: MainWindow) -> None:
    current = {"name": ""}

    def apply(s: Settings) -> None:
        name = s.theme.value
        if name != current["name"]:
            current["name"] = name
            apply_theme(app, name)

    def scheme_changed() -> None:
        if settings.settings.theme.value == "system":
            apply_theme(app, "system")

    apply(settings.settings)
    settings.changed.connect(apply)
    QGuiApplication.styleHints().colorSchemeChanged.connect(scheme_changed)


def run(options: Options, routines: LoadResult, library: RoutineLibrary | None = None) -> int:
    """Run the app until its window closes; return the exit status."""
    app = make_application(sys.argv[:1])
    instance = SingleInstance(config_dir(options.config_dir))
    if not instance.try_become_primary():
        print(instance.notice or f"{APP_NAME} is already running.")
        return 0
    window, controller = build(options, routines, app, library)
    # An error inside a slot: logged, one line in the status bar, and the app carries on.
    install_crash_log(log_path(options.config_dir), controller.status.emit)
    instance.activate_requested.connect(window.bring_forward)
    if instance.notice:  # primary, but the single-instance guard could not be fully set up
        controller.status.emit(instance.notice)

    def listen() -> None:
        if not instance.listen():
            controller.status.emit(instance.notice)

    # Answer second launches once the window is up (QtNetwork costs start-up time); a second
    # launch meanwhile keeps knocking for a second.
    QTimer.singleShot(LISTEN_AFTER_MS, listen)
    # The history opens once the window has been painted: start-up does not wait for it.
    after_first_paint(window, HISTORY_AFTER_MS, lambda: controller.history.open())
    refusal = show_at_start(options, controller)
    if refusal:
        print(refusal, file=sys.stderr)
        instance.release()
        return 0
    if options.background:  # no window will be painted
        start_reminder(options, controller)
    else:
        after_first_paint(window, REMINDER_AFTER_MS, lambda: start_reminder(options, controller))
    status = app.exec()
    instance.release()
    from footcare_gui.ui import restart

    if restart.wanted():  # Preferences → Language → Restart now; everything is saved by now
        restart.replace_process()
    engine = sys.modules.get("footcare_gui.ui.speech_engine")
    if engine is not None and engine.threads_stuck():
        # A speech engine that never answered holds its thread; ending that thread inside the
        # engine can crash the exit. Everything of ours is saved by now: leave at once.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


BACKGROUND_OFF = QT_TRANSLATE_NOOP(
    "Application",
    "footcare-gui: the evening reminder is off (Preferences → Reminder), so there is nothing "
    "to wait for in the background.",
)


def show_at_start(options: Options, controller: AppController) -> str:
    """Show the window as the options and settings ask; "" or why the app should not run.

    ``--background`` shows no window: the tray icon (where there is a tray), the reminder or
    a second launch brings it up later.
    """
    settings = controller.settings.settings
    if options.background:
        return "" if settings.reminder else translate("Application", BACKGROUND_OFF)
    if settings.start_in_focus:
        controller.window.set_focus_mode(True)
    else:
        controller.window.show()
    return ""


def start_reminder(options: Options, controller: AppController) -> None:
    """The evening reminder, its tray icon and the login entry. Made after the first paint:
    nothing needs them sooner, and their modules (zoneinfo among them) cost start-up time."""
    from footcare_gui.ui.reminder_controller import ReminderController, login_autostart

    reminder = ReminderController(
        controller,
        autostart=login_autostart(_chosen_folder(options)),
        done_on=lambda evening: controller.history.done_on(evening),  # no reminder after one
    )
    reminder.status.connect(controller.status)


def _chosen_folder(options: Options) -> Path | None:
    """The config folder named by --config-dir or the environment, for the login entry."""
    chosen = options.config_dir or os.environ.get(ENV_VAR)
    return config_dir(options.config_dir) if chosen else None
