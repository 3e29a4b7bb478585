package dev.aiproof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** docs/report.schema.json, the published contract of the report JSON. */
public final class ReportSchema {

    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    /** The schema violations of a report, empty when it conforms. */
    public static Set<ValidationMessage> violations(String reportJson) {
        try {
            return SCHEMA.validate(new ObjectMapper().readTree(reportJson));
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonSchema load() {
        try {
            String schema = Files.readString(Path.of("docs/report.schema.json"));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
