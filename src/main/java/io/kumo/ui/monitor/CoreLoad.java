package io.kumo.ui.monitor;

/** One logical processor's use since the previous sample, in percent. */
public record CoreLoad(int index, double percent) {
}
