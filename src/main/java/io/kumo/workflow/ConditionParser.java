package io.kumo.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recursive-descent parser of {@link WorkflowCondition}'s grammar; every syntax error names its column (1-based).
 *
 * <pre>
 * or         := and ('||' and)*
 * and        := unary ('&amp;&amp;' unary)*
 * unary      := '!' unary | comparison
 * comparison := operand (('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') operand)?
 * operand    := '(' or ')' | number | 'text' | "text" | true | false | STATUS | reference
 * reference  := 'steps' ('.' word | '[' text ']') '.' ('status' | 'exit_code' | 'outputs' '.' word) | 'params' '.' word
 * </pre>
 */
final class ConditionParser {

    /** Parentheses and negations deeper than this are refused (the parser recurses). */
    static final int MAX_DEPTH = 100;
    private static final Set<String> STATUSES = Set.of("WAITING", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT", "SKIPPED",
            "STOPPED", "INTERRUPTED");

    private final String text;
    private final String what;
    private int at;
    private int depth;

    private ConditionParser(String text, String what) {
        this.text = text;
        this.what = what;
    }

    /** @param what names the condition in messages ("condition", "runIf") */
    static ConditionNode parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new WorkflowFileException(what + ": empty");
        }
        ConditionParser parser = new ConditionParser(text, what);
        ConditionNode node = parser.or();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.at) + "'");
        }
        return node;
    }

    private ConditionNode or() {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " deep");
        }
        ConditionNode left = and();
        while (take("||")) {
            left = new ConditionNode.Or(left, and());
        }
        depth--;
        return left;
    }

    private ConditionNode and() {
        ConditionNode left = unary();
        while (take("&&")) {
            left = new ConditionNode.And(left, unary());
        }
        return left;
    }

    private ConditionNode unary() {
        skipSpaces();
        if (peek('!') && !peekAt(at + 1, '=')) {
            at++;
            if (++depth > MAX_DEPTH) {
                throw error("nested more than " + MAX_DEPTH + " deep");
            }
            ConditionNode not = new ConditionNode.Not(unary());
            depth--;
            return not;
        }
        return comparison();
    }

    private ConditionNode comparison() {
        ConditionNode left = operand();
        for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
            if (take(operator)) {
                return new ConditionNode.Compare(left, operator, operand());
            }
        }
        return left;
    }

    private ConditionNode operand() {
        skipSpaces();
        if (at >= text.length()) {
            throw error("expected a value, found the end");
        }
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            ConditionNode inner = or();
            expect(")");
            return inner;
        }
        if (c == '\'' || c == '"') {
            return new ConditionNode.Literal(quoted());
        }
        if (c == '-' || Character.isDigit(c)) {
            return new ConditionNode.Literal(number());
        }
        if (isWordChar(c)) {
            int start = at;
            String word = word();
            return switch (word) {
                case "true", "false" -> new ConditionNode.Literal(word);
                case "steps" -> stepReference();
                case "params" -> {
                    expect(".");
                    yield new ConditionNode.Param(word());
                }
                default -> {
                    if (STATUSES.contains(word)) {
                        yield new ConditionNode.Literal(word);
                    }
                    at = start;
                    throw error("unknown name '" + word + "'; use steps.<name>.status, steps.<name>.exit_code, "
                            + "steps.<name>.outputs.<KEY>, params.<KEY>, a status such as SUCCESS, a number or a quoted text");
                }
            };
        }
        throw error("unexpected '" + c + "'");
    }

    private ConditionNode stepReference() {
        String step;
        if (take("[")) {
            skipSpaces();
            if (!peek('\'') && !peek('"')) {
                throw error("expected a quoted step name");
            }
            step = quoted();
            expect("]");
        } else {
            expect(".");
            step = word();
        }
        expect(".");
        int start = at;
        String field = word();
        return switch (field) {
            case "status" -> new ConditionNode.StepField(step, ConditionNode.Field.STATUS, null);
            case "exit_code" -> new ConditionNode.StepField(step, ConditionNode.Field.EXIT_CODE, null);
            case "outputs" -> {
                expect(".");
                yield new ConditionNode.StepField(step, ConditionNode.Field.OUTPUT, word());
            }
            default -> {
                at = start;
                throw error("'" + field + "' is not status, exit_code or outputs");
            }
        };
    }

    private String word() {
        skipSpaces();
        int start = at;
        while (at < text.length() && isWordChar(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw error(at < text.length() ? "expected a name, found '" + text.charAt(at) + "'" : "expected a name, found the end");
        }
        return text.substring(start, at);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private String number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        int digits = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String number = text.substring(start, at);
        if (at == digits || !number.matches("-?\\d+(\\.\\d+)?")) {
            at = start;
            throw error("'" + number + "' is not a number");
        }
        return number;
    }

    private String quoted() {
        char quote = text.charAt(at);
        int start = at;
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length() && text.charAt(at) != quote) {
            if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                at++;
            }
            value.append(text.charAt(at));
            at++;
        }
        if (at >= text.length()) {
            at = start;
            throw error("the text starting here has no closing " + quote);
        }
        at++;
        return value.toString();
    }

    private void expect(String token) {
        if (!take(token)) {
            skipSpaces();
            throw error("expected '" + token + "'" + (at < text.length() ? ", found '" + text.charAt(at) + "'" : ", found the end"));
        }
    }

    private boolean take(String token) {
        skipSpaces();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return peekAt(at, c);
    }

    private boolean peekAt(int index, char c) {
        return index < text.length() && text.charAt(index) == c;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private WorkflowFileException error(String message) {
        return new WorkflowFileException(what + ": column " + (at + 1) + ": " + message);
    }

    /** The step names a parsed condition reads. */
    static List<String> stepsRead(ConditionNode node) {
        List<String> steps = new ArrayList<>();
        collect(node, steps);
        return steps;
    }

    private static void collect(ConditionNode node, List<String> steps) {
        switch (node) {
            case ConditionNode.StepField field -> steps.add(field.step());
            case ConditionNode.Not not -> collect(not.inner(), steps);
            case ConditionNode.And and -> {
                collect(and.left(), steps);
                collect(and.right(), steps);
            }
            case ConditionNode.Or or -> {
                collect(or.left(), steps);
                collect(or.right(), steps);
            }
            case ConditionNode.Compare compare -> {
                collect(compare.left(), steps);
                collect(compare.right(), steps);
            }
            case ConditionNode.Literal literal -> {
            }
            case ConditionNode.Param param -> {
            }
        }
    }
}
