package io.kumo.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The long requests (log streams) open on one server: at most {@link #MAX_PER_TOKEN} per token (429 past it); each is
 * ended (its request thread interrupted, which ends a log follow at its next poll) when its token no longer
 * authenticates at a {@link #recheck()}, and all of them when the server stops.
 */
final class LiveStreams {

    static final int MAX_PER_TOKEN = 16;

    private final int maxPerToken;
    private final Map<Thread, Stream> open = new HashMap<>();
    private boolean closed;

    LiveStreams(int maxPerToken) {
        this.maxPerToken = maxPerToken;
    }

    /** A stream open in the current thread. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private record Stream(Thread thread, long tokenId, BooleanSupplier stillAllowed) {
    }

    /**
     * Registers the current thread's stream for token {@code tokenId}.
     *
     * @throws ApiException 429 when the token has its maximum open, 503 once the server stops
     */
    synchronized Registration open(long tokenId, BooleanSupplier stillAllowed) {
        if (closed) {
            throw new ApiException(503, "the REST API is stopping");
        }
        long ofToken = open.values().stream().filter(stream -> stream.tokenId() == tokenId).count();
        if (ofToken >= maxPerToken) {
            throw new ApiException(429, "this token already has " + maxPerToken + " log streams open; close one first");
        }
        Thread thread = Thread.currentThread();
        open.put(thread, new Stream(thread, tokenId, stillAllowed));
        return () -> {
            synchronized (LiveStreams.this) {
                open.remove(thread);
            }
        };
    }

    /** Ends the streams whose token was revoked or expired since they opened. */
    void recheck() {
        List<Stream> streams;
        synchronized (this) {
            streams = new ArrayList<>(open.values());
        }
        for (Stream stream : streams) {
            if (!stream.stillAllowed().getAsBoolean()) {
                synchronized (this) {
                    if (open.remove(stream.thread()) != null) {
                        stream.thread().interrupt();
                    }
                }
            }
        }
    }

    /** Ends every stream and refuses new ones. */
    synchronized void closeAll() {
        closed = true;
        open.keySet().forEach(Thread::interrupt);
        open.clear();
    }

    synchronized int count() {
        return open.size();
    }
}
