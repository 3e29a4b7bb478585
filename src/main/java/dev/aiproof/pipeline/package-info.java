/**
 * The life of an assessment, from an accepted submission to a delivered report: each stage a committed db-scheduler
 * task, so that nothing accepted is lost by a crash. {@link dev.aiproof.pipeline.Pipeline} is the one class to read.
 */
@ApplicationModule(displayName = "Pipeline", allowedDependencies = {"extraction", "linkedin", "profiling", "scoring",
        "report", "delivery", "taxonomy", "erasure"})
package dev.aiproof.pipeline;

import org.springframework.modulith.ApplicationModule;
