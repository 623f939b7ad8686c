package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LogFileConfiguratorTest {

    @TempDir
    Path logs;

    @Test
    void infoAndAboveGoToKumoLogWhileLibraryChatterStaysBelowWarn() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // logback's provider sets one in the app
        LogFileConfigurator.logTo(context, logs);

        context.getLogger("io.kumo.Something").info("core started on {}", "/data");
        context.getLogger("io.kumo.Something").debug("not written");
        context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
        context.getLogger("org.flywaydb.core.Flyway").warn("flyway warning");
        context.stop();

        String log = Files.readString(logs.resolve("kumo.log"));
        assertThat(log).containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\S+ INFO  \\[[^]]+] io.kumo.Something - core started on /data");
        assertThat(log).contains("flyway warning").doesNotContain("flyway chatter").doesNotContain("not written");
    }

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void eventsBeforeTheDataDirectoryIsKnownOpenNoFileAndLandInItsOwnerOnlyLogLater() throws Exception {
        LoggerContext context = context();
        LogFileConfigurator.holdUntilFolder(context);
        context.getLogger("io.kumo.Early").info("resolving the data directory");
        assertThat(logs).isEmptyDirectory();

        LogFileConfigurator.useFolder(context, logs);
        context.getLogger("io.kumo.Late").info("core started");
        context.stop();

        assertThat(Files.readString(logs.resolve("kumo.log"))).containsSubsequence("resolving the data directory", "core started");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("kumo.log")))).isEqualTo("rw-------");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aLogFileThatIsASymbolicLinkIsNotWrittenThrough() throws Exception {
        Path elsewhere = Files.createDirectories(logs.resolve("elsewhere"));
        Path target = Files.writeString(elsewhere.resolve("victim.txt"), "");
        Path folder = Files.createDirectories(logs.resolve("logs"));
        Files.createSymbolicLink(folder.resolve("kumo.log"), target);
        LoggerContext context = context();
        LogFileConfigurator.logTo(context, folder);
        context.getLogger("io.kumo.Something").error("stack trace naming /home/someone/data");
        context.stop();

        assertThat(target).isEmptyFile();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aLogsFolderThatIsASymbolicLinkGetsNoLog() throws Exception {
        Path elsewhere = Files.createDirectories(logs.resolve("elsewhere"));
        Path folder = Files.createSymbolicLink(logs.resolve("logs"), elsewhere);
        LoggerContext context = context();
        LogFileConfigurator.logTo(context, folder);
        context.getLogger("io.kumo.Something").error("stack trace naming /home/someone/data");
        context.stop();

        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void anExplicitLogbackConfigurationFileWins() {
        // surefire sets -Dlogback.configurationFile=logback-test.xml, as a user with their own configuration would
        assertThat(System.getProperty("logback.configurationFile")).isNotNull();
        assertThat(new LogFileConfigurator().configure(new LoggerContext()))
                .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
