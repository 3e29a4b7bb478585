package dev.aiproof.profiling.offline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiproof.extraction.DatedPosition;
import dev.aiproof.extraction.Dates;

/**
 * Years of dated work experience: the union of the periods worked, so overlapping jobs are not counted twice.
 * Uses the extractor's positions; when there are none, reads date ranges from the CV lines outside the
 * education section ("Jan 2019 – present", "03/2017 – 2020", "2015–2018", "aug. 2020 – nå").
 */
final class SeniorityYears {

    /** A period of work and the CV line its dates came from. */
    record Period(YearMonth start, YearMonth end, String line) {
    }

    private static final Pattern OPEN_RANGE = Pattern.compile("(?:19|20)\\d{2}\\s*(?:-|–|—|to|til)\\s*$");
    private static final Pattern CLAIMED = Pattern.compile(
            "(\\d{1,2})\\+?\\s*(?:years|yrs|års|år)(?:'|’)?\\s*(?:of\\s+)?(?:professional\\s+|relevant\\s+|industry\\s+)?(?:experience|erfaring)",
            Pattern.CASE_INSENSITIVE);
    /** Degrees and schooling: their dates are study years, even when the CV has no education heading. */
    private static final Pattern SCHOOLING = Pattern.compile(
            "\\b(bachelor|master|bsc|msc|b\\.sc|m\\.sc|b\\.a|m\\.a|ba|ma|mba|phd|beng|meng|llb|mbchb|pgce|degree|diploma|"
                    + "vocational|course|kurs|vg1|vg2|vg3|gcse|gcses|a-levels|btec|hnc|nvq|fagbrev|laurea|certificate|"
                    + "sertifikat|videreutdanning)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SCHOOL = Pattern.compile("\\b(videregående|gymnas)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Work done while training or on the side (personal projects too), and unpaid work: it does not make anyone more
     * senior. A cadet pilot's or a Norwegian turnus year (the supervised practice year of physiotherapists and
     * doctors, LIS1 since 2017) is training before the profession is practised on one's own; a bare "turnus" is a
     * shift rota ("tredelt turnus"), so only the compounds that name the practice year count.
     */
    private static final Pattern PRE_CAREER = Pattern.compile(
            "\\b(intern|internship|trainee|student|apprentice|apprenticeship|lærling|placement|summer|sommerjobb|"
                    + "seasonal|part-time|deltid|working student|werkstudent|personal project|"
                    + "side project|cadet|kadett|turnus(?:lege|fysioterapeut|tjeneste|kandidat|år|året)|lis1|volunteer(?!\\s+(?:coordinator|manager))|frivillig)\\b"
                    // Chinese has no spaces between words: internship, intern, personal project, studying
                    + "|实习|个人项目|在读",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private SeniorityYears() {
    }

    static List<Period> periods(List<DatedPosition> positions, List<EvidenceLine> lines, YearMonth now) {
        List<Period> periods = new ArrayList<>();
        if (!positions.isEmpty()) {
            for (DatedPosition p : positions) {
                if (p.start() != null && !p.start().isAfter(now) && !preCareer(p) && !heldBesideStudies(p, lines)) {
                    YearMonth end = p.end() == null || p.end().isAfter(now) ? now : p.end();
                    periods.add(new Period(p.start(), end.isBefore(p.start()) ? p.start() : end, p.line()));
                }
            }
            return periods;
        }
        for (int i = 0; i < lines.size(); i++) {
            EvidenceLine line = lines.get(i);
            String previous = i > 0 ? lines.get(i - 1).text() : "";
            if ("education".equals(line.section()) || SCHOOLING.matcher(line.text()).find()
                    || SCHOOL.matcher(line.text().split("[,–—|(]", 2)[0]).find()
                    || PRE_CAREER.matcher(line.text()).find()
                    || PRE_CAREER.matcher(previous).find() && line.words() <= 6) {
                continue;
            }
            for (Dates.Span span : Dates.findAll(joinedRange(lines, i))) {
                YearMonth end = span.end() == null || span.end().isAfter(now) ? now : span.end();
                if (!span.start().isAfter(now)) {
                    periods.add(new Period(span.start(), end.isBefore(span.start()) ? span.start() : end, line.text()));
                }
            }
        }
        return periods;
    }

    /** "2021 –" with "Present" on the next line, as two-column and moderncv layouts print it. */
    private static String joinedRange(List<EvidenceLine> lines, int i) {
        String lower = lines.get(i).lower();
        return OPEN_RANGE.matcher(lower).find() && i + 1 < lines.size()
                ? lower + " " + lines.get(i + 1).lower()
                : lower;
    }

    /** Said of a job in the lines under it: "Intake and referrals (part-time during BSW)". */
    private static final Pattern BESIDE_STUDIES = Pattern.compile(
            "\\b(?:while studying|while at (?:university|college|school)|(?:during|alongside|beside) (?:my )?"
                    + "(?:studies|degree|university|college|school|bsc|ba|bsw|bachelor\\p{L}*|master\\p{L}*)|"
                    + "ved siden av (?:studiene|skolen)|under studiene|summer job|sommerjobb|holiday job|unpaid|"
                    + "ulønnet)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** How many lines under a job's date line may still say how it was held. */
    private static final int NOTE_LINES = 2;

    /**
     * The first lines under a position, before the next dated line, say it was held beside studies or unpaid. Only
     * such words count there: "supervised two interns" below a job says nothing of the job itself.
     */
    private static boolean heldBesideStudies(DatedPosition position, List<EvidenceLine> lines) {
        if (position.line() == null) {
            return false;
        }
        String dated = position.line().strip();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().strip().equals(dated)) {
                continue;
            }
            for (int k = i + 1; k < lines.size() && k <= i + NOTE_LINES; k++) {
                String text = lines.get(k).text();
                if (Dates.find(text).isPresent()) {
                    break;
                }
                if (BESIDE_STUDIES.matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** A position held while training or studying, or a degree the extractor took for a job. */
    static boolean preCareer(DatedPosition position) {
        String text = String.join(" ", position.title() == null ? "" : position.title(),
                position.organisation() == null ? "" : position.organisation(),
                position.line() == null ? "" : position.line());
        return PRE_CAREER.matcher(text).find() || schooling(position, text);
    }

    /**
     * A degree, course or certificate the extractor took for a position. A school's name counts only where it opens
     * the title ("Videregående skole, studiespesialisering"): later in the line it is a teacher's employer ("Lektor,
     * Larvik videregående skole").
     */
    private static boolean schooling(DatedPosition position, String text) {
        String title = position.title() == null ? "" : position.title().strip();
        return SCHOOLING.matcher(text).find() || SCHOOL.matcher(title.split("[,–—|(]", 2)[0]).find();
    }

    /** Date lines of internships, apprenticeships and student jobs: a CV with only these is an intern's. */
    static List<String> preCareer(List<EvidenceLine> lines, List<DatedPosition> positions) {
        if (!positions.isEmpty()) {
            return positions.stream().filter(p -> p.start() != null && PRE_CAREER.matcher(String.join(" ",
                    String.valueOf(p.title()), String.valueOf(p.line()))).find()).map(DatedPosition::line).toList();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EvidenceLine line = lines.get(i);
            String previous = i > 0 ? lines.get(i - 1).text() : "";
            if (!"education".equals(line.section()) && Dates.find(joinedRange(lines, i)).isPresent()
                    && (PRE_CAREER.matcher(line.text()).find()
                            || PRE_CAREER.matcher(previous).find() && line.words() <= 6)) {
                result.add(line.text());
            }
        }
        return result;
    }

    /** Months worked, as the union of all periods, in years. */
    static double years(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::start).thenComparing(Period::end));
        long months = 0;
        YearMonth coveredUntil = null;
        for (Period p : sorted) {
            YearMonth start = coveredUntil != null && coveredUntil.isAfter(p.start()) ? coveredUntil : p.start();
            YearMonth end = p.end().plusMonths(1);
            if (end.isAfter(start)) {
                months += start.until(end, java.time.temporal.ChronoUnit.MONTHS);
                coveredUntil = coveredUntil == null || end.isAfter(coveredUntil) ? end : coveredUntil;
            }
        }
        return Math.round(months / 12.0 * 10) / 10.0;
    }

    /** "10+ years of experience" in a summary: used only when there are no dates. */
    static double claimed(List<EvidenceLine> lines) {
        double best = 0;
        for (EvidenceLine line : lines) {
            Matcher m = CLAIMED.matcher(line.text());
            while (m.find()) {
                best = Math.max(best, Math.min(45, Integer.parseInt(m.group(1))));
            }
        }
        return best;
    }
}
