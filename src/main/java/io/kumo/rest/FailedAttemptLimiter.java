package io.kumo.rest;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed attempts (bad tokens, bad trigger secrets) per client: more than {@code maxFailures} within
 * {@code window} blocks that client for {@code block}. Remembers at most {@code maxClients} clients, forgetting the
 * least recently seen first, so a flood of addresses cannot grow it without bound. An IPv6 client is its /64 prefix
 * (one subscriber's network), since one host can use any address in it. A block refuses only failing requests (see
 * {@link AccessGuard}): a client that proves a credential is served whatever its address did before.
 */
public final class FailedAttemptLimiter {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration BLOCK = Duration.ofMinutes(1);
    public static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Map<String, Client> clients;

    public FailedAttemptLimiter(Clock clock) {
        this(clock, MAX_FAILURES, WINDOW, BLOCK, MAX_CLIENTS);
    }

    public FailedAttemptLimiter(Clock clock, int maxFailures, Duration window, Duration block, int maxClients) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clients = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** How long this client must still wait, if it is blocked. */
    public synchronized Optional<Duration> blockedFor(String address) {
        String client = clientOf(address);
        Client state = clients.get(client);
        if (state == null || state.blockedUntil == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(state.blockedUntil)) {
            clients.remove(client);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.blockedUntil));
    }

    /** Notes one failed attempt; the one past the limit starts the block. */
    public synchronized void recordFailure(String address) {
        String client = clientOf(address);
        Instant now = clock.instant();
        Client state = clients.computeIfAbsent(client, c -> new Client());
        if (state.blockedUntil != null && now.isBefore(state.blockedUntil)) {
            return;
        }
        state.blockedUntil = null;
        Instant oldest = now.minus(window);
        while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(oldest)) {
            state.failures.removeFirst();
        }
        state.failures.addLast(now);
        if (state.failures.size() > maxFailures) {
            state.failures.clear();
            state.blockedUntil = now.plus(block);
        }
    }

    /** The client an address counts for: an IPv4 address itself, an IPv6 address's /64 prefix. */
    static String clientOf(String address) {
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(literal).getAddress();
            if (bytes.length != 16) {
                return InetAddress.ofLiteral(literal).getHostAddress(); // an IPv4-mapped address
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (IllegalArgumentException e) {
            return literal;
        }
    }

    /** How many clients it remembers now. */
    synchronized int clientsRemembered() {
        return clients.size();
    }

    private static final class Client {
        private final ArrayDeque<Instant> failures = new ArrayDeque<>();
        private Instant blockedUntil;
    }
}
