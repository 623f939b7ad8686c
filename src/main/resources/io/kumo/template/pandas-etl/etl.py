"""Load a CSV into SQLite with pandas: clean it, keep the rows, and write a summary per group.

Usage: python etl.py [CSV]       (or set ETL_INPUT)
Optional: ETL_TABLE (default "rows"), ETL_GROUP_BY and ETL_SUM (column names, after cleaning) for the summary,
ETL_DATABASE (file name in OUTPUT_DIR, default etl.sqlite).
"""
import os
import pathlib
import re
import sqlite3
import sys

import pandas as pd


def clean_name(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(name).strip().lower()).strip("_") or "column"


def extract(path: pathlib.Path) -> pd.DataFrame:
    if not path.is_file():
        sys.exit(f"No CSV at {path}: pass one as the first argument or set ETL_INPUT")
    return pd.read_csv(path)


def transform(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.dropna(how="all").rename(columns=clean_name)
    for column in frame.columns:
        if column.endswith("date"):
            frame[column] = pd.to_datetime(frame[column], errors="coerce").dt.date.astype(str)
    return frame.drop_duplicates()


def summarise(frame: pd.DataFrame, group_by: str, total: str) -> pd.DataFrame | None:
    if not group_by or group_by not in frame.columns:
        return None
    summary = frame.groupby(group_by).agg(rows=(group_by, "size"))
    if total in frame.columns:
        summary[f"total_{total}"] = frame.groupby(group_by)[total].sum().round(2)
    return summary.reset_index()


def load(frames: dict, database: pathlib.Path) -> None:
    database.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(database) as connection:
        for table, frame in frames.items():
            frame.to_sql(table, connection, if_exists="replace", index=False)


def main() -> int:
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ETL_INPUT", "input.csv"))
    output = pathlib.Path(os.environ.get("OUTPUT_DIR", ".")) / os.environ.get("ETL_DATABASE", "etl.sqlite")
    rows = transform(extract(source))
    frames = {os.environ.get("ETL_TABLE", "rows"): rows}
    summary = summarise(rows, os.environ.get("ETL_GROUP_BY", ""), os.environ.get("ETL_SUM", ""))
    if summary is not None:
        frames["summary"] = summary
    load(frames, output)
    print(f"{len(rows)} rows from {source} -> {output} (tables: {', '.join(frames)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
