package dev.aiproof.profiling.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.extraction.Section;
import dev.aiproof.profiling.Shortlist;

class LlmPromptComposerTest {

    private static final String CV = """
            Jane Roe
            Experience
            Backend developer at Acme, building billing services in Java.
            Backend developer at Acme, building billing services in Java.
            Designed   the   invoicing   architecture.
            ----
            Education
            MSc Computer Science, University of Oslo
            Interests
            Chess, sailing and baking sourdough bread every weekend.
            """;

    private static ExtractedDocument document() {
        return new ExtractedDocument(CV, "text/plain", "en", 1, List.of(
                new Section("education", "Education", "Education\nMSc Computer Science, University of Oslo"),
                new Section("other", "Interests",
                        "Interests\nChess, sailing and baking sourdough bread every weekend.")),
                List.of(), "h", List.of());
    }

    @Test
    void tidiesTheTextAndKeepsItWhenWithinBudget() {
        String trimmed = new PromptComposer(LlmTestSupport.PROMPTS, LlmTestSupport.TAXONOMY, 9000).trim(CV, document());

        assertThat(trimmed.lines()).containsExactly("Jane Roe", "Experience",
                "Backend developer at Acme, building billing services in Java.", "Designed the invoicing architecture.",
                "Education", "MSc Computer Science, University of Oslo", "Interests",
                "Chess, sailing and baking sourdough bread every weekend.");
    }

    @Test
    void overBudgetDropsLowValueSectionsBeforeWork() {
        String trimmed = new PromptComposer(LlmTestSupport.PROMPTS, LlmTestSupport.TAXONOMY, 160).trim(CV, document());

        assertThat(trimmed).contains("Designed the invoicing architecture.")
                .doesNotContain("sourdough", "MSc Computer Science");
        assertThat(trimmed.length()).isLessThanOrEqualTo(160);
    }

    @Test
    void aTightBudgetCutsAtALineBoundary() {
        String trimmed = new PromptComposer(LlmTestSupport.PROMPTS, LlmTestSupport.TAXONOMY, 30).trim(CV, document());

        assertThat(trimmed).isEqualTo("Jane Roe\nExperience");
    }

    @Test
    void offersOnlyTheShortlistNeverTheWholeTaxonomy() {
        var composer = new PromptComposer(LlmTestSupport.PROMPTS, LlmTestSupport.TAXONOMY, 9000);

        var request = composer.request("cv text {{tasks}}", new Shortlist(List.of("15-1252"), List.of("review-code"),
                List.of("java")));

        assertThat(request.prompt()).contains("15-1252 | Software Developers",
                "review-code | Review code and enforce engineering standards",
                "fix-bugs | Debug and maintain existing code", "java | Java", "<cv>\ncv text {{tasks}}\n</cv>")
                .doesNotContain("29-1141", "hands-on-care", "patient-care", "administer-infrastructure");
        assertThat(request.offeredTasks()).containsExactly("review-code", "write-code", "fix-bugs",
                "design-architecture", "gather-requirements", "automate-tests", "deploy-operate",
                "coordinate-stakeholders");
    }

    @Test
    void theRepairPromptListsTheProblems() {
        var composer = new PromptComposer(LlmTestSupport.PROMPTS, LlmTestSupport.TAXONOMY, 9000);
        var request = composer.request("cv", new Shortlist(List.of("15-1252"), List.of(), List.of()));

        String repair = composer.repair(request, "{\"occupation\": ", List.of("the answer is not a JSON object"));

        assertThat(repair).startsWith(request.prompt()).contains("- the answer is not a JSON object",
                "Previous answer:\n{\"occupation\":");
    }

    @Test
    void placeholdersAreFilledInOnePass() {
        assertThat(PromptSet.render("a {{x}} b {{y}}", Map.of("x", "{{y}}", "y", "$1\\"))).isEqualTo("a {{y}} b $1\\");
    }
}
