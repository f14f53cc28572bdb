package org.transcriptbot.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The bot module's boundaries, checked on its main classes (see ARCHITECTURE.md): conversation and
 * messages know no transport and no configuration; render depends on the JDK only; the console and
 * Telegram are two transports over the same conversation; no package cycles.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.transcriptbot.bot");

    @Test
    void conversationAndMessagesKnowNoTransportOrConfiguration() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.transcriptbot.bot.conversation..", "org.transcriptbot.bot.messages..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.telegram..",
                        "okhttp3..",
                        "org.transcriptbot.bot.telegram..",
                        "org.transcriptbot.bot.state..",
                        "org.transcriptbot.bot.console..",
                        "org.transcriptbot.bot.config..",
                        "org.transcriptbot.bot.app..",
                        "org.transcriptbot.bot.cli..",
                        "picocli..")
                .because(
                        "the same conversation serves Telegram and the console, and settings reach it already checked")
                .check(MAIN);
    }

    @Test
    void messagesDoNotRoute() {
        noClasses()
                .that()
                .resideInAPackage("org.transcriptbot.bot.messages..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.transcriptbot.bot.conversation..")
                .because(
                        "messages compose text; routing and buttons (callbacks) belong to the conversation")
                .check(MAIN);
    }

    @Test
    void renderDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("org.transcriptbot.bot.render..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.transcriptbot.bot.render..", "java..")
                .check(MAIN);
    }

    @Test
    void theConsoleIsNotTelegram() {
        noClasses()
                .that()
                .resideInAPackage("org.transcriptbot.bot.console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.telegram..",
                        "org.transcriptbot.bot.telegram..",
                        "org.transcriptbot.bot.config..")
                .check(MAIN);
    }

    @Test
    void metricsAreALeaf() {
        classes()
                .that()
                .resideInAPackage("org.transcriptbot.bot.metrics..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.transcriptbot.bot.conversation..",
                        "org.transcriptbot.bot.messages..",
                        "org.transcriptbot.bot.telegram..",
                        "org.transcriptbot.bot.state..",
                        "org.transcriptbot.bot.config..",
                        "org.transcriptbot.bot.app..")
                .because(
                        "conversation and delivery count into metrics; metrics know nothing of them")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.transcriptbot.bot.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theDurableStateKnowsNoConversationText() {
        noClasses()
                .that()
                .resideInAPackage("org.transcriptbot.bot.state..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.transcriptbot.bot.messages..",
                        "org.transcriptbot.bot.render..",
                        "org.transcriptbot.bot.console..")
                .allowEmptyShould(true) // the state package of the delivery issue
                .check(MAIN);
    }

    /** app (main, commands, wiring) is the only reader of the configuration. */
    @Test
    void onlyAppReadsTheConfiguration() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.transcriptbot.bot.app..", "org.transcriptbot.bot.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.transcriptbot.bot.config..")
                .check(MAIN);
    }
}
