package io.kumo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.ui.common.FxThread;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark in its smoke mode: tiny sizes, so `mvn verify` proves the benchmarks still run and print their
 * figures (the targets themselves are measured with `mvn -Pbench`, see docs/performance.md). Nothing here is timed.
 */
class BenchmarkSmokeTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureOutput() {
        original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(original);
        original.print(printed.toString(StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logShippingBenchmarkShipsAndFollowsASmallLog() throws Exception {
        LogShippingBenchmark.main(new String[] {"1"});

        assertThat(output()).contains("Run logs across nodes on").contains("MB/s shipped end to end").contains("p99")
                .contains("per MB of log");
    }

    @Test
    void dataPreviewBenchmarkOpensCountsAndPagesASmallCsv() throws Exception {
        DataPreviewBenchmark.main(new String[] {"20000"});

        assertThat(output()).contains("CSV of 20,000 rows").contains("open to first page: median").contains("full count");
    }

    @Test
    void durabilityBenchmarkMeasuresWritesAndRuns() throws Exception {
        DurabilityBenchmark.main(new String[] {"5", "5"});

        assertThat(output()).contains("task add:").contains("ms each");
    }

    @Test
    void latenessBenchmarkRunsItsDefaultConcurrencyWithinTheSettingsRange() throws Exception {
        LatenessBenchmark.main(new String[] {"20", "2", "1"}); // 20 tasks asked 80 concurrent runs, over the range

        assertThat(output()).containsIgnoringCase("kumo").contains("p99").contains("GC in the measured window").contains("per run");
    }

    @Test
    void dashboardBenchmarkAggregatesASmallHistory() throws Exception {
        DashboardBenchmark.main(new String[] {"2000", "3"});

        assertThat(output()).isNotBlank();
    }

    @Test
    void reportBenchmarkReportsASmallHistory() throws Exception {
        ReportBenchmark.main(new String[] {"20000", "10"});

        assertThat(output()).contains("Inserted 20,000 runs").contains("report, all tasks, 10 days: median")
                .contains("report, one project");
    }

    @Test
    void startupBenchmarkStartsKumoBesideTheHelloWindow() throws Exception {
        StartupBenchmark.main(new String[] {"1", "1", "--headless"});

        assertThat(output()).contains("hello  first frame").contains("kumo   first frame").contains("idle memory: kumo/hello")
                .doesNotContain("first frame median -1");
    }

    @Test
    void headlessMemoryBenchmarkReadsTheResidentMemoryOfARealInstance() throws Exception {
        HeadlessMemoryBenchmark.main(new String[] {"20", "2", "2", "1", "1", "classpath"});

        assertThat(output()).contains("(a) idle").contains("(b) soak").contains("(c) one run printing 1 MB").contains("MB RSS")
                .contains("Java heap committed").contains("live heap after a full collection");
    }

    @Test
    void logViewerBenchmarkFollowsASmallFlood() throws Exception {
        FxThread.start(); // the toolkit as the other UI tests of this JVM start it, so the benchmark leaves it running
        LogViewerBenchmark.main(new String[] {"2000", "2"});

        assertThat(output()).contains("following the flood").contains("longest").contains("RSS: start");
    }

    @Test
    void scaleBenchmarkTimesStartListingPaneAndHistoryOnASmallStore() throws Exception {
        ScaleBenchmark.main(new String[] {"40", "400", "1"});

        assertThat(output()).contains("engine start:").contains("idle CPU").contains("Tasks pane, 40 rows")
                .contains("run history, first page").contains("kumo task list --json, forwarded to a running instance");
    }

    @Test
    void burstBenchmarkStartsASmallBurstOnAShortMinuteBesideTheDefaultLimitAndApscheduler() throws Exception {
        BurstBenchmark.main(new String[] {"5", "1", "8", "short-minute"}); // the clock is shifted: no real minute to wait for

        assertThat(output()).contains("Kumo, limit 8").contains("Kumo, default limit").contains("APScheduler").contains("within 250 ms")
                .contains("floor: 5 raw posix_spawn calls");
    }

    @Test
    void tasksPaneBenchmarkOpensRevisitsAndFiltersASmallPane() throws Exception {
        FxThread.start(); // the toolkit as the other UI tests of this JVM start it, so the benchmark leaves it running
        TasksPaneBenchmark.main(new String[] {"30", "0", "2"});

        assertThat(output()).contains("first visit until the rows show").contains("revisit until the rows show")
                .contains("filter typed until shown");
    }

    @Test
    void outputAllocationBenchmarkDrainsSmallRunsAndPrintsTheAllocationPerMegabyte() throws Exception {
        OutputAllocationBenchmark.main(new String[] {"1", "1"});

        assertThat(output()).contains("stdout, ASCII:").contains("stderr, ASCII:").contains("KB per MB printed");
    }

    @Test
    void runWriteBenchmarkPrintsAllocationAndCpuPerRunOfTheRecordWrites() throws Exception {
        RunWriteBenchmark.main(new String[] {"5", "2", "2"});

        assertThat(output()).contains("Run writes: 5 tasks").contains("pass 1:").contains("KB allocated").contains("ms CPU per run");
    }

    @Test
    void spawnFloorBenchmarkStartsAFewProcessesEachWayAndPrintsTheCostPerSpawn() throws Exception {
        SpawnFloorBenchmark.main(new String[] {"4", "1,2", "1"});

        assertThat(output()).contains("Spawn floor:").satisfiesAnyOf(
                printed -> assertThat(printed).contains("(a) PosixSpawn.Prepared.start").contains("(b) PreparedLaunch.spawn")
                        .contains("(c) ProcessBuilder").contains("ms per spawn").contains("children CPU"),
                printed -> assertThat(printed).contains("posix_spawn: skipped"));
    }

    @Test
    void workflowBenchmarkRunsATinyChainAndFanOutAndPrintsTheirHandOffs() throws Exception {
        WorkflowBenchmark.main(new String[] {"3", "3", "1", "8"});

        assertThat(output()).contains("(1) chain of 3").contains("hand-off per edge").contains("(2) fan-out of 3")
                .contains("last ended -> merge started").contains("(3) WorkflowService.run called -> first step's process started");
    }

    @Test
    void metricsScrapeBenchmarkScrapesASmallStoreReadingAndFromTheCache() throws Exception {
        MetricsScrapeBenchmark.main(new String[] {"40", "400"});

        assertThat(output()).contains("40 tasks, 400 runs: scrape reading the store median").contains("from the cache median");
    }

    @Test
    void clusterBenchmarkMeasuresTheLatenessOfOneNodeOnARealPostgresql() throws Exception {
        ClusterBenchmark.main(new String[] {"5", "3", "1", "1", "0", "classpath"}); // one node, 3 s, no failover

        assertThat(output()).contains("Cluster benchmark:").contains("1 node : lateness over").contains("p99")
                .contains("by node {n1=");
    }
}
