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
        int channelUrl = channelUrlFromStdin(arguments);
        if (channelUrl >= 0) { // a secret: handed over in the request, never written to a file
            try {
                arguments.set(channelUrl, ChannelCommand.readUrl(System.in));
            } catch (io.kumo.common.ValidationException e) {
                throw new IOException(e.getMessage());
            }
            return new ClientInput(arguments, null);
        }
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

    /** Where the URL of {@code channel add NAME -} stands, when it is to be read from standard input; else -1. */
    private static int channelUrlFromStdin(List<String> arguments) {
        int channel = arguments.indexOf("channel");
        if (channel < 0 || channel + 1 >= arguments.size() || !arguments.get(channel + 1).equals("add")) {
            return -1;
        }
        List<String> positional = new ArrayList<>();
        for (int i = channel + 2; i < arguments.size(); i++) {
            String value = arguments.get(i);
            if (value.equals("--on")) {
                i++;
            } else if (!value.startsWith("--")) {
                positional.add(value);
                if (positional.size() == 2) {
                    return value.equals(ChannelCommand.FROM_STDIN) ? i : -1;
                }
            }
        }
        return -1;
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
