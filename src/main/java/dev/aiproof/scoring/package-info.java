/**
 * The deterministic exposure score and its explanation, from a {@link dev.aiproof.profiling.CareerProfile} and the
 * taxonomy alone: no I/O, so the same profile always scores the same.
 */
@ApplicationModule(displayName = "Scoring", allowedDependencies = {"taxonomy", "profiling"})
package dev.aiproof.scoring;

import org.springframework.modulith.ApplicationModule;
