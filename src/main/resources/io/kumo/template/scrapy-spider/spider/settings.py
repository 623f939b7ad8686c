"""Scrapy settings: polite crawling, items as JSON lines in Kumo's OUTPUT_DIR."""
import os
import pathlib

BOT_NAME = "spider"
SPIDER_MODULES = ["spider.spiders"]
NEWSPIDER_MODULE = "spider.spiders"

ROBOTSTXT_OBEY = os.environ.get("OBEY_ROBOTS", "1") != "0"
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = float(os.environ.get("DOWNLOAD_DELAY", "0.5"))
AUTOTHROTTLE_ENABLED = True
CLOSESPIDER_PAGECOUNT = int(os.environ.get("MAX_PAGES", "50"))
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

FEEDS = {
    pathlib.Path(os.environ.get("OUTPUT_DIR", ".")).joinpath("items.jsonl").as_uri(): {
        "format": "jsonlines", "encoding": "utf8", "overwrite": True,
    },
}
