package dev.aiproof.profiling.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;

class ProfileValidatorTest {

    private static final String CV = """
            Senior Software Engineer, Vipps MobilePay, Oslo
            08.2021 - present
            - Designed the event-driven architecture for merchant settlements.
            - Implemented REST services in Java 21 and Spring Boot.
            - Reviewed pull requests for a team of eight.
            Skills: Java, SQL
            """;
    private static final Set<String> OFFERED = Set.of("write-code", "design-architecture", "review-code");
    private static final CareerProfile.ProfilerInfo INFO = new CareerProfile.ProfilerInfo("llm", "m", "v", null, 0, 0);

    private final ProfileValidator validator = new ProfileValidator(LlmTestSupport.TAXONOMY);

    private static LlmAnswer answer(LlmAnswer.Occupation occupation, LlmAnswer.Seniority seniority,
            List<LlmAnswer.TaskItem> tasks, List<LlmAnswer.SkillItem> skills) {
        return new LlmAnswer(occupation, List.of(), seniority, tasks, skills);
    }

    private static final LlmAnswer.Occupation DEVELOPER = new LlmAnswer.Occupation("15-1252",
            "Senior Software Engineer",
            0.9, "Senior Software Engineer, Vipps MobilePay");
    private static final LlmAnswer.Seniority SENIOR = new LlmAnswer.Seniority("senior", 5, "Senior Software Engineer");

    @Test
    void quotesMatchAfterNormalisingCaseWhitespaceAndPunctuationAndCiteTheWholeLine() {
        var result = validator.validate(answer(DEVELOPER, SENIOR,
                List.of(new LlmAnswer.TaskItem("design-architecture", 1,
                        List.of("designed the EVENT driven   architecture"))),
                List.of(new LlmAnswer.SkillItem("java", "skills java sql"))), CV, OFFERED, "en", INFO);

        assertThat(result.usable()).isTrue();
        assertThat(result.profile().tasks().getFirst().evidence())
                .containsExactly("Designed the event-driven architecture for merchant settlements.");
        assertThat(result.profile().skills().getFirst().evidence()).isEqualTo("Skills: Java, SQL");
        assertThat(result.profile().seniority().level()).isEqualTo(SeniorityLevel.SENIOR);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void dropsUnknownIdsAndInventedQuotesAndNormalisesTheShares() {
        var result = validator.validate(answer(DEVELOPER, SENIOR, List.of(
                new LlmAnswer.TaskItem("write-code", 0.3, List.of("Implemented REST services", "Wrote a compiler")),
                new LlmAnswer.TaskItem("review-code", 0.2, List.of("Reviewed pull requests")),
                new LlmAnswer.TaskItem("invent-things", 0.3, List.of("Reviewed pull requests")),
                new LlmAnswer.TaskItem("design-architecture", 0.2, List.of("Led the architecture guild")),
                new LlmAnswer.TaskItem("hands-on-care", 0.5, List.of("Reviewed pull requests"))),
                List.of(new LlmAnswer.SkillItem("java", "Java"), new LlmAnswer.SkillItem("fortran-77", "Java"),
                        new LlmAnswer.SkillItem("sql", "PL/SQL tuning"))),
                CV, OFFERED, "en", INFO);

        assertThat(result.usable()).isTrue();
        assertThat(result.profile().tasks()).extracting(CareerProfile.TaskClaim::taskId)
                .containsExactly("write-code", "review-code");
        assertThat(result.profile().tasks().get(0).share()).isCloseTo(0.6, within(1e-9));
        assertThat(result.profile().tasks().get(1).share()).isCloseTo(0.4, within(1e-9));
        assertThat(result.profile().tasks().get(0).evidence()).hasSize(1);
        assertThat(result.profile().skills()).extracting(CareerProfile.SkillClaim::skillId).containsExactly("java");
        assertThat(result.problems()).hasSize(7).noneMatch(p -> p.contains("compiler") || p.contains("guild"));
    }

    @Test
    void zeroSharesBecomeEqualShares() {
        var result = validator.validate(answer(DEVELOPER, SENIOR, List.of(
                new LlmAnswer.TaskItem("write-code", 0, List.of("Implemented REST services")),
                new LlmAnswer.TaskItem("review-code", Double.NaN, List.of("Reviewed pull requests"))), List.of()),
                CV, OFFERED, "en", INFO);

        assertThat(result.profile().tasks()).allSatisfy(t -> assertThat(t.share()).isEqualTo(0.5));
    }

    @Test
    void wordsMustMatchWholeNotAsFragments() {
        var result = validator.validate(answer(DEVELOPER, SENIOR, List.of(
                new LlmAnswer.TaskItem("review-code", 1, List.of("Reviewed pull requests"))),
                List.of(new LlmAnswer.SkillItem("java", "ava"), new LlmAnswer.SkillItem("sql", ""))), CV, OFFERED, "en",
                INFO);

        assertThat(result.profile().skills()).isEmpty();
    }

    @Test
    void anUnknownOccupationOrInventedOccupationQuoteMakesTheAnswerUnusable() {
        var unknown = validator.validate(answer(new LlmAnswer.Occupation("99-9999", "x", 1, "Senior Software Engineer"),
                SENIOR, List.of(), List.of()), CV, OFFERED, "en", INFO);
        var invented = validator.validate(answer(new LlmAnswer.Occupation("15-1252", "x", 1, "Head of Platform at DNB"),
                SENIOR, List.of(), List.of()), CV, OFFERED, "en", INFO);

        assertThat(unknown.usable()).isFalse();
        assertThat(unknown.problems()).containsExactly("occupation 99-9999 is not in the candidate list");
        assertThat(invented.usable()).isFalse();
        assertThat(invented.problems()).containsExactly("occupation evidence is not a verbatim quote from the CV");
    }

    @Test
    void aBadSeniorityOrNoBackedTaskMakesTheAnswerUnusable() {
        var badLevel = validator.validate(
                answer(DEVELOPER, new LlmAnswer.Seniority("guru", 5, "Senior Software Engineer"),
                        List.of(new LlmAnswer.TaskItem("review-code", 1, List.of("Reviewed pull requests"))),
                        List.of()),
                CV, OFFERED, "en", INFO);
        var noTasks = validator.validate(answer(DEVELOPER, SENIOR,
                List.of(new LlmAnswer.TaskItem("review-code", 1, List.of("Approved budgets"))), List.of()),
                CV, OFFERED, "en", INFO);
        var nothing = validator.validate(null, CV, OFFERED, "en", INFO);

        assertThat(badLevel.usable()).isFalse();
        assertThat(noTasks.usable()).isFalse();
        assertThat(noTasks.problems()).contains("no task is backed by a verbatim quote from the CV");
        assertThat(nothing.usable()).isFalse();
    }

    @Test
    void tasksOfTheChosenOccupationAreAllowedEvenWhenNotOffered() {
        var result = validator.validate(answer(DEVELOPER, SENIOR, List.of(
                new LlmAnswer.TaskItem("deploy-operate", 1, List.of("Reviewed pull requests"))), List.of()),
                CV, Set.of(), "en", INFO);

        assertThat(result.profile().tasks()).extracting(CareerProfile.TaskClaim::taskId)
                .containsExactly("deploy-operate");
    }

    @Test
    void clampsConfidenceAndYears() {
        var result = validator.validate(answer(new LlmAnswer.Occupation("15-1252", " ", 7, "Senior Software Engineer"),
                new LlmAnswer.Seniority("SENIOR", -3, "senior software engineer"),
                List.of(new LlmAnswer.TaskItem("review-code", 1, List.of("Reviewed pull requests"))), List.of()),
                CV, OFFERED, "en", INFO);

        assertThat(result.profile().occupation().confidence()).isEqualTo(1.0);
        assertThat(result.profile().occupation().matchedTitle()).isEqualTo("Software Developers");
        assertThat(result.profile().seniority().yearsOfExperience()).isZero();
    }
}
