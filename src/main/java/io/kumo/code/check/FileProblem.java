package io.kumo.code.check;

import io.kumo.code.CodeProblem;

/** A problem in one file of a project, by its path inside the project folder. */
public record FileProblem(String relativePath, CodeProblem problem) {

    /** {@code path:line:col: code message}, columns 1-based as editors and compilers print them. */
    public String describe() {
        String code = problem.code() == null ? "" : problem.code() + " ";
        return relativePath + ":" + problem.line() + ":" + (problem.column() + 1) + ": " + code + problem.message();
    }
}
