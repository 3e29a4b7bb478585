package dev.aiproof.intake;

import static dev.aiproof.intake.ApiFixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.pipeline.AssessmentState;
import dev.aiproof.pipeline.Pipeline;
import dev.aiproof.report.ReportRenderer;

/**
 * The OpenAPI document at {@code /v3/api-docs} against the API itself, in the web slice (every controller, our
 * security chain, springdoc): it describes every {@code /api} mapping and nothing else, names the fields the
 * submission binds, and documents for each operation exactly the answers it gives — each status and problem code
 * provoked here through the real validator and error handling, with the pipeline mocked. Add a refusal to a
 * controller without its {@link Problems} entry, drop one, or add a mapping, and a test here fails.
 */
@WebMvcTest(properties = "aiproof.extraction.max-file-size=1MB")
@Import({WebSlice.class, ApiDocumentation.class})
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocWebMvcConfiguration.class})
class ApiDocumentTest {

    /** The REST contract of DESIGN.md, which other tools rely on. */
    private static final Set<String> CONTRACT = Set.of("POST /api/assessments", "GET /api/assessments/{id}",
            "GET /api/assessments/{id}/report", "DELETE /api/assessments/{id}", "GET /api/occupations");

    private static final MediaType XML = MediaType.APPLICATION_XML;

    private final JsonMapper json = JsonMapper.shared();

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @MockitoBean
    Pipeline pipeline;
    @MockitoBean
    SubmissionLimits limits;
    @MockitoBean
    OccupationCatalogue occupations;
    @MockitoBean
    ReportRenderer renderer;

    @Test
    void theDocumentIsJsonBehindTheSecurityHeadersWithoutACookie() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(WebSecurity.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        JsonNode document = json.readTree(response.getContentAsString());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.at("/info/title").asString()).isEqualTo("aiproof API");
    }

    @Test
    void itDescribesEveryApiMappingAndNothingElse() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + path))));
        assertThat(mapped).containsAll(CONTRACT);
        assertThat(documentedOperations(document())).isEqualTo(mapped);
    }

    @Test
    void theSubmissionFormNamesTheFieldsTheControllerBinds() throws Exception {
        HandlerMethod submit = handler("POST", "/api/assessments");
        Set<String> bound = Arrays.stream(submit.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestParam.class) == null
                        ? null
                        : parameterName(parameter))
                .filter(name -> name != null).collect(Collectors.toCollection(TreeSet::new));
        JsonNode body = document().at("/paths/~1api~1assessments/post/requestBody/content");
        assertThat(body.propertyNames()).containsExactly(MediaType.MULTIPART_FORM_DATA_VALUE);
        String ref = body.at("/multipart~1form-data/schema/$ref").asString();
        JsonNode form = document().at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(new TreeSet<>(form.get("properties").propertyNames())).isEqualTo(bound);
        assertThat(form.at("/properties/file/format").asString()).isEqualTo("binary");
    }

    @Test
    void theProblemSchemaListsEveryCode() throws Exception {
        JsonNode codes = document().at("/components/schemas/Problem/properties/code/enum");
        List<String> listed = new ArrayList<>();
        codes.forEach(code -> listed.add(code.asString()));
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
    }

    /**
     * Each probe is one request with the pipeline set up for it; together they give every answer the API has.
     * The observed statuses and codes of each operation must be the documented ones, no more and no fewer; and a
     * documented answer's media type and headers are the real answer's.
     */
    @Test
    void everyOperationDocumentsExactlyTheAnswersItGives() throws Exception {
        JsonNode document = document();
        Map<String, Map<String, Set<String>>> observed = new TreeMap<>();
        for (Probe probe : probes()) {
            Mockito.reset(pipeline, limits, occupations);
            probe.arrange.run();
            MockHttpServletResponse response = mvc.perform(probe.request).andReturn().getResponse();
            String status = Integer.toString(response.getStatus());
            JsonNode documented = document.at("/paths/" + pointer(probe.path()) + "/" + probe.method().toLowerCase()
                    + "/responses/" + status);
            assertThat(documented.isMissingNode()).as(probe + " answered " + status + ", which is not documented: "
                    + response.getContentAsString()).isFalse();
            Set<String> codes = observed.computeIfAbsent(probe.operation(), op -> new TreeMap<>())
                    .computeIfAbsent(status, s -> new TreeSet<>());
            if (response.getStatus() >= 400) {
                assertThat(response.getContentType()).as(probe.toString())
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                JsonNode problem = json.readTree(response.getContentAsString());
                String code = problem.get("code").asString();
                assertThat(problem.get("status").asInt()).as(probe.toString()).isEqualTo(response.getStatus());
                assertThat(problem.get("type").asString())
                        .isEqualTo(ApiErrors.type(ProblemCode.valueOf(code)).toString());
                codes.add(code);
            } else if (response.getContentAsByteArray().length > 0) {
                assertThat(documented.get("content").propertyNames()).as(probe.toString())
                        .containsExactly(MediaType.parseMediaType(response.getContentType()).toString());
            } else {
                assertThat(documented.has("content")).as(probe + ": documented with a body it does not have").isFalse();
            }
            for (String header : documented.path("headers").propertyNames()) {
                assertThat(response.getHeader(header)).as(probe + ": documented header " + header).isNotBlank();
            }
        }
        assertThat(observed).isEqualTo(documentedAnswers(document));
    }

    private List<Probe> probes() {
        Runnable accepts = () -> when(pipeline.submit(any()))
                .thenReturn(ApiFixtures.assessment(AssessmentState.RECEIVED));
        Runnable found = () -> when(pipeline.find(ID))
                .thenReturn(Optional.of(ApiFixtures.assessment(AssessmentState.DELIVERED)));
        Runnable reported = () -> {
            found.run();
            when(pipeline.report(ID)).thenReturn(Optional.of(ApiFixtures.report()));
        };
        Runnable listed = () -> when(occupations.entries(any()))
                .thenReturn(List.of(new dev.aiproof.scoring.OccupationScore("15-1252", "Software Developers", 48)));
        Runnable nothing = () -> {
        };
        String submit = "/api/assessments";
        String status = "/api/assessments/{id}";
        String report = "/api/assessments/{id}/report";
        return List.of(
                new Probe("POST", submit, "accepted", accepts, form(ApiFixtures.cv(), "kari@example.com", "true")),
                new Probe("POST", submit, "no email", accepts, form(ApiFixtures.cv(), null, "true")),
                new Probe("POST", submit, "bad email", accepts, form(ApiFixtures.cv(), "kari@", "true")),
                new Probe("POST", submit, "consent yes", accepts, form(ApiFixtures.cv(), "kari@example.com", "yes")),
                new Probe("POST", submit, "language de", accepts,
                        form(ApiFixtures.cv(), "kari@example.com", "true").param("language", "de")),
                new Probe("POST", submit, "not linkedin", accepts,
                        form(null, "kari@example.com", "true").param("linkedinUrl", "https://example.com/in/kari")),
                new Probe("POST", submit, "no file", accepts, form(null, "kari@example.com", "true")),
                new Probe("POST", submit, "broken upload", accepts,
                        form(ApiFixtures.brokenUpload(), "kari@example.com", "true")),
                new Probe("POST", submit, "empty file", accepts,
                        form(new MockMultipartFile("file", "cv.pdf", "application/pdf", new byte[0]),
                                "kari@example.com", "true")),
                new Probe("POST", submit, "over the limit", accepts, form(new MockMultipartFile("file", "cv.pdf",
                        "application/pdf", new byte[1024 * 1024 + 1]), "kari@example.com", "true")),
                new Probe("POST", submit, "rate limited", () -> doThrow(new RateLimitedException("client",
                        Duration.ofMinutes(5))).when(limits).admitClient(anyString()),
                        form(ApiFixtures.cv(), "kari@example.com", "true")),
                new Probe("POST", submit, "json body", accepts, post(submit).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"kari@example.com\",\"consent\":true}")),
                new Probe("POST", submit, "xml wanted", accepts,
                        form(ApiFixtures.cv(), "kari@example.com", "true").accept(XML)),
                new Probe("POST", submit, "pipeline broken", () -> when(pipeline.submit(any()))
                        .thenThrow(new IllegalStateException("database gone")),
                        form(ApiFixtures.cv(), "kari@example.com", "true")),

                new Probe("GET", status, "found", found, get(status, ID)),
                new Probe("GET", status, "unknown", nothing, get(status, "no-such-id")),
                new Probe("GET", status, "xml wanted", found, get(status, ID).accept(XML)),
                new Probe("GET", status, "pipeline broken", () -> when(pipeline.find(ID))
                        .thenThrow(new IllegalStateException("database gone")), get(status, ID)),

                new Probe("GET", report, "reported", reported, get(report, ID)),
                new Probe("GET", report, "unknown", nothing, get(report, "no-such-id")),
                new Probe("GET", report, "not ready", found, get(report, ID)),
                new Probe("GET", report, "xml wanted", reported, get(report, ID).accept(XML)),
                new Probe("GET", report, "pipeline broken", () -> when(pipeline.find(ID))
                        .thenThrow(new IllegalStateException("database gone")), get(report, ID)),

                new Probe("DELETE", status, "erased", () -> when(pipeline.delete(ID)).thenReturn(true),
                        delete(status, ID)),
                new Probe("DELETE", status, "unknown", nothing, delete(status, "no-such-id")),
                new Probe("DELETE", status, "pipeline broken", () -> when(pipeline.delete(ID))
                        .thenThrow(new IllegalStateException("database gone")), delete(status, ID)),

                new Probe("GET", "/api/occupations", "listed", listed, get("/api/occupations")),
                new Probe("GET", "/api/occupations", "xml wanted", listed, get("/api/occupations").accept(XML)),
                new Probe("GET", "/api/occupations", "catalogue broken", () -> when(occupations.entries(any()))
                        .thenThrow(new IllegalStateException("taxonomy gone")), get("/api/occupations")));
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder form(
            MockMultipartFile file, String email, String consent) {
        var form = multipart("/api/assessments");
        if (file != null) {
            form.file(file);
        }
        if (email != null) {
            form.param("email", email);
        }
        return form.param("consent", consent);
    }

    /** "POST /api/assessments" and the like, for every operation of the document. */
    private static Set<String> documentedOperations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        for (String path : document.get("paths").propertyNames()) {
            for (String method : document.get("paths").get(path).propertyNames()) {
                operations.add(method.toUpperCase() + " " + path);
            }
        }
        return operations;
    }

    /** Per operation, per documented status, the problem codes of its examples (none for a success). */
    private static Map<String, Map<String, Set<String>>> documentedAnswers(JsonNode document) {
        Map<String, Map<String, Set<String>>> answers = new TreeMap<>();
        for (String operation : documentedOperations(document)) {
            String[] parts = operation.split(" ");
            JsonNode responses = document.get("paths").get(parts[1]).get(parts[0].toLowerCase()).get("responses");
            Map<String, Set<String>> byStatus = new TreeMap<>();
            for (String status : responses.propertyNames()) {
                JsonNode examples = responses.get(status).at("/content/application~1problem+json/examples");
                byStatus.put(status,
                        examples.isMissingNode() ? new TreeSet<>() : new TreeSet<>(examples.propertyNames()));
            }
            answers.put(operation, byStatus);
        }
        return answers;
    }

    private HandlerMethod handler(String method, String path) {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> matches(entry.getKey(), method, path))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private static boolean matches(RequestMappingInfo info, String method, String path) {
        return info.getPatternValues().contains(path)
                && info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(method));
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return param.name().isEmpty() ? parameter.getParameterName() : param.name();
    }

    private JsonNode document() throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private record Probe(String method, String path, String name, Runnable arrange, RequestBuilder request) {

        String operation() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return operation() + " (" + name + ")";
        }
    }
}
