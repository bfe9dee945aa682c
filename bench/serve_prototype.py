"""`diplograph ... serve` with the view built by bench/prototype_view.py: only to measure the recommended fix.

The server is diplograph's own (CLI, app, routes, view cache); only graph.view.build_view, which the
view cache calls, is replaced for this process. Used by bench_http.py --prototype-view.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prototype_view import build_view_deduplicated  # noqa: E402

from diplograph.graph import view  # noqa: E402

view.build_view = build_view_deduplicated  # type: ignore[assignment]

from diplograph.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
