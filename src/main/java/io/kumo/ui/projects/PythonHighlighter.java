package io.kumo.ui.projects;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Python syntax colouring as RichTextFX style spans: keywords, builtins, definitions, strings (prefixed, triple-quoted,
 * f-strings with their {@code {fields}}), comments, numbers and decorators. One regular-expression pass; pure and
 * thread-safe, so it runs off the FX thread.
 */
public final class PythonHighlighter {

    public static final String KEYWORD = "keyword";
    public static final String BUILTIN = "builtin";
    public static final String DEFINITION = "definition";
    public static final String STRING = "string";
    public static final String INTERPOLATION = "interpolation";
    public static final String COMMENT = "comment";
    public static final String NUMBER = "number";
    public static final String DECORATOR = "decorator";

    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    private static final String[] BUILTINS = {"abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint",
        "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
        "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
        "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
        "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr",
        "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
        "vars", "zip", "__import__", "self", "cls", "Exception", "BaseException", "ValueError", "TypeError", "KeyError",
        "IndexError", "AttributeError", "RuntimeError", "OSError", "IOError", "StopIteration", "NotImplementedError",
        "ImportError", "FileNotFoundError", "ZeroDivisionError", "NotImplemented", "Ellipsis", "__name__", "__file__"};

    private static final String STRING_BODY = "(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)"
            + "|\"(?:\\\\.|[^\"\\\\\\n])*(?:\"|$)|'(?:\\\\.|[^'\\\\\\n])*(?:'|$))";
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
                    + "|(?<STRING>\\b(?<PREFIX>[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?" + STRING_BODY + "|" + STRING_BODY + ")"
                    + "|(?<DECORATOR>(?<![\\w)\\]])@[A-Za-z_][\\w.]*)"
                    + "|(?<DEFINITION>(?<=\\b(?:def|class)[ \\t])[A-Za-z_]\\w*)"
                    + "|(?<KEYWORD>(?<!\\.)\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<BUILTIN>(?<!\\.)\\b(?:" + String.join("|", BUILTINS) + ")\\b)"
                    + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\\d[\\d_]*(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?[jJ]?)"
                    + "|(?<![\\w.])\\.\\d[\\d_]*(?:[eE][+-]?\\d+)?[jJ]?)",
            Pattern.MULTILINE);
    private static final Pattern FIELD = Pattern.compile("\\{\\{|}}|\\{[^{}\\n]*}");

    /** Style spans covering all of {@code text}; unstyled stretches get no class. */
    public StyleSpans<Collection<String>> compute(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = TOKENS.matcher(text);
        int last = 0;
        while (matcher.find()) {
            spans.add(List.of(), matcher.start() - last);
            String prefix = matcher.group("PREFIX");
            if (matcher.group("STRING") != null && prefix != null && prefix.toLowerCase(java.util.Locale.ROOT).contains("f")) {
                addFString(spans, matcher.group());
            } else {
                spans.add(List.of(styleOf(matcher)), matcher.end() - matcher.start());
            }
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static String styleOf(Matcher matcher) {
        if (matcher.group("COMMENT") != null) {
            return COMMENT;
        } else if (matcher.group("STRING") != null) {
            return STRING;
        } else if (matcher.group("DECORATOR") != null) {
            return DECORATOR;
        } else if (matcher.group("DEFINITION") != null) {
            return DEFINITION;
        } else if (matcher.group("KEYWORD") != null) {
            return KEYWORD;
        } else if (matcher.group("BUILTIN") != null) {
            return BUILTIN;
        }
        return NUMBER;
    }

    /** An f-string: the literal parts as a string, each {@code {field}} (not {@code {{}) as an interpolation. */
    private static void addFString(StyleSpansBuilder<Collection<String>> spans, String literal) {
        Matcher field = FIELD.matcher(literal);
        int last = 0;
        while (field.find()) {
            if (field.group().equals("{{") || field.group().equals("}}")) {
                continue;
            }
            spans.add(List.of(STRING), field.start() - last);
            spans.add(List.of(INTERPOLATION), field.end() - field.start());
            last = field.end();
        }
        spans.add(List.of(STRING), literal.length() - last);
    }
}
