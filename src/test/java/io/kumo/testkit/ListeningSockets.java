package io.kumo.testkit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc}: the socket inodes among the process's open
 * files that {@code /proc/net/tcp} or {@code tcp6} lists in state {@code 0A} (LISTEN).
 */
public final class ListeningSockets {

    private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** The local addresses (as /proc shows them, hex {@code ADDR:PORT}) on which the process listens. */
    public static List<String> of(long pid) throws IOException {
        Set<String> inodes = socketInodes(Path.of("/proc", Long.toString(pid), "fd"));
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 9 && columns[3].equals(LISTEN) && inodes.contains(columns[9])) {
                    listening.add(columns[1]);
                }
            }
        }
        return listening;
    }

    private static Set<String> socketInodes(Path fds) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path link : links) {
                try {
                    Matcher socket = SOCKET_LINK.matcher(Files.readSymbolicLink(link).toString());
                    if (socket.matches()) {
                        inodes.add(socket.group(1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a file the process closed while we looked
                }
            }
        }
        return inodes;
    }
}
