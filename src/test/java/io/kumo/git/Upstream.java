package io.kumo.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real bare repository in a temp folder (reached by a file:// URL) and a clone of it where its author commits and pushes. */
public final class Upstream implements AutoCloseable {

    private static final PersonIdent ADA = new PersonIdent("Ada", "ada@example.com");

    final Path bare;
    private final Git author;

    private Upstream(Path bare, Git author) {
        this.bare = bare;
        this.author = author;
    }

    /** A repository whose branch {@code main} holds {@code app.py} and {@code README.md}. */
    public static Upstream create(Path dir) throws IOException, GitAPIException, java.net.URISyntaxException {
        Path bare = dir.resolve("upstream.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Git author = Git.init().setInitialBranch("main").setDirectory(dir.resolve("author").toFile()).call();
        author.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(bare.toUri().toString())).call();
        Upstream upstream = new Upstream(bare, author);
        upstream.write("app.py", "print('hello from v1')\n");
        upstream.commit("README.md", "# Demo\n", "First commit");
        return upstream;
    }

    public String url() {
        return "file://" + bare.toAbsolutePath();
    }

    /** Writes the file, commits everything and pushes; the new commit's id. */
    public String commit(String file, String content, String message) throws IOException, GitAPIException {
        write(file, content);
        author.add().addFilepattern(".").call();
        String id = author.commit().setMessage(message).setAuthor(ADA).setCommitter(ADA).call().name();
        author.push().setRemote("origin").add(author.getRepository().getBranch()).call();
        return id;
    }

    /** Pushes a new branch {@code name} at the current commit. */
    public void pushBranch(String name) throws GitAPIException {
        author.branchCreate().setName(name).call();
        author.push().setRemote("origin").add(name).call();
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(author.getRepository().getWorkTree().toPath().resolve(file), content);
    }

    @Override
    public void close() {
        author.close();
    }
}
