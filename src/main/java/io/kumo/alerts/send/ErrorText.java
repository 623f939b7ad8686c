package io.kumo.alerts.send;

import io.kumo.alerts.ChannelUrl;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Base64;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** One line saying why a delivery failed, with every secret of the channel masked. */
public final class ErrorText {

    private static final int ANSWER_CHARS = 300;

    private ErrorText() {
    }

    /** "connection refused (127.0.0.1:8089)", "no answer in time (hooks.slack.com)"… — JDK messages are often null. */
    public static String of(Throwable failure, String where) {
        String what = switch (failure) {
            case ConnectException ignored -> "connection refused";
            case HttpConnectTimeoutException ignored -> "could not connect in time";
            case HttpTimeoutException ignored -> "no answer in time";
            case java.net.SocketTimeoutException ignored -> "no answer in time";
            case UnknownHostException ignored -> "unknown host";
            case javax.net.ssl.SSLException ssl -> "TLS failed: " + firstLine(ssl.getMessage());
            default -> failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()));
        };
        return what + " (" + where + ")";
    }

    /** "HTTP 400: invalid_payload" — the status and the start of the answer on one line; a proxy's 407 in words. */
    public static String answer(int status, String body) {
        if (status == 407) { // the proxy's page is not shown: it may repeat the proxy's address
            return "HTTP 407: the proxy asks for a login Kumo could not give (see the proxy settings)";
        }
        String text = oneLine(body);
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
    }

    /** A server's text on one line (every run of white space one space), cut to a few hundred characters. */
    static String oneLine(String text) {
        return text == null ? "" : ByteCut.chars(text.replaceAll("\\s+", " ").strip(), ANSWER_CHARS);
    }

    /** The text with each secret (plain, percent-encoded, and Base64 of {@code user:password} pairs given as such) masked. */
    public static String mask(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        List<String> all = new ArrayList<>(secrets);
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                all.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return ChannelUrl.mask(text, all);
    }

    /** The first line of a (JDK's, mail server's) message, stripped; "" for none. */
    static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int newline = line.indexOf('\n');
        return (newline < 0 ? line : line.substring(0, newline)).strip();
    }
}
