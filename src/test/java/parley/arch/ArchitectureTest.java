package parley.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreCodeIsFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage("parley.domain..", "parley.ingest..", "parley.extract..", "parley.store..",
                    "parley.core..", "parley.review..", "parley.score..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "parley.ui..", "parley.timeline..",
                    "parley.cli..")
            .because("domain, reading, extraction, store and use cases must run without a window");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("parley.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("parley.ingest..", "parley.extract..",
                    "parley.store..", "parley.core..", "parley.export..", "java.sql..")
            .because("the domain is the shared vocabulary; everything depends on it, it depends on nothing");

    @ArchTest
    static final ArchRule uiNeverRunsSql = noClasses()
            .that().resideInAnyPackage("parley.ui..", "parley.timeline..", "parley.export..", "parley.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "parley.store..")
            .because("windows and commands read the store only through the EventStore port");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses()
            .that().resideOutsideOfPackage("parley.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("SQL stays behind the store so it can move to PostgreSQL");

    @ArchTest
    static final ArchRule reviewWorksThroughThePorts = noClasses()
            .that().resideInAPackage("parley.review..")
            .should().dependOnClassesThat().resideInAnyPackage("parley.store..", "parley.core..", "parley.ingest..")
            .because("edits reach the store only through EventStore; the composition root wires them");

    @ArchTest
    static final ArchRule extractionDoesNotReachTheStore = noClasses()
            .that().resideInAnyPackage("parley.ingest..", "parley.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("parley.store..", "parley.core..")
            .because("extraction is a pure function of the article");
}
