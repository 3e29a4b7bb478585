package dev.aiproof.extraction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON Resume (jsonresume.org schema): basics, work, volunteer, education, skills, languages, projects. */
final class JsonResume {

    /**
     * Jackson's shared default mapper, not Spring's: the extractor is also built by hand (the command line, tests)
     * and reads only a tree, which no Spring setting changes.
     */
    private static final JsonMapper JSON = JsonMapper.shared();

    private JsonResume() {
    }

    static Draft read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ExtractionException(ExtractionError.CORRUPT, "the JSON cannot be read", e);
        }
        if (root == null || !root.isObject() || !(root.has("basics") || root.has("work"))) {
            throw new ExtractionException(ExtractionError.NOT_A_CV,
                    "a JSON file that is no JSON Resume (no \"basics\" or \"work\")", null);
        }
        CvText t = new CvText();
        JsonNode basics = root.path("basics");
        t.line(text(basics, "name")).line(text(basics, "label"))
                .line(String.join(", ",
                        List.of(text(basics, "location", "city"), text(basics, "location", "countryCode"))
                                .stream().filter(s -> !s.isEmpty()).toList()));
        if (!text(basics, "summary").isEmpty()) {
            t.heading("Summary").line(text(basics, "summary"));
        }
        List<DatedPosition> positions = new ArrayList<>();
        work(t, root.path("work"), "Experience", positions);
        work(t, root.path("volunteer"), "Volunteering", new ArrayList<>());
        if (!root.path("education").isEmpty()) {
            t.heading("Education");
            for (JsonNode e : root.path("education")) {
                t.line(text(e, "institution")).line(join(text(e, "studyType"), text(e, "area")))
                        .line(CvText.range(CvText.month(text(e, "startDate"), false),
                                CvText.month(text(e, "endDate"), true)));
            }
        }
        if (!root.path("skills").isEmpty()) {
            t.heading("Skills");
            for (JsonNode s : root.path("skills")) {
                List<String> keywords = new ArrayList<>();
                s.path("keywords").forEach(k -> keywords.add(k.asString()));
                t.line(text(s, "name") + (keywords.isEmpty() ? "" : ": " + String.join(", ", keywords)));
            }
        }
        if (!root.path("languages").isEmpty()) {
            t.heading("Languages");
            root.path("languages").forEach(l -> t.line(join(text(l, "language"), text(l, "fluency"))));
        }
        if (!root.path("projects").isEmpty()) {
            t.heading("Projects");
            root.path("projects").forEach(p -> t.line(text(p, "name")).line(text(p, "description")));
        }
        String text = t.toString();
        return new Draft(text, 1, Sections.split(text), positions, List.of("Read from a JSON Resume."));
    }

    private static void work(CvText t, JsonNode jobs, String heading, List<DatedPosition> positions) {
        if (jobs.isEmpty()) {
            return;
        }
        t.heading(heading);
        for (JsonNode w : jobs) {
            String title = text(w, "position");
            String org = text(w, "name").isEmpty()
                    ? text(w, "company").isEmpty() ? text(w, "organization") : text(w, "company")
                    : text(w, "name");
            YearMonth start = CvText.month(text(w, "startDate"), false);
            YearMonth end = CvText.month(text(w, "endDate"), true);
            String range = CvText.range(start, end);
            t.line(title).line(org).line(range).line(text(w, "summary"));
            w.path("highlights").forEach(h -> t.line("- " + h.asString()));
            if (!title.isEmpty() && start != null) {
                positions.add(new DatedPosition(title, org.isEmpty() ? null : org, start, end, range));
            }
        }
    }

    private static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        return n.isValueNode() ? n.asString().strip() : "";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }
}
