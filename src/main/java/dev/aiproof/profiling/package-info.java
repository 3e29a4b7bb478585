/**
 * A CV mapped onto the taxonomy: occupation, seniority, tasks and skills, each with the CV line it rests on. The
 * {@link dev.aiproof.profiling.Profiler} facade hides two profilers, {@code profiling.llm} and the offline one; the
 * offline package is also offered to the command line (named interface {@code offline}), which builds it by hand.
 */
@ApplicationModule(displayName = "Profiling", allowedDependencies = {"taxonomy", "extraction", "erasure"})
package dev.aiproof.profiling;

import org.springframework.modulith.ApplicationModule;
