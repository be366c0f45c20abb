import sys

from claimwatch.cli import main

sys.exit(main())
