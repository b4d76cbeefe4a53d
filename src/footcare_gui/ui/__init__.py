"""The Qt layer: widgets, views and controllers."""
