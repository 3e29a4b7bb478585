package dev.aiproof.scoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.Taxonomy;
import dev.aiproof.taxonomy.Task;

/** Scores a profile against the taxonomy. Pure: the same profile and taxonomy give the same assessment. */
@Component
public class Scorer {

    private final Taxonomy taxonomy;

    public Scorer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The score of a typical mid-level worker doing the occupation's usual task mix. */
    public int baseScore(Occupation occupation) {
        double exposure = 0;
        for (var task : occupation.tasks()) {
            exposure += taxonomy.task(task.id()).orElseThrow().value() * task.share();
        }
        return (int) Math.round(100 * exposure);
    }

    public ExposureAssessment score(CareerProfile profile) {
        Occupation occupation = taxonomy.occupation(profile.occupation().soc()).orElseThrow();
        List<ExposureAssessment.TaskScore> tasks = new ArrayList<>();
        double exposure = 0;
        for (CareerProfile.TaskClaim claim : profile.tasks()) {
            Task task = taxonomy.task(claim.taskId()).orElseThrow();
            exposure += task.value() * claim.share();
            tasks.add(new ExposureAssessment.TaskScore(task.id(), task.title(), task.exposure(), task.level(),
                    task.value(), claim.share(), task.rationale(), claim.evidence()));
        }
        double multiplier = taxonomy.seniority(profile.seniority().level()).multiplier();
        int score = (int) Math.round(Math.min(100, 100 * exposure * multiplier));
        return new ExposureAssessment(taxonomy.version(), occupation.soc(), occupation.title(), score, Band.of(score),
                new ExposureAssessment.SeniorityEffect(profile.seniority().level(), profile.seniority().yearsOfExperience(),
                        multiplier > 1 ? "elevated" : multiplier < 1 ? "reduced" : "neutral", multiplier),
                new ExposureAssessment.ScreenWork(occupation.screenShare(), "neutral"),
                tasks, List.of(), List.of(), List.of(), List.of(), "", List.of(),
                taxonomy.sources().stream().map(s -> s.citation()).toList());
    }
}
