"""Build a small HTML report from a CSV, JSON or JSON lines file and send it by SMTP (standard library only).

REPORT_INPUT: the file (default: the newest *.csv, *.json or *.jsonl in OUTPUT_DIR).
REPORT_TO (comma-separated), REPORT_FROM, REPORT_SUBJECT, REPORT_MAX_ROWS (default 50).
SMTP_HOST, SMTP_PORT (default 587), SMTP_SECURITY (starttls | ssl | none, default starttls), SMTP_USER, SMTP_PASSWORD.
Keep SMTP_PASSWORD in a Kumo secret variable: runs get it, logs mask it.
"""
import csv
import datetime
import html
import json
import os
import pathlib
import smtplib
import sys
from email.message import EmailMessage

SUFFIXES = (".csv", ".json", ".jsonl")


def input_file() -> pathlib.Path:
    named = os.environ.get("REPORT_INPUT", "")
    if named:
        return pathlib.Path(named)
    folder = pathlib.Path(os.environ.get("OUTPUT_DIR", "."))
    candidates = [path for path in folder.glob("*") if path.suffix in SUFFIXES and path.is_file()]
    if not candidates:
        sys.exit(f"No report input: set REPORT_INPUT or put a CSV/JSON file in {folder}")
    return max(candidates, key=lambda path: path.stat().st_mtime)


def read_rows(path: pathlib.Path) -> list:
    with path.open(encoding="utf-8") as source:
        if path.suffix == ".csv":
            return list(csv.DictReader(source))
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in source if line.strip()]
        data = json.load(source)
        return data if isinstance(data, list) else [data]


def to_html(title: str, rows: list, max_rows: int) -> str:
    columns = list(dict.fromkeys(key for row in rows if isinstance(row, dict) for key in row))
    head = "".join(f"<th>{html.escape(str(column))}</th>" for column in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row.get(column, '')))}</td>" for column in columns) + "</tr>"
        for row in rows[:max_rows] if isinstance(row, dict))
    more = f"<p>… and {len(rows) - max_rows} more rows.</p>" if len(rows) > max_rows else ""
    return (f"<html><body><h2>{html.escape(title)}</h2><p>{len(rows)} rows.</p>"
            f"<table border='1' cellpadding='4' cellspacing='0'><tr>{head}</tr>{body}</table>{more}</body></html>")


def send(message: EmailMessage) -> None:
    host = os.environ.get("SMTP_HOST") or sys.exit("Set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD)")
    port = int(os.environ.get("SMTP_PORT", "587"))
    security = os.environ.get("SMTP_SECURITY", "starttls").lower()
    client = smtplib.SMTP_SSL(host, port, timeout=30) if security == "ssl" else smtplib.SMTP(host, port, timeout=30)
    with client:
        if security == "starttls":
            client.starttls()
        if os.environ.get("SMTP_USER"):
            client.login(os.environ["SMTP_USER"], os.environ.get("SMTP_PASSWORD", ""))
        client.send_message(message)


def main() -> int:
    recipients = [address.strip() for address in os.environ.get("REPORT_TO", "").split(",") if address.strip()]
    if not recipients:
        sys.exit("Set REPORT_TO to one or more addresses (comma-separated)")
    source = input_file()
    rows = read_rows(source)
    title = os.environ.get("REPORT_SUBJECT") or f"Report {source.name}, {datetime.date.today().isoformat()}"
    page = to_html(title, rows, int(os.environ.get("REPORT_MAX_ROWS", "50")))
    output = pathlib.Path(os.environ.get("OUTPUT_DIR", "."))
    output.mkdir(parents=True, exist_ok=True)
    (output / "report.html").write_text(page, encoding="utf-8")
    message = EmailMessage()
    message["Subject"] = title
    message["From"] = os.environ.get("REPORT_FROM") or os.environ.get("SMTP_USER") or "kumo@localhost"
    message["To"] = ", ".join(recipients)
    message.set_content(f"{title}: {len(rows)} rows. Open the HTML part to see the table.")
    message.add_alternative(page, subtype="html")
    try:
        send(message)
    except (OSError, smtplib.SMTPException) as error:
        print(f"Could not send the report: {error}", file=sys.stderr)
        return 1
    print(f"Sent {title!r} ({len(rows)} rows) to {', '.join(recipients)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
