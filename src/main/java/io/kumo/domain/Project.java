package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A folder of Python code, imported into the data directory or linked in place. */
@DatabaseTable(tableName = "projects")
public class Project extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "description")
    private String description;
    @DatabaseField(columnName = "root_path", canBeNull = false)
    private String rootPath;
    @DatabaseField(columnName = "linked")
    private boolean linked;
    @DatabaseField(columnName = "work_dir")
    private String workDir;
    @DatabaseField(columnName = "output_dir")
    private String outputDir;
    @DatabaseField(columnName = "tags")
    private String tags;
    /** Where a cloned project came from (null: not a Git project). */
    @DatabaseField(columnName = "git_url")
    private String gitUrl;
    @DatabaseField(columnName = "git_branch")
    private String gitBranch;
    @DatabaseField(columnName = "git_pull", canBeNull = false)
    private GitPull gitPull = GitPull.MANUAL;
    /** With {@link GitPull#SCHEDULE}: minutes between pulls. */
    @DatabaseField(columnName = "git_pull_minutes")
    private Integer gitPullMinutes;
    @DatabaseField(columnName = "git_pulled_at", persisterClass = InstantPersister.class)
    private Instant gitPulledAt;
    /** Why the last pull was refused or failed (null: it worked). */
    @DatabaseField(columnName = "git_pull_error")
    private String gitPullError;

    public Project() {
        // for ORMLite
    }

    public Project(String name, String rootPath) {
        this.name = name;
        this.rootPath = rootPath;
    }

    @Override
    public String auditTargetType() {
        return "PROJECT";
    }

    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("rootPath", rootPath);
        fields.put("linked", linked);
        fields.put("workDir", workDir);
        fields.put("outputDir", outputDir);
        fields.put("tags", tags);
        fields.put("gitUrl", io.kumo.domain.GitUrls.shown(gitUrl)); // never a token
        fields.put("gitBranch", gitBranch);
        fields.put("gitPull", gitPull);
        fields.put("gitPullMinutes", gitPullMinutes);
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRootPath() { return rootPath; }
    public void setRootPath(String rootPath) { this.rootPath = rootPath; }
    public boolean isLinked() { return linked; }
    public void setLinked(boolean linked) { this.linked = linked; }
    public String getWorkDir() { return workDir; }
    public void setWorkDir(String workDir) { this.workDir = workDir; }
    public String getOutputDir() { return outputDir; }
    public void setOutputDir(String outputDir) { this.outputDir = outputDir; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getGitUrl() { return gitUrl; }
    public void setGitUrl(String gitUrl) { this.gitUrl = gitUrl; }
    public boolean isGit() { return gitUrl != null && !gitUrl.isBlank(); }
    public String getGitBranch() { return gitBranch; }
    public void setGitBranch(String gitBranch) { this.gitBranch = gitBranch; }
    public GitPull getGitPull() { return gitPull; }
    public void setGitPull(GitPull gitPull) { this.gitPull = gitPull; }
    public Integer getGitPullMinutes() { return gitPullMinutes; }
    public void setGitPullMinutes(Integer gitPullMinutes) { this.gitPullMinutes = gitPullMinutes; }
    public Instant getGitPulledAt() { return gitPulledAt; }
    public void setGitPulledAt(Instant gitPulledAt) { this.gitPulledAt = gitPulledAt; }
    public String getGitPullError() { return gitPullError; }
    public void setGitPullError(String gitPullError) { this.gitPullError = gitPullError; }
}
