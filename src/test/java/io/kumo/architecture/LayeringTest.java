package io.kumo.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
        classes().that().resideInAPackage("io.kumo.domain..")
                .should().onlyDependOnClassesThat(resideInAPackage("io.kumo.domain..").or(resideOutsideOfPackage("io.kumo..")))
                .because("entities are the vocabulary every layer shares")
                .check(classes);
    }

    @Test
    void theCommonLeafDependsOnNothingOfKumo() {
        classes().that().resideInAPackage("io.kumo.common..")
                .should().onlyDependOnClassesThat(resideInAPackage("io.kumo.common..").or(resideOutsideOfPackage("io.kumo..")))
                .check(classes);
    }

    @Test
    void noPackageCyclesOutsideTheUi() {
        // the REST API's HTTP adapter and metrics sit beside the CLI, above the composition root
        slices().matching("io.kumo.(*)..")
                .should().beFreeOfCycles()
                .check(classes.that(not(resideInAnyPackage("io.kumo.ui..", "io.kumo.api.http..", "io.kumo.api.metrics.."))));
    }

    @Test
    void onlyTheEntryPointsUseTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackages("io.kumo.app..", "io.kumo.ui..", "io.kumo.cli..", "io.kumo",
                        "io.kumo.api.http..", "io.kumo.api.metrics..")
                .should().dependOnClassesThat().resideInAPackage("io.kumo.app..")
                .because("services and the engine get their collaborators passed in, never look them up")
                .check(classes);
    }

    @Test
    void theUiNeverTouchesTheStoreOrTheSupervisor() {
        noClasses().that().resideInAPackage("io.kumo.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kumo.store..", "io.kumo.supervisor..", "com.j256.ormlite..")
                .because("panes go through the services, which own transactions, rules and processes")
                .check(classes);
    }

    @Test
    void panesGetTheirServicesNeverTheCompositionRoot() {
        noClasses().that().resideInAPackage("io.kumo.ui..")
                .and(not(describe("the UI's composition points (KumoApp, DesktopSession, Panes)",
                        type -> type.getName().matches("io\\.kumo\\.ui\\.(KumoApp|DesktopSession|Panes)(\\$.*)?"))))
                .should().dependOnClassesThat().resideInAPackage("io.kumo.app..")
                .because("a pane gets the narrow services it uses, so it cannot reach everything through the core")
                .check(classes);
    }
}
