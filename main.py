"""Start the programme designer: ``python main.py`` opens the window, ``python main.py VERB`` runs a command."""

import sys

from designer.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
