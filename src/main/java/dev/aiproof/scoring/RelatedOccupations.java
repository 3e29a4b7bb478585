package dev.aiproof.scoring;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Occupations with a lower base score than the person's own score that use what the person already has.
 * Closeness = 2 × shared skills + shared tasks + 2 when in the same group; a candidate needs one shared skill, two
 * shared tasks, or one shared task in the same group. When the
 * CV names no skills, the occupation's typical skills stand in. Ranked by closeness, then lower base score, then SOC.
 */
final class RelatedOccupations {

    static final int LIMIT = 3;

    private RelatedOccupations() {
    }

    static List<OccupationScore> find(Taxonomy taxonomy, Map<String, Integer> baseScores,
            Occupation own, CareerProfile profile, int score) {
        Set<String> skills = new HashSet<>();
        profile.skills().forEach(s -> skills.add(s.skillId()));
        if (skills.isEmpty()) {
            skills.addAll(own.allSkills());
        }
        Set<String> tasks = new HashSet<>();
        profile.tasks().forEach(t -> tasks.add(t.taskId()));
        if (tasks.isEmpty()) {
            own.tasks().forEach(t -> tasks.add(t.id()));
        }
        record Candidate(Occupation occupation, int closeness, int baseScore) {
        }
        return taxonomy.occupations().stream()
                .filter(o -> !o.soc().equals(own.soc()) && baseScores.get(o.soc()) < score)
                .map(o -> {
                    int sharedSkills = (int) o.allSkills().stream().filter(skills::contains).count();
                    int sharedTasks = (int) o.tasks().stream().map(OccupationTask::id).filter(tasks::contains).count();
                    int sameGroup = o.group().equals(own.group()) ? 2 : 0;
                    // O*NET's own related occupations are the closest; shared skills and tasks rank the rest
                    int onetRelated = own.related().contains(o.soc()) ? 6 : 0;
                    boolean close = onetRelated > 0 || sharedSkills > 0 || sharedTasks > 1
                            || (sharedTasks > 0 && sameGroup > 0);
                    int closeness = close ? onetRelated + 2 * Math.min(5, sharedSkills) + sharedTasks + sameGroup : 0;
                    return new Candidate(o, closeness, baseScores.get(o.soc()));
                })
                .filter(c -> c.closeness() > 0)
                .sorted(Comparator.comparingInt(Candidate::closeness).reversed()
                        .thenComparingInt(Candidate::baseScore)
                        .thenComparing(c -> c.occupation().soc()))
                .limit(LIMIT)
                .map(c -> new OccupationScore(c.occupation().soc(), c.occupation().title(),
                        c.baseScore()))
                .toList();
    }
}
