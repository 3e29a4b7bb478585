package dev.aiproof.profiling.llm;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.langchain4j.model.output.structured.Description;

/**
 * What the model is asked to return, as a JSON schema derived from this record. Nothing in it is trusted:
 * {@link ProfileValidator} checks every id against the taxonomy and every quote against the CV. Fields the
 * schema does not ask for (a "score", say) are ignored rather than failing the whole answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LlmAnswer(Occupation occupation, List<Occupation> alternatives, Seniority seniority, List<TaskItem> tasks,
        List<SkillItem> skills) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Occupation(@Description("SOC code from the candidate list") String soc,
            @Description("job title as written in the CV") String matchedTitle,
            double confidence,
            @Description("verbatim quote from the CV") String evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Seniority(@Description("intern|junior|mid|senior|lead|executive") String level,
            double years,
            @Description("verbatim quote from the CV") String evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskItem(@Description("task id from the candidate list") String id,
            @Description("share of working time, all shares sum to 1") double share,
            @Description("verbatim quotes from the CV") List<String> evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SkillItem(@Description("skill id from the candidate list") String id,
            @Description("verbatim quote from the CV") String evidence) {
    }
}
