/**
 * Where people and programs come in: the web form and pages, the REST API, the command line, submission checks and
 * rate limits, and the problem codes every rejection carries.
 */
@ApplicationModule(displayName = "Intake", allowedDependencies = {"pipeline", "linkedin", "report", "scoring",
        "taxonomy", "extraction", "profiling", "profiling::offline"})
package dev.aiproof.intake;

import org.springframework.modulith.ApplicationModule;
