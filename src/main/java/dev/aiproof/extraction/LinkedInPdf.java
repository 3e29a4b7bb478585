package dev.aiproof.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the current LinkedIn "Save to PDF" layout: a sidebar (Contact, Top Skills, Languages, Certifications…)
 * printed first, then name, headline, location, Summary, Experience and Education. The older single-column
 * layout ("Title at Company" above each date line) is handled by the generic reader.
 */
final class LinkedInPdf {

    private static final Pattern DATES = Pattern.compile(
            "^((?:[A-Z][a-z]+ )?\\d{4}) - ((?:[A-Z][a-z]+ )?\\d{4}|Present)(?: \\((.*)\\))?$");
    private static final Pattern DURATION = Pattern
            .compile("^(less than a year|\\d+ years?( \\d+ months?)?|\\d+ months?)$");
    private static final Pattern SCHOOL = Pattern.compile("^(.*?)(?:, (.*?))? · \\((\\d{4}) - (\\d{4}|Present)\\)$");
    private static final Pattern LANGUAGE = Pattern.compile("^(.+?) \\((.+)\\)$");
    private static final List<String> SIDEBAR = List.of("Contact", "Top Skills", "Languages", "Certifications",
            "Honors-Awards", "Publications", "Patents");
    private static final List<String> SCALE = List.of("Elementary", "Limited Working", "Professional Working",
            "Full Professional", "Native or Bilingual");

    private LinkedInPdf() {
    }

    /** True for the current export layout: it opens with the Contact sidebar and links to a LinkedIn profile. */
    static boolean recognise(String text) {
        return text.startsWith("Contact\n") && text.contains("linkedin.com/in/")
                && text.lines().anyMatch(l -> l.endsWith("Experience"));
    }

    /** @param pages cleaned text of each page */
    static Optional<LinkedInProfile> read(List<String> pages) {
        List<String> lines = new ArrayList<>();
        List<Integer> pageStarts = new ArrayList<>();
        for (String page : pages) {
            pageStarts.add(lines.size());
            page.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        int summary = lines.indexOf("Summary");
        int experience = -1;
        for (int i = Math.max(summary, 0); i < lines.size(); i++) {
            if (lines.get(i).equals("Experience") || lines.get(i).endsWith(" Experience")) {
                experience = i;
                break;
            }
        }
        if (experience < 0) {
            return Optional.empty();
        }
        int header = summary >= 0 ? summary : experience;
        if (header < 3) {
            return Optional.empty();
        }
        int education = lines.subList(experience, lines.size()).indexOf("Education");
        education = education < 0 ? lines.size() : education + experience;

        List<String> sidebar = lines.subList(0, header - 3);
        String summaryText = "";
        if (summary >= 0) {
            int end = experience;
            boolean merged = !lines.get(experience).equals("Experience");
            if (merged) {
                // the sidebar ran onto the next page beside the heading: its lines there are not summary
                for (int start : pageStarts) {
                    if (start > summary && start <= experience) {
                        end = start;
                    }
                }
            }
            summaryText = String.join(" ", lines.subList(summary + 1, end));
        }
        return Optional.of(new LinkedInProfile(lines.get(header - 3), lines.get(header - 2), lines.get(header - 1),
                summaryText, jobs(lines.subList(experience + 1, education)),
                schools(lines.subList(Math.min(education + 1, lines.size()), lines.size())),
                sidebar.stream().filter(l -> l.matches("\\S+@\\S+\\.\\S+")).findFirst().orElse(null),
                sidebar.stream().filter(l -> l.contains("linkedin.com/in/"))
                        .map(l -> l.replace("(LinkedIn)", "").strip())
                        .findFirst().orElse(null),
                block(sidebar, "Top Skills"), languages(block(sidebar, "Languages"))));
    }

    private static List<String> block(List<String> sidebar, String heading) {
        int i = sidebar.indexOf(heading);
        List<String> out = new ArrayList<>();
        for (int j = i + 1; i >= 0 && j < sidebar.size() && !SIDEBAR.contains(sidebar.get(j)); j++) {
            out.add(sidebar.get(j));
        }
        return out;
    }

    private static List<LinkedInProfile.Language> languages(List<String> lines) {
        List<LinkedInProfile.Language> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = LANGUAGE.matcher(l);
            if (m.matches()) {
                out.add(new LinkedInProfile.Language(m.group(1), m.group(2), SCALE.indexOf(m.group(2)) + 1));
            } else {
                out.add(new LinkedInProfile.Language(l, null, 0));
            }
        }
        return out;
    }

    private static List<LinkedInProfile.Job> jobs(List<String> lines) {
        List<Integer> dates = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (DATES.matcher(lines.get(i)).matches()) {
                dates.add(i);
            }
        }
        int[] headerStart = new int[dates.size()];
        String[] company = new String[dates.size()];
        String current = null;
        for (int k = 0; k < dates.size(); k++) {
            int d = dates.get(k);
            int previousEnd = k == 0 ? -1 : dates.get(k - 1) + 1;
            headerStart[k] = d - 1;
            String above = d >= 2 ? lines.get(d - 2) : null;
            if (above != null && DURATION.matcher(above).matches() && d >= 3) {
                current = lines.get(d - 3);
                headerStart[k] = d - 3;
            } else if (above != null && d - 2 > previousEnd && !continuesDescription(above)) {
                current = above;
                headerStart[k] = d - 2;
            }
            company[k] = current;
        }
        List<LinkedInProfile.Job> jobs = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            int d = dates.get(k);
            Matcher m = DATES.matcher(lines.get(d));
            m.matches();
            int end = k + 1 < dates.size() ? headerStart[k + 1] : lines.size();
            int body = d + 1;
            String location = null;
            if (body < end && isLocation(lines.get(body))) {
                location = lines.get(body);
                body++;
            }
            String description = body < end ? String.join(" ", lines.subList(body, end)) : "";
            jobs.add(new LinkedInProfile.Job(company[k], lines.get(d - 1), m.group(1), m.group(2), location,
                    description));
        }
        return jobs;
    }

    private static boolean continuesDescription(String line) {
        return line.endsWith(".") || line.startsWith("- ") || line.startsWith("•") || line.length() > 60;
    }

    private static boolean isLocation(String line) {
        return line.length() < 60 && !line.endsWith(".") && !line.startsWith("-") && !line.startsWith("•");
    }

    private static List<LinkedInProfile.School> schools(List<String> lines) {
        List<LinkedInProfile.School> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = SCHOOL.matcher(lines.get(i));
            if (m.matches()) {
                out.add(new LinkedInProfile.School(lines.get(i - 1), m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        return out;
    }

    /** The profile as sections, in the order a CV would have them. */
    static List<Section> sections(LinkedInProfile p) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("headline", "", String.join("\n", Arrays.asList(p.name(), p.headline(), p.location()))));
        if (!p.summary().isEmpty()) {
            s.add(new Section("summary", "Summary", p.summary()));
        }
        StringBuilder exp = new StringBuilder();
        p.jobs().forEach(j -> exp.append(j.title()).append('\n').append(j.company()).append('\n')
                .append(j.start()).append(" - ").append(j.end()).append('\n')
                .append(j.description().isEmpty() ? "" : j.description() + "\n"));
        s.add(new Section("experience", "Experience", exp.toString().strip()));
        s.add(new Section("skills", "Top Skills", String.join("\n", p.topSkills())));
        if (!p.languages().isEmpty()) {
            s.add(new Section("languages", "Languages", String.join("\n", p.languages().stream()
                    .map(l -> l.proficiency() == null ? l.name() : l.name() + " (" + l.proficiency() + ")").toList())));
        }
        StringBuilder edu = new StringBuilder();
        p.schools().forEach(e -> edu.append(e.school()).append('\n').append(e.degree())
                .append(e.course() == null ? "" : ", " + e.course()).append(" (").append(e.start()).append(" - ")
                .append(e.end()).append(")\n"));
        if (!edu.isEmpty()) {
            s.add(new Section("education", "Education", edu.toString().strip()));
        }
        return s;
    }

    static List<DatedPosition> positions(LinkedInProfile p) {
        return p.jobs().stream().map(j -> new DatedPosition(j.title(), j.company(), DateRanges.parse(j.start(), false),
                "Present".equals(j.end()) ? null : DateRanges.parse(j.end(), true),
                j.title() + " · " + j.start() + " - " + j.end())).toList();
    }
}
