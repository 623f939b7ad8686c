package io.kumo.ui.workflows.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Simple YAML colouring as RichTextFX style spans: keys, quoted strings, comments and numbers. Pure. */
final class YamlHighlighter {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>(?:^|(?<=\\s))#[^\\n]*)"
            + "|(?<KEY>(?<=^|\\n)[ \\t]*(?:- )?[A-Za-z_][\\w.-]*(?=:(?:\\s|$)))"
            + "|(?<STRING>\"(?:\\\\.|[^\"\\\\\\n])*\"?|'[^'\\n]*'?)"
            + "|(?<NUMBER>(?<=[:\\s\\[,])\\d+(?:\\.\\d+)?(?=\\s|$|,|]))", Pattern.MULTILINE);

    private YamlHighlighter() {
    }

    static StyleSpans<Collection<String>> compute(String text) {
        Matcher matcher = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String style = matcher.group("COMMENT") != null ? "comment"
                    : matcher.group("KEY") != null ? "keyword"
                    : matcher.group("STRING") != null ? "string" : "number";
            spans.add(List.of(), matcher.start() - last);
            spans.add(List.of(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }
}
