package dev.aiproof;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole service as {@link ServiceTest} has it, with a document wait short enough to watch run out, a retention
 * sweep every second, and addresses kept 7 days against the reports' 30 (so that a test can tell them apart).
 * Subclasses share one context.
 */
@TestPropertySource(properties = {
        "aiproof.retention.document-wait=4s",
        "aiproof.retention.sweep-interval=1s",
        "aiproof.retention.report=30d",
        "aiproof.retention.email=7d"})
public abstract class RetentionServiceTest extends ServiceTest {
}
