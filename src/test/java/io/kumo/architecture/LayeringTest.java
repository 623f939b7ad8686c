package io.kumo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, enforced on the compiled classes. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importKumo() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.kumo");
    }

    @Test
    void onlyUiPackagesUseJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.kumo.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.fxmisc..", "org.kordamp.ikonli.javafx..")
                .because("domain, engine, store and services must run without a UI toolkit")
                .check(classes);
    }

    @Test
    void engineSideCodeNeverReachesIntoTheUi() {
        noClasses().that().resideOutsideOfPackages("io.kumo.ui..", "io.kumo")
                .should().dependOnClassesThat().resideInAPackage("io.kumo.ui..")
                .because("the UI depends on the engine, never the other way round")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfKumoButItself() {
        noClasses().that().resideInAPackage("io.kumo.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kumo.store..", "io.kumo.service..",
                        "io.kumo.audit..", "io.kumo.engine..", "io.kumo.cli..", "io.kumo.ui..")
                .check(classes);
    }
}
