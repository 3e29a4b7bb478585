package dev.aiproof.profiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.OccupationTask;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.SeniorityProfile;
import dev.aiproof.taxonomy.Taxonomy;

/** Profiles a CV without any remote call: job titles and aliases matched against the CV's lines. */
@Component
public class OfflineProfiler implements Profiler {

    private final Taxonomy taxonomy;

    public OfflineProfiler(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The occupations, tasks and skills this CV most plausibly maps to, best first. */
    public Shortlist shortlist(ExtractedDocument document) {
        CareerProfile profile = profile(document);
        Occupation occupation = taxonomy.occupation(profile.occupation().soc()).orElseThrow();
        return new Shortlist(List.of(occupation.soc()), occupation.tasks().stream().map(OccupationTask::id).toList(),
                occupation.skills());
    }

    @Override
    public CareerProfile profile(ExtractedDocument document) {
        List<String> lines = document.lines();
        CareerProfile.OccupationMatch best = null;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (Occupation occupation : taxonomy.occupations()) {
                for (String title : occupation.titles()) {
                    if (lower.contains(title.toLowerCase(Locale.ROOT)) && best == null) {
                        best = new CareerProfile.OccupationMatch(occupation.soc(), title, 0.8, line);
                    }
                }
            }
        }
        if (best == null) {
            Occupation first = taxonomy.occupations().getFirst();
            best = new CareerProfile.OccupationMatch(first.soc(), first.title(), 0.1, lines.getFirst());
        }
        Occupation occupation = taxonomy.occupation(best.soc()).orElseThrow();
        List<CareerProfile.TaskClaim> tasks = new ArrayList<>();
        for (OccupationTask task : occupation.tasks()) {
            tasks.add(new CareerProfile.TaskClaim(task.id(), task.share(), List.of(best.evidence())));
        }
        SeniorityLevel level = SeniorityLevel.MID;
        for (SeniorityProfile profile : taxonomy.seniority()) {
            for (String keyword : profile.titleKeywords()) {
                if (best.evidence().toLowerCase(Locale.ROOT).contains(keyword)) {
                    level = profile.level();
                }
            }
        }
        return new CareerProfile(new CareerProfile.ProfilerInfo("offline", "title-match", null, null, 0, 0),
                document.language(), best, List.of(), new CareerProfile.SeniorityEstimate(level, 0, best.evidence()),
                tasks, List.of());
    }
}
