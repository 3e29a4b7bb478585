package dev.aiproof.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.aiproof.extraction.FixtureCvs.Cv;
import dev.aiproof.extraction.FixtureCvs.Job;

/**
 * Writes fixtures/cv (our invented CVs in every format) and fixtures/bad (small hostile files). Run from the repo
 * root as described in docs/extraction.md ("Fixtures and tests"). The .doc fixture needs LibreOffice
 * ({@code soffice}); without it the committed .doc is kept.
 */
public final class FixtureGenerator {

    static final Path CV = Path.of("fixtures/cv");
    static final Path BAD = Path.of("fixtures/bad");

    public static void main(String[] args) throws Exception {
        Files.createDirectories(CV);
        Files.createDirectories(BAD);
        FixtureCvLayouts.writeAll(CV);
        write(CV.resolve(FixtureCvs.DEVELOPER.file()), FixtureFormats.docx(FixtureCvs.DEVELOPER));
        write(CV.resolve(FixtureCvs.NORWEGIAN.file()), FixtureFormats.docx(FixtureCvs.NORWEGIAN,
                "Nøkkelkompetanse: legemiddelhåndtering, personalledelse og pasientsikkerhet"));
        writeDoc(FixtureCvs.TEACHER);
        write(CV.resolve(FixtureCvs.PROJECT_MANAGER.file()),
                FixtureFormats.odt(FixtureCvs.PROJECT_MANAGER, null, null));
        write(CV.resolve(FixtureCvs.CHEF.file()), FixtureFormats.rtf(FixtureCvs.CHEF));
        write(CV.resolve(FixtureCvs.ELECTRICIAN.file()),
                FixtureFormats.text(FixtureCvs.ELECTRICIAN).getBytes(StandardCharsets.UTF_8));
        write(CV.resolve(FixtureCvs.NORWEGIAN_TXT.file()),
                FixtureFormats.text(FixtureCvs.NORWEGIAN_TXT).getBytes(StandardCharsets.UTF_8));
        write(CV.resolve(FixtureCvs.DATA_SCIENTIST.file()),
                FixtureFormats.markdown(FixtureCvs.DATA_SCIENTIST).getBytes(StandardCharsets.UTF_8));
        write(CV.resolve(FixtureCvs.SALES.file()),
                FixtureFormats.html(FixtureCvs.SALES, "<style>body{font-family:sans-serif}</style>", "")
                        .getBytes(StandardCharsets.UTF_8));
        write(CV.resolve(FixtureCvs.MARKETING.file()), jsonResume(FixtureCvs.MARKETING));
        write(CV.resolve(FixtureCvs.ODD_CHARACTERS.file()), oddCharacters(FixtureCvs.ODD_CHARACTERS));
        write(CV.resolve("linkedin-data-export.zip"), linkedInExport(""));
        write(CV.resolve("linkedin-data-export-in-folder.zip"), linkedInExport("Basic_LinkedInDataExport_11-21-2026/"));
        FixtureBadFiles.writeAll(BAD);
    }

    static void write(Path path, byte[] bytes) throws IOException {
        Files.write(path, bytes);
    }

    private static void writeDoc(Cv cv) throws Exception {
        Path tmp = Files.createTempDirectory("aiproof-doc");
        Path docx = tmp.resolve(cv.file().replace(".doc", ".docx"));
        Files.write(docx, FixtureFormats.docx(cv));
        Process p;
        try {
            p = new ProcessBuilder("soffice", "--headless", "--convert-to", "doc", "--outdir", tmp.toString(),
                    docx.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            System.err.println("soffice not found: keeping the committed " + cv.file());
            return;
        }
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (p.waitFor() == 0 && Files.exists(tmp.resolve(cv.file()))) {
            Files.copy(tmp.resolve(cv.file()), CV.resolve(cv.file()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static byte[] jsonResume(Cv cv) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        ObjectNode basics = root.putObject("basics");
        basics.put("name", cv.name()).put("label", cv.headline()).put("summary", cv.summary());
        basics.putObject("location").put("city", cv.contact()).put("countryCode", "AU");
        ArrayNode work = root.putArray("work");
        for (Job j : cv.jobs()) {
            String[] dates = j.dates().split("/", -1);
            ObjectNode w = work.addObject().put("name", j.org()).put("position", j.title()).put("startDate", dates[0]);
            if (!dates[1].isEmpty()) {
                w.put("endDate", dates[1]);
            }
            ArrayNode highlights = w.putArray("highlights");
            j.bullets().forEach(highlights::add);
        }
        root.putArray("education").addObject().put("institution", "Monash University").put("area", "Communications")
                .put("studyType", "Bachelor").put("startDate", "2019-02").put("endDate", "2022-11");
        ArrayNode skills = root.putArray("skills");
        cv.skills().forEach(s -> skills.addObject().put("name", s));
        ArrayNode languages = root.putArray("languages");
        cv.languages().forEach(l -> languages.addObject().put("language", l));
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Plain text with what PDFs and Word leave behind: ligatures, soft hyphens, odd dashes, tab runs, NBSP. */
    static byte[] oddCharacters(Cv cv) {
        String text = FixtureFormats.text(cv)
                .replace("fi", "\uFB01").replace("ffi", "\uFB03").replace("fl", "\uFB02")
                .replace("Supervisor", "Super\u00ADvisor").replace(" – ", " \u2010 ")
                .replace("Warehouse Operative", "Warehouse\t \u00A0 Operative")
                .replace("pickers and", "pickers\u200B and")
                .replace("Leicester", "Leicester\t\t\t\t");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A LinkedIn data export: the CV files plus private ones that must never be read. */
    static byte[] linkedInExport(String folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(folder + "Profile.csv", csv(
                List.of("First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                        "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                        "Instant Messengers"),
                List.of(List.of("Rosa", "Lindgren", "", "PRIVATE-ADDRESS 12 Secret Road", "PRIVATE-BIRTHDAY",
                        "Product Manager at Tundra Apps",
                        "Product manager with nine years in B2B software.\nI turn customer problems into roadmaps, and I like data.",
                        "Software Development", "", "Stockholm, Sweden", "", "", ""))));
        files.put(folder + "Positions.csv", csv(
                List.of("Company Name", "Title", "Description", "Location", "Started On", "Finished On"),
                List.of(List.of("Tundra Apps", "Senior Product Manager",
                        "Own the analytics product line.\n\"Shipped\" self-serve dashboards used by 3,000 teams.",
                        "Stockholm", "Mar 2021", ""),
                        List.of("Tundra Apps", "Product Manager", "Ran discovery and delivery for the billing product.",
                                "Stockholm", "Jan 2018", "Feb 2021"),
                        List.of("Nordbank", "Business Analyst", "Wrote requirements for online banking features.",
                                "Gothenburg", "Aug 2015", "Dec 2017"))));
        files.put(folder + "Skills.csv",
                csv(List.of("Name"), List.of(List.of("Product Management"), List.of("SQL"), List.of("User Research"))));
        files.put(folder + "Education.csv",
                csv(List.of("School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"),
                        List.of(List.of("Chalmers University of Technology", "2010", "2015", "",
                                "MSc Industrial Engineering", ""))));
        files.put(folder + "Languages.csv", csv(List.of("Name", "Proficiency"),
                List.of(List.of("Swedish", "Native or bilingual proficiency"),
                        List.of("English", "Full professional proficiency"))));
        files.put(folder + "Certifications.csv",
                csv(List.of("Name", "Url", "Authority", "Started On", "Finished On", "License Number"),
                        List.of(List.of("Certified Scrum Product Owner", "", "Scrum Alliance", "Jun 2019", "", ""))));
        files.put(folder + "messages.csv",
                csv(List.of("FROM", "TO", "CONTENT"), List.of(List.of("A", "B", "PRIVATE-MESSAGE do not read"))));
        files.put(folder + "Connections.csv", csv(List.of("First Name", "Last Name", "Email Address"),
                List.of(List.of("PRIVATE-CONNECTION", "X", "x@example.com"))));
        files.put(folder + "Email Addresses.csv",
                csv(List.of("Email Address"), List.of(List.of("PRIVATE-EMAIL@example.com"))));
        files.put(folder + "PhoneNumbers.csv",
                csv(List.of("Number"), List.of(List.of("PRIVATE-PHONE +46 70 000 0000"))));
        return FixtureFormats.zip(files);
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // LinkedIn's files start with a byte-order mark
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(new ArrayList<>(row));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
