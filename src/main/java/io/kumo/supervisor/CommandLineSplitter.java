package io.kumo.supervisor;

import io.kumo.common.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into argv the way a POSIX shell would for plain words: whitespace separates, single quotes
 * keep everything literally, double quotes keep spaces and honour backslash before {@code " \ $ `}, a backslash
 * outside quotes escapes the next character. No expansion of variables, globs or pipes: that needs the shell flag.
 */
public final class CommandLineSplitter {

    private CommandLineSplitter() {
    }

    public static List<String> split(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int length = commandLine.length();
        while (i < length) {
            char c = commandLine.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = commandLine.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new ValidationException("command: a single quote is not closed");
                }
                word.append(commandLine, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(commandLine, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= length) {
                    throw new ValidationException("command: a backslash ends the line with nothing to escape");
                }
                word.append(commandLine.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new ValidationException("command: must not be empty");
        }
        return words;
    }

    /** Reads up to the closing double quote; returns the index after it. */
    private static int readDoubleQuoted(String text, int start, StringBuilder word) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new ValidationException("command: a double quote is not closed");
    }
}
