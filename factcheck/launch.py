"""The `factcheck` command's entry point.

`factcheck --version` is answered before the command-line library is imported, so it starts
in the time Python itself takes; everything else goes to `factcheck.cli`, which imports
what each command needs only when it runs.
"""

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from factcheck import __version__

        print(f"factcheck {__version__}")
        return
    from factcheck.cli import main as run

    run()
