package dev.aiproof.taxonomy;

import java.util.List;

/**
 * An occupation as the SOC 2018 names it.
 *
 * @param soc         SOC 2018 code, e.g. 15-1252
 * @param title       SOC title
 * @param group       our major group (software-data-it, healthcare, …)
 * @param titles      job titles and aliases people write on CVs, English and Norwegian
 * @param screenShare share of the working time spent at a screen or desk, 0..1
 * @param tasks       the usual task mix of a mid-level worker; shares add up to 1
 * @param skills      ids of skills typical for the occupation
 */
public record Occupation(String soc, String title, String group, List<String> titles, double screenShare,
                         List<OccupationTask> tasks, List<String> skills) {

    public Occupation {
        titles = List.copyOf(titles);
        tasks = List.copyOf(tasks);
        skills = List.copyOf(skills);
    }
}
