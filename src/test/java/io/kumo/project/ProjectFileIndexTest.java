package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileIndexTest {

    @TempDir
    Path root;

    @Test
    void listsProjectFilesAndSkipsVersionControlCachesModulesAndVirtualEnvironments() throws Exception {
        write("pipeline/main.py");
        write("README.md");
        write(".git/config");
        write("pipeline/__pycache__/main.cpython-311.pyc");
        write("web/node_modules/x/index.js");
        write("env311/pyvenv.cfg");
        write("env311/lib/site.py");
        write(".venv/lib/site.py");
        assertThat(ProjectFileIndex.list(root)).containsExactlyInAnyOrder("pipeline/main.py", "README.md");
    }

    private void write(String relative) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
