package io.kumo.code.check;

import io.kumo.code.CodeProblem;
import io.kumo.code.ProjectEnvironment;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.project.ProjectFiles;
import io.kumo.project.TextDocument;
import io.kumo.python.ToolResult;
import io.kumo.python.ToolRunner;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Syntax check, lint and format of Python code with the project's own interpreter, shared by the editor and the CLI:
 * syntax errors from Python's compiler (no packages needed), lint with ruff or else pyflakes, format with ruff or else
 * black. The text checked may be unsaved; the file's path only tells the tools which configuration applies.
 */
public final class CodeCheckService {

    /** The source of the problem reported for a file that cannot be read. */
    public static final String UNREADABLE = "kumo";

    private static final String COMPILE = String.join("\n",
            "import json, sys",
            "src = open(sys.argv[1], encoding='utf-8', newline='').read()",
            "try:",
            "    compile(src, sys.argv[2], 'exec', dont_inherit=True)",
            "    print('null')",
            "except SyntaxError as e:",
            "    print(json.dumps({'line': e.lineno, 'offset': e.offset, 'end_line': getattr(e, 'end_lineno', None),",
            "        'end_offset': getattr(e, 'end_offset', None), 'msg': e.msg, 'type': type(e).__name__}))",
            "except ValueError as e:",
            "    print(json.dumps({'line': 1, 'offset': 1, 'msg': str(e), 'type': type(e).__name__}))");

    private final ProjectEnvironment environments;
    private final SettingsService settings;
    private final ProjectFiles files;
    private final StdinToolRunner tools;
    private final ToolDetection detection;
    private final SyntaxErrorParser syntaxParser = new SyntaxErrorParser();
    private final RuffJsonParser ruffParser = new RuffJsonParser();
    private final PyflakesParser pyflakesParser = new PyflakesParser();

    public CodeCheckService(ProjectEnvironment environments, SettingsService settings, ToolRunner runner,
                            ProjectFiles files) {
        this.environments = environments;
        this.files = files;
        this.settings = settings;
        this.tools = new StdinToolRunner(runner);
        this.detection = new ToolDetection(tools);
    }

    /** Which tools the project's environment has (asked once, then remembered until {@link #redetect}). */
    public AvailableTools tools(Project project) {
        return detection.of(environments.python(project));
    }

    /** Forgets what was found in the project's environment (packages changed): the next call asks again. */
    public void redetect(Project project) {
        detection.forget(environments.python(project));
    }

    /** The name of the project's environment, or the interpreter used without one ("python3"). */
    public String environmentName(Project project) {
        return environments.of(project).map(env -> env.getName()).orElse(ProjectEnvironment.SYSTEM_PYTHON);
    }

    public boolean formatOnSave() {
        return settings.get(Settings.FORMAT_ON_SAVE);
    }

    /** Syntax errors of {@code text} as the project's Python compiles it (source "python"); none when it compiles. */
    public List<CodeProblem> syntax(Project project, String relativePath, String text) {
        ToolResult result = tools.script(environments.python(project), COMPILE, text, List.of(relativePath));
        if (!result.succeeded()) {
            throw new CheckFailedException("python could not check " + relativePath + ": " + result.errorText());
        }
        return syntaxParser.parse(result.stdout());
    }

    /** Lint findings by the environment's linter (ruff, else pyflakes); empty when it has neither. */
    public List<CodeProblem> lint(Project project, String relativePath, String text) {
        AvailableTools available = tools(project);
        Path python = environments.python(project);
        if (available.ruff()) {
            ToolResult result = tools.piped(python, text, List.of("-m", "ruff", "check", "--output-format=json",
                    "--no-cache", "--exit-zero", "--stdin-filename", file(project, relativePath).toString(), "-"));
            if (!result.succeeded()) {
                throw new CheckFailedException("ruff could not check " + relativePath + ": " + result.errorText());
            }
            return ruffParser.parse(result.stdout());
        }
        if (available.pyflakes()) {
            ToolResult result = tools.piped(python, text, List.of("-m", "pyflakes"));
            if (result.exitCode() > 1) {
                throw new CheckFailedException("pyflakes could not check " + relativePath + ": " + result.errorText());
            }
            List<CodeProblem> problems = new ArrayList<>(pyflakesParser.parseErrors(result.lastLines()));
            problems.addAll(pyflakesParser.parseWarnings(result.stdout()));
            return problems;
        }
        return List.of();
    }

    /** The source the lint findings come under: "ruff", "pyflakes", or null without a linter. */
    public String linter(Project project) {
        return tools(project).linter();
    }

    /**
     * {@code text} formatted by ruff, else black.
     *
     * @throws CheckFailedException when the environment has neither, or the formatter refuses the text (a syntax
     *                              error); the message says why, and the text is to be left alone
     */
    public Formatted format(Project project, String relativePath, String text) {
        AvailableTools available = tools(project);
        String formatter = available.formatter();
        if (formatter == null) {
            throw new CheckFailedException("No formatter in " + environmentName(project) + ": install ruff into it.");
        }
        String target = file(project, relativePath).toString();
        List<String> arguments = formatter.equals("ruff")
                ? List.of("-m", "ruff", "format", "--no-cache", "--stdin-filename", target, "-")
                : List.of("-m", "black", "-q", "--stdin-filename", target, "-");
        ToolResult result = tools.piped(environments.python(project), text, arguments);
        if (!result.succeeded()) {
            throw new CheckFailedException(formatter + " could not format " + relativePath + ": " + result.errorText());
        }
        String formatted = result.stdout();
        return new Formatted(formatted, formatter, !formatted.equals(text));
    }

    /**
     * Syntax errors and lint findings of every .py file of the project, file by file. A file that cannot be read (binary,
     * too large, unreadable) is one problem of that file, and the other files are still checked.
     */
    public List<FileProblem> checkProject(Project project) {
        List<FileProblem> found = new ArrayList<>();
        Path root = root(project);
        for (Path file : PythonFiles.under(root)) {
            String relative = relative(root, file);
            String text;
            try {
                text = files.open(project, relative).text();
            } catch (RuntimeException e) {
                found.add(new FileProblem(relative, CodeProblem.at(1, 0, CodeProblem.Severity.ERROR,
                        "cannot be read: " + e.getMessage(), UNREADABLE, null)));
                continue;
            }
            List<CodeProblem> problems = new ArrayList<>(tools(project).ruff() ? List.of() : syntax(project, relative, text));
            problems.addAll(lint(project, relative, text));
            problems.forEach(problem -> found.add(new FileProblem(relative, problem)));
        }
        return found;
    }

    /**
     * Formats every .py file of the project; with {@code checkOnly} nothing is written. Files are written through
     * {@link ProjectFiles} (atomically, the previous text kept in the file's history, in the file's own encoding and
     * line endings), so an editor open on one of them notices the change instead of overwriting it. Returns the files
     * that changed (or would change); files that cannot be read or are open read-only are left alone.
     */
    public List<String> formatProject(Project project, boolean checkOnly) {
        List<String> changed = new ArrayList<>();
        Path root = root(project);
        for (Path file : PythonFiles.under(root)) {
            String relative = relative(root, file);
            TextDocument document;
            try {
                document = files.open(project, relative);
            } catch (RuntimeException e) {
                continue; // `project check` reports it
            }
            if (document.readOnly()) {
                continue;
            }
            Formatted formatted = format(project, relative, document.text());
            if (formatted.changed()) {
                changed.add(relative);
                if (!checkOnly) {
                    files.save(project, document, formatted.text(), false);
                }
            }
        }
        return changed;
    }

    private static Path root(Project project) {
        Path root = Path.of(project.getRootPath());
        if (!Files.isDirectory(root)) {
            throw new ValidationException("The folder of project " + project.getName() + " is missing: " + root);
        }
        return root;
    }

    private static Path file(Project project, String relativePath) {
        return Path.of(project.getRootPath()).resolve(relativePath).normalize();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

}
