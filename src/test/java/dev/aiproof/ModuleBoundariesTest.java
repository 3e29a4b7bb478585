package dev.aiproof;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The allowed dependencies between feature packages (DESIGN.md "Modules"). A package may use only the packages
 * listed for it; anything else is a design change and belongs in DESIGN.md first.
 */
class ModuleBoundariesTest {

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "extraction", Set.of(),
            "taxonomy", Set.of(),
            "linkedin", Set.of(),
            "profiling", Set.of("taxonomy", "extraction"),
            "scoring", Set.of("taxonomy", "profiling"),
            "report", Set.of("scoring", "taxonomy", "profiling"),
            "delivery", Set.of("report", "taxonomy"),
            "pipeline", Set.of("extraction", "linkedin", "profiling", "scoring", "report", "delivery", "taxonomy"),
            "intake", Set.of("pipeline", "linkedin", "report", "scoring", "taxonomy", "extraction", "profiling"));

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aiproof");

    @Test
    void featurePackagesUseOnlyWhatTheyMay() {
        ALLOWED.forEach((module, allowed) -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(module) && !allowed.contains(other))
                    .map(other -> "dev.aiproof." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage("dev.aiproof." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(module + " may use only " + allowed)
                        .check(classes);
            }
        });
    }

    /**
     * Profiling is a facade ({@code Profiler}, {@code CareerProfile}) over two profilers: the offline one needs
     * nothing of the LLM one (it is the LLM's shortlister and fallback), and the facade needs neither.
     */
    @Test
    void theTwoProfilersSitBehindTheFacade() {
        noClasses().that().resideInAPackage("dev.aiproof.profiling.offline..")
                .should().dependOnClassesThat().resideInAPackage("dev.aiproof.profiling.llm..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.aiproof.profiling")
                .should().dependOnClassesThat().resideInAnyPackage("dev.aiproof.profiling.llm..", "dev.aiproof.profiling.offline..")
                .check(classes);
    }

    @Test
    void everyFeaturePackageIsDeclared() {
        Set<String> modules = new java.util.TreeSet<>();
        classes.forEach(c -> {
            String rest = c.getPackageName().replaceFirst("^dev\\.aiproof\\.?", "");
            if (!rest.isEmpty()) {
                modules.add(rest.split("\\.")[0]);
            }
        });
        org.assertj.core.api.Assertions.assertThat(ALLOWED.keySet()).containsAll(modules);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.aiproof.(*)..").should().beFreeOfCycles().check(classes);
    }
}
