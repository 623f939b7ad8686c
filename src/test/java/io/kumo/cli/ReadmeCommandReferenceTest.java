package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * README's "Command reference" against the picocli model: each visible command that takes options or parameters has
 * a {@code #### `kumo ...`} entry naming its parameters and every option, and no entry names a command that is gone.
 */
class ReadmeCommandReferenceTest {

    private static final Pattern HEADING = Pattern.compile("^#### `(kumo(?: [a-z][a-z-]*)*)([^`]*)`", Pattern.MULTILINE);

    /** Entry text by command ("kumo task add"), the heading's parameters included. */
    private final Map<String, String> entries = new LinkedHashMap<>();

    @BeforeEach
    void readReference() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Command reference\n");
        assertThat(start).as("README.md has a '## Command reference' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher heading = HEADING.matcher(section);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            names.add(heading.group(1));
            bounds.add(new int[] {heading.start(), heading.end()});
        }
        for (int i = 0; i < names.size(); i++) {
            int to = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : section.length();
            entries.put(names.get(i), section.substring(bounds.get(i)[0], to));
        }
    }

    @Test
    void everyCommandWithOptionsOrParametersHasAnEntryNamingThemAll() {
        List<String> missing = new ArrayList<>();
        for (CommandLine command : CommandTree.commands().values()) {
            CommandSpec spec = command.getCommandSpec();
            List<String> words = documentedWords(spec);
            if (spec.usageMessage().hidden() || (words.isEmpty() && !spec.subcommands().isEmpty())) {
                continue; // hidden, or a group documented by its subcommands
            }
            String entry = entries.get(spec.qualifiedName());
            if (entry == null) {
                missing.add(spec.qualifiedName() + ": no '#### `" + spec.qualifiedName() + "`' entry");
                continue;
            }
            words.stream().filter(word -> !Pattern.compile(Pattern.quote(word) + "(?![A-Za-z0-9-])").matcher(entry).find())
                    .forEach(word -> missing.add(spec.qualifiedName() + ": " + word));
        }
        assertThat(missing).as("missing from README.md's Command reference").isEmpty();
    }

    @Test
    void everyEntryNamesAnExistingCommand() {
        List<String> commands = CommandTree.commands().values().stream()
                .map(command -> command.getCommandSpec().qualifiedName()).toList();
        assertThat(entries).isNotEmpty();
        assertThat(commands).containsAll(entries.keySet());
    }

    /** Its option names (the help option, which every command has, only on {@code kumo}) and parameter labels. */
    private static List<String> documentedWords(CommandSpec spec) {
        List<String> words = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            boolean subcommandHelp = option.usageHelp() && spec.parent() != null;
            if (!option.hidden() && !subcommandHelp) {
                for (String name : option.names()) {
                    words.add("`" + name);
                }
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden()) {
                words.add(parameter.paramLabel());
            }
        }
        return words;
    }
}
