"""An ingest killed at any moment (SIGKILL: no cleanup runs) leaves a whole database,
and running it again ends exactly where an uninterrupted run ends."""

import os
import random
import signal
import subprocess
import time

import pytest

from store_support import assert_same_dump, canonical_dump, check_consistent, cli_env, ingest_command, run_ingest  # noqa: F401

KILLS = int(os.environ.get("COMMUNIQUE_KILLS", 20))
SEED = 20260311
TIME_BUDGET = 120.0  # seconds for the kill loop
STORED = 1915  # posts of the MFA channel and the White House readouts, repeats stored once


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_ingests_lose_and_repeat_nothing(tmp_path, corpus, cli_env):
    paths = [corpus["mfa"], corpus["whitehouse"]]
    reference_db = tmp_path / "reference.db"
    reference = subprocess.Popen(ingest_command(reference_db, paths), env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    rng = random.Random(SEED)
    kills, growing, rounds, counts = 0, 0, 1, [0]
    db = tmp_path / "killed-1.db"
    deadline = time.monotonic() + TIME_BUDGET
    stretch = 1.0  # on a slow or busy machine start-up takes longer: kills that keep landing before any post is added wait longer
    while (kills < KILLS or growing < KILLS // 3) and time.monotonic() < deadline:
        # Some kills land during start-up and migrations, the rest anywhere in the run.
        delay = rng.uniform(0.05, 0.8) if rng.random() < 0.2 else rng.uniform(0.3, 4.5) * stretch
        proc = subprocess.Popen(ingest_command(db, paths, batch_size=rng.choice([1, 3, 7, 20])),
                                env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        _, err = proc.communicate()
        assert proc.returncode in (0, -signal.SIGKILL), err.decode()
        count = check_consistent(db)
        assert count >= counts[-1], "a killed ingest lost posts that an earlier run had committed"
        growing += count > counts[-1]
        stretch = 1.0 if count > counts[-1] else min(stretch * 1.3, 4.0)
        counts.append(count)
        if count == STORED:  # this database is complete: check it, then kill ingests into a new one
            assert reference.wait(timeout=120) == 0, reference.stderr.read().decode()
            assert_same_dump(canonical_dump(db), canonical_dump(reference_db))
            rounds += 1
            db, counts = tmp_path / f"killed-{rounds}.db", [0]
    print(f"{kills} kills survived in {rounds} databases, {growing} while posts were being added")
    assert kills >= KILLS, f"only {kills} kills in {TIME_BUDGET}s"
    assert growing >= KILLS // 3, "too few kills landed while posts were being added"

    run_ingest(db, paths, cli_env)
    assert reference.wait(timeout=120) == 0, reference.stderr.read().decode()
    assert check_consistent(db) == check_consistent(reference_db) == STORED
    assert_same_dump(canonical_dump(db), canonical_dump(reference_db))
