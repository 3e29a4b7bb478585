package dev.aiproof.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The committed taxonomy is what config/derive-taxonomy.py derives from ../shared/anchors today. Runs only where
 * the anchors are (CI has them); the build itself never needs them.
 */
class TaxonomyDerivationCheckTest {

    @Test
    void committedTaxonomyIsFreshlyDerived() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("../shared/anchors/onet29")),
                "../shared/anchors is not beside the project");
        Process check;
        try {
            check = new ProcessBuilder("python3", "config/derive-taxonomy.py", "--check").redirectErrorStream(true)
                    .start();
        } catch (IOException noPython) {
            org.junit.jupiter.api.Assumptions.abort("python3 is not installed");
            return;
        }
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("config/taxonomy is up to date (798 occupations)");
    }
}
