"""The app as a desktop citizen: menu entry, icons and login entry, written and removed
through a manifest so that nothing the app did not write is ever touched (no Qt)."""
