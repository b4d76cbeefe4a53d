"""footcare-gui: a guided, hands-free evening foot-reflexology self-massage timer."""

__version__ = "0.1.0"
APP_NAME = "footcare-gui"
