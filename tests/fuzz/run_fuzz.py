#!/usr/bin/python3
"""Runs each libFuzzer target of tests/fuzz for a given time (issue 13).

  run_fuzz.py --bin build-fuzz/tests/fuzz --seconds 60 [--targets fuzz_record,...]

The seeds are the demo store's records (records/) for the loader, the round
trip and school.yaml, and tests/fuzz/seeds/datetime for the date and time
parsers. What a run adds to the corpus is kept in --corpus (default: beside
the binaries, corpus/<target>), so that each run starts where the last one
stopped; an input that makes a target fail is saved in findings/ there, and
the run exits 1 naming it. --summary FILE writes the figures as JSON.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
RECORDS = os.path.join(SOURCE, "records")

# target: (seed files, longest input)
TARGETS = {
    "fuzz_record": (lambda: glob.glob(os.path.join(RECORDS, "**", "*.yaml"), recursive=True),
                    16384),
    "fuzz_school": (lambda: [os.path.join(RECORDS, "school.yaml")], 16384),
    "fuzz_datetime": (lambda: glob.glob(os.path.join(HERE, "seeds", "datetime", "*")), 64),
    "fuzz_roundtrip": (lambda: glob.glob(os.path.join(RECORDS, "**", "*.yaml"), recursive=True),
                       16384),
}


def stat(log, name):
    found = re.findall(r"^stat::%s:\s+(\d+)" % name, log, re.M)
    return int(found[-1]) if found else None


def run(target, binary, seconds, corpus, findings, seeds):
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(findings, exist_ok=True)
    seed_dir = tempfile.mkdtemp(prefix=f"parentdesk-{target}-seeds-")
    try:
        for n, seed in enumerate(sorted(seeds())):
            shutil.copy(seed, os.path.join(seed_dir, f"{n:04}-{os.path.basename(seed)}"))
        _, max_len = TARGETS[target]
        command = [binary, f"-max_total_time={seconds}", "-timeout=10", "-rss_limit_mb=2048",
                   f"-max_len={max_len}", "-print_final_stats=1",
                   f"-artifact_prefix={findings}/{target}-", corpus, seed_dir]
        if target != "fuzz_datetime":
            command.insert(1, f"-dict={os.path.join(HERE, 'yaml.dict')}")
        started = time.monotonic()
        proc = subprocess.run(command, capture_output=True, text=True, errors="replace",
                              timeout=seconds + 300)
        elapsed = time.monotonic() - started
    finally:
        shutil.rmtree(seed_dir, ignore_errors=True)
    log = proc.stderr
    with open(os.path.join(os.path.dirname(corpus), f"{target}.log"), "w") as f:
        f.write(log)
    return {
        "target": target,
        "seconds": round(elapsed),
        "inputs": stat(log, "number_of_executed_units"),
        "per_second": stat(log, "average_exec_per_sec"),
        "new": stat(log, "new_units_added"),
        "corpus": len(os.listdir(corpus)),
        "exit": proc.returncode,
        "findings": sorted(glob.glob(os.path.join(findings, f"{target}-*"))),
        "tail": "\n".join(log.splitlines()[-40:]) if proc.returncode else "",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True, help="the directory of the fuzz targets")
    parser.add_argument("--seconds", type=int, default=60, help="per target")
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--corpus", help="where the grown corpora are kept")
    parser.add_argument("--summary", help="write the figures as JSON here")
    options = parser.parse_args()

    keep = options.corpus or os.path.join(options.bin, "corpus")
    results = []
    for target in options.targets.split(","):
        if target not in TARGETS:
            print(f"run_fuzz: no target {target!r}; the targets: {', '.join(TARGETS)}")
            return 2
        binary = os.path.join(options.bin, target)
        if not os.access(binary, os.X_OK):
            print(f"run_fuzz: {binary} is not built (make fuzz builds it)")
            return 2
        result = run(target, binary, options.seconds, os.path.join(keep, target),
                     os.path.join(keep, "findings"), TARGETS[target][0])
        results.append(result)
        outcome = "no findings" if result["exit"] == 0 else f"FAILED (exit {result['exit']})"
        print(f"{target:15} {result['inputs'] or 0:>10} inputs in {result['seconds']:>3} s "
              f"({result['per_second'] or 0}/s), corpus {result['corpus']}, {outcome}",
              flush=True)
        if result["exit"]:
            print(result["tail"])
            for finding in result["findings"]:
                print(f"    input saved: {finding}")
    if options.summary:
        with open(options.summary, "w") as f:
            json.dump(results, f, indent=1)
    return 1 if any(r["exit"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
