package dev.aiproof.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.aiproof.extraction.FixtureCvs.Cv;
import dev.aiproof.extraction.FixtureCvs.Job;

/** The PDF fixtures: single column, two columns, scanned, LinkedIn-style, letter + CV bundle, running headers. */
final class FixtureCvLayouts {

    private FixtureCvLayouts() {
    }

    static void writeAll(Path dir) throws IOException {
        single(dir, FixtureCvs.NURSE);
        single(dir, FixtureCvs.GERMAN);
        intern(dir);
        twoColumn(dir, FixtureCvs.DESIGNER);
        FixtureGenerator.write(dir.resolve(FixtureCvs.ACCOUNTANT.file()),
                new FixturePdf().column(FixtureCvs.ACCOUNTANT.lines(), 0, 60, 470).toScannedPdf());
        linkedIn(dir, FixtureCvs.LINKEDIN);
        bundle(dir, FixtureCvs.BUNDLE);
        runningHeaders(dir, FixtureCvs.EXECUTIVE);
    }

    private static void single(Path dir, Cv cv) throws IOException {
        FixtureGenerator.write(dir.resolve(cv.file()), new FixturePdf().column(cv.lines(), 0, 60, 470).toPdf());
    }

    /** Word-on-Mac style spacing: no-break spaces between words and soft hyphens inside them. */
    private static void intern(Path dir) throws IOException {
        Cv cv = FixtureCvs.INTERN;
        List<String> lines = cv.lines().stream()
                .map(l -> l.replace("Mechanical Engineering", "Mechanical\u00A0\u00A0 \u00A0Engineering")
                        .replace("placement", "place\u00ADment").replace("SolidWorks", "Solid\u00ADWorks"))
                .toList();
        FixtureGenerator.write(dir.resolve(cv.file()), new FixturePdf().column(lines, 0, 60, 470).toPdf());
    }

    /** Main column written first, then the sidebar, as an HTML-to-PDF tool would. */
    private static void twoColumn(Path dir, Cv cv) throws IOException {
        List<String> main = new ArrayList<>(
                List.of(cv.name(), cv.headline(), "# " + cv.heading("summary"), cv.summary(),
                        "# " + cv.heading("experience")));
        for (Job j : cv.jobs()) {
            main.add(j.title());
            main.add(j.org() + " | " + j.dates());
            j.bullets().forEach(b -> main.add("* " + b));
        }
        List<String> side = new ArrayList<>(List.of("# Contact", cv.contact(), "# " + cv.heading("skills")));
        side.addAll(cv.skills());
        side.add("# " + cv.heading("education"));
        side.addAll(cv.education());
        side.add("# " + cv.heading("languages"));
        side.addAll(cv.languages());
        FixtureGenerator.write(dir.resolve(cv.file()),
                new FixturePdf().column(main, 0, 210, 330).column(side, 0, 40, 150).toPdf());
    }

    /** The current LinkedIn "Save to PDF" layout: sidebar first in the content stream, "Page N of M" footers. */
    private static void linkedIn(Path dir, Cv cv) throws IOException {
        List<String> side = new ArrayList<>(
                List.of("# Contact", "daniel.osei@example.com", "www.linkedin.com/in/daniel-osei-example",
                        "(LinkedIn)", "# Top Skills"));
        side.addAll(cv.skills());
        side.add("# Languages");
        side.addAll(cv.languages());
        List<Job> jobs = cv.jobs();
        List<String> main = new ArrayList<>(
                List.of(cv.name(), cv.headline(), cv.contact(), "# Summary", cv.summary(), "# Experience",
                        jobs.get(0).org(), "6 years 10 months"));
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            if (i == 2) {
                main.add(j.org());
            }
            main.add(j.title());
            main.add(j.dates());
            main.add(i == 2 ? "Accra, Ghana" : "Oslo, Norway");
            main.addAll(j.bullets());
        }
        main.add("# Education");
        main.addAll(cv.education());
        FixturePdf pdf = new FixturePdf().column(side, 0, 40, 150).column(main, 0, 210, 340);
        int pages = pdf.pages.size();
        for (int i = 0; i < pages; i++) {
            pdf.text(i, 270, 30, "Page " + (i + 1) + " of " + pages);
        }
        FixtureGenerator.write(dir.resolve(cv.file()), pdf.toPdf());
    }

    private static void bundle(Path dir, Cv cv) throws IOException {
        List<String> letter = List.of(cv.name(), cv.contact(), "3 November 2026", "Dear Hiring Manager,",
                "I am writing to apply for the role of Contact Centre Manager advertised on your website. For the last four years "
                        + "I have led a team of fifteen advisers at Midlands Energy, and before that I answered customers myself.",
                "I believe a calm team gives calm answers. I would welcome the chance to tell you more in an interview.",
                "Yours sincerely,", cv.name());
        List<String> lines = new ArrayList<>(List.of("Curriculum Vitae"));
        lines.addAll(cv.lines());
        FixtureGenerator.write(dir.resolve(cv.file()),
                new FixturePdf().column(letter, 0, 60, 470).column(lines, 1, 60, 470).toPdf());
    }

    private static void runningHeaders(Path dir, Cv cv) throws IOException {
        List<String> lines = cv.lines();
        int third = lines.size() / 3;
        FixturePdf pdf = new FixturePdf()
                .column(lines.subList(0, third), 0, 60, 470)
                .column(lines.subList(third, 2 * third), 1, 60, 470)
                .column(lines.subList(2 * third, lines.size()), 2, 60, 470);
        for (int i = 0; i < 3; i++) {
            pdf.text(i, 60, 815, cv.name() + " - Curriculum Vitae - Confidential");
            pdf.text(i, 270, 30, "Page " + (i + 1) + " of 3");
        }
        FixtureGenerator.write(dir.resolve(cv.file()), pdf.toPdf());
    }
}
