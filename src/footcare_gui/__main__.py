"""Allow ``python -m footcare_gui``."""

from footcare_gui.app import main

raise SystemExit(main())
