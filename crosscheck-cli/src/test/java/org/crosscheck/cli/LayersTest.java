package org.crosscheck.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each module and stage talks to the others only through their front doors. The command line sees every module,
 * so the rules over all of them are checked here, on the main classes of the whole build.
 */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crosscheck");
    }

    @Test
    void coreNlpIsUsedOnlyThroughItsAdapter() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .because("the NLP library is one module's business; stages run on the model's tokens")
                .check(classes);
    }

    @Test
    void theServerUsesTheLedgerThroughItsFacadeAndNeverItsSql() {
        noClasses().that().resideInAPackage("org.crosscheck.server..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.flywaydb..",
                        "org.crosscheck.ledger.store..", "org.crosscheck.ledger.match..",
                        "org.crosscheck.ledger.consensus..", "org.crosscheck.ledger.edit..",
                        "org.crosscheck.ledger.query..", "org.crosscheck.ledger.export..")
                .because("the server reads and writes the ledger through org.crosscheck.ledger.Ledger")
                .check(classes);
    }

    @Test
    void onlyTheLedgersStoreSpeaksJdbc() {
        noClasses().that().resideOutsideOfPackages("org.crosscheck.ledger.store..", "org.crosscheck.ledger.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "com.zaxxer..")
                .because("connections, migrations and row mapping live in the ledger's store")
                .check(classes);
    }

    @Test
    void theLedgersPureStagesTouchNoDatabase() {
        noClasses().that().haveSimpleNameStartingWith("Matcher").or().haveSimpleName("MatchPolicy")
                .or().haveSimpleName("Candidates").or().haveSimpleName("EventConsensus")
                .or().haveSimpleName("ClaimConsensus").or().haveSimpleName("EventFields")
                .or().haveSimpleName("Reconciler").or().haveSimpleName("Notes")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..")
                .because("matching, consensus and reconciliation are functions of their rows")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.crosscheck.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.corenlp..", "org.crosscheck.geo..",
                        "org.crosscheck.extract..", "org.crosscheck.json..", "org.crosscheck.ledger..",
                        "org.crosscheck.server..", "org.crosscheck.cli..")
                .check(classes);
    }
}
