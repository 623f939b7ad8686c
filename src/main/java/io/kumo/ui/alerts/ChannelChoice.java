package io.kumo.ui.alerts;

/** A channel in a filter's list: picked by id (its delivery lines follow it through a rename), shown by name. */
public record ChannelChoice(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
