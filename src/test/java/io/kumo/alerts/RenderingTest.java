package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderingTest {

    private static final String HOSTILE = "@all <!channel> [x](http://evil) `tick` <b>bold</b> **loud** # head";

    @Test
    void htmlEscapesRawHtmlAndKeepsFencedCode() {
        String html = Rendering.html("Hello <script>alert(1)</script>\n\n```\nls -l\n```\n");

        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(html).contains("<pre><code>ls -l\n</code></pre>");
    }

    @Test
    void htmlDropsUnsafeLinkTargets() {
        assertThat(Rendering.html("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void slackMrkdwnTurnsMarkdownIntoSlackMarkup() {
        String slack = Rendering.slackMrkdwn("# Title\n\n**bold** and *it* see [docs](https://example.com/a|b)\n\n`a<b`");

        assertThat(slack).isEqualTo("*Title*\n\n*bold* and _it_ see <https://example.com/a%7Cb|docs>\n\n`a&lt;b`");
    }

    @Test
    void slackMrkdwnKeepsFencedCodeAndEscapesEntities() {
        assertThat(Rendering.slackMrkdwn("Tom & Jerry\n\n```\nif a < b\n```"))
                .isEqualTo("Tom &amp; Jerry\n\n```\nif a &lt; b\n```");
    }

    @Test
    void slackMrkdwnWritesListsWithBullets() {
        assertThat(Rendering.slackMrkdwn("- one\n- two")).isEqualTo("• one\n• two");
    }

    @Test
    void telegramHtmlKeepsOnlyItsTags() {
        String telegram = Rendering.telegramHtml("## Head\n\n**b** *i* `c` [l](https://x.org) <u>u</u>\n\n```\n<pre>\n```");

        assertThat(telegram).isEqualTo("<b>Head</b>\n\n<b>b</b> <i>i</i> <code>c</code> <a href=\"https://x.org\">l</a> "
                + "&lt;u&gt;u&lt;/u&gt;\n\n<pre>&lt;pre&gt;</pre>");
    }

    @Test
    void plainTextDropsMarkupAndKeepsFencedBlockOnItsOwnLines() {
        String plain = Rendering.plainText("**Status:** FAILED\nlast lines:\n\n```\nPermission denied\n```\n\n[Docs](https://d.org)");

        assertThat(plain).isEqualTo("Status: FAILED\nlast lines:\n\nPermission denied\n\nDocs (https://d.org)");
    }

    @Test
    void linksToOtherSchemesKeepOnlyTheirText() {
        assertThat(Rendering.slackMrkdwn("[run](kumo://run/5)")).isEqualTo("run");
        assertThat(Rendering.telegramHtml("[run](javascript:alert(1))")).isEqualTo("run");
    }

    @Test
    void escapedValueAddsNoMentionLinkOrTagInAnyRendering() {
        String markdown = "Error: " + Rendering.escape(HOSTILE);

        assertThat(Rendering.slackMrkdwn(markdown)).doesNotContain("<!channel>", "<http", "|x>").contains("&lt;!channel&gt;");
        assertThat(Rendering.telegramHtml(markdown)).doesNotContain("<a ", "<b>", "<code>").contains("&lt;b&gt;");
        assertThat(Rendering.html(markdown)).doesNotContain("<a ", "<b>", "<code>", "<strong>", "<h1>");
        assertThat(Rendering.plainText(markdown)).isEqualTo("Error: " + HOSTILE);
    }

    @Test
    void escapeBackslashesMentionsAndMarkdownPunctuation() {
        assertThat(Rendering.escape("@all *x* <!here>")).isEqualTo("\\@all \\*x\\* \\<\\!here\\>");
    }

    @Test
    void escapeNeutralisesLineStartMarkers() {
        String markdown = "x\n\n" + Rendering.escape("- item\n1. first\n  2) second\n    code\n===");

        assertThat(Rendering.html(markdown)).doesNotContain("<li>", "<ol>", "<pre>", "<h1>");
    }

    @Test
    void escapeOfNullIsEmpty() {
        assertThat(Rendering.escape(null)).isEmpty();
    }
}
