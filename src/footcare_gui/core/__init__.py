"""The Qt-free core: zones, routines, the session engine and the settings model."""
