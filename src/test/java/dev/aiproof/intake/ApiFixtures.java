package dev.aiproof.intake;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;

import dev.aiproof.pipeline.Assessment;
import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.report.Report;

/** What the web slice tests hand the mocked pipeline to return: plain values, built here once. */
final class ApiFixtures {

    static final String ID = "0b5e7d6c-2f7a-4a8e-9c1d-3e4f5a6b7c8d";
    static final String TOKEN = "q3Yx-report-token";

    private ApiFixtures() {
    }

    /** With the stage the pipeline names for the state (the one to run next), and language auto until it is read. */
    static Assessment assessment(AssessmentState state) {
        String stage = switch (state) {
            case RECEIVED -> "extract";
            case EXTRACTED -> "profile";
            case PROFILED -> "score";
            case SCORED -> "report";
            case REPORTED -> "deliver";
            default -> null;
        };
        return new Assessment(ID, state, stage, null, null, state == AssessmentState.RECEIVED ? "auto" : "en", TOKEN,
                Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-05T10:01:00Z"));
    }

    static Assessment rejected(String code, String message) {
        return new Assessment(ID, AssessmentState.REJECTED, null, code, message, "en", TOKEN,
                Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-05T10:01:00Z"));
    }

    static Report report() {
        return new Report(ID, "2026.1", new Report.ProfilerView("offline", null, null, null), "en",
                new Report.OccupationView("15-1252", "Software Developers", "Software Engineer", 0.91,
                        "Software Engineer",
                        List.of()),
                new Report.SeniorityView("senior", 9, "reduced", "2016 – now", "Nine years of experience"),
                57, "moderate", "Moderate", "Parts of the work change", "summary", null, List.of(),
                new Report.Skills(List.of(), List.of()), List.of(), List.of(), "Your edge", List.of(), List.of());
    }

    static MockMultipartFile cv() {
        return new MockMultipartFile("file", "cv.txt", "text/plain",
                "Software Engineer\nBuilt services in Java".getBytes());
    }

    /** A part whose bytes cannot be read, as when the upload broke off. */
    static MockMultipartFile brokenUpload() {
        return new MockMultipartFile("file", "cv.pdf", "application/pdf", new byte[] {1, 2, 3}) {
            @Override
            public byte[] getBytes() throws IOException {
                throw new IOException("connection reset");
            }
        };
    }
}
