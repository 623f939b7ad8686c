package io.kumo.domain;

/** How the delay between retries grows: FIXED keeps it, EXPONENTIAL doubles it each attempt. */
public enum RetryBackoff {
    FIXED, EXPONENTIAL
}
