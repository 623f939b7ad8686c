package io.kumo.insights.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The script of a task's command, as a path in its project. */
class TaskScriptTest {

    static final Path ROOT = Path.of("/srv/etl");

    @Test
    void theFirstPythonFileOfTheCommandFromTheWorkingDirectory() {
        assertThat(TaskScript.of("python3 job.py", ROOT, ROOT)).contains("job.py");
        assertThat(TaskScript.of(".venv/bin/python -u 'jobs/daily load.py' --day x.py", ROOT, ROOT)).contains("jobs/daily load.py");
        assertThat(TaskScript.of("load.py", ROOT, ROOT.resolve("jobs"))).contains("jobs/load.py");
    }

    @Test
    void noScriptForAModuleInlineCodeOrAFileOutsideTheProject() {
        assertThat(TaskScript.of("python3 -m etl.job", ROOT, ROOT)).isEmpty();
        assertThat(TaskScript.of("python3 -c 'import x'", ROOT, ROOT)).isEmpty();
        assertThat(TaskScript.of("python3 ../other/job.py", ROOT, ROOT)).isEmpty();
        assertThat(TaskScript.of("python3 'job.py", ROOT, ROOT)).isEmpty();
    }
}
