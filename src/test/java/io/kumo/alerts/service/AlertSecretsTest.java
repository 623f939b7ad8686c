package io.kumo.alerts.service;

import static io.kumo.alerts.service.AlertsEndToEndTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A channel's token reaches its server and nowhere else: not the store's file, a backup, the log, the audit or the delivery log. */
class AlertSecretsTest {

    @TempDir
    Path dir;

    @Test
    void aTokenInAChannelUrlAppearsInClearNowhereAfterDeliveriesThatSucceedAndFail() throws IOException {
        String marker = "tok" + Long.toHexString(ThreadLocalRandom.current().nextLong() | (1L << 62));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        Level level = root.getLevel();
        List<ch.qos.logback.core.Appender<ILoggingEvent>> quieted = quietOtherAppenders(root, logged, level);
        root.setLevel(Level.DEBUG);
        List<String> seen = new ArrayList<>();
        try (LocalWebhookServer good = LocalWebhookServer.start();
             LocalWebhookServer echoing = LocalWebhookServer.start().answerAlways(400, "{\"error\":\"bad token " + marker + "\"}")) {
            KumoCore core = TestCores.open(dir);
            try {
                core.startEngine(new OsProcessLauncher(), System.getenv());
                core.channelService().add("good", "json://kumo:" + marker + "@" + host(good) + "/kumo", null);
                core.channelService().add("echo", "json://kumo:" + marker + "@" + host(echoing) + "/kumo", null);
                Task task = new Task("leaky", "python3 -c \"import sys; sys.exit(1)\"");
                task.setTriggerType(TriggerType.MANUAL);
                core.engine().orElseThrow().runNow(core.tasks().create(task));
                awaitUntil(() -> core.deliveryLog().page(DeliveryQuery.ALL, 0, 10).stream()
                        .filter(line -> line.status() == DeliveryStatus.DELIVERED || line.status() == DeliveryStatus.FAILED).count() == 2,
                        "both deliveries final");

                List<DeliveryView> lines = core.deliveryLog().page(DeliveryQuery.ALL, 0, 10);
                assertThat(good.requests().getFirst().header("Authorization"))
                        .isEqualTo("Basic " + Base64.getEncoder().encodeToString(("kumo:" + marker).getBytes(StandardCharsets.UTF_8)));
                assertThat(lines).filteredOn(line -> line.channel().equals("echo")).singleElement()
                        .satisfies(line -> assertThat(line.error()).startsWith("HTTP 400"));
                seen.add(lines.toString());
                seen.add(core.audit().latest(1000).toString());
                seen.add(core.channelService().list().toString());
                seen.add(unzipped(core.backups().create().path()));
            } finally {
                core.close();
            }
        } finally {
            root.detachAppender(logged);
            root.setLevel(level);
            quieted.forEach(appender -> appender.getCopyOfAttachedFiltersList().stream()
                    .filter(QuietBelow.class::isInstance).findFirst().ifPresent(filter -> {
                        List<ch.qos.logback.core.filter.Filter<ILoggingEvent>> others = appender.getCopyOfAttachedFiltersList();
                        others.remove(filter);
                        appender.clearAllFilters();
                        others.forEach(appender::addFilter);
                    }));
        }
        logged.list.forEach(event -> seen.add(event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()))));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(path -> !path.toString().contains("run-logs")).toList()) {
                seen.add(file + ": " + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }

        assertThat(seen).isNotEmpty().noneMatch(text -> text.contains(marker));
        assertThat(seen.stream().filter(text -> text.contains(".mv.db: "))).as("the store's file was read").isNotEmpty();
    }

    private static String host(LocalWebhookServer server) {
        return server.base().substring("http://".length());
    }

    private static String unzipped(Path zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.append(entry.getName()).append(": ").append(new String(readAll(in), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /** The capture needs DEBUG events; the build's console keeps its usual level meanwhile. */
    private static List<ch.qos.logback.core.Appender<ILoggingEvent>> quietOtherAppenders(Logger root, ListAppender<ILoggingEvent> capture, Level usual) {
        List<ch.qos.logback.core.Appender<ILoggingEvent>> quieted = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender != capture) {
                appender.addFilter(new QuietBelow(usual == null ? Level.INFO : usual));
                quieted.add(appender);
            }
        });
        return quieted;
    }

    private static final class QuietBelow extends ch.qos.logback.core.filter.Filter<ILoggingEvent> {
        private final Level threshold;

        QuietBelow(Level threshold) {
            this.threshold = threshold;
        }

        @Override
        public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
            return event.getLevel().isGreaterOrEqual(threshold) ? ch.qos.logback.core.spi.FilterReply.NEUTRAL
                    : ch.qos.logback.core.spi.FilterReply.DENY;
        }
    }
}
