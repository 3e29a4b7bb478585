package dev.aiproof.profiling.offline;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiproof.extraction.DatedPosition;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.taxonomy.SeniorityLevel;
import dev.aiproof.taxonomy.SeniorityProfile;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * Career stage from the words of the current job title and years of dated experience. The rules, in order:
 * <ol>
 *   <li>A learner looking for a first place in a field ({@link Applicant}) is an intern.</li>
 *   <li>The title lines (headline, latest dated position, first job title line) are read in that order; the first
 *       that holds one of the taxonomy's level words ({@code titleKeywords}: senior, lead, head of, principal,
 *       director, chief, VP, intern, …) or the role noun <em>manager</em> decides what the title says.</li>
 *   <li>A level word decides the level ("Senior HR Business Partner" → senior, "Head of Science" → lead), and
 *       "senior" before a manager or lead role is lead ("Sr. Engineering Manager"). Two exceptions, because a
 *       lone word must not outrank clear dated years: a lead or executive title held by someone with fewer
 *       dated years than the taxonomy's mid {@code minYears} (a one-year "CEO/President" of a start-up) and an
 *       early-career title (assistant, associate) held by someone with senior years both go by years.</li>
 *   <li><em>Manager</em> alone names a role, not a level (office, product, project manager; Norwegian
 *       <em>prosjektleder</em>): the level comes from years, unless the CV states a number of people managed
 *       ("managed a team of 8", "6 direct reports", "personalansvar"): then lead. <em>Architect</em> is a role
 *       too and is not a level word.</li>
 *   <li>Otherwise an objective of "seeking an internship", or dated work that is only internships,
 *       apprenticeships, student jobs and personal projects, makes an intern.</li>
 *   <li>Otherwise years of dated experience against the taxonomy's {@code minYears}: junior, mid or senior.
 *       Years alone never make someone lead or executive: those are roles, not tenure. No dates at all: mid.</li>
 * </ol>
 */
final class SeniorityEstimator {

    private static final Pattern SEEKING_INTERNSHIP = Pattern.compile(
            "(?:seeking|looking for|søker|ønsker)\\s+(?:an?\\s+|en\\s+)?(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?:internship|intern|praksisplass|traineestilling|trainee|lærlingplass)\\b");

    private static final String TOP_EXECUTIVES = "11-1";
    private static final Pattern GENERAL_MANAGER = Pattern.compile("\\bgeneral\\s+manager\\b");

    private static final Pattern SUPERVISORY = Pattern.compile("11-\\d{4}|(?:3[3-9]|4\\d|5[0-3])-1\\d{3}");

    private final SeniorityTitleWords words;
    private final List<SeniorityProfile> tenureLevels;
    private final double midYears;

    SeniorityEstimator(Taxonomy taxonomy) {
        words = new SeniorityTitleWords(taxonomy);
        tenureLevels = taxonomy.seniority().stream()
                .filter(p -> p.level() == SeniorityLevel.JUNIOR || p.level() == SeniorityLevel.MID
                        || p.level() == SeniorityLevel.SENIOR)
                .sorted(Comparator.comparing(SeniorityProfile::level)).toList();
        midYears = tenureLevels.stream().filter(p -> p.level() == SeniorityLevel.MID)
                .map(SeniorityProfile::minYears).findFirst().orElse(3.0);
    }

    /**
     * Whether SOC 2018 classifies the occupation as one that directs others' work: the Management major group
     * (11-0000) and, in major groups 33 to 53, their first minor group (33-1000 "Supervisors of Protective Service
     * Workers" … 53-1000 "Supervisors of Transportation and Material Moving Workers"), whose workers by SOC's
     * coding rules spend most of their time supervising.
     */
    static boolean supervises(String soc) {
        return SUPERVISORY.matcher(soc).matches();
    }

    /**
     * @param titleLines  where the current title is written, most telling first (headline, then the latest job);
     *                    the first one that states a level or a manager role decides
     * @param applicant   the line in which a learner says they look for a first place (null for anyone else)
     * @param soc         the occupation: one that directs others' work ({@link #supervises}), held with a senior's
     *                    years under a title without a level word or "manager", is a lead role ("Executive
     *                    Housekeeper", "assisterende rektor")
     */
    CareerProfile.SeniorityEstimate estimate(List<EvidenceLine> lines, List<DatedPosition> positions,
            List<EvidenceLine> titleLines, EvidenceLine applicant, YearMonth now, String soc) {
        boolean supervisory = supervises(soc);
        List<SeniorityYears.Period> periods = SeniorityYears.periods(positions, lines, now);
        double years = SeniorityYears.years(periods);
        if (applicant != null) {
            // the jobs beside school are not a career in the field sought, whatever their titles say ("shift lead")
            return new CareerProfile.SeniorityEstimate(SeniorityLevel.INTERN, 0, applicant.text());
        }
        String dateLine = periods.stream().max(Comparator.comparing(SeniorityYears.Period::end)
                .thenComparing(SeniorityYears.Period::start)).map(SeniorityYears.Period::line).orElse(null);
        if (periods.isEmpty()) {
            years = SeniorityYears.claimed(lines);
        }
        SeniorityLevel byTitle = null;
        String titleEvidence = null;
        String titleLower = "";
        boolean manager = false;
        for (EvidenceLine line : titleLines) {
            byTitle = words.level(line.lower());
            if (byTitle == SeniorityLevel.INTERN && endedBefore(line, now)) {
                // "Red Hat — July 2021 to March 2022 (internship)": a past internship is history, not the person now
                byTitle = null;
                continue;
            }
            manager = SeniorityTitleWords.managerRole(line.lower());
            if (byTitle != null || manager) {
                titleEvidence = line.text();
                titleLower = line.lower();
                break;
            }
        }
        if (byTitle == SeniorityLevel.EXECUTIVE && !soc.startsWith(TOP_EXECUTIVES)
                && GENERAL_MANAGER.matcher(titleLower).find()
                && words.level(GENERAL_MANAGER.matcher(titleLower).replaceAll("manager")) != SeniorityLevel.EXECUTIVE) {
            // SOC codes a restaurant's or a shop's general manager with that unit's managers (11-9051, 41-1011),
            // not with the top executives (11-1000) who run a whole business: the title heads one unit
            byTitle = SeniorityLevel.LEAD;
        }
        String board = answersToBoard(lines);
        if (board != null && years >= midYears
                && (byTitle == null || byTitle.compareTo(SeniorityLevel.SENIOR) >= 0)) {
            // "I report to the board of directors": whatever the title, the person runs the organisation
            return new CareerProfile.SeniorityEstimate(SeniorityLevel.EXECUTIVE, years, board);
        }
        SeniorityLevel byYears = byYears(years);
        // "assistant" or "associate" in a title held for many years names the job, not an early career stage
        boolean earlyTitleOutgrown = byTitle != null && byTitle.compareTo(SeniorityLevel.JUNIOR) <= 0
                && byYears == SeniorityLevel.SENIOR;
        // a one-year "CEO/President" or "Lead Developer": the title is a company's size, not a career stage
        boolean rankWithoutYears = byTitle != null && byTitle.compareTo(SeniorityLevel.LEAD) >= 0
                && !periods.isEmpty() && years < midYears;
        if (byTitle != null && !earlyTitleOutgrown && !rankWithoutYears) {
            return new CareerProfile.SeniorityEstimate(byTitle, years, titleEvidence);
        }
        if (manager && byTitle == null) {
            String people = SeniorityTitleWords.headcount(lines);
            if (people != null) {
                return new CareerProfile.SeniorityEstimate(SeniorityLevel.LEAD, years, people);
            }
        }
        // a supervisor's or manager's occupation held for a senior's years is a lead role though its title has no
        // level word ("Executive Housekeeper", "assisterende rektor"); a "manager" title is a role read with the
        // people managed, above (a product manager manages a product)
        if (supervisory && !manager && (byTitle == null || earlyTitleOutgrown) && byYears == SeniorityLevel.SENIOR) {
            return new CareerProfile.SeniorityEstimate(SeniorityLevel.LEAD, years,
                    titleEvidence != null
                            ? titleEvidence
                            : titleLines.isEmpty() ? dateLine : titleLines.getFirst().text());
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
        String evidence = dateLine != null
                ? dateLine
                : titleEvidence != null
                        ? titleEvidence
                        : !titleLines.isEmpty() ? titleLines.getFirst().text() : lines.getFirst().text();
        return new CareerProfile.SeniorityEstimate(level, years, evidence);
    }

    /**
     * "I report to the board", "report monthly to the board", "med rapportering til styret", "øverste leder": the
     * organisation's head.
     */
    private static final Pattern TO_THE_BOARD = Pattern.compile(
            "\\b(?:report(?:s|ing)?|answer(?:s|ing)?)\\s+(?:[\\p{L}]+\\s+){0,2}to\\s+(?:the\\s+)?board\\b"
                    + "|\\brapporter(?:er|te|ing)?\\s+(?:[\\p{L}]+\\s+){0,2}til\\s+styret\\b|\\bøverste\\s+leder\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The first summary or work line (joined with the next, as PDF and text layouts break sentences) saying so. */
    private static String answersToBoard(List<EvidenceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            EvidenceLine line = lines.get(i);
            if ("education".equals(line.section()) || "skills".equals(line.section())) {
                continue;
            }
            String joined = i + 1 < lines.size() ? line.text() + " " + lines.get(i + 1).text() : line.text();
            Matcher m = TO_THE_BOARD.matcher(joined);
            if (m.find() && m.start() < line.text().length()) {
                return line.text();
            }
        }
        return null;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /**
     * The line's dates all ended before this month, or it names only past years ("Field Service Intern, …
     * (summer 2020)"): it is a past position.
     */
    private static boolean endedBefore(EvidenceLine line, YearMonth now) {
        List<dev.aiproof.extraction.Dates.Span> spans = dev.aiproof.extraction.Dates.findAll(line.text());
        if (spans.isEmpty()) {
            List<Integer> years = YEAR.matcher(line.text()).results().map(r -> Integer.parseInt(r.group())).toList();
            return !years.isEmpty() && years.stream().allMatch(y -> y < now.getYear());
        }
        return spans.stream().allMatch(d -> d.end() != null && d.end().isBefore(now));
    }

    /** A student's objective ("Seeking a marketing internship…"): their dated part-time jobs are not a career. */
    private static String seekingInternship(List<EvidenceLine> lines) {
        return lines.stream().filter(l -> "headline".equals(l.section()) || "summary".equals(l.section()))
                .filter(l -> SEEKING_INTERNSHIP.matcher(l.lower()).find()).map(EvidenceLine::text).findFirst()
                .orElse(null);
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
}
