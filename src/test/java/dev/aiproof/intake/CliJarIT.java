package dev.aiproof.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aiproof.ReportSchema;

/** The packaged jar, run as a user runs it: {@code java -jar target/aiproof.jar assess FILE --format json}. */
class CliJarIT {

    @TempDir
    Path dir;

    @Test
    void packagedJarAssessesACvAndRejectsAnUnreadableOne() throws Exception {
        Path cv = Path.of("fixtures/e2e/senior-developer.txt").toAbsolutePath();
        Process ok = jar("assess", cv.toString(), "--format", "json");
        String report = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(ok.exitValue()).isZero();
        assertThat(ReportSchema.violations(report)).isEmpty();

        Path exe = dir.resolve("cv.pdf");
        Files.write(exe, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0});
        Process bad = jar("assess", exe.toString(), "--format", "json");
        String stdout = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(stdout).isBlank();
        assertThat(stderr).containsPattern("\\{\"(error|message)\":");
    }

    private Process jar(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", Path.of("target/aiproof.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        // standard error goes to a file, so that a chatty one can never block the process
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }
}
