package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.RunStatus;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every step of a workflow run a webhook started reads its body through KUMO_PAYLOAD, in a re-run from the failed step too. */
class WorkflowPayloadTest {

    @TempDir
    Path dir;

    @Test
    void everyStepAndTheRerunReadTheBody() throws Exception {
        Path flag = dir.resolve("fixed");
        Path read = Files.writeString(dir.resolve("read.py"), """
                import json, os
                print("payload:", json.load(open(os.environ["KUMO_PAYLOAD"]))["ref"])
                """);
        String yaml = """
                name: deploy
                steps:
                  - name: first
                    command: python3 '%s'
                  - name: second
                    command: python3 '%s' && test -e '%s'
                    depends: [first]
                """.formatted(read, read, flag);
        try (WorkflowFixture kumo = new WorkflowFixture(dir.resolve("data"), Clock.systemUTC()).started()) {
            kumo.core.workflowService().save(yaml);
            Path payload = kumo.core.payloads().save("{\"ref\": \"v7\"}".getBytes(StandardCharsets.UTF_8));

            long first = kumo.core.workflowService().run("deploy", Map.of(), payload);
            WorkflowRunRecord failed = kumo.awaitEnd(first);
            Files.writeString(flag, "");
            long second = kumo.core.workflowService().rerunFromFailed(first);
            WorkflowRunRecord rerun = kumo.awaitEnd(second);

            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(kumo.logOf(failed, "first")).contains("payload: v7");
            assertThat(kumo.logOf(failed, "second")).contains("payload: v7");
            assertThat(kumo.runOf(failed, "second").getPayloadPath()).isEqualTo(payload.toString());
            assertThat(rerun.status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(kumo.logOf(rerun, "second")).contains("payload: v7");
        }
    }

    @Test
    void aWorkflowRunNotStartedByAWebhookHasNoPayload() throws Exception {
        try (WorkflowFixture kumo = new WorkflowFixture(dir.resolve("data"), Clock.systemUTC()).started()) {
            kumo.core.workflowService().save("""
                    name: plain
                    steps:
                      - name: only
                        command: python3 -c "import os; print('payload:', os.environ.get('KUMO_PAYLOAD', 'none'))"
                    """);

            WorkflowRunRecord run = kumo.awaitEnd(kumo.core.workflowService().run("plain", Map.of()));

            assertThat(kumo.logOf(run, "only")).contains("payload: none");
        }
    }
}
