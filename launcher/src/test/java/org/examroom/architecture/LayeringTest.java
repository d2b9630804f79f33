package org.examroom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of docs/architecture.md, checked on the production classes of every
 * module: common ← hardware ← terminal; common ← face ← terminal; common ← room-controller;
 * common ← admin-console; common ← central-office.
 */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.examroom");
    }

    @Test
    void commonIsPureJava() {
        ArchRule rule = noClasses().that().resideInAPackage("org.examroom.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "io.helidon..", "com.pi4j..", "org.opencv..", "nu.pattern..", "com.google.zxing..",
                        "java.sql..", "javax.sql..", "org.apache.derby..", "org.flywaydb..", "java.awt..", "javax.swing..",
                        "org.examroom.room..", "org.examroom.terminal..", "org.examroom.console..",
                        "org.examroom.hardware..", "org.examroom.face..", "org.examroom.launcher..", "org.examroom.central..")
                .because("common is the domain every program shares: no UI, server, database or device code");
        rule.check(production);
    }

    @Test
    void clientsNeverLinkTheRoomController() {
        ArchRule rule = noClasses().that().resideInAnyPackage(
                        "org.examroom.terminal..", "org.examroom.console..", "org.examroom.hardware..", "org.examroom.face..")
                .should().dependOnClassesThat().resideInAnyPackage("org.examroom.room..", "io.helidon..", "org.apache.derby..")
                .because("terminals and consoles talk to the controller only over its network API");
        rule.check(production);
    }

    @Test
    void theOfficeDependsOnCommonOnly() {
        ArchRule rule = noClasses().that().resideInAPackage("org.examroom.central..")
                .should().dependOnClassesThat().resideInAnyPackage("org.examroom.room..", "org.examroom.terminal..",
                        "org.examroom.console..", "org.examroom.hardware..", "org.examroom.face..", "org.examroom.launcher..",
                        "javafx..")
                .because("the office receives rooms' chunks over the network; it shares only the domain in common");
        rule.check(production);
    }

    @Test
    void theRoomControllerNeverLinksTheOffice() {
        ArchRule rule = noClasses().that().resideInAPackage("org.examroom.room..")
                .should().dependOnClassesThat().resideInAPackage("org.examroom.central..")
                .because("a room reaches the office only over the network, through its sync transport");
        rule.check(production);
    }

    @Test
    void hardwareKnowsNoScreens() {
        ArchRule rule = noClasses().that().resideInAPackage("org.examroom.hardware..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.examroom.terminal..", "org.examroom.console..")
                .because("devices sit under the terminal, behind interfaces");
        rule.check(production);
    }

    @Test
    void faceChecksKnowNoScreensNoServerAndNoProgram() {
        ArchRule rule = noClasses().that().resideInAPackage("org.examroom.face..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "io.helidon..", "org.apache.derby..", "java.sql..",
                        "org.examroom.room..", "org.examroom.terminal..", "org.examroom.console..", "org.examroom.launcher..")
                .because("face checks take frames and give events; the terminal shows them and the controller stores them");
        rule.check(production);
    }

    @Test
    void theConsoleAndTheTerminalAreSeparatePrograms() {
        noClasses().that().resideInAPackage("org.examroom.terminal..")
                .should().dependOnClassesThat().resideInAPackage("org.examroom.console..")
                .check(production);
        noClasses().that().resideInAPackage("org.examroom.console..")
                .should().dependOnClassesThat().resideInAnyPackage("org.examroom.terminal..", "org.examroom.hardware..", "org.examroom.face..")
                .check(production);
    }

    @Test
    void theTerminalsViewModelsAndItsJournalNeedNoScreen() {
        noClasses().that().resideInAnyPackage("org.examroom.terminal.journal..", "org.examroom.terminal.session..",
                        "org.examroom.terminal.client..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("answers are kept and sent whether or not a screen is up")
                .check(production);
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleName("ApplicantFlow")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models hold state in properties and are tested without the FX toolkit")
                .check(production);
    }

    @Test
    void onlyTheLauncherWritesToTheConsoleStreams() {
        noClasses().that().resideOutsideOfPackage("org.examroom.launcher..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("programs log through System.Logger / java.util.logging, never System.out")
                .check(production);
    }
}
