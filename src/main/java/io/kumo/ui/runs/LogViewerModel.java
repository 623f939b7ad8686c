package io.kumo.ui.runs;

import io.kumo.config.OwnerOnly;
import io.kumo.domain.RunStatus;
import io.kumo.logs.IndexedLog;
import io.kumo.logs.LogLine;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * One run's log in the viewer: the {@link IndexedLog} opened in the background, the line numbers the list shows,
 * a page cache of line texts, and, while the run is RUNNING, a refresh every {@value #FOLLOW_MILLIS} ms that indexes
 * what the child appended (one count update per tick, however many lines it printed). Follow keeps the end in view.
 */
public final class LogViewerModel {

    static final int FOLLOW_MILLIS = 400;
    /** Lines read with each refresh while following: more than a screen, so the end is shown without a page read. */
    static final int FOLLOWED_TAIL = 200;
    /**
     * While a running log is followed the list holds its last this many lines only: the list's layout walks every item
     * on each change of the count, which a flood of millions of lines would make slow. Once it holds this many, each
     * refresh moves the held lines forward in place (same count, see {@link LineNumbers#show}).
     */
    static final int FOLLOWED_LINES = 10_000;
    static final int MAX_COPIED_LINES = 200_000;
    /** Ticks still polled after the run ended: its last lines and Kumo's closing notice land just after. */
    private static final int SETTLE_TICKS = 4;

    /** A request to scroll the list to a line (1-based) and select it; {@code seq} makes each request distinct. */
    public record Reveal(int line, boolean select, long seq) {
    }

    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final Function<RunRow, Path> logFiles;
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> lines =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper lineCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    /** Still polled for the last lines after the end, but no longer "following the run" once it is known to have ended. */
    private final javafx.beans.binding.BooleanBinding following = live.getReadOnlyProperty().and(result.isEmpty());
    private final ReadOnlyBooleanWrapper hasLog = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty wrap = new SimpleBooleanProperty();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(FOLLOW_MILLIS), event -> tick()));
    private final LogFind find;
    private IndexedLog log;
    private LineNumbers numbers;
    private LineCache cache;
    private Path path;
    private long runId = -1;
    private long generation;
    private long revealSeq;
    private boolean refreshing;
    private boolean revisionQueued;
    private int settleTicks = -1;
    private int pendingReveal = -1;
    private RunRow waitingFor;
    private RunRow openedRow;

    public LogViewerModel(BackgroundExecutor background, DialogService dialogs) {
        this(background, dialogs, row -> Path.of(row.logPath()));
    }

    /**
     * @param logFiles the file to read for a run's log, called in the background at opening and with every refresh of
     *                 a live run (in a cluster it brings the copy of another node's log up to date)
     */
    public LogViewerModel(BackgroundExecutor background, DialogService dialogs, Function<RunRow, Path> logFiles) {
        this.background = background;
        this.dialogs = dialogs;
        this.logFiles = logFiles;
        this.find = new LogFind(background, line -> requestReveal(line, true));
        ticker.setCycleCount(Timeline.INDEFINITE);
        follow.addListener((obs, old, on) -> {
            if (on) {
                revealEnd();
            } else {
                showAllLines();
            }
        });
    }

    /** Shows the run's log (FX thread); a message instead when it has none. */
    public void open(RunRow run) {
        open(run, -1);
    }

    /** Opens and scrolls to {@code line}, highlighting the find query's matches there. */
    public void open(RunRow run, int line) {
        closeLog();
        runId = run.id();
        openedRow = run;
        result.set(resultLine(run));
        pendingReveal = line;
        if (line > 0) {
            follow.set(false);
        }
        if (!run.hasLog()) {
            message.set(noLogMessage(run));
            return;
        }
        Path named = Path.of(run.logPath());
        long mine = generation;
        message.set(null);
        notice.set("Opening the log…");
        int tailLines = line <= 0 && follow.get() ? FOLLOWED_TAIL : 0; // opened at its end: the last screenful with the index
        background.run(() -> Opened.read(logFiles.apply(run), tailLines), opened -> {
            if (mine != generation) {
                opened.log().close();
                return;
            }
            notice.set("");
            show(opened, opened.file(), run.active());
            if (run.active()) {
                settleTicks = -1;
                startTicker();
            }
        }, error -> {
            if (mine == generation) {
                notice.set("");
                // the failed read itself tells missing from unreadable: no disk call on the FX thread
                boolean missing = error.getCause() instanceof NoSuchFileException;
                message.set(!missing ? "The log " + named + " cannot be read: " + error.getMessage()
                        : run.active() ? "Waiting for the run's first output…"
                        : "No output: this run printed nothing, so it has no log file.");
                if (run.active()) {
                    waitingFor = run;
                    startTicker();
                }
            }
        });
    }

    /**
     * A log opened in the background, with its last lines when it is opened at its end: the first cells in view show
     * text at once, instead of placeholders whose page read makes them render (and restyle) a second time.
     */
    private record Opened(Path file, IndexedLog log, int count, List<LogLine> tail) {
        static Opened read(Path file, int tailLines) {
            IndexedLog log = IndexedLog.open(file);
            try {
                int count = log.lineCount();
                return new Opened(file, log, count, tailLines == 0 || count == 0 ? List.of()
                        : log.lines(Math.max(1, count - tailLines + 1), Math.min(tailLines, count)));
            } catch (RuntimeException e) {
                log.close();
                throw e;
            }
        }
    }

    /** {@code live}: the run still writes, so a followed log holds only its last lines from the start. */
    private void show(Opened opened, Path file, boolean live) {
        log = opened.log();
        path = file;
        long mine = generation;
        cache = new LineCache(log, background, () -> {
            if (mine == generation) {
                bumpRevision();
            }
        });
        cache.grown(0, opened.tail());
        int count = opened.count();
        numbers = new LineNumbers(count);
        if (live) {
            numbers.show(firstHeld(count), count); // not later: shrinking a list scrolled to its end moves the view
        }
        lines.set(numbers);
        lineCount.set(count);
        hasLog.set(true);
        if (pendingReveal > 0) {
            int line = pendingReveal;
            pendingReveal = -1;
            if (find.queryProperty().get() != null && !find.queryProperty().get().isEmpty()) {
                find.reveal(log, count, line);
            } else {
                requestReveal(line, true);
            }
        } else if (follow.get()) {
            revealEnd();
        }
    }

    private static String noLogMessage(RunRow run) {
        if (run.failedToLaunch() && run.error() != null) {
            return "This run could not start, so it has no output: " + run.error();
        }
        return switch (run.status()) {
            case QUEUED -> "The run has not started yet: its output shows here as soon as it does.";
            case SKIPPED, MISSED -> "This run never started, so it has no output.";
            default -> "This run's log was deleted (by the retention settings or by Delete logs). "
                    + "The run record is kept.";
        };
    }

    /** The run changed (engine event): a started run gets its log, an ended one stops being followed. */
    public void runChanged(RunRow run) {
        if (run.id() != runId) {
            return;
        }
        openedRow = run;
        result.set(resultLine(run));
        if (waitingFor != null) {
            waitingFor = run;
        }
        if (log == null && run.hasLog() && !live.get()) {
            open(run, pendingReveal); // it started since it was opened
            return;
        }
        if (log != null && !run.hasLog() && !run.active()) {
            open(run); // its log was deleted meanwhile
            return;
        }
        if (!run.active() && live.get() && settleTicks < 0) {
            settleTicks = SETTLE_TICKS;
        }
    }

    private void startTicker() {
        live.set(true);
        ticker.play();
    }

    private void stopTicker() {
        ticker.stop();
        live.set(false);
        settleTicks = -1;
    }

    /** One follow step (the ticker's, every {@value #FOLLOW_MILLIS} ms): index what was appended, in the background. */
    void tick() {
        if (settleTicks == 0) {
            stopTicker();
            showAllLines();
            return;
        }
        if (settleTicks > 0) {
            settleTicks--;
        }
        if (log == null) {
            if (waitingFor != null) {
                open(waitingFor, pendingReveal); // its file appears with the first output
            }
            return;
        }
        if (refreshing) {
            return;
        }
        refreshing = true;
        IndexedLog current = log;
        RunRow row = openedRow;
        long mine = generation;
        boolean following = follow.get();
        background.run(() -> {
            logFiles.apply(row); // another node's log: its copy gains what was shipped since
            return Growth.read(current, following ? FOLLOWED_TAIL : 0);
        }, growth -> {
            refreshing = false;
            if (mine == generation) {
                grow(growth);
            }
        }, error -> refreshing = false);
    }

    /** What one refresh found: the new line count and, while following, the last lines (read off the FX thread). */
    private record Growth(int count, List<LogLine> tail) {
        static Growth read(IndexedLog log, int tailLines) {
            int count = log.refresh();
            return new Growth(count, tailLines == 0 ? List.of() : log.lines(Math.max(1, count - tailLines + 1), tailLines));
        }
    }

    private void grow(Growth growth) {
        int old = lineCount.get();
        int count = growth.count();
        if (count == old) {
            return;
        }
        cache.grown(old, growth.tail());
        numbers.show(firstHeld(count), count);
        lineCount.set(count);
        bumpRevision();
        if (follow.get()) {
            revealEnd();
        }
    }

    /** The first line the list holds: while following, only the last {@value #FOLLOWED_LINES} (and it says so). */
    private int firstHeld(int count) {
        int first = numbers.first();
        if (follow.get() && count - first + 1 > FOLLOWED_LINES) {
            first = count - FOLLOWED_LINES + 1;
            notice.set("Following: the list holds the last " + RunFormat.number(FOLLOWED_LINES)
                    + " lines; all lines are in the file (turn off Follow to scroll them)");
        }
        return first;
    }

    private void bumpRevision() {
        if (!revisionQueued) {
            revisionQueued = true;
            Platform.runLater(() -> {
                revisionQueued = false;
                revision.set(revision.get() + 1);
            });
        }
    }

    private void revealEnd() {
        if (lineCount.get() > 0) {
            requestReveal(lineCount.get(), false);
        }
    }

    /** The list holds every line again (follow turned off, the run ended, a reveal before the held lines). */
    private void showAllLines() {
        if (numbers != null && numbers.first() > 1) {
            numbers.show(1, lineCount.get());
            notice.set("");
            revealEnd(); // the list was at the end; the lines put back in front must not push it away
        }
    }

    private void requestReveal(int line, boolean select) {
        if (numbers != null && line < numbers.first()) {
            showAllLines();
        }
        reveal.set(new Reveal(line, select, ++revealSeq));
    }

    /** The text of a line for a cell; null while its page is read. */
    public LogLine line(int number) {
        return cache == null ? null : cache.line(number);
    }

    // find within the log

    public void findNext(int fromLine) {
        find.next(log, lineCount.get(), fromLine);
    }

    public void findPrevious(int fromLine) {
        find.previous(log, lineCount.get(), fromLine);
    }

    /** For opening a run at a search hit: the query that found it, highlighted in the viewer. */
    public void setFind(String query, boolean regex, boolean caseSensitive) {
        find.queryProperty().set(query);
        find.regexProperty().set(regex);
        find.caseSensitiveProperty().set(caseSensitive);
    }

    public boolean isHit(int line) {
        return find.isHit(line);
    }

    public int currentHit() {
        return find.currentLine();
    }

    // copy, save, open folder

    /** Reads the given lines (in the background) and hands their text to {@code onText} on the FX thread. */
    public void textOf(List<Integer> numbers, Consumer<String> onText) {
        IndexedLog current = log;
        if (current == null || numbers.isEmpty()) {
            return;
        }
        List<Integer> sorted = numbers.stream().sorted().limit(MAX_COPIED_LINES).toList();
        if (numbers.size() > MAX_COPIED_LINES) {
            notice.set("Copied the first " + RunFormat.number(MAX_COPIED_LINES) + " selected lines; save the log for all of it");
        }
        background.run(() -> {
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < sorted.size()) {
                int start = sorted.get(i);
                int end = start;
                while (i + 1 < sorted.size() && sorted.get(i + 1) == end + 1) {
                    end = sorted.get(++i);
                }
                i++;
                for (LogLine line : current.lines(start, end - start + 1)) {
                    text.append(line.text()).append(System.lineSeparator());
                }
            }
            return text.toString();
        }, onText, error -> dialogs.showError("Could not copy the lines", error));
    }

    public void saveAs(Path target) {
        Path source = path;
        if (source == null) {
            return;
        }
        background.run(() -> {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    OwnerOnly.tighten(target);
                    return target;
                },
                saved -> notice.set("Saved to " + target),
                error -> dialogs.showError("Could not save the log to " + target, error));
    }

    /** The folder holding the log file, or null without a log. */
    public Path folder() {
        return path == null ? null : path.toAbsolutePath().getParent();
    }

    public Path path() {
        return path;
    }

    /** "Stopped · exit code -15 · 4.2 s" once the run ended; empty while it waits or runs. */
    static String resultLine(RunRow run) {
        if (run.status() == null || !run.status().isTerminal()) {
            return "";
        }
        String exit = run.exitCode() == null ? "" : " · exit code " + run.exitCode();
        String took = run.startedAt() == null ? "" : " · " + RunFormat.duration(run.duration(run.endedAt()));
        return RunStatusStyle.label(run.status()) + exit + took;
    }

    /** Stops following and releases the file (pane hidden, another run opened). */
    public void close() {
        closeLog();
        runId = -1;
        result.set("");
        message.set(null);
    }

    private void closeLog() {
        generation++;
        waitingFor = null;
        stopTicker();
        refreshing = false;
        if (cache != null) {
            cache.close();
            cache = null;
        }
        if (log != null) {
            IndexedLog closing = log;
            background.run(closing::close, error -> { });
            log = null;
        }
        path = null;
        numbers = null;
        lines.set(FXCollections.observableArrayList());
        lineCount.set(0);
        hasLog.set(false);
        notice.set("");
        find.reset();
    }

    public ReadOnlyObjectProperty<ObservableList<Integer>> linesProperty() { return lines.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty lineCountProperty() { return lineCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty liveProperty() { return live.getReadOnlyProperty(); }
    /** The footer says "following the run": polled, and the run not known to have ended. */
    public javafx.beans.binding.BooleanBinding followingProperty() { return following; }
    /** The ended run's result (status, exit code, duration); empty while it waits or runs. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasLogProperty() { return hasLog.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Reveal> revealProperty() { return reveal.getReadOnlyProperty(); }
    public BooleanProperty followProperty() { return follow; }
    public BooleanProperty wrapProperty() { return wrap; }
    public IntegerProperty revisionProperty() { return revision; }
    public javafx.beans.property.StringProperty findQueryProperty() { return find.queryProperty(); }
    public BooleanProperty findRegexProperty() { return find.regexProperty(); }
    public BooleanProperty findCaseSensitiveProperty() { return find.caseSensitiveProperty(); }
    public ReadOnlyObjectProperty<Pattern> highlightProperty() { return find.highlightProperty(); }
    public ReadOnlyStringProperty findStatusProperty() { return find.statusProperty(); }
}
