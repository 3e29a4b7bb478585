package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CV prepared for profiling: its lines, their embeddings (null for lines not embedded), the taxonomy titles
 * and skills found in it.
 */
record OfflineDocument(List<EvidenceLine> lines, float[][] vectors, List<TitleMatcher.Hit> titleHits,
        Map<String, OfflineSkills.Found> skills, EvidenceLine applicant) {

    /** Enough for a two-page CV once dates, contacts and hobbies are left out; it bounds the time per CV. */
    static final int MAX_EMBEDDED_LINES = 24;
    /** The start of a bullet carries its meaning; embedding cost grows with length. */
    private static final int MAX_EMBEDDED_CHARS = 90;
    private static final int APPLICANT_EDUCATION_LINES = 3;
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile("@|https?:|www\\.|\\.com/");
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}{2,}");
    private static final Set<String> DATE_WORDS = Set.of("jan", "feb", "mar", "apr", "may", "mai", "jun", "jul", "aug",
            "sep", "sept", "oct", "okt", "nov", "dec", "des", "january", "januar", "february", "februar", "march",
            "mars",
            "april", "june", "juni", "july", "juli", "august", "september", "october", "oktober", "november",
            "december",
            "desember", "present", "now", "nå", "current", "today", "to", "til", "dd", "since", "siden");

    static boolean contact(String text) {
        return CONTACT.matcher(text).find();
    }

    /**
     * Contact details and bare dates say nothing about the work; embedding them only costs time. Neither do
     * the "other" sections (languages, references, interests), which are left out by the caller.
     */
    static boolean meaningless(String text) {
        if (contact(text)) {
            return true;
        }
        return LETTERS.matcher(text.toLowerCase(java.util.Locale.ROOT)).results()
                .map(java.util.regex.MatchResult::group)
                .allMatch(DATE_WORDS::contains);
    }

    static OfflineDocument prepare(dev.aiproof.extraction.ExtractedDocument document, EmbeddingIndex index,
            TitleMatcher titles, OfflineSkills skills) {
        String text = document.text();
        List<EvidenceLine> lines = EvidenceLines.split(document);
        if (lines.isEmpty()) {
            lines = List.of(new EvidenceLine(0, text.strip(), text.strip().toLowerCase(java.util.Locale.ROOT),
                    "headline", 0));
        }
        EvidenceLine applicant = Applicant.statement(lines).orElse(null);
        int nameLine = lines.stream().filter(l -> "headline".equals(l.section())).mapToInt(EvidenceLine::index)
                .findFirst().orElse(-1);
        List<TitleMatcher.Hit> hits = new ArrayList<>(titles.hits(lines));
        // "Sander Eikeland", "Anna Baker", "TOM COOK": a one-word title in the name is the person's name
        hits.removeIf(h -> h.line().index() == nameLine && NAME.matcher(h.line().text().strip()).matches()
                && !h.title().contains(" "));
        java.util.Set<Integer> titled = new java.util.HashSet<>();
        hits.forEach(h -> titled.add(h.line().index()));
        Map<String, Integer> unique = new LinkedHashMap<>();
        List<Integer> embeddedLine = new ArrayList<>();
        if (applicant != null) {
            // a learner's field is in their degree: its first lines say what they study
            lines.stream().filter(l -> "education".equals(l.section()) && l.words() >= 2 && !meaningless(l.text()))
                    .limit(APPLICANT_EDUCATION_LINES).forEach(l -> {
                        unique.putIfAbsent(key(l), unique.size());
                        embeddedLine.add(l.index());
                    });
        }
        // skill lists last: they repeat what the alias match already found, so they are the first to drop
        for (boolean skillLines : new boolean[] {false, true}) {
            for (EvidenceLine line : lines) {
                if ("skills".equals(line.section()) == skillLines && unique.size() < MAX_EMBEDDED_LINES
                        && (line.titleLike() || line.content()) && !"other".equals(line.section())
                        && !meaningless(line.text()) && !aboutThePerson(line, nameLine, titled)) {
                    unique.putIfAbsent(key(line), unique.size());
                    embeddedLine.add(line.index());
                }
            }
        }
        float[][] embedded = index.embed(List.copyOf(unique.keySet()));
        float[][] vectors = new float[lines.size()][];
        for (int i : embeddedLine) {
            vectors[i] = embedded[unique.get(key(lines.get(i)))];
        }
        return new OfflineDocument(lines, vectors, hits, skills.find(lines), applicant);
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    /** Two to four capitalised words and nothing else: how a CV's first line gives a name. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern
            .compile("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’.-]*");

    /**
     * The person's name (the CV's first line) and the address or phone lines of the name block: they name no work,
     * and a name or a street embeds close to some occupation's title by chance ("Dublin 8": gambling cage workers).
     * A line there that holds a job title is kept.
     */
    private static boolean aboutThePerson(EvidenceLine line, int nameLine, java.util.Set<Integer> titled) {
        if (!"headline".equals(line.section()) || titled.contains(line.index())) {
            return false;
        }
        return line.index() == nameLine || line.words() <= 8 && DIGIT.matcher(line.text()).find();
    }

    /** True for a student, apprentice or fresh graduate looking for a first place: see {@link Applicant}. */
    boolean isApplicant() {
        return applicant != null;
    }

    /** The headline and the first lines of the experience section: the current job. */
    boolean recent(EvidenceLine line) {
        if (line.index() < 8) {
            return true;
        }
        int experience = lines.stream().filter(l -> "experience".equals(l.section())).mapToInt(EvidenceLine::index)
                .findFirst().orElse(-1);
        return experience >= 0 && line.index() < experience + 15;
    }

    private static String key(EvidenceLine line) {
        return line.text().length() > MAX_EMBEDDED_CHARS ? line.text().substring(0, MAX_EMBEDDED_CHARS) : line.text();
    }

    float[] vector(int line) {
        return vectors[line];
    }

    /** Skills named unambiguously: they may help decide the occupation. */
    Set<String> skillIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        skills.forEach((id, found) -> {
            if (!found.ambiguous()) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The skills this CV shows for an occupation: ambiguous names count only for a skill the occupation has. */
    Map<String, EvidenceLine> skillsFor(dev.aiproof.taxonomy.Occupation occupation) {
        Set<String> own = occupation == null ? Set.of() : Set.copyOf(occupation.allSkills());
        Map<String, EvidenceLine> result = new LinkedHashMap<>();
        skills.forEach((id, found) -> {
            if (!found.ambiguous() || own.contains(id)) {
                result.put(id, found.line());
            }
        });
        return result;
    }

    /** The lines carrying job titles, best first: the headline, then title-like lines in CV order. */
    List<EvidenceLine> titleLines() {
        List<EvidenceLine> result = new ArrayList<>();
        Map<Integer, Boolean> seen = new HashMap<>();
        for (TitleMatcher.Hit hit : titleHits) {
            if (hit.line().titleLike() && seen.putIfAbsent(hit.line().index(), true) == null) {
                result.add(hit.line());
            }
        }
        return result;
    }
}
