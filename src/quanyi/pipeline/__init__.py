"""Whole runs: the build with its safe swap into site/, the live preview, the benchmarks."""
