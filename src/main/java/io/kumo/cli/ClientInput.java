package io.kumo.cli;

import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Input a forwarded command reads that only the CLI client can reach: standard input ({@code -}) or a file such as
 * {@code /dev/fd/63} from {@code <(crontab -l)} (for {@code task import-crontab} and {@code workflow add}). The client copies it into a private file in the data directory and
 * hands the instance that path; the file goes when the command ends.
 */
final class ClientInput implements AutoCloseable {

    private final List<String> arguments;
    private final Path copy;

    private ClientInput(List<String> arguments, Path copy) {
        this.arguments = arguments;
        this.copy = copy;
    }

    static ClientInput of(String[] args, Path dataDirectory) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        int command = fileCommand(arguments);
        if (command < 0) {
            return new ClientInput(arguments, null);
        }
        for (int i = command + 1; i < arguments.size(); i++) {
            String value = arguments.get(i);
            if (value.startsWith("--")) {
                continue;
            }
            byte[] content;
            try {
                content = value.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(value));
            } catch (NoSuchFileException e) {
                throw new IOException("No file at " + Path.of(value).toAbsolutePath());
            }
            OwnerOnly.createDirectories(dataDirectory);
            Path copy = dataDirectory.resolve("input-" + UUID.randomUUID() + ".txt");
            OwnerOnly.write(copy, content);
            arguments.set(i, copy.toString());
            // messages name what the user gave, not the private copy
            arguments.add(i + 1, CrontabImportCommand.INPUT_NAME + "=" + (value.equals("-") ? "standard input"
                    : Path.of(value).toAbsolutePath().normalize()));
            return new ClientInput(arguments, copy);
        }
        return new ClientInput(arguments, null);
    }

    /**
     * Where the command whose first parameter is a file the client reads stands ({@code import-crontab},
     * {@code workflow add}); -1 for any other command.
     */
    private static int fileCommand(List<String> arguments) {
        int crontab = arguments.indexOf("import-crontab");
        if (crontab >= 0) {
            return crontab;
        }
        int workflow = arguments.indexOf("workflow");
        return workflow >= 0 && workflow + 1 < arguments.size() && arguments.get(workflow + 1).equals("add")
                ? workflow + 1 : -1;
    }

    List<String> arguments() {
        return arguments;
    }

    @Override
    public void close() throws IOException {
        if (copy != null) {
            Files.deleteIfExists(copy);
        }
    }
}
