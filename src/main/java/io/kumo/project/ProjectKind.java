package io.kumo.project;

/** What a project folder looks like. */
public enum ProjectKind {
    SCRAPY("Scrapy project"),
    PACKAGE("Python package (pyproject.toml)"),
    SCRIPTS("Python scripts"),
    UNKNOWN("No Python entry point found");

    private final String label;

    ProjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
