package dev.aiproof.profiling.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aiproof.taxonomy.JobTitle;
import dev.aiproof.taxonomy.Occupation;
import dev.aiproof.taxonomy.Taxonomy;

/**
 * The title index: every job title of the taxonomy (English and Norwegian, from every source) in the normal form
 * of {@link TitleWords}, looked up by the word sequences of a CV line, so that the cost per line does not grow
 * with the number of titles. A Norwegian compound ("intensivsykepleier") finds the title it ends with. Where
 * titles overlap, the longer one wins, so "nurse practitioner" is not also counted as "nurse". A title that
 * several occupations share is a hit for each, weighted down by how many share it.
 */
final class TitleMatcher {

    /**
     * A title of an occupation found in a line. {@code compound} is true when it ended a longer word;
     * {@code weight} is the title's source weight over the square root of the number of occupations sharing it;
     * {@code inTitle} is false when the title stands deep in the line ("… together with the pedagogisk leder").
     */
    record Hit(String soc, String title, EvidenceLine line, int start, int end, boolean compound, double weight,
            boolean inTitle, boolean sought) {
        int length() {
            return end - start;
        }
    }

    record Entry(String soc, String title, double weight, boolean curated) {
    }

    /** A title we curated for one occupation outweighs the same words among another's published titles. */
    private static final double SHADOWED = 0.5;

    static final int MAX_WORDS = 8;
    /** A job title starts a line, after at most a level or two ("Senior Lead Nurse"). */
    private static final int MAX_WORDS_BEFORE_TITLE = 2;
    /** Only a short line is a title written backwards ("Manager, Accounts Payable"). */
    private static final int MAX_INVERTED_WORDS = 5;
    private static final int MIN_COMPOUND_TAIL = 6;

    private final Map<String, List<Entry>> index = new HashMap<>();
    /** One-word Norwegian titles, which are what a Norwegian compound ends with ("intensivsykepleier"). */
    private final Map<String, List<Entry>> compoundTails = new HashMap<>();
    private final SoughtRoles roles = new SoughtRoles(this);

    TitleMatcher(Taxonomy taxonomy) {
        // "Apprentice", "Trainee", "Lærling" alone name a learner's stage, not a trade (O*NET reports a bare
        // "Apprentice" only for electricians' helpers): the trade comes with it ("Apprentice Butcher") or from the CV
        java.util.Set<String> stages = new java.util.HashSet<>();
        taxonomy.seniority().stream().filter(p -> p.level() == dev.aiproof.taxonomy.SeniorityLevel.INTERN)
                .flatMap(p -> p.titleKeywords().stream()).map(TitleWords::normal).filter(k -> k.indexOf(' ') < 0)
                .forEach(stages::add);
        Map<String, Map<String, Entry>> bySoc = new HashMap<>();
        for (Occupation occupation : taxonomy.occupations()) {
            List<JobTitle> titles = new ArrayList<>(occupation.jobTitles());
            titles.add(new JobTitle(occupation.title().toLowerCase(Locale.ROOT), "en", "soc2018"));
            for (JobTitle title : titles) {
                String key = TitleWords.normal(title.title());
                if (!key.isEmpty() && !stages.contains(key)) {
                    // the best-weighted spelling of a normal form stands for the occupation
                    bySoc.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(occupation.soc(),
                            new Entry(occupation.soc(), title.title(), title.weight(), title.curated()),
                            (a, b) -> a.weight() >= b.weight() ? a : b);
                }
            }
        }
        java.util.Set<String> norwegian = new java.util.HashSet<>();
        taxonomy.occupations().forEach(o -> o.jobTitles().stream().filter(t -> "nb".equals(t.language()))
                .forEach(t -> norwegian.add(TitleWords.normal(t.title()))));
        bySoc.forEach((key, owners) -> {
            double share = 1 / Math.sqrt(owners.size());
            boolean curated = owners.values().stream().anyMatch(Entry::curated);
            index.put(key, owners.values().stream().map(e -> new Entry(e.soc(), e.title(),
                    e.weight() * share * (curated && !e.curated() ? SHADOWED : 1), e.curated())).toList());
            if (norwegian.contains(key) && key.indexOf(' ') < 0) {
                compoundTails.put(key, index.get(key));
            }
        });
    }

    /** The index's entries for a title in normal form ({@link TitleWords#normal}), or null when it holds none. */
    List<Entry> entries(String key) {
        return index.get(key);
    }

    /** A word-boundary pattern for a phrase, plurals allowed when asked (used for task keywords). */
    static Pattern phrase(String lower, boolean plurals, boolean compounds) {
        boolean compound = compounds && lower.length() >= 6 && lower.chars().allMatch(Character::isLetter);
        String suffix = plurals ? "(?:s|es|e|er|en|ne)?" : "";
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + (compound ? "(\\p{L}{2,})?" : "()")
                + Pattern.quote(lower) + suffix + "(?![\\p{L}\\p{N}])");
    }

    List<Hit> hits(List<EvidenceLine> lines) {
        List<Hit> all = new ArrayList<>();
        for (EvidenceLine line : lines) {
            List<Hit> inLine = new ArrayList<>();
            find(line, line.text(), false, inLine);
            int comma = line.text().indexOf(',');
            if (line.titleLike() && comma > 0 && line.words() <= MAX_INVERTED_WORDS) {
                // "Manager, Accounts Payable": the inverted form, reported at the line's own start and end
                String inverted = line.text().substring(comma + 1) + " " + line.text().substring(0, comma);
                List<Hit> extra = new ArrayList<>();
                find(line, inverted, true, extra);
                inLine.addAll(extra);
            }
            if (line.titleLike()) {
                headOf(line, inLine);
                academic(line, inLine);
            }
            boolean top = "headline".equals(line.section()) || "summary".equals(line.section());
            if (top) {
                roles.sought(line, inLine);
            }
            if (top || line.titleLike()) {
                roles.placeField(line, top, inLine);
            }
            roles.trade(line, inLine);
            if (!"experience".equals(line.section()) && !"skills".equals(line.section())
                    && FieldOfStudy.DEGREE.matcher(line.text()).find()) {
                roles.field(line, inLine);
            }
            all.addAll(longestOnly(inLine));
        }
        return all;
    }

    /**
     * "Head of …", "Director of …", "Director, …", "VP …", "Vice President, …" opening a title line; not "Head Chef"
     * or "Head Teacher", which are titles of their own.
     */
    private static final Pattern HEAD_OF = Pattern.compile("^(?:(?:head|director)(?:\\s+of\\s+|\\s*,\\s*)"
            + "|(?:vp|vice[- ]president)(?:\\s+of\\s+|\\s*,\\s*|\\s+))(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUNCTION_PARTS = Pattern.compile("\\s*(?:&|\\band\\b|,|/)\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A role heading a function is that function's manager ("Head of IT Operations & Infrastructure": IT operations
     * manager; "Vice President, Research": research director), not a worker in it ("IT operations") nor a chief
     * executive ("president"): the function, or each part of it, is looked up with "manager" and "director" after it,
     * reported over the whole line so that it outweighs the shorter titles inside.
     */
    private void headOf(EvidenceLine line, List<Hit> out) {
        String text = line.text();
        java.util.regex.Matcher head = HEAD_OF.matcher(text);
        if (!head.find()) {
            return;
        }
        String rest = text.substring(head.end());
        String function = rest.substring(0, titlePartEnd(rest)).strip();
        List<String> parts = new ArrayList<>(List.of(function));
        for (String part : FUNCTION_PARTS.split(function)) {
            if (!part.isBlank() && !part.equals(function)) {
                parts.add(part.strip());
            }
        }
        for (String part : parts) {
            // the function or the words it starts with ("IT Operations": IT operations manager, else IT manager)
            List<TitleWords.Word> words = TitleWords.words(part);
            for (int n = Math.min(words.size(), MAX_WORDS - 1); n > 0; n--) {
                String lead = part.substring(0, words.get(n - 1).end());
                if (functionManager(line, lead, out)) {
                    break;
                }
            }
        }
    }

    /** "Senior Lecturer in Social Work", "Professor of Engineering" opening a title line (dates in front skipped). */
    private static final Pattern ACADEMIC = Pattern.compile("(?:(?:senior|principal|associate|assistant|adjunct"
            + "|visiting|clinical|full)\\s+)?(?:lecturer|professor|instructor|reader|tutor|teaching fellow)"
            + "\\s+(?:in|of)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final List<String> ACADEMIC_ROLES = List.of(" lecturer", " professor", " instructor", " teacher");
    /** "Førstelektor i sykepleie": the Norwegian ranks are one another's synonyms for the field taught. */
    private static final List<String> ACADEMIC_NB_RANKS = List.of("universitetslektor", "høgskolelektor",
            "høyskolelektor", "førstelektor", "førsteamanuensis", "professor", "dosent", "amanuensis");
    private static final Pattern ACADEMIC_NB = Pattern.compile("(?:" + String.join("|", ACADEMIC_NB_RANKS)
            + ")\\s+i\\s+", Pattern.CASE_INSENSITIVE);
    private static final List<String> ACADEMIC_NB_ROLES = ACADEMIC_NB_RANKS.stream().map(r -> r + " i ").toList();

    /**
     * A college teacher is coded by the field they teach (SOC 25-1xxx: "social work lecturer", "engineering
     * professor"): the field, or the words it starts with, is looked up with each academic title after it, reported
     * over the title part so that it outweighs the bare "lecturer" that many fields share.
     */
    private void academic(EvidenceLine line, List<Hit> out) {
        String text = line.text();
        int from = datesInFront(text);
        boolean norwegian = false;
        java.util.regex.Matcher m = ACADEMIC.matcher(text);
        if (!m.find(from) || text.substring(from, m.start()).strip().length() > 0) {
            m = ACADEMIC_NB.matcher(text);
            if (!m.find(from) || text.substring(from, m.start()).strip().length() > 0) {
                return;
            }
            norwegian = true;
        }
        String rest = text.substring(m.end());
        String field = FUNCTION_PARTS.split(rest.substring(0, titlePartEnd(rest)).strip())[0].strip();
        field = field.split("\\s+og\\s+")[0];
        List<TitleWords.Word> words = TitleWords.words(field);
        for (int n = Math.min(words.size(), MAX_WORDS - 1); n > 0; n--) {
            String lead = field.substring(0, words.get(n - 1).end());
            for (String role : norwegian ? ACADEMIC_NB_ROLES : ACADEMIC_ROLES) {
                List<Entry> entries = index.get(TitleWords.normal(norwegian ? role + lead : lead + role));
                if (entries != null) {
                    int end = m.end() + lead.length();
                    entries.forEach(e -> out.add(new Hit(e.soc(), e.title(), line, from, end, false, e.weight(), true,
                            false)));
                    return;
                }
            }
        }
    }

    private boolean functionManager(EvidenceLine line, String function, List<Hit> out) {
        boolean any = false;
        for (String role : List.of(" manager", " director")) {
            String key = TitleWords.normal(function + role);
            List<Entry> entries = index.get(key);
            if (entries != null) {
                entries.forEach(e -> out.add(new Hit(e.soc(), e.title(), line, 0, line.text().length(), false,
                        e.weight(), true, false)));
                any = true;
            }
        }
        return any;
    }

    private void find(EvidenceLine line, String text, boolean inverted, List<Hit> out) {
        List<TitleWords.Word> words = TitleWords.words(text);
        int titleEnd = titlePartEnd(text);
        List<Integer> segmentStarts = segmentStarts(text, words);
        for (int i = 0; i < words.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
                key.append(n == 0 ? "" : " ").append(words.get(i + n).form());
                List<Entry> entries = index.get(key.toString());
                if (entries != null && (n > 0 || !inverted && oneWordTitle(line, words, i, titleEnd, text))) {
                    int start = inverted ? 0 : words.get(i).start();
                    int end = inverted ? line.text().length() : words.get(i + n).end();
                    TitleWords.Word last = words.get(i + n);
                    boolean inTitle = inverted || startsASegment(segmentStarts, i);
                    for (Entry e : entries) {
                        if (!pluralOutsideTitle(text, last, e.title(), titleEnd) && !credential(text, end)) {
                            out.add(new Hit(e.soc(), e.title(), line, start, end, false, e.weight(), inTitle, false));
                        }
                    }
                }
            }
            if (!inverted && oneWordTitle(line, words, i, titleEnd, text)) {
                compound(line, words.get(i), false, out);
            }
        }
    }

    private static final Pattern SEPARATOR = Pattern
            .compile("\\s[-–—|·@]\\s|[,(–—|·:]|\\s(?:at|hos|i|in|for|with|ved)\\s");

    /**
     * Where a line's title part ends: "Nurse, Ahus", "Nurse at Ahus" and "2018 – 2021 Nurse, Ahus" have the title
     * "Nurse" (dates in front of it are skipped).
     */
    private static int titlePartEnd(String text) {
        int from = datesInFront(text);
        java.util.regex.Matcher m = SEPARATOR.matcher(text);
        while (m.find()) {
            if (m.start() > from) {
                return m.start();
            }
        }
        return text.length();
    }

    /** Where dates that open a line end ("2018 – 2021 Nurse"), or 0. */
    private static int datesInFront(String text) {
        return dev.aiproof.extraction.Dates.find(text).filter(d -> d.from() <= 2).map(d -> d.to()).orElse(0);
    }

    private static final Pattern SEGMENT = Pattern.compile("\\s[-–—|·•]\\s|\\s*[–—|·•]\\s*");

    /**
     * The first word of each part of a line ("Employer — Title", "Title | Employer | City", "2018 – 2021 Title"):
     * a job title starts one of them. Dates in front are skipped.
     */
    private static List<Integer> segmentStarts(String text, List<TitleWords.Word> words) {
        int from = datesInFront(text);
        List<Integer> offsets = new ArrayList<>(List.of(from));
        java.util.regex.Matcher m = SEGMENT.matcher(text);
        while (m.find()) {
            if (m.start() >= from) {
                offsets.add(m.end());
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int offset : offsets) {
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).start() >= offset) {
                    starts.add(w);
                    break;
                }
            }
        }
        return starts;
    }

    /** A title found within the first words of a part of the line, after at most a level or two. */
    private static boolean startsASegment(List<Integer> segmentStarts, int word) {
        return segmentStarts.stream().anyMatch(s -> word >= s && word - s <= MAX_WORDS_BEFORE_TITLE);
    }

    /** "CPM®", "CFP®": a registered credential after a name, not the job it may abbreviate. */
    private static boolean credential(String text, int end) {
        return end < text.length() && (text.charAt(end) == '®' || text.charAt(end) == '™');
    }

    /**
     * A plural title in a sentence ("work with NDT inspectors", "worked with designers") is about other people:
     * it counts only inside the line's title part.
     */
    private static boolean pluralOutsideTitle(String text, TitleWords.Word last, String title, int titleEnd) {
        String written = text.substring(last.start(), last.end()).toLowerCase(Locale.ROOT);
        boolean plural = written.endsWith("s") && !title.endsWith("s")
                || written.endsWith("ere") && !title.endsWith("ere");
        return plural && last.start() >= titleEnd;
    }

    /**
     * A one-word title ("nurse", "models", "assistant") is an everyday word too: it counts only where it names the
     * job, in a title-like line whose title part is at most three words ("Leading Hand Carpenter", not "Built 3D
     * CAD models"), and, when four letters or fewer, only written with a capital.
     */
    private static boolean oneWordTitle(EvidenceLine line, List<TitleWords.Word> words, int i, int titleEnd,
            String text) {
        if (lowerCaseShortWord(words.get(i), text)) {
            return false;
        }
        if (!line.titleLike() || words.get(i).start() >= titleEnd) {
            return false;
        }
        int from = datesInFront(text); // "2018 – i dag: Bas, …": the words of the dates are not the title's
        // "Gårdbruker og daglig leder", "Owner / Tool Grinder": each of two joined titles is a title part of its own
        int start = from;
        int end = titleEnd;
        java.util.regex.Matcher joint = JOINT.matcher(text.substring(0, titleEnd));
        while (joint.find()) {
            if (joint.end() <= words.get(i).start() && joint.start() >= from) {
                start = joint.end();
            } else if (joint.start() >= words.get(i).end()) {
                end = joint.start();
                break;
            }
        }
        int partStart = start;
        int partEnd = end;
        long inTitle = words.stream().filter(w -> w.start() >= partStart && w.start() < partEnd).count();
        return inTitle <= 3;
    }

    /** What joins two titles held at once. */
    private static final Pattern JOINT = Pattern.compile("\\s*[/&+]\\s*|\\s(?:and|og|und|et)\\s",
            Pattern.CASE_INSENSITIVE);

    /**
     * A one-word title of four letters or fewer ("CEO", "RN", "Kokk", "Cook") is written with a capital, as titles
     * are: all in lower case it is usually another word ("rn" in a URL, "coms").
     */
    private static boolean lowerCaseShortWord(TitleWords.Word word, String text) {
        String written = text.substring(word.start(), word.end());
        return written.length() <= 4 && written.equals(written.toLowerCase(Locale.ROOT));
    }

    /** The longest known one-word title that a long word ends with: "intensivsykepleier" → "sykepleier". */
    void compound(EvidenceLine line, TitleWords.Word word, boolean inverted, List<Hit> out) {
        String w = word.form();
        if (index.containsKey(w)) {
            return;
        }
        for (int cut = 2; cut <= w.length() - MIN_COMPOUND_TAIL; cut++) {
            List<Entry> entries = compoundTails.get(TitleWords.form(w.substring(cut)));
            if (entries != null) {
                int start = inverted ? 0 : word.start();
                int end = inverted ? line.text().length() : word.end();
                entries.forEach(
                        e -> out.add(new Hit(e.soc(), e.title(), line, start, end, true, e.weight(), true, false)));
                return;
            }
        }
    }

    /** Drops hits covered by a longer hit in the same line. */
    private static List<Hit> longestOnly(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::length).reversed().thenComparing(Hit::compound)
                .thenComparing(h -> !h.sought())
                .thenComparing(h -> -h.title().length()).thenComparing(Hit::soc).thenComparing(Hit::title));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : sorted) {
            boolean covered = kept.stream().anyMatch(k -> k.start() <= hit.start() && hit.end() <= k.end()
                    && !(k.start() == hit.start() && k.end() == hit.end() && !k.soc().equals(hit.soc())));
            boolean duplicate = kept.stream().anyMatch(k -> k.soc().equals(hit.soc()) && k.start() == hit.start()
                    && k.end() == hit.end());
            if (!covered && !duplicate) {
                kept.add(hit);
            }
        }
        return kept;
    }
}
