package io.kumo.instance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockHolderTest {

    @Test
    void holderReadsBackWhatItWrote() {
        LockHolder command = new LockHolder(LockHolder.Role.COMMAND, 4242);
        assertThat(command.format()).isEqualTo("command 4242");
        assertThat(LockHolder.parse(command.format())).contains(command);
        assertThat(LockHolder.parse("instance 7\n")).contains(new LockHolder(LockHolder.Role.INSTANCE, 7));
    }

    @Test
    void barePidWrittenByAnEarlierKumoIsAnInstance() {
        assertThat(LockHolder.parse("1234")).contains(new LockHolder(LockHolder.Role.INSTANCE, 1234));
    }

    @Test
    void emptyOrGarbledFileNamesNoHolder() {
        assertThat(LockHolder.parse("")).isEmpty();
        assertThat(LockHolder.parse("command")).isEmpty();
        assertThat(LockHolder.parse("daemon 12")).isEmpty();
        assertThat(LockHolder.parse("command x")).isEmpty();
    }
}
