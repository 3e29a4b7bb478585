package dev.aiproof.profiling;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.aiproof.extraction.DatedPosition;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.SeniorityProfile;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Career stage from the words of the current job title (the taxonomy's title keywords) and, when the title
 * says nothing, from years of dated experience against the taxonomy's {@code minYears}. Years alone never
 * make someone lead or executive: those are roles, not tenure.
 */
final class SeniorityEstimator {

    private record Keyword(SeniorityLevel level, Pattern pattern) {
    }

    private final List<Keyword> keywords = new ArrayList<>();
    private final List<SeniorityProfile> byYears;

    SeniorityEstimator(Taxonomy taxonomy) {
        for (SeniorityProfile profile : taxonomy.seniority()) {
            for (String keyword : profile.titleKeywords()) {
                keywords.add(new Keyword(profile.level(), pattern(keyword.toLowerCase(Locale.ROOT).strip(), profile.level())));
            }
        }
        byYears = taxonomy.seniority().stream()
                .filter(p -> p.level() == SeniorityLevel.JUNIOR || p.level() == SeniorityLevel.MID
                        || p.level() == SeniorityLevel.SENIOR)
                .sorted(Comparator.comparing(SeniorityProfile::level)).toList();
    }

    /**
     * Norwegian joins words: "avdelingsleder" ends in "leder", "seniorrådgiver" starts with "senior". A keyword
     * of five letters or more may end a word; "senior" and "junior" may also start one.
     */
    private static Pattern pattern(String keyword, SeniorityLevel level) {
        boolean word = keyword.chars().allMatch(Character::isLetter);
        String before = word && keyword.length() >= 5 ? "(?<![\\p{L}\\p{N}])(?:\\p{L}{2,})?" : "(?<![\\p{L}\\p{N}])";
        boolean prefix = word && (level == SeniorityLevel.SENIOR || level == SeniorityLevel.JUNIOR) && keyword.length() >= 6;
        String after = prefix ? "(?:\\p{L}{3,})?(?![\\p{L}\\p{N}])" : "(?![\\p{L}\\p{N}])";
        return Pattern.compile(before + Pattern.quote(keyword) + after);
    }

    CareerProfile.SeniorityEstimate estimate(List<EvidenceLine> lines, List<DatedPosition> positions,
                                             List<EvidenceLine> titleLines, YearMonth now) {
        List<SeniorityYears.Period> periods = SeniorityYears.periods(positions, lines, now);
        double years = SeniorityYears.years(periods);
        String dateLine = periods.stream().max(Comparator.comparing(SeniorityYears.Period::end)
                .thenComparing(SeniorityYears.Period::start)).map(SeniorityYears.Period::line).orElse(null);
        if (periods.isEmpty()) {
            years = SeniorityYears.claimed(lines);
        }
        SeniorityLevel byTitle = null;
        String titleEvidence = null;
        for (EvidenceLine line : titleLines) {
            SeniorityLevel level = level(line.lower());
            if (level != null && (byTitle == null || level.compareTo(byTitle) > 0)) {
                byTitle = level;
                titleEvidence = line.text();
            }
        }
        if (byTitle != null) {
            return new CareerProfile.SeniorityEstimate(byTitle, years, titleEvidence);
        }
        SeniorityLevel level = byYears.isEmpty() ? SeniorityLevel.MID : byYears.getFirst().level();
        for (SeniorityProfile profile : byYears) {
            if (years >= profile.minYears() && profile.minYears() > 0) {
                level = profile.level();
            }
        }
        if (periods.isEmpty() && years == 0) {
            level = SeniorityLevel.MID;
        }
        String evidence = dateLine != null ? dateLine
                : !titleLines.isEmpty() ? titleLines.getFirst().text() : lines.getFirst().text();
        return new CareerProfile.SeniorityEstimate(level, years, evidence);
    }

    SeniorityLevel level(String lower) {
        SeniorityLevel best = null;
        for (Keyword keyword : keywords) {
            if (keyword.pattern().matcher(lower).find() && (best == null || keyword.level().compareTo(best) > 0)) {
                best = keyword.level();
            }
        }
        return best;
    }
}
