package io.kumo.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {

    private final PythonHighlighter highlighter = new PythonHighlighter();

    /** "style:text" for every styled stretch, in order. */
    private List<String> tokens(String code) {
        StyleSpans<Collection<String>> spans = highlighter.compute(code);
        assertThat(spans.length()).isEqualTo(code.length());
        List<String> tokens = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty() && span.getLength() > 0) {
                tokens.add(String.join("+", span.getStyle()) + ":" + code.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return tokens;
    }

    @Test
    void coloursKeywordsBuiltinsDefinitionsAndNumbers() {
        assertThat(tokens("def crawl(n):\n    return len(range(n)) + 0x1F + 3.5e-2\n")).containsExactly(
                "keyword:def", "definition:crawl", "keyword:return", "builtin:len", "builtin:range", "number:0x1F", "number:3.5e-2");
    }

    @Test
    void leavesKeywordsInsideIdentifiersAndAttributesAlone() {
        assertThat(tokens("import_path = obj.print + classic\nx1 = re.match(y)\n")).isEmpty();
    }

    @Test
    void commentsRunToTheEndOfTheLineButNotInsideStrings() {
        assertThat(tokens("x = '# not a comment'  # a comment\n")).containsExactly("string:'# not a comment'", "comment:# a comment");
    }

    @Test
    void tripleQuotedStringsSpanLinesAndHideWhatLooksLikeCode() {
        assertThat(tokens("s = \"\"\"first\nimport os\n\"\"\"\nclass A: pass\n")).containsExactly(
                "string:\"\"\"first\nimport os\n\"\"\"", "keyword:class", "definition:A", "keyword:pass");
    }

    @Test
    void anUnterminatedTripleQuotedStringColoursToTheEnd() {
        assertThat(tokens("x = '''open\nstill open")).containsExactly("string:'''open\nstill open");
    }

    @Test
    void prefixedStringsIncludeTheirPrefix() {
        assertThat(tokens("a = rb'\\d' + b\"x\"\n")).containsExactly("string:rb'\\d'", "string:b\"x\"");
    }

    @Test
    void fStringFieldsAreColouredApartFromTheLiteralButDoubledBracesAreNot() {
        assertThat(tokens("msg = f\"{{x}} {name!r:>10} done\"\n")).containsExactly(
                "string:f\"{{x}} ", "interpolation:{name!r:>10}", "string: done\"");
    }

    @Test
    void decoratorsAreColouredButMatrixMultiplicationIsNot() {
        assertThat(tokens("@app.route('/x')\ndef f(): return a@b\n")).containsExactly(
                "decorator:@app.route", "string:'/x'", "keyword:def", "definition:f", "keyword:return");
    }

    @Test
    void emptyTextHasOneEmptySpan() {
        assertThat(highlighter.compute("").length()).isZero();
    }
}
