package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Python interpreter the user registered by its path (discovered ones are found again at each look). */
@DatabaseTable(tableName = "interpreters")
public class Interpreter extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "path", canBeNull = false)
    private String path;
    @DatabaseField(columnName = "python_version")
    private String pythonVersion;
    @DatabaseField(columnName = "implementation")
    private String implementation;
    @DatabaseField(columnName = "architecture")
    private String architecture;
    @DatabaseField(columnName = "pip_available")
    private boolean pipAvailable;

    public Interpreter() {
        // for ORMLite
    }

    public Interpreter(String path) {
        this.path = path;
    }

    @Override
    public String auditTargetType() {
        return "INTERPRETER";
    }

    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("path", path);
        fields.put("pythonVersion", pythonVersion);
        fields.put("implementation", implementation);
        fields.put("architecture", architecture);
        fields.put("pipAvailable", pipAvailable);
        return fields;
    }

    /** The path is the name: one registration per interpreter file. */
    @Override
    public String getName() { return path; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getPythonVersion() { return pythonVersion; }
    public void setPythonVersion(String pythonVersion) { this.pythonVersion = pythonVersion; }
    public String getImplementation() { return implementation; }
    public void setImplementation(String implementation) { this.implementation = implementation; }
    public String getArchitecture() { return architecture; }
    public void setArchitecture(String architecture) { this.architecture = architecture; }
    public boolean isPipAvailable() { return pipAvailable; }
    public void setPipAvailable(boolean pipAvailable) { this.pipAvailable = pipAvailable; }
}
