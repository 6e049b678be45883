#!/usr/bin/python3
"""Entente's map step on a Dask cluster, reduced with `npm run merge`.

    /usr/bin/python3 scripts/dask_extract.py <folder | shards.ndjson…> -o graph.json
        [--scheduler tcp://host:8786 | --local-workers 2] [--files-per-partition 200]

A folder is split into partitions of files (ids stay relative to the folder: --relative-to);
each NDJSON shard is one partition, sent to the worker on stdin. Every partition runs
`extract … --claims - --jobs 1` on a worker; the client writes each partition's claims to a
temporary file as it completes and merges them all. The graph is byte-identical to a local run.

Workers need Node and this repository (with node_modules) at the same path as the client, and,
for folders, the documents on a shared file system. Without --scheduler a local cluster of
--local-workers processes is started on 127.0.0.1 only (no dashboard).
"""

import argparse
import os
import subprocess
import sys
import tempfile

from distributed import Client, LocalCluster, as_completed

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_EXT = (".txt", ".html", ".htm", ".md", ".markdown")
NDJSON_EXT = (".ndjson", ".jsonl")


def tsx(script):
    return ["node", "--import", "tsx", script]


def map_partition(repo, args, stdin_path):
    """Runs the extract CLI on one partition; returns (claims NDJSON bytes, stderr text, exit code)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        r = subprocess.run(
            tsx("extract/cli.ts") + args + ["--claims", "-", "-q", "--jobs", "1"],
            cwd=repo,
            stdin=stdin,
            capture_output=True,
        )
    finally:
        if stdin_path:
            stdin.close()
    return r.stdout, r.stderr.decode("utf-8", "replace"), r.returncode


def partitions(inputs, per_partition):
    """Yields (argument list, file for stdin or None) per partition."""
    for path in inputs:
        path = os.path.abspath(path)
        if os.path.isdir(path):
            files = []
            for root, dirs, names in os.walk(path, followlinks=True):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files += [os.path.join(root, n) for n in names if not n.startswith(".") and n.lower().endswith(DOC_EXT + NDJSON_EXT)]
            files.sort()
            for i in range(0, len(files), per_partition):
                yield ["--relative-to", path] + files[i : i + per_partition], None
        elif path.lower().endswith(NDJSON_EXT):
            yield ["-"], path
        else:
            yield [path], None


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("inputs", nargs="+", help="a folder of documents, or documents NDJSON shards")
    p.add_argument("-o", "--output", required=True, help="graph.json to write")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    p.add_argument("--local-workers", type=int, default=2, help="worker processes of the local cluster")
    p.add_argument("--files-per-partition", type=int, default=200)
    a = p.parse_args(argv)

    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=a.local_workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None,
        )
        client = Client(cluster)
    parts = list(partitions(a.inputs, a.files_per_partition))
    futures = [client.submit(map_partition, REPO, args, stdin, pure=False) for args, stdin in parts]
    status = 0
    with tempfile.TemporaryDirectory(prefix="entente-dask-") as tmp:
        claim_files = []
        for i, (future, (out, err, code)) in enumerate(as_completed(futures, with_results=True)):
            if err:
                sys.stderr.write(err)
            if code not in (0, 2):
                sys.stderr.write(f"entente: a partition failed (exit {code}); its documents are left out\n")
                status = 2
                continue
            status = max(status, code)
            f = os.path.join(tmp, f"part-{i:05d}.ndjson")
            with open(f, "wb") as fh:
                fh.write(out)
            claim_files.append(f)
            future.release()
        client.close()
        if not a.scheduler:
            cluster.close()
        if not claim_files:
            sys.stderr.write("entente: nothing could be extracted: no output written.\n")
            return 1
        r = subprocess.run(tsx("extract/merge.ts") + sorted(claim_files) + ["-o", os.path.abspath(a.output), "-q"], cwd=REPO)
    return r.returncode if r.returncode != 0 else status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
