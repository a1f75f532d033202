"""Benchmarks for socreport (not part of the tests): run ``python -m benchmarks.bench_extract`` and
``python -m benchmarks.bench_build`` from the project root."""
