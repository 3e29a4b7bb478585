package dev.aiproof;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The modules declared in each feature package's {@code package-info.java} (DESIGN.md "Modules"), verified by Spring
 * Modulith: no cycles, only the dependencies a module declares, and only another module's API (its top-level package,
 * or a named interface such as {@code profiling::offline}). A change that breaks a rule fails here, e.g. importing
 * {@code dev.aiproof.pipeline.Pipeline} into {@code scoring.Scorer} fails with "Module 'scoring' depends on module
 * 'pipeline' via dev.aiproof.scoring.Scorer -> dev.aiproof.pipeline.Pipeline. Allowed targets: taxonomy, profiling."
 * and "Cycle detected: Slice delivery -> Slice report -> Slice scoring -> Slice pipeline -> Slice delivery" (tried
 * 2026-12-03); using a type from another module's internal package fails with "depends on non-exposed type".
 * {@link #aWrongImportIsFound()} shows both kinds on a small module tree of its own.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(AiproofApplication.class);

    @Test
    void theModulesKeepToWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("delivery", "erasure", "extraction", "intake", "linkedin", "pipeline",
                        "profiling", "report", "scoring", "taxonomy");
    }

    /** The same verification over test classes that break the rules (package {@code dev.aiproof.modules.wrong}). */
    @Test
    void aWrongImportIsFound() {
        ApplicationModules wrong = ApplicationModules.of("dev.aiproof.modules.wrong", location -> true);
        assertThatThrownBy(wrong::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'billing' depends on module 'shop' via "
                        + "dev.aiproof.modules.wrong.billing.Billing -> dev.aiproof.modules.wrong.shop.internal.Ledger. "
                        + "Allowed targets: none")
                .hasMessageContaining("Module 'invoicing' depends on non-exposed type "
                        + "dev.aiproof.modules.wrong.shop.internal.Ledger");
    }

    /**
     * Inside profiling, which Modulith sees as one module: the offline profiler needs nothing of the LLM one (it is the
     * LLM's shortlister and fallback), and the facade needs neither.
     */
    @Test
    void theTwoProfilersSitBehindTheFacade() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aiproof.profiling");
        noClasses().that().resideInAPackage("dev.aiproof.profiling.offline..")
                .should().dependOnClassesThat().resideInAPackage("dev.aiproof.profiling.llm..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.aiproof.profiling")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.aiproof.profiling.llm..", "dev.aiproof.profiling.offline..")
                .check(classes);
    }

    /**
     * The module documentation in {@code docs/modules} (a component diagram and one canvas per module) is what Spring
     * Modulith generates from the code now: generated into {@code target/} and compared line by line, order aside
     * (the generator does not keep one). Refresh it with {@code -Dmodules.docs=write}.
     */
    @Test
    void theModuleDocumentationIsCurrent() throws Exception {
        boolean write = "write".equals(System.getProperty("modules.docs"));
        Path committed = Path.of("docs/modules");
        Path generated = write ? committed : Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.sorted().toList()) {
                Path mine = committed.resolve(file.getFileName());
                assertThat(mine).as("%s is in docs/modules (-Dmodules.docs=write)", file.getFileName()).exists();
                assertThat(sortedLines(mine))
                        .as("docs/modules/%s is current (-Dmodules.docs=write)", file.getFileName())
                        .isEqualTo(sortedLines(file));
            }
        }
        try (Stream<Path> mine = Files.list(committed); Stream<Path> made = Files.list(generated)) {
            assertThat(mine.map(Path::getFileName).map(Path::toString).sorted())
                    .as("docs/modules holds no file the generator no longer writes")
                    .containsExactlyElementsOf(made.map(Path::getFileName).map(Path::toString).sorted().toList());
        }
        assertThat(Files.readString(committed.resolve("components.puml"))).contains("Pipeline", "Profiling", "Erasure");
    }

    private static List<String> sortedLines(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
