package dev.aiproof.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads a LinkedIn data-export ZIP. Only the CV files named in {@link #FILES} are opened, found through the
 * central directory; messages, connections, email addresses, phone numbers and everything else are never read.
 */
final class LinkedInExport {

    static final List<String> FILES = List.of("Profile.csv", "Profile Summary.csv", "Positions.csv", "Skills.csv",
            "Education.csv", "Certifications.csv", "Languages.csv", "Projects.csv");
    private static final int MAX_ENTRIES = 5_000;
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private LinkedInExport() {
    }

    static Draft read(byte[] zip) {
        Map<String, List<Map<String, String>>> csv = new HashMap<>();
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > MAX_ENTRIES) {
                throw new ExtractionException(ExtractionError.TOO_LARGE);
            }
            for (ZipArchiveEntry entry : entries) {
                String name = entry.getName().replace('\\', '/');
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || !FILES.contains(base) || name.split("/").length > 3
                        || csv.containsKey(base)) {
                    continue;
                }
                if (entry.getSize() > MAX_FILE_BYTES) {
                    throw new ExtractionException(ExtractionError.TOO_LARGE);
                }
                try (InputStream in = BoundedInputStream.builder().setInputStream(file.getInputStream(entry))
                        .setMaxCount(MAX_FILE_BYTES).get()) {
                    csv.put(base, records(in));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtractionException(ExtractionError.CORRUPT, "the ZIP file cannot be read", e);
        }
        if (!csv.containsKey("Positions.csv") && !csv.containsKey("Profile.csv")) {
            throw new ExtractionException(ExtractionError.UNSUPPORTED_FORMAT,
                    "a ZIP file that is no LinkedIn data export (no Profile.csv or Positions.csv)", null);
        }
        return compose(csv);
    }

    private static List<Map<String, String>> records(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get();
        for (CSVRecord r : format.parse(reader)) {
            rows.add(r.toMap());
        }
        return rows;
    }

    private static Draft compose(Map<String, List<Map<String, String>>> csv) {
        CvText t = new CvText();
        for (Map<String, String> p : csv.getOrDefault("Profile.csv", List.of())) {
            t.line(join(p.get("First Name"), p.get("Last Name"))).line(p.get("Headline")).line(p.get("Geo Location"))
                    .line(p.get("Industry"));
            if (p.get("Summary") != null && !p.get("Summary").isBlank()) {
                t.heading("Summary").line(p.get("Summary"));
            }
        }
        csv.getOrDefault("Profile Summary.csv", List.of()).forEach(r -> r.values().forEach(t::line));
        List<DatedPosition> positions = new ArrayList<>();
        List<Map<String, String>> jobs = csv.getOrDefault("Positions.csv", List.of());
        if (!jobs.isEmpty()) {
            t.heading("Experience");
        }
        for (Map<String, String> j : jobs) {
            YearMonth start = CvText.month(j.get("Started On"), false);
            YearMonth end = CvText.month(j.get("Finished On"), true);
            String range = CvText.range(start, end);
            t.line(j.get("Title")).line(j.get("Company Name")).line(range).line(j.get("Location"))
                    .line(j.get("Description"));
            if (j.get("Title") != null && start != null) {
                positions.add(new DatedPosition(j.get("Title"), j.get("Company Name"), start, end, range));
            }
        }
        list(t, "Education", csv.get("Education.csv"), "School Name", "Degree Name", "Start Date", "End Date", "Notes");
        list(t, "Skills", csv.get("Skills.csv"), "Name");
        list(t, "Languages", csv.get("Languages.csv"), "Name", "Proficiency");
        list(t, "Certifications", csv.get("Certifications.csv"), "Name", "Authority");
        list(t, "Projects", csv.get("Projects.csv"), "Title", "Description");
        String text = t.toString();
        return new Draft(text, 1, Sections.split(text), positions, List.of("Read from a LinkedIn data export."));
    }

    private static void list(CvText t, String heading, List<Map<String, String>> rows, String... columns) {
        if (rows == null || rows.isEmpty()) {
            return;
        }
        t.heading(heading);
        for (Map<String, String> r : rows) {
            List<String> parts = new ArrayList<>();
            for (String c : columns) {
                String v = r.get(c);
                if (v != null && !v.isBlank()) {
                    parts.add(v.strip());
                }
            }
            t.line(String.join(", ", parts));
        }
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }
}
