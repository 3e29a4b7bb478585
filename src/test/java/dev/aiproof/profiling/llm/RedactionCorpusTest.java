package dev.aiproof.profiling.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.aiproof.WireMockServerExtension;
import dev.aiproof.extraction.ExtractedDocument;

/**
 * Every CV of the labelled corpus (plain text and Markdown) and of the names corpus goes through the real LLM
 * path, with WireMock as the OpenAI-compatible endpoint answering first with an unusable answer so that the
 * repair request is sent too. No request body may carry the person's name (any name word of two letters or
 * more, whole word, any case), email address or phone number (digits, separators ignored), as listed in the
 * corpus's {@code people.csv}.
 *
 * <p>Name words are looked for in the user messages without the parts that are ours, not the CV's: the system
 * prompt, the JSON schema, the candidate lists (taxonomy ids and titles, before {@code <cv>}) and the fixed
 * sentences of the prompt templates. Lower-case particles (van, de, af …) are ordinary words and are not
 * checked alone. Emails and phones are looked for in everything the request carries.
 */
class RedactionCorpusTest {

    static final List<Path> CORPORA = List.of(Path.of("fixtures/cv/labelled"), Path.of("fixtures/cv/names"));
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "la", "le", "du", "da",
            "di", "dos", "das", "del", "af", "zu", "ter", "ten", "bin", "al");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d[\\d\\s().\\-/+]*\\d");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final WireMockServerExtension server = new WireMockServerExtension();

    record Person(Path file, String name, String email, String phone) {
    }

    static List<Person> people() throws IOException {
        List<Person> people = new ArrayList<>();
        for (Path corpus : CORPORA) {
            try (Reader in = Files.newBufferedReader(corpus.resolve("people.csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    people.add(
                            new Person(corpus.resolve(r.get("file")), r.get("name"), r.get("email"), r.get("phone")));
                }
            }
        }
        return people;
    }

    /** The words of a name that identify the person: every word of two letters or more but lower-case particles. */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[^\\p{L}]+")) {
            if (w.codePointCount(0, w.length()) >= 2 && !PARTICLES.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    @Test
    void noRequestBodyCarriesThePersonsNameEmailOrPhone() throws IOException {
        List<Person> people = people();
        assertThat(people).hasSizeGreaterThan(200);
        LlmProfiler profiler = LlmTestSupport.profiler(LlmTestSupport.properties(LlmProvider.OPENAI,
                LlmTestSupport.baseUrl(server, LlmProvider.OPENAI), LlmFallback.WAIT), Optional.empty());
        List<String> leaks = new ArrayList<>();
        Set<Path> leakingNames = new LinkedHashSet<>();
        int leakedEmails = 0;
        int leakedPhones = 0;
        long started = System.nanoTime();
        for (Person person : people) {
            server.resetAll();
            LlmTestSupport.answerInTurn(server, LlmProvider.OPENAI, List.of(
                    LlmTestSupport.ok(LlmProvider.OPENAI, "malformed"),
                    LlmTestSupport.ok(LlmProvider.OPENAI, "malformed")));
            String text = LlmTestSupport.read(person.file());
            try {
                profiler.profile(new ExtractedDocument(text, "text/plain", "und", 1, List.of(), List.of(),
                        LlmTestSupport.sha256(text), List.of()));
            } catch (dev.aiproof.profiling.ProfilerUnavailableException waiting) {
                // only the requests matter here: no offline profile is made after the failed repair
            }
            List<LoggedRequest> requests = server
                    .findAll(postRequestedFor(urlPathEqualTo(LlmTestSupport.path(LlmProvider.OPENAI))));
            assertThat(requests).as("first request and repair for %s", person.file()).hasSize(2);
            Set<String> found = new LinkedHashSet<>();
            boolean email = false;
            boolean phone = false;
            for (LoggedRequest request : requests) {
                JsonNode body = JSON.readTree(request.getBodyAsString());
                String everything = String.join("\n", strings(body, new ArrayList<>()));
                String cvPart = cvPart(body);
                for (String word : nameWords(person.name())) {
                    Matcher m = wholeWord(word).matcher(cvPart);
                    if (m.find()) {
                        found.add(word + " in \"" + context(cvPart, m.start(), m.end()) + "\"");
                    }
                }
                if (!person.email().isBlank()
                        && everything.toLowerCase(Locale.ROOT).contains(person.email().toLowerCase(Locale.ROOT))) {
                    email = true;
                }
                if (!person.phone().isBlank() && containsPhone(everything, person.phone())) {
                    phone = true;
                }
            }
            if (!found.isEmpty()) {
                leakingNames.add(person.file());
                leaks.add(person.file() + ": name " + String.join("; ", found));
            }
            if (email) {
                leakedEmails++;
                leaks.add(person.file() + ": email " + person.email());
            }
            if (phone) {
                leakedPhones++;
                leaks.add(person.file() + ": phone " + person.phone());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String summary = "%d CVs in %d s: %d with a name part sent, %d emails, %d phones"
                .formatted(people.size(), seconds, leakingNames.size(), leakedEmails, leakedPhones);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/redaction-corpus-leaks.txt"),
                summary + "\n" + String.join("\n", leaks) + "\n");
        System.out.println("RedactionCorpusTest: " + summary);
        assertThat(leaks).as(summary).isEmpty();
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every string value of the request, decoded (JSON escapes such as \u00e6 would hide a name from a raw search). */
    private static List<String> strings(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        for (JsonNode child : node) {
            strings(child, out);
        }
        return out;
    }

    /**
     * The user messages without what the prompt adds of its own: the candidate lists before {@code <cv>} and the
     * fixed lines of the templates. What is left is the CV text, the validator's problems and the previous answer.
     */
    private static String cvPart(JsonNode body) {
        Set<String> fixed = new LinkedHashSet<>();
        for (String template : List.of(LlmTestSupport.PROMPTS.user(), LlmTestSupport.PROMPTS.repair())) {
            template.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains("{{")).forEach(fixed::add);
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode message : body.path("messages")) {
            if (!message.path("role").asString().equals("user")) {
                continue;
            }
            String content = message.path("content").asString();
            int cv = content.indexOf("<cv>");
            assertThat(cv).as("the user message has a <cv> part").isGreaterThanOrEqualTo(0);
            content.substring(cv).lines().filter(l -> !fixed.contains(l.strip()))
                    .forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    private static boolean containsPhone(String text, String phone) {
        String digits = phone.replaceAll("\\D", "");
        String needle = digits.length() > 8 ? digits.substring(digits.length() - 8) : digits;
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            if (m.group().replaceAll("\\D", "").contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replace('\n', '⏎');
    }
}
