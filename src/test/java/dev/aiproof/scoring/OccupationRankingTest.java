package dev.aiproof.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking of occupations by base score agrees with the published picture: language, code and office work
 * most exposed; hands-on care, trades, driving and cooking least (Eloundou et al. 2024; Felten, Raj & Seamans 2023;
 * Gmyrek, Berg & Bescond 2023).
 */
class OccupationRankingTest {

    private static Map<String, Integer> base;
    private static List<Ranked> ranking;

    private record Ranked(String soc, String title, int baseScore) {
    }

    @BeforeAll
    static void score() {
        Scorer scorer = new Scorer(TestTaxonomy.shipped());
        ranking = TestTaxonomy.shipped().occupations().stream()
                .map(o -> new Ranked(o.soc(), o.title(), scorer.baseScore(o)))
                .sorted(Comparator.comparingInt(Ranked::baseScore).reversed().thenComparing(Ranked::soc))
                .toList();
        base = ranking.stream().collect(Collectors.toMap(Ranked::soc, Ranked::baseScore));
        System.out.println("Top 10 by base score:");
        ranking.stream().limit(10)
                .forEach(o -> System.out.println("  " + o.baseScore() + "  " + o.soc() + "  " + o.title()));
        System.out.println("Bottom 10 by base score:");
        ranking.stream().skip(ranking.size() - 10)
                .forEach(o -> System.out.println("  " + o.baseScore() + "  " + o.soc() + "  " + o.title()));
    }

    @Test
    void knowledgeWorkRanksAboveHandsOnWork() {
        List<String> exposed = List.of("15-1252", "13-2011", "27-3042", "27-3043", "43-4051", "43-6014", "23-2011");
        List<String> sheltered = List.of("29-1141", "47-2111", "35-2014", "53-3032", "31-1131", "47-2031", "39-5012");
        for (String high : exposed) {
            for (String low : sheltered) {
                assertThat(base.get(high)).as(high + " above " + low).isGreaterThan(base.get(low));
            }
        }
    }

    @Test
    void topAndBottomTenAreTheExpectedKinds() {
        List<String> top = ranking.stream().limit(10).map(o -> o.soc().substring(0, 2)).toList();
        List<String> bottom = ranking.stream().skip(ranking.size() - 10).map(o -> o.soc().substring(0, 2)).toList();
        // Top: computer, media/communication, office support. Bottom: construction, production, food, care, transport.
        assertThat(top).allMatch(group -> List.of("15", "27", "43", "13", "23").contains(group));
        assertThat(bottom)
                .allMatch(group -> List.of("47", "51", "35", "37", "31", "39", "53", "49", "33").contains(group));
    }

    @Test
    void baseScoresSpreadOverTheWholeScale() {
        assertThat(ranking.getFirst().baseScore()).isGreaterThanOrEqualTo(75);
        assertThat(ranking.getLast().baseScore()).isLessThanOrEqualTo(10);
        assertThat(base.get("29-1141")).isLessThan(40);
        assertThat(base.get("15-1252")).isGreaterThanOrEqualTo(70);
    }
}
