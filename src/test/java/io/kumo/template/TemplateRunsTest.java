package io.kumo.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.python.Cancellation;
import io.kumo.python.ToolOutput;
import io.kumo.service.TaskVariables;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.TestCores;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template makes a project whose suggested task runs once successfully, for real: its requirements installed
 * into a venv from a local index of real wheels, the task run by the engine, its targets local servers.
 */
class TemplateRunsTest {

    @TempDir
    static Path dir;
    static KumoCore core;
    static Engine engine;
    static WheelFolderIndex index;
    static PythonEnvironment venv;
    static final Map<String, Boolean> WHEELS_AVAILABLE = new LinkedHashMap<>();

    @BeforeAll
    static void venvFromLocalIndex() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        Path wheels = Files.createDirectories(dir.resolve("wheels"));
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        for (ProjectTemplate template : catalog.list()) {
            Path requirements = dir.resolve(template.id() + "-requirements.txt");
            Files.write(requirements, catalog.file(template, "requirements.txt"));
            WHEELS_AVAILABLE.put(template.id(), WheelFolderIndex.download(requirements, wheels));
        }
        index = WheelFolderIndex.serve(wheels);
        core.mirrors().add(index.simpleUrl(), null, true);
        venv = core.python().environments().createVenv("templates", RealPython.path(), ToolOutput.discard(), Cancellation.none());
        engine = core.newEngine(new OsProcessLauncher(), System.getenv());
        engine.prepare();
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
        if (core != null) {
            core.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void requestsPollerAppendsOneJsonLinePerPoll() throws Exception {
        Task task = projectFrom("requests-poller");
        HttpServer status = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        status.createContext("/status", exchange -> {
            byte[] body = "{\"healthy\": true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        status.start();
        try {
            String url = "http://127.0.0.1:" + status.getAddress().getPort() + "/status";
            Task pointed = withVariables(task, Map.of("POLL_URL", url));

            assertThat(runOnce(pointed).getStatus()).isEqualTo(RunStatus.SUCCESS);
            assertThat(runOnce(pointed).getStatus()).isEqualTo(RunStatus.SUCCESS);
        } finally {
            status.stop(0);
        }
        List<String> lines = Files.readAllLines(outputOf("requests-poller").resolve("poll.jsonl"));
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"status\": 200").contains("\"json\": {\"healthy\": true}"));
    }

    @Test
    void pandasEtlWritesRowsAndSummaryToSqlite() throws Exception {
        Task task = projectFrom("pandas-etl");

        assertThat(runOnce(task).getStatus()).isEqualTo(RunStatus.SUCCESS);

        Path database = outputOf("pandas-etl").resolve("etl.sqlite");
        assertThat(python("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                + "print(c.execute('select count(*) from rows').fetchone()[0], "
                + "c.execute(\"select total_amount from summary where region='North'\").fetchone()[0])", database.toString()))
                .isEqualTo("5 162.75");
    }

    @Test
    void reportEmailerSendsTheTableBySmtpWithThePasswordFromASecret() throws Exception {
        Task task = projectFrom("report-emailer");
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.setUser("reports@example.test", "reports", "smtp-pass-7");
        mail.start();
        try {
            Path input = Files.writeString(dir.resolve("sales.csv"), "region,amount\nNorth,120.5\nSouth,80\n");
            core.variableService().set("SMTP_PASSWORD", "smtp-pass-7", true, "mail login");
            Task pointed = withVariables(task, Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                    "SMTP_SECURITY", "none", "SMTP_USER", "reports", "REPORT_FROM", "reports@example.test",
                    "REPORT_TO", "team@example.test", "REPORT_INPUT", input.toString(), "REPORT_SUBJECT", "Weekly sales"));

            assertThat(runOnce(pointed).getStatus()).isEqualTo(RunStatus.SUCCESS);

            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Weekly sales");
            Object html = ((jakarta.mail.internet.MimeMultipart) received[0].getContent()).getBodyPart(1).getContent();
            assertThat(html.toString()).contains("<td>North</td><td>120.5</td>");
            assertThat(outputOf("report-emailer").resolve("report.html")).content().contains("2 rows.");
        } finally {
            mail.stop();
        }
    }

    @Test
    void pageCheckTakesAScreenshotWhenTheTextIsThere() throws Exception {
        assumeTrue(playwrightBrowserInstalled(), "no Playwright browser on this machine (~/.cache/ms-playwright is empty "
                + "and 'playwright install' needs the internet): the page check cannot run here");
        Task task = projectFrom("page-check");
        HttpServer page = servePage("<html><body><h1 id='ok'>All systems go</h1></body></html>");
        try {
            Task pointed = withVariables(task, Map.of("CHECK_URL", "http://127.0.0.1:" + page.getAddress().getPort() + "/",
                    "CHECK_TEXT", "All systems go", "CHECK_SELECTOR", "#ok"));
            assertThat(runOnce(pointed).getStatus()).isEqualTo(RunStatus.SUCCESS);
        } finally {
            page.stop(0);
        }
        try (var files = Files.list(outputOf("page-check"))) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.endsWith(".png"));
        }
    }

    @Test
    void scrapySpiderWritesItemsAsJsonLines() throws Exception {
        assumeTrue(WHEELS_AVAILABLE.get("scrapy-spider"), "scrapy's wheels are not on this machine's package index: the "
                + "spider template cannot be installed offline");
        Task task = projectFrom("scrapy-spider");
        HttpServer site = servePage("<html><head><title>Home</title></head><body><h1>Welcome</h1></body></html>");
        try {
            Task pointed = withVariables(task, Map.of("START_URL", "http://127.0.0.1:" + site.getAddress().getPort() + "/",
                    "OBEY_ROBOTS", "0", "DOWNLOAD_DELAY", "0"));
            assertThat(runOnce(pointed).getStatus()).isEqualTo(RunStatus.SUCCESS);
        } finally {
            site.stop(0);
        }
        assertThat(outputOf("scrapy-spider").resolve("items.jsonl")).content().contains("\"title\": \"Home\"");
    }

    /** A project from the template with its (paused) task in the venv, requirements installed, output in a known folder. */
    private static Task projectFrom(String templateId) throws IOException {
        assumeTrue(WHEELS_AVAILABLE.get(templateId), "the requirements of " + templateId + " cannot be had offline here");
        TemplateService templates = core.templateService();
        CreatedProject created = templates.create(new NewProject(templateId, templateId, true, false, venv));
        List<String> install = new ArrayList<>();
        templates.installRequirements(created.project(), venv, install::add, Cancellation.none());
        Project project = created.project();
        project.setOutputDir(Files.createDirectories(dir.resolve("out").resolve(templateId)).toString());
        core.projectService().save(project);
        assertThat(created.tasks()).hasSize(1).allSatisfy(task -> assertThat(task.isEnabled()).isFalse());
        return created.tasks().getFirst();
    }

    private static Path outputOf(String templateId) {
        return dir.resolve("out").resolve(templateId);
    }

    private static Task withVariables(Task task, Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>();
        TaskVariables.decode(task.getEnvironmentVariables()).forEach(variable -> merged.put(variable.name(), variable.value()));
        merged.putAll(values);
        return core.taskService().update(task.getId(), stored -> {
            stored.setEnvironmentVariables(TaskVariables.encode(merged));
            return stored;
        });
    }

    private static Run runOnce(Task task) {
        Run run = engine.runNow(task);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Run> now = engine.runs().latest(task.getId(), null, 20).stream().filter(r -> r.getId().equals(run.getId())).findFirst();
            if (now.isPresent() && now.get().getStatus().isTerminal()) {
                return now.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + run.getId() + " of " + task.getName() + " did not end within 2 minutes");
    }

    private static String python(String code, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(RealPython.path().toString(), "-c", code));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return out;
    }

    private static boolean playwrightBrowserInstalled() {
        Path browsers = Optional.ofNullable(System.getenv("PLAYWRIGHT_BROWSERS_PATH")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "ms-playwright"));
        try (var entries = Files.list(browsers)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("chromium"));
        } catch (IOException e) {
            return false;
        }
    }

    /** A local web server answering every path with {@code html}; the caller stops it. */
    private static HttpServer servePage(String html) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
