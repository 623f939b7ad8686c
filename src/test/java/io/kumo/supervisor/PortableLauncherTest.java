package io.kumo.supervisor;

/** ProcessBuilder with the setsid program: the path for platforms without glibc's posix_spawn. */
class PortableLauncherTest extends OsProcessLauncherTest {

    @Override
    OsProcessLauncher launcher() {
        return OsProcessLauncher.portable();
    }
}
