package org.transcriptbot.index.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The index module's boundaries, checked on its main classes: it knows nothing of Telegram, HTML or
 * the bot; its packages form no cycle; the model is plain data. Rules that name packages of the
 * target layout (analysis, lucene) pass while those packages do not exist and bite as soon as they
 * do.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.transcriptbot.index");

    @Test
    void indexNeverTouchesTelegramOrTheBot() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.telegram..", "org.transcriptbot.bot..", "okhttp3..")
                .because(
                        "the index module is the Telegram-free core; the bot depends on it, never the reverse")
                .check(MAIN);
    }

    @Test
    void indexUsesNoHtmlLibrary() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jsoup..", "org.owasp..", "org.apache.commons.text..")
                .because(
                        "markup is the bot renderers' job: the index marks text with neutral markers or offsets")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.transcriptbot.index.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theModelIsPlainData() {
        classes()
                .that()
                .resideInAPackage("org.transcriptbot.index.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.transcriptbot.index.model..", "java..")
                .check(MAIN);
    }

    @Test
    void parsingKnowsNoLuceneOrSearch() {
        noClasses()
                .that()
                .resideInAPackage("org.transcriptbot.index.parse..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.lucene..",
                        "org.transcriptbot.index.search..",
                        "org.transcriptbot.index.lucene..",
                        "org.transcriptbot.index.semantic..")
                .because("parsing turns files into the model; indexing and search come after it")
                .check(MAIN);
    }

    @Test
    void analysisIsBelowIndexingAndSearch() {
        noClasses()
                .that()
                .resideInAPackage("org.transcriptbot.index.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.transcriptbot.index.lucene..",
                        "org.transcriptbot.index.search..",
                        "org.transcriptbot.index.verify..")
                .allowEmptyShould(true) // the analysis package of the target layout
                .check(MAIN);
    }
}
