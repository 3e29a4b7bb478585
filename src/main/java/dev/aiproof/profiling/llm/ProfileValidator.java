package dev.aiproof.profiling.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Turns an untrusted model answer into a {@link CareerProfile} or says why it cannot. Ids must exist in the
 * taxonomy, tasks must belong to the chosen occupation or to the offered candidates, and every evidence must be
 * found in the CV text the model saw (compared case-, whitespace- and punctuation-insensitively). A claim that
 * fails is dropped; an answer left without an occupation, seniority or any task is unusable.
 */
final class ProfileValidator {

    private static final int MAX_ALTERNATIVES = 3;

    private final Taxonomy taxonomy;

    ProfileValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** @param profile null when unusable; @param problems what was wrong, without CV text (it goes to logs and reports) */
    record Validation(CareerProfile profile, List<String> problems) {
        boolean usable() {
            return profile != null;
        }
    }

    Validation validate(LlmAnswer answer, String cvText, Set<String> offeredTasks, String language,
            CareerProfile.ProfilerInfo info) {
        List<String> problems = new ArrayList<>();
        if (answer == null || answer.occupation() == null) {
            return new Validation(null, List.of("the answer has no occupation"));
        }
        Evidence cv = new Evidence(cvText);
        LlmAnswer.Occupation o = answer.occupation();
        Optional<Occupation> occupation = o.soc() == null ? Optional.empty() : taxonomy.occupation(o.soc().strip());
        Optional<String> occupationEvidence = cv.line(o.evidence());
        if (occupation.isEmpty()) {
            problems.add("occupation " + id(o.soc()) + " is not in the candidate list");
        } else if (occupationEvidence.isEmpty()) {
            problems.add("occupation evidence is not a verbatim quote from the CV");
        }
        SeniorityLevel level = answer.seniority() == null ? null : level(answer.seniority().level());
        Optional<String> seniorityEvidence = answer.seniority() == null
                ? Optional.empty()
                : cv.line(answer.seniority().evidence());
        if (level == null) {
            problems.add("seniority level must be one of intern, junior, mid, senior, lead, executive");
        } else if (seniorityEvidence.isEmpty()) {
            problems.add("seniority evidence is not a verbatim quote from the CV");
        }
        if (occupation.isEmpty() || occupationEvidence.isEmpty() || level == null || seniorityEvidence.isEmpty()) {
            return new Validation(null, problems);
        }
        Set<String> allowedTasks = new LinkedHashSet<>(offeredTasks);
        occupation.get().tasks().stream().map(OccupationTask::id).forEach(allowedTasks::add);
        List<CareerProfile.TaskClaim> tasks = tasks(answer.tasks(), allowedTasks, cv, problems);
        if (tasks.isEmpty()) {
            problems.add("no task is backed by a verbatim quote from the CV");
            return new Validation(null, problems);
        }
        var main = new CareerProfile.OccupationMatch(occupation.get().soc(),
                text(o.matchedTitle(), occupation.get().title()),
                clamp(o.confidence(), 0, 1), occupationEvidence.get());
        var seniority = new CareerProfile.SeniorityEstimate(level, clamp(answer.seniority().years(), 0, 60),
                seniorityEvidence.get());
        return new Validation(new CareerProfile(info, language, main, alternatives(answer, main.soc(), cv, problems),
                seniority, tasks, skills(answer.skills(), cv, problems)), problems);
    }

    private List<CareerProfile.TaskClaim> tasks(List<LlmAnswer.TaskItem> items, Set<String> allowed, Evidence cv,
            List<String> problems) {
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, Set<String>> quotes = new LinkedHashMap<>();
        for (LlmAnswer.TaskItem item : items == null ? List.<LlmAnswer.TaskItem>of() : items) {
            String id = item.id() == null ? "" : item.id().strip();
            if (taxonomy.task(id).isEmpty() || !allowed.contains(id)) {
                problems.add("task " + id(id) + " is not a candidate task (dropped)");
                continue;
            }
            Set<String> found = new LinkedHashSet<>();
            for (String quote : item.evidence() == null ? List.<String>of() : item.evidence()) {
                cv.line(quote).ifPresentOrElse(found::add,
                        () -> problems
                                .add("task " + id + ": an evidence is not a verbatim quote from the CV (dropped)"));
            }
            if (found.isEmpty()) {
                problems.add("task " + id + " has no verbatim evidence (dropped)");
                continue;
            }
            double share = Double.isFinite(item.share()) && item.share() > 0 ? item.share() : 0;
            shares.merge(id, share, Double::sum);
            quotes.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(found);
        }
        double total = shares.values().stream().collect(Collectors.summingDouble(Double::doubleValue));
        List<CareerProfile.TaskClaim> claims = new ArrayList<>();
        shares.forEach((id, share) -> claims.add(new CareerProfile.TaskClaim(id,
                total > 0 ? share / total : 1.0 / shares.size(), List.copyOf(quotes.get(id)))));
        return claims;
    }

    private List<CareerProfile.OccupationMatch> alternatives(LlmAnswer answer, String mainSoc, Evidence cv,
            List<String> problems) {
        List<CareerProfile.OccupationMatch> out = new ArrayList<>();
        for (LlmAnswer.Occupation alt : answer.alternatives() == null
                ? List.<LlmAnswer.Occupation>of()
                : answer.alternatives()) {
            Optional<Occupation> occupation = alt.soc() == null
                    ? Optional.empty()
                    : taxonomy.occupation(alt.soc().strip());
            Optional<String> evidence = cv.line(alt.evidence());
            if (occupation.isEmpty() || evidence.isEmpty()) {
                problems.add("alternative " + id(alt.soc()) + " is unknown or has no verbatim evidence (dropped)");
            } else if (!occupation.get().soc().equals(mainSoc)
                    && out.stream().noneMatch(m -> m.soc().equals(alt.soc().strip()))
                    && out.size() < MAX_ALTERNATIVES) {
                out.add(new CareerProfile.OccupationMatch(occupation.get().soc(),
                        text(alt.matchedTitle(), occupation.get().title()), clamp(alt.confidence(), 0, 1),
                        evidence.get()));
            }
        }
        return out;
    }

    private List<CareerProfile.SkillClaim> skills(List<LlmAnswer.SkillItem> items, Evidence cv, List<String> problems) {
        Map<String, CareerProfile.SkillClaim> out = new LinkedHashMap<>();
        for (LlmAnswer.SkillItem item : items == null ? List.<LlmAnswer.SkillItem>of() : items) {
            String id = item.id() == null ? "" : item.id().strip();
            Optional<String> evidence = cv.line(item.evidence());
            if (taxonomy.skill(id).isEmpty()) {
                problems.add("skill " + id(id) + " is not in the taxonomy (dropped)");
            } else if (evidence.isEmpty()) {
                problems.add("skill " + id + " has no verbatim evidence (dropped)");
            } else {
                out.putIfAbsent(id, new CareerProfile.SkillClaim(id, evidence.get()));
            }
        }
        return List.copyOf(out.values());
    }

    private static SeniorityLevel level(String value) {
        if (value == null) {
            return null;
        }
        for (SeniorityLevel level : SeniorityLevel.values()) {
            if (level.name().equalsIgnoreCase(value.strip())) {
                return level;
            }
        }
        return null;
    }

    /** An id as the model wrote it, cut short: problems go into reports, and an "id" could carry any text. */
    private static String id(String value) {
        return value == null ? "(none)" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static double clamp(double v, double min, double max) {
        return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : min;
    }

    private static String text(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** The CV as the model saw it, normalised once, with its lines for citing. */
    static final class Evidence {
        private final List<String> lines;
        private final List<String> normalisedLines;
        private final String normalisedText;

        Evidence(String cvText) {
            // cited without list markers: the report quotes the line, not its bullet
            this.lines = cvText.lines().map(l -> l.strip().replaceFirst("^[-–•*·▪●◦>]+\\s*", ""))
                    .filter(l -> !l.isEmpty()).toList();
            this.normalisedLines = lines.stream().map(Evidence::normalise).toList();
            this.normalisedText = " " + String.join(" ", normalisedLines) + " ";
        }

        /** The CV line that contains the quote; the quote itself when it spans lines; empty when not in the CV. */
        Optional<String> line(String quote) {
            String q = quote == null ? "" : normalise(quote);
            if (q.length() < 2 || !normalisedText.contains(" " + q + " ")) {
                return Optional.empty();
            }
            for (int i = 0; i < lines.size(); i++) {
                if ((" " + normalisedLines.get(i) + " ").contains(" " + q + " ")) {
                    return Optional.of(lines.get(i));
                }
            }
            return Optional.of(quote.strip());
        }

        static String normalise(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
    }
}
