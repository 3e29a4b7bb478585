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

    /** A folder of good and refused files: one JSON line each, in name order, a summary, exit 2. */
    @Test
    void packagedJarAssessesAFolderAsJsonLines() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cvs"));
        Files.copy(Path.of("fixtures/e2e/senior-developer.txt"), folder.resolve("a-developer.txt"));
        Files.copy(Path.of("fixtures/cv/labelled/11-sykepleier-senior.txt"), folder.resolve("b-sykepleier.txt"));
        Files.write(folder.resolve("c-broken.pdf"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        Process batch = jar("assess", folder.toString());
        String stdout = new String(batch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(batch.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(batch.exitValue()).isEqualTo(2);
        List<String> lines = stdout.strip().lines().toList();
        assertThat(lines).hasSize(3);
        var json = tools.jackson.databind.json.JsonMapper.shared();
        assertThat(json.readTree(lines.get(0)).get("file").asString()).endsWith("a-developer.txt");
        assertThat(ReportSchema.violations(json.readTree(lines.get(0)).get("report").toString())).isEmpty();
        assertThat(json.readTree(lines.get(1)).get("report").get("language").asString()).isEqualTo("nb");
        assertThat(json.readTree(lines.get(2)).get("error").asString()).isIn("CORRUPT", "NO_TEXT",
                "UNSUPPORTED_FORMAT");
        assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("Assessed 2 of 3 files").contains("1 refused");
    }

    /**
     * The README's launcher with an old {@code java} first on PATH and no JAVA_HOME (as on this machine, whose default
     * is 17): it finds the JDK of this test run's kind by itself and prints clean JSON (the class-data archive's
     * notices stay off standard output).
     */
    @Test
    void launcherFindsANewEnoughJdkWhateverIsOnPath() throws Exception {
        Path oldJava = Files.createDirectories(dir.resolve("old/bin")).resolve("java");
        // a stand-in for an old JDK: it answers -XshowSettings like Java 17 and fails anything else
        Files.writeString(oldJava, "#!/bin/sh\necho '    java.specification.version = 17' >&2\nexit 1\n");
        oldJava.toFile().setExecutable(true);
        Path home = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
        ProcessBuilder launcher = new ProcessBuilder(Path.of("aiproof").toAbsolutePath().toString(), "occupations",
                "--format", "json").directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        launcher.environment().remove("JAVA_HOME");
        launcher.environment().put("PATH", oldJava.getParent() + ":/usr/bin:/bin");
        launcher.environment().put("AIPROOF_CDS_DIR", dir.resolve("cds").toString());
        launcher.environment().put("AIPROOF_OFFLINE_CACHE_DIR", Path.of("data/cache").toAbsolutePath().toString());
        boolean jdkWhereTheLauncherLooks = home.startsWith("/usr/lib/jvm")
                || home.toString().contains("JavaVirtualMachines");
        org.junit.jupiter.api.Assumptions.assumeTrue(jdkWhereTheLauncherLooks,
                "this run's JDK is not where the launcher looks");
        Process run = launcher.start();
        String stdout = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
        assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(stdout).size()).isGreaterThan(700);
        // on JDK 25 the launcher builds its class cache after the run, in the background: let it finish (and show
        // it did) before the folder is removed
        if (Runtime.version().feature() >= 25) {
            Path cds = dir.resolve("cds");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> {
                try (var files = Files.list(cds)) {
                    return files.map(f -> f.getFileName().toString())
                            .anyMatch(n -> n.startsWith("aiproof-occupations-") && n.endsWith(".aot")
                                    && !n.contains(".part"));
                }
            });
            try (var files = Files.list(cds)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".config"));
            }
        }
    }

    private Process jar(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-jar", Path.of("target/aiproof.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        // standard error goes to a file, so that a chatty one can never block the process
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        // the run's shared embedding cache: each fresh folder would otherwise embed the whole taxonomy again
        builder.environment().put("AIPROOF_OFFLINE_CACHE_DIR", Path.of("data/cache").toAbsolutePath().toString());
        return builder.start();
    }
}
