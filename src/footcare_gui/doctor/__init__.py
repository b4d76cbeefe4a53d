"""First-start checks and ``footcare-gui --doctor``.

``preflight`` runs before Qt is imported and must stay cheap; the report (``report``) may take
its time. Nothing is imported here, so ``import footcare_gui.doctor.preflight`` stays small.
"""

from __future__ import annotations


def report_text(config_dir: str | None = None) -> str:
    """The ``--doctor`` report as plain text, e.g. for "Copy system information".

    Call it from the running app (a QApplication exists): the platform line then describes
    the running session instead of starting a test process.
    """
    from footcare_gui.doctor.report import collect, render_text

    return render_text(collect(config_dir))
