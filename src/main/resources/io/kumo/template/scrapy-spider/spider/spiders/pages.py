"""Follows links within START_URL's site and yields each page's title and headings."""
import os
from urllib.parse import urlparse

import scrapy

from spider.items import PageItem


class PagesSpider(scrapy.Spider):
    name = "pages"

    def start_requests(self):
        start = os.environ.get("START_URL", "")
        if not start:
            raise scrapy.exceptions.CloseSpider("Set START_URL to the page to start from")
        self.allowed_domains = [urlparse(start).hostname]
        yield scrapy.Request(start, callback=self.parse)

    def parse(self, response):
        yield PageItem(
            url=response.url,
            title=(response.css("title::text").get() or "").strip(),
            headings=[text.strip() for text in response.css("h1::text, h2::text").getall() if text.strip()],
        )
        yield from response.follow_all(css="a", callback=self.parse)
