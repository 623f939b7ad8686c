package io.kumo.python;

/** A package installed in an environment. */
public record InstalledPackage(String name, String version, String location) {
}
