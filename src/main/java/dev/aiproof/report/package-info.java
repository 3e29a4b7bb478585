/**
 * The report a person reads, built from the score and rendered as JSON, HTML, text and PDF in their language.
 */
@ApplicationModule(displayName = "Report", allowedDependencies = {"scoring", "taxonomy", "profiling"})
package dev.aiproof.report;

import org.springframework.modulith.ApplicationModule;
