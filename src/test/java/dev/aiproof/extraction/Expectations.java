package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of an expectations table: a file and what extracting it must give, including the language it is written in
 * (ISO 639-1, Norwegian bokmål as nb). Lists are separated by '|'.
 */
record Expectations(String file, String outcome, List<String> titles, List<String> contains, List<String> absent,
        String language) {

    static List<Expectations> load(Path csv) throws IOException {
        List<Expectations> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(reader)) {
                rows.add(new Expectations(r.get("file"), r.get("outcome"), list(r.get("titles")),
                        list(r.get("contains")),
                        list(r.get("absent")), r.get("language")));
            }
        }
        return rows;
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    @Override
    public String toString() {
        return file + " → " + outcome;
    }

    /** Extracts the file and checks the outcome: the titles in this order, the texts present and absent, or the error. */
    void check(Extractor extractor, Path base) throws IOException {
        Path path = base.resolve(file);
        byte[] bytes = Files.readAllBytes(path);
        if (!outcome.equals("OK")) {
            ExtractionException e = catchThrowableOfType(ExtractionException.class,
                    () -> extractor.extract(path.getFileName().toString(), bytes));
            assertThat(e).as("%s should be refused", file).isNotNull();
            assertThat(e.error()).as(file).isEqualTo(ExtractionError.valueOf(outcome));
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        ExtractedDocument doc = extractor.extract(path.getFileName().toString(), bytes);
        String all = doc.text() + "\n" + String.join("\n", doc.notes());
        int from = 0;
        for (String title : titles) {
            int at = doc.text().indexOf(title, from);
            assertThat(at).as("%s: title '%s' after position %d", file, title, from).isGreaterThanOrEqualTo(0);
            from = at + title.length();
        }
        contains.forEach(s -> assertThat(all).as(file).contains(s));
        absent.forEach(s -> assertThat(doc.text()).as(file).doesNotContain(s));
        assertThat(doc.contentHash()).hasSize(64);
        assertThat(doc.language()).as("%s: the language it is written in", file).isEqualTo(language);
        assertThat(doc.pageCount()).isPositive();
    }
}
