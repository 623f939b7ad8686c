package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Python interpreter with its packages that tasks run in. */
@DatabaseTable(tableName = "python_envs")
public class PythonEnvironment extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "kind", canBeNull = false)
    private EnvironmentKind kind;
    @DatabaseField(columnName = "interpreter_path", canBeNull = false)
    private String interpreterPath;
    @DatabaseField(columnName = "python_version")
    private String pythonVersion;
    @DatabaseField(columnName = "location")
    private String location;
    @DatabaseField(columnName = "state", canBeNull = false)
    private EnvironmentState state;
    @DatabaseField(columnName = "packages_writable")
    private boolean packagesWritable = true;
    @DatabaseField(columnName = "base_interpreter")
    private String baseInterpreter;

    public PythonEnvironment() {
        // for ORMLite
    }

    public PythonEnvironment(String name, EnvironmentKind kind, String interpreterPath, EnvironmentState state) {
        this.name = name;
        this.kind = kind;
        this.interpreterPath = interpreterPath;
        this.state = state;
    }

    @Override
    public String auditTargetType() {
        return "ENVIRONMENT";
    }

    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("interpreterPath", interpreterPath);
        fields.put("pythonVersion", pythonVersion);
        fields.put("location", location);
        fields.put("state", state);
        fields.put("packagesWritable", packagesWritable);
        fields.put("baseInterpreter", baseInterpreter);
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public EnvironmentKind getKind() { return kind; }
    public void setKind(EnvironmentKind kind) { this.kind = kind; }
    public String getInterpreterPath() { return interpreterPath; }
    public void setInterpreterPath(String interpreterPath) { this.interpreterPath = interpreterPath; }
    public String getPythonVersion() { return pythonVersion; }
    public void setPythonVersion(String pythonVersion) { this.pythonVersion = pythonVersion; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public EnvironmentState getState() { return state; }
    public void setState(EnvironmentState state) { this.state = state; }
    /** False for the system interpreter until the user allowed package changes there. */
    public boolean isPackagesWritable() { return packagesWritable; }
    public void setPackagesWritable(boolean packagesWritable) { this.packagesWritable = packagesWritable; }
    /** The interpreter a venv was made from, or the conda Python version asked for. */
    public String getBaseInterpreter() { return baseInterpreter; }
    public void setBaseInterpreter(String baseInterpreter) { this.baseInterpreter = baseInterpreter; }
}
