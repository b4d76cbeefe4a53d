"""The Qt user interface: widgets built in code on top of the Qt-free core."""
