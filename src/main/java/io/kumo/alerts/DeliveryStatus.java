package io.kumo.alerts;

/** Where one delivery stands in the delivery log. */
public enum DeliveryStatus {
    /** Waiting for its channel's lane. */
    PENDING,
    DELIVERED,
    /** Failed for now (time-out, 429, 5xx, refused); the next attempt is due at its time. */
    RETRYING,
    /** Refused for good (4xx, a vendor error code, attempts used up, expired). */
    FAILED,
    /** Not sent: the storm guard folded it into a digest, or the intake was full. */
    DROPPED,
    /** Held by quiet hours; sent in the digest at their end. */
    HELD
}
