"""Fuzz claim.json parsing, the bundle loader and every reader for as long as asked (``make fuzz``).

    python tools/fuzz.py [--minutes N] [--examples N]

Runs the property tests of tests/test_fuzz.py again and again, each round with a new random seed and
many more examples than `make test` runs, until the time is up. The first failure stops it and
prints the smallest input Hypothesis found (add it to tests/test_hostile.py as a regression case).
Exit status 0 when every round passed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    parser.add_argument("--examples", type=int, default=2000, help="examples per target per round (default 2000)")
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    env = {**os.environ, "POE_FUZZ_EXAMPLES": str(args.examples), "QT_QPA_PLATFORM": "offscreen"}
    rounds = 0
    while time.monotonic() < deadline:
        seed = random.randrange(2**32)
        rounds += 1
        print(f"round {rounds}: seed {seed}", flush=True)
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--hypothesis-seed={seed}",
             "tests/test_fuzz.py"],
            cwd=REPO, env=env,
        )  # fmt: skip
        if done.returncode != 0:
            print(f"fuzz: round {rounds} (seed {seed}) found a failure; rerun it with --hypothesis-seed={seed}")
            return 1
    print(f"fuzz: {rounds} round(s), {args.minutes:g} minute(s), no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
