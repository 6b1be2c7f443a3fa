#!/usr/bin/env python3
"""Convert an archive of pages with Apache Spark driving `folio batch --manifest -`.

Spark does the distribution; folio does the conversion. The driver lists the inputs, makes one
manifest line per page ({"input": …, "output": …}), and spreads the lines over partitions; each
partition pipes its lines through one `folio batch --manifest -` process, which converts them on
its own threads and answers one JSON result line per page. The driver collects the results and
prints a summary. On a cluster the same job runs unchanged with `--master yarn` (or k8s) as
long as every worker has `folio` and sees the input and output paths (a shared file system).

usage: convert_archive.py --input DIR --output DIR [--to epub] [--folio PATH]
                          [--master local[2]] [--partitions N] [--jobs-per-task N]
"""
import argparse
import json
import os
import shlex
import sys

from pyspark.sql import SparkSession


def manifest_lines(input_root, output_root, extension, readable):
    for folder, _, files in os.walk(input_root):
        for name in sorted(files):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in readable:
                continue
            source = os.path.join(folder, name)
            relative = os.path.relpath(source, input_root)
            target = os.path.join(output_root, os.path.splitext(relative)[0] + "." + extension)
            yield json.dumps({"input": os.path.abspath(source), "output": os.path.abspath(target)}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--to", default="epub", help="output format and extension (default epub)")
    parser.add_argument("--folio", default="folio", help="the folio executable on the workers")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--jobs-per-task", type=int, default=1, help="folio --jobs inside each Spark task")
    parser.add_argument("--extensions", default=".txt,.html,.htm,.json", help="input extensions to convert")
    args = parser.parse_args()

    lines = list(manifest_lines(args.input, args.output, args.to, set(args.extensions.split(","))))
    spark = SparkSession.builder.master(args.master).appName("folio-archive").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        command = f"{shlex.quote(args.folio)} batch --manifest - -t {shlex.quote(args.to)} --jobs {args.jobs_per_task}"
        results = (spark.sparkContext.parallelize(lines, max(1, min(args.partitions, len(lines) or 1)))
                   .pipe(command, checkCode=False)
                   .map(json.loads)
                   .collect())
    finally:
        spark.stop()

    failed = [r for r in results if r["status"] == "failed"]
    converted = sum(1 for r in results if r["status"] == "converted")
    skipped = sum(1 for r in results if r["status"] == "skipped")
    for record in failed:
        print(f"failed: {record['error']}", file=sys.stderr)
    print(json.dumps({"pages": len(lines), "results": len(results), "converted": converted,
                      "skipped": skipped, "failed": len(failed)}))
    sys.exit(1 if failed or len(results) != len(lines) else 0)


if __name__ == "__main__":
    main()
