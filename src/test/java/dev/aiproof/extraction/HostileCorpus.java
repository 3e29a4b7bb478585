package dev.aiproof.extraction;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The generated hostile inputs by name, for the benchmark (the tests use {@link HostileFiles} directly). */
public final class HostileCorpus {

    private HostileCorpus() {
    }

    public static Map<String, byte[]> generated() throws IOException {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("zip-bomb.docx (150 MB inflated)", HostileFiles.zipBombDocx());
        inputs.put("nested.zip (30 levels)", HostileFiles.nestedZip(30));
        inputs.put("empty (0 bytes)", new byte[0]);
        inputs.put("huge.pdf (50 MB)", new byte[50 * 1024 * 1024]);
        inputs.put("5000-pages.pdf", HostileFiles.pdfWithPages(5000));
        inputs.put("billion-laughs.odt", HostileFiles.billionLaughsOdt());
        inputs.put("export-bomb.zip (100 MB Positions.csv)", HostileFiles.linkedInExportBomb());
        inputs.put("deeply-nested.json (100,000 levels)", ("{\"basics\":" + "[".repeat(100_000))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return inputs;
    }
}
