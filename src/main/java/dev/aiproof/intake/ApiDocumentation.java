package dev.aiproof.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The OpenAPI document springdoc serves at {@code /v3/api-docs} (JSON; no Swagger UI: the pages allow no script):
 * the {@code /api} operations only, each with its problem+json answers, one response per status with an example per
 * {@link ProblemCode} (the English sentence; a real answer's follows Accept-Language), and a {@code Problem} schema
 * whose {@code code} lists every code there is.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String ANY = org.springframework.http.MediaType.ALL_VALUE;
    private static final String PROBLEM_SCHEMA = "Problem";

    private final MessageSource messages;
    private final SubmissionValidator validator;

    ApiDocumentation(MessageSource messages, SubmissionValidator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info().title("aiproof API").version("1").description("""
                        How exposed a person's work is to AI, from their own CV: submit a CV, poll the assessment, \
                        read the report. Every error is `application/problem+json` (RFC 9457) with a stable `code`; \
                        its `detail` is a sentence in the language of Accept-Language (English, or Norwegian bokmål \
                        for no, nb, nn). Besides the answers of each operation, any path under /api answers \
                        NOT_FOUND (404) when the API has no such path and METHOD_NOT_ALLOWED (405, with Allow) for a \
                        method the path does not take."""))
                .components(new Components().addSchemas(PROBLEM_SCHEMA, problemSchema()));
    }

    /**
     * Only the API: the pages (form, status, report, erase) are for people, not for API clients. Its answers are
     * JSON, whatever media type springdoc guesses when a mapping does not name one.
     */
    @Bean
    OpenApiCustomizer apiPathsOnly() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            openApi.getPaths().values().stream().flatMap(path -> path.readOperations().stream())
                    .flatMap(operation -> operation.getResponses().values().stream())
                    .map(ApiResponse::getContent)
                    .filter(content -> content != null && content.containsKey(ANY))
                    .forEach(content -> content.addMediaType(JSON, content.remove(ANY)));
        };
    }

    /** The {@link Problems} of an operation, and {@link ProblemCode#INTERNAL} which any may answer. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            Problems declared = handler.getMethodAnnotation(Problems.class);
            if (declared == null) {
                return operation;
            }
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            Map<HttpStatus, List<ProblemCode>> byStatus = Stream.concat(Arrays.stream(declared.value()),
                    Stream.of(ProblemCode.INTERNAL)).distinct()
                    .collect(Collectors.groupingBy(ProblemCode::status, TreeMap::new, Collectors.toList()));
            byStatus.forEach((status, codes) -> operation.getResponses()
                    .addApiResponse(Integer.toString(status.value()), response(status, codes)));
            return operation;
        };
    }

    private ApiResponse response(HttpStatus status, List<ProblemCode> codes) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ProblemCode code : codes) {
            examples.put(code.name(), new Example().summary(code.name()).value(example(code)));
        }
        ApiResponse response = new ApiResponse()
                .description(status.getReasonPhrase() + ": "
                        + codes.stream().map(Enum::name).collect(Collectors.joining(", ")))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                        .examples(examples)));
        if (codes.contains(ProblemCode.RATE_LIMITED)) {
            response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                    .description("Seconds until a submission is taken again").schema(new IntegerSchema()));
        }
        return response;
    }

    private Map<String, Object> example(ProblemCode code) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiErrors.type(code).toString());
        problem.put("title", code.status().getReasonPhrase());
        problem.put("status", code.status().value());
        problem.put("detail", sentence(code));
        problem.put("code", code.name());
        return problem;
    }

    private Schema<?> problemSchema() {
        String codes = Arrays.stream(ProblemCode.values())
                .map(code -> "- `" + code.name() + "` (" + code.status().value() + "): " + sentence(code))
                .collect(Collectors.joining("\n"));
        return new ObjectSchema()
                .description("An RFC 9457 problem with a stable `code`. The codes:\n" + codes)
                .addProperty("type", new StringSchema().format("uri").description("One URI per code"))
                .addProperty("title", new StringSchema().description("The HTTP status's reason phrase"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("The sentence a person understands"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("code",
                        new StringSchema()._enum(Arrays.stream(ProblemCode.values()).map(Enum::name).toList()))
                .required(List.of("type", "title", "status", "detail", "code"));
    }

    /** The English sentence of a code as the API says it at the door. */
    private String sentence(ProblemCode code) {
        return switch (code) {
            case NO_TEXT -> message("error.NO_TEXT.empty");
            case TOO_LARGE -> message("error.TOO_LARGE", validator.maxMegabytes());
            default -> message("error." + code.name());
        };
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
