package dev.aiproof.profiling.offline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A student, apprentice or fresh graduate looking for their first place in a field. For them the occupation is the
 * field sought, not the shop or café job that pays for their studies, and their career stage is intern. They say it
 * about themselves at the top of the CV: "Third-year Environmental Engineering student looking for a placement",
 * "Nyutdannet by- og regionplanlegger", "Lærling i helsearbeiderfaget", "Informatikkstudent – søker sommerjobb".
 */
final class Applicant {

    /** How far down the CV a self-description is looked for: the name block, headline and profile. */
    private static final int TOP_LINES = 16;

    /** Words by which a person calls themselves a learner (a Norwegian compound too: "informatikkstudent"). */
    private static final Pattern LEARNER = Pattern.compile(
            "\\b(?:\\p{L}*student(?:in)?|undergraduate|(?:recent|new|fresh|fresh(?:ly)?[- ]qualified)\\s+(?:\\p{L}+\\s+){0,4}graduate|"
                    + "graduate\\s+(?:seeking|looking)|graduating|school[- ]leaver|apprentice|trainee|"
                    + "final[- ]year|(?:first|second|third|fourth)[- ]year|"
                    + "lærling|lærekandidat|nyutdannet|nyutdanna|studerer|elev|skoleelev|pupil|sixth[- ]form|"
                    + "absolvent(?:in)?|auszubildende[rn]?|étudiante?|stagiaire)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A graduate is a learner only when looking for a first place: "Graduate Engineer" is a job. */
    private static final Pattern GRADUATE = Pattern.compile("\\b(?:graduate|graduated|nyutdannet|uteksaminert)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The place a learner looks for. */
    private static final Pattern FIRST_PLACE = Pattern.compile(
            "\\b(?:internships?|intern|placements?|apprenticeships?|graduate (?:role|position|job|scheme|programme|program)|"
                    + "first (?:job|role|position)|entry[- ]level|summer job|trainee (?:role|position|programme|program)|"
                    + "praksisplass|læreplass|lærlingplass|lærekontrakt|sommerjobb|første jobb|første fast|"
                    + "traineestilling|traineeprogram|praktikum|stage)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** "Graduate of NTNU with 12 years…" is an alumnus, not a learner. */
    private static final Pattern ALUMNUS = Pattern.compile("\\b(?:graduate of|graduated from|graduate degree|alumn)",
            Pattern.CASE_INSENSITIVE);

    private Applicant() {
    }

    /** The line in which the person says they are a learner looking for a first place, if there is one. */
    static Optional<EvidenceLine> statement(List<EvidenceLine> lines) {
        for (EvidenceLine line : lines) {
            if (line.index() >= TOP_LINES && !"summary".equals(line.section())) {
                break;
            }
            // "Student nurse placements, 2021 – 2024" is a dated part of a career, not what the person is now
            boolean top = ("headline".equals(line.section()) || "summary".equals(line.section()))
                    && dev.aiproof.extraction.Dates.findAll(line.text()).stream().allMatch(d -> d.end() == null);
            boolean seeks = FIRST_PLACE.matcher(line.text()).find() || SEEKING.matcher(line.text()).find();
            // "Lærling i kokkfaget, Rica Seilet Hotel" over "08.2018 – 06.2020": a past position of a CV without
            // headings (all of it then reads as the profile), not what the person is now
            top = top && (seeks || !endedBelow(lines, line));
            if (top && !ALUMNUS.matcher(line.text()).find()
                    && (LEARNER.matcher(line.text()).find() && (seeks || line.titleLike())
                            || GRADUATE.matcher(line.text()).find() && seeks)) {
                return Optional.of(line);
            }
            // "Looking for" as a line of its own, the place sought on the next
            boolean seekingAbove = line.index() > 0 && SEEKING.matcher(lines.get(line.index() - 1).text()).find();
            if (top && FIRST_PLACE.matcher(line.text()).find()
                    && (SEEKING.matcher(line.lower()).find() || seekingAbove)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The next line is a date range that has ended: this line is the title of a job held before. */
    private static boolean endedBelow(List<EvidenceLine> lines, EvidenceLine line) {
        int next = line.index() + 1;
        if (next >= lines.size() || lines.get(next).index() != next) {
            return false;
        }
        List<dev.aiproof.extraction.Dates.Span> spans = dev.aiproof.extraction.Dates.findAll(lines.get(next).text());
        return !spans.isEmpty() && spans.stream().allMatch(d -> d.end() != null);
    }

    /** Looking for something, or a line headed as the goal ("Mål: Læreplass som …"): what follows names it. */
    static final Pattern SEEKING = Pattern.compile(
            "\\b(?:seeking|looking for|applying (?:for|to)|searching for|hoping to (?:find|start)|aiming for|"
                    + "søker|ser etter|ønsker meg|ønsker|på jakt etter|sucht|suche|recherche)\\b"
                    + "|^\\s*(?:mål|objective|career objective|career goal|goal|jobbønske|ziel)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** An internship, placement or apprenticeship: training in the field sought, unlike a job beside school. */
    static final Pattern TRAINING = Pattern.compile(
            "\\b(?:intern|internship|placement|praksis|studentpraksis|trainee|lærling|apprentice|apprenticeship|"
                    + "werkstudent|praktikant|praktikum|shadowing|research assistant)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
}
