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

    /** "Assistant to the CEO", "PA for the director", "assistent til daglig leder": that title is someone else's. */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("(?:\\bto|\\bfor|\\btil)\\s+(?:the\\s+)?$");

    private static final Pattern SEEKING_INTERNSHIP = Pattern.compile(
            "(?:seeking|looking for|søker|ønsker)\\s+(?:an?\\s+|en\\s+)?(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?:internship|intern|praksisplass|traineestilling|trainee|lærlingplass)\\b");

    private final List<Keyword> keywords = new ArrayList<>();
    private final List<SeniorityProfile> tenureLevels;

    SeniorityEstimator(Taxonomy taxonomy) {
        for (SeniorityProfile profile : taxonomy.seniority()) {
            for (String keyword : profile.titleKeywords()) {
                keywords.add(new Keyword(profile.level(), pattern(keyword.toLowerCase(Locale.ROOT).strip(), profile.level())));
            }
        }
        tenureLevels = taxonomy.seniority().stream()
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

    /**
     * @param titleLines where the current title is written, most telling first (headline, then the latest job);
     *                   the first one that states a level decides
     */
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
            byTitle = level(line.lower());
            if (byTitle != null) {
                titleEvidence = line.text();
                break;
            }
        }
        SeniorityLevel byYears = byYears(years);
        // "assistant" or "associate" in a title held for many years names the job, not an early career stage
        boolean earlyTitleOutgrown = byTitle != null && byTitle.compareTo(SeniorityLevel.JUNIOR) <= 0
                && byYears == SeniorityLevel.SENIOR;
        if (byTitle != null && !earlyTitleOutgrown) {
            return new CareerProfile.SeniorityEstimate(byTitle, years, titleEvidence);
        }
        String seeking = seekingInternship(lines);
        if (byTitle == null && seeking != null) {
            return new CareerProfile.SeniorityEstimate(SeniorityLevel.INTERN, years, seeking);
        }
        List<String> training = SeniorityYears.preCareer(lines, positions);
        if (periods.isEmpty() && !training.isEmpty()) {
            return new CareerProfile.SeniorityEstimate(SeniorityLevel.INTERN, 0, training.getFirst());
        }
        SeniorityLevel level = periods.isEmpty() && years == 0 ? SeniorityLevel.MID : byYears;
        String evidence = dateLine != null ? dateLine
                : !titleLines.isEmpty() ? titleLines.getFirst().text() : lines.getFirst().text();
        return new CareerProfile.SeniorityEstimate(level, years, evidence);
    }

    /** A student's objective ("Seeking a marketing internship…"): their dated part-time jobs are not a career. */
    private static String seekingInternship(List<EvidenceLine> lines) {
        return lines.stream().filter(l -> "headline".equals(l.section()) || "summary".equals(l.section()))
                .filter(l -> SEEKING_INTERNSHIP.matcher(l.lower()).find()).map(EvidenceLine::text).findFirst().orElse(null);
    }

    /** Junior, mid or senior by the taxonomy's {@code minYears}; years alone never make a lead or an executive. */
    private SeniorityLevel byYears(double years) {
        SeniorityLevel level = tenureLevels.isEmpty() ? SeniorityLevel.MID : tenureLevels.getFirst().level();
        for (SeniorityProfile profile : tenureLevels) {
            if (years >= profile.minYears() && profile.minYears() > 0) {
                level = profile.level();
            }
        }
        return level;
    }

    /**
     * The level a title line states. A title names its level first ("Senior HR Business Partner", "Head of
     * Science", "Executive Assistant to the CEO"), so the earliest keyword wins, and the longest one where two
     * start together ("head of" over "head"); "senior" before a lead role ("Sr. Engineering Manager") is lead.
     */
    SeniorityLevel level(String lower) {
        SeniorityLevel best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        boolean leadRole = false;
        for (Keyword keyword : keywords) {
            java.util.regex.Matcher m = keyword.pattern().matcher(lower);
            boolean found = m.find();
            while (found && SOMEONE_ELSE.matcher(lower.substring(0, m.start())).find()) {
                found = m.find();
            }
            leadRole |= found && keyword.level() == SeniorityLevel.LEAD;
            if (found && (m.start() < bestStart || m.start() == bestStart && m.end() - m.start() > bestLength)) {
                best = keyword.level();
                bestStart = m.start();
                bestLength = m.end() - m.start();
            }
        }
        // "Senior" qualifies the role after it: a senior manager or senior lead is still a lead
        return best == SeniorityLevel.SENIOR && leadRole ? SeniorityLevel.LEAD : best;
    }
}
