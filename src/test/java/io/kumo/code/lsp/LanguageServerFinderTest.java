package io.kumo.code.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a server needs only files that look like one: the bin folders here are fake. */
class LanguageServerFinderTest {

    @TempDir
    Path folder;

    private Path program(Path bin, String name) throws IOException {
        Path file = Files.createDirectories(bin).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void prefersPylspThenJediThenPyrightThenBasedpyright() throws IOException {
        Path bin = folder.resolve("venv/bin");
        program(bin, "python");
        program(bin, "basedpyright-langserver");
        LanguageServerFinder finder = new LanguageServerFinder(List.of());
        assertThat(finder.find(bin.resolve("python")).orElseThrow().kind()).isEqualTo(LanguageServerKind.BASEDPYRIGHT);

        program(bin, "pyright-langserver");
        assertThat(finder.find(bin.resolve("python")).orElseThrow().kind()).isEqualTo(LanguageServerKind.PYRIGHT);

        program(bin, "jedi-language-server");
        assertThat(finder.find(bin.resolve("python")).orElseThrow().kind()).isEqualTo(LanguageServerKind.JEDI);

        program(bin, "pylsp");
        LanguageServerCommand pylsp = finder.find(bin.resolve("python")).orElseThrow();
        assertThat(pylsp.kind()).isEqualTo(LanguageServerKind.PYLSP);
        assertThat(pylsp.argv()).containsExactly(bin.resolve("pylsp").toString());
    }

    @Test
    void pyrightIsStartedOverStdioWithTheVersionItsEnvironmentRecords() throws IOException {
        Path bin = folder.resolve("venv/bin");
        Path server = program(bin, "pyright-langserver");
        Files.createDirectories(folder.resolve("venv/lib/python3.11/site-packages/pyright-1.1.414.dist-info"));

        LanguageServerCommand command = new LanguageServerFinder(List.of()).find(bin.resolve("python")).orElseThrow();

        assertThat(command.argv()).containsExactly(server.toString(), "--stdio");
        assertThat(command.describe()).isEqualTo("pyright 1.1.414");
    }

    @Test
    void aFileThatCannotRunIsNotAServer() throws IOException {
        Path bin = Files.createDirectories(folder.resolve("venv/bin"));
        Files.writeString(bin.resolve("pylsp"), "not executable");

        assertThat(new LanguageServerFinder(List.of()).find(bin.resolve("python"))).isEmpty();
    }

    @Test
    void aBareInterpreterNameSearchesThePath() throws IOException {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path second = folder.resolve("second");
        program(second, "jedi-language-server");

        LanguageServerCommand command = new LanguageServerFinder(List.of(first, second)).find(Path.of("python3")).orElseThrow();

        assertThat(command.kind()).isEqualTo(LanguageServerKind.JEDI);
        assertThat(command.describe()).isEqualTo("jedi-language-server");
    }

    @Test
    void nothingFoundWhenNoFolderHasAServer() {
        assertThat(new LanguageServerFinder(List.of(folder)).find(Path.of("python3"))).isEmpty();
    }
}
