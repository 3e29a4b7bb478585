package dev.aiproof.profiling.llm;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.output.OutputParsingException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

import dev.aiproof.extraction.ExtractedDocument;
import dev.aiproof.profiling.CareerProfile;
import dev.aiproof.profiling.Profiler;
import dev.aiproof.profiling.ProfilerUnavailableException;
import dev.aiproof.profiling.Shortlist;

/**
 * Profiles a CV with an LLM: redact, neutralise instruction-like lines, trim, offer the offline shortlist, ask
 * for a structured answer, validate it, repair once, else fall back to the offline profile with the reason.
 * The model only maps; the score is computed later by our code from the validated ids.
 */
final class LlmProfiler implements Profiler {

    private static final Logger log = LoggerFactory.getLogger(LlmProfiler.class);

    private final LlmProfilingService service;
    private final LlmUsageMeter meter;
    private final LlmProperties properties;
    private final PromptSet prompts;
    private final PromptComposer composer;
    private final ProfileValidator validator;
    private final Profiler offline;
    private final Function<ExtractedDocument, Shortlist> shortlister;
    private final Optional<ProfileCache> cache;
    private final String taxonomyVersion;
    private final Redactor redactor = new Redactor();
    private final PromptGuard guard = new PromptGuard();

    LlmProfiler(LlmProfilingService service, LlmUsageMeter meter, LlmProperties properties, PromptSet prompts,
            PromptComposer composer, ProfileValidator validator, Profiler offline,
            Function<ExtractedDocument, Shortlist> shortlister, Optional<ProfileCache> cache, String taxonomyVersion) {
        this.service = service;
        this.meter = meter;
        this.properties = properties;
        this.prompts = prompts;
        this.composer = composer;
        this.validator = validator;
        this.offline = offline;
        this.shortlister = shortlister;
        this.cache = cache;
        this.taxonomyVersion = taxonomyVersion;
    }

    @Override
    public CareerProfile profile(ExtractedDocument document) {
        // the endpoint is part of "model": two OpenAI-compatible servers may serve different weights under one name
        var key = new ProfileCache.Key(document.contentHash(), prompts.version(),
                properties.modelId() + "@" + properties.baseUrl(), taxonomyVersion);
        Optional<CareerProfile> cached = cache.flatMap(c -> c.find(key));
        if (cached.isPresent()) {
            return withInfo(cached.get(), info(null, 0, 0));
        }
        // the offline profiler never sees instruction-like lines either, so they cannot steer the fallback
        ExtractedDocument local = new ExtractedDocument(guard.neutralise(document.text()), document.mediaType(),
                document.language(), document.pageCount(), document.sections(), document.positions(),
                document.contentHash(), document.notes());
        String cvText = composer.trim(guard.neutralise(redactor.redact(document.text())), document);
        PromptComposer.Request request = composer.request(cvText, shortlister.apply(local));
        meter.start();
        ProfileValidator.Validation validation;
        try {
            Attempt first = ask(request.prompt());
            validation = validate(first, request, document);
            if (!validation.usable()) {
                // the previous answer is shown only when its form was wrong; an answer that obeyed a CV's
                // instructions is not fed back to the model
                String previous = first.answer() == null ? first.raw() : null;
                Attempt repaired = ask(composer.repair(request, previous, validation.problems()));
                validation = validate(repaired, request, document);
            }
        } catch (RuntimeException e) {
            LlmUsageMeter.Tally spent = meter.finish();
            String reason = unavailable(e).orElseThrow(() -> e);
            if (properties.fallback() == LlmFallback.WAIT) {
                throw new ProfilerUnavailableException("LLM provider unavailable: " + reason, e);
            }
            log.warn("LLM profiling fell back to offline: {}", reason);
            return fallback(local, "llm-unavailable: " + reason, spent);
        }
        LlmUsageMeter.Tally spent = meter.finish();
        if (!validation.usable()) {
            String problems = String.join("; ", validation.problems());
            String reason = "invalid-answer: "
                    + (problems.length() > 300 ? problems.substring(0, 300) + "…" : problems);
            log.warn("LLM answer unusable after one repair, profiling offline ({} problems)",
                    validation.problems().size());
            return fallback(local, reason, spent);
        }
        CareerProfile profile = withInfo(validation.profile(), info(null, spent.input, spent.output));
        log.info("LLM profile by {}: {} input, {} output tokens, {} problems", properties.modelId(), spent.input,
                spent.output, validation.problems().size());
        cache.ifPresent(c -> c.put(key, profile));
        return profile;
    }

    private record Attempt(LlmAnswer answer, String raw, String problem) {
    }

    private Attempt ask(String prompt) {
        try {
            Result<LlmAnswer> result = service.answer(prompt);
            return new Attempt(result.content(), meter.lastAnswer(), null);
        } catch (OutputParsingException e) {
            // the message holds the raw answer (CV quotes): never log it
            return new Attempt(null, meter.lastAnswer(), "the answer is not a JSON object of the requested schema");
        } catch (ContentFilteredException e) {
            // OpenAI's structured-output refusal; LangChain4j raises it before listeners see the usage
            return new Attempt(null, null, "the answer was a refusal");
        }
    }

    private ProfileValidator.Validation validate(Attempt attempt, PromptComposer.Request request,
            ExtractedDocument document) {
        if (attempt.answer() == null) {
            String problem = attempt.raw() == null || attempt.raw().isBlank()
                    ? "the answer was empty or a refusal"
                    : attempt.problem();
            return new ProfileValidator.Validation(null, List.of(problem));
        }
        return validator.validate(attempt.answer(), request.cvText(), request.offeredTasks(), document.language(),
                info(null, 0, 0));
    }

    /** Why the provider could not be used, when that is what happened; empty for anything else (a bug: rethrown). */
    private static Optional<String> unavailable(RuntimeException e) {
        if (e instanceof CallNotPermittedException) {
            return Optional.of("circuit breaker open");
        }
        if (e instanceof BulkheadFullException) {
            return Optional.of("too many concurrent LLM calls");
        }
        if (e instanceof RequestNotPermitted) {
            return Optional.of("rate limit reached");
        }
        if (LlmResilience.isProviderFailure(e)) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof dev.langchain4j.exception.HttpException http) {
                    return Optional.of("HTTP " + http.statusCode() + " after retries");
                }
            }
            return Optional.of(e.getClass().getSimpleName() + " after retries");
        }
        return Optional.empty();
    }

    private CareerProfile fallback(ExtractedDocument document, String reason, LlmUsageMeter.Tally spent) {
        CareerProfile profile = offline.profile(document);
        CareerProfile.ProfilerInfo o = profile.profiler();
        return withInfo(profile, new CareerProfile.ProfilerInfo(o.kind(), o.model(), prompts.version(), reason,
                spent.input, spent.output));
    }

    private CareerProfile.ProfilerInfo info(String fallbackReason, int input, int output) {
        return new CareerProfile.ProfilerInfo("llm", properties.modelId(), prompts.version(), fallbackReason, input,
                output);
    }

    private static CareerProfile withInfo(CareerProfile p, CareerProfile.ProfilerInfo info) {
        return new CareerProfile(info, p.language(), p.occupation(), p.alternatives(), p.seniority(), p.tasks(),
                p.skills());
    }
}
