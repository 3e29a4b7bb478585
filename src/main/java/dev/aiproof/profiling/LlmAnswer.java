package dev.aiproof.profiling;

import java.util.List;

import dev.langchain4j.model.output.structured.Description;

/**
 * What the model is asked to return, as a JSON schema derived from this record. Nothing in it is trusted:
 * {@link ProfileValidator} checks every id against the taxonomy and every quote against the CV.
 */
record LlmAnswer(Occupation occupation, List<Occupation> alternatives, Seniority seniority, List<TaskItem> tasks,
                 List<SkillItem> skills) {

    record Occupation(@Description("SOC code from the candidate list") String soc,
                      @Description("job title as written in the CV") String matchedTitle,
                      double confidence,
                      @Description("verbatim quote from the CV") String evidence) {
    }

    record Seniority(@Description("intern|junior|mid|senior|lead|executive") String level,
                     double years,
                     @Description("verbatim quote from the CV") String evidence) {
    }

    record TaskItem(@Description("task id from the candidate list") String id,
                    @Description("share of working time, all shares sum to 1") double share,
                    @Description("verbatim quotes from the CV") List<String> evidence) {
    }

    record SkillItem(@Description("skill id from the candidate list") String id,
                     @Description("verbatim quote from the CV") String evidence) {
    }
}
