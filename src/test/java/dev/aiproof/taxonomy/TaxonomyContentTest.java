package dev.aiproof.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped taxonomy meets the coverage the issue asks for. */
class TaxonomyContentTest {

    private static Taxonomy taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = new TaxonomyLoader(new DefaultResourceLoader()).load("file:config/taxonomy/");
    }

    @Test
    void coversEnoughOccupationsInEveryGroup() {
        assertThat(taxonomy.occupations()).hasSizeGreaterThanOrEqualTo(750);
        Map<String, Long> byGroup = taxonomy.occupations().stream()
                .collect(Collectors.groupingBy(Occupation::group, Collectors.counting()));
        assertThat(byGroup).containsKeys("software-data-it", "healthcare", "education", "finance", "legal", "sales",
                "marketing-communication", "design-media", "office-admin", "management", "engineering-science",
                "trades-construction", "production", "transport-logistics", "hospitality-personal-service",
                "public-service");
        assertThat(byGroup.get("software-data-it")).isGreaterThanOrEqualTo(15);
    }

    @Test
    void includesTheOccupationsTheLabelledCvsUse() {
        List<String> required = List.of("15-1252", "15-1211", "15-2051", "15-1244", "15-1253", "15-1255", "15-1212",
                "15-1242", "29-1141", "29-1215", "25-2021", "25-2031", "13-2011", "13-2051", "23-1011", "23-2011",
                "41-2031", "41-4012", "13-1161", "11-2021", "27-3031", "27-1024", "27-3042", "43-6014", "43-4051",
                "43-3031", "11-1021", "11-3021", "13-1082", "13-1071", "17-2141", "17-2051", "19-1042", "47-2111",
                "47-2031", "51-4121", "51-2092", "53-3032", "43-5071", "35-2014", "35-3031", "39-5012", "33-3051",
                "43-4061", "21-1021");
        assertThat(required).allSatisfy(soc -> assertThat(taxonomy.occupation(soc)).as(soc).isPresent());
    }

    @Test
    void includesTheNewlyCoveredOccupationsPeopleTried() {
        // dentist, actuary, bank teller, airline pilot, claims adjuster, HVAC mechanic, librarian, editor, compliance
        assertThat(List.of("29-1021", "15-2011", "43-3071", "53-2011", "13-1031", "49-9021", "25-4022", "27-3041",
                "13-1041")).allSatisfy(soc -> assertThat(taxonomy.occupation(soc)).as(soc).isPresent());
    }

    @Test
    void everyOccupationHasATaskMixTitlesSkillsAPlanAndAnEdge() {
        assertThat(taxonomy.occupations()).allSatisfy(o -> {
            assertThat(o.tasks()).as(o.soc()).hasSizeBetween(2, 12);
            assertThat(o.titles()).as(o.soc()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t).isEqualTo(t.toLowerCase(java.util.Locale.ROOT)));
            assertThat(o.allSkills()).as(o.soc()).isNotEmpty();
            assertThat(o.onet()).as(o.soc()).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith(o.soc() + "."));
            assertThat(taxonomy.groupPlan(o)).as(o.soc()).isPresent();
        });
        assertThat(taxonomy.groupPlans()).allSatisfy(g -> assertThat(g.actions()).hasSizeBetween(3, 5));
    }

    @Test
    void titlesMayBeSharedAcrossOccupationsButNotRepeatedWithinOne() {
        Map<String, Long> owners = taxonomy.occupations().stream().flatMap(o -> o.titles().stream().distinct())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertThat(owners.values().stream().filter(n -> n > 1).count()).as("shared titles").isPositive();
        assertThat(taxonomy.occupations()).allSatisfy(o -> assertThat(o.titles()).as(o.soc()).doesNotHaveDuplicates());
    }

    @Test
    void norwegianTitlesForCommonOccupations() {
        List<String> norwegian = List.of("backendutvikler", "systemutvikler", "sykepleier", "lærer", "regnskapsfører",
                "advokat", "selger", "elektriker", "lastebilsjåfør", "kokk", "lege", "fastlege", "revisor",
                "prosjektleder",
                "butikkmedarbeider", "frisør", "servitør", "snekker", "sveiser", "politibetjent", "barnehagelærer",
                "saksbehandler", "sosionom", "kundeservicemedarbeider", "sekretær");
        Set<String> titles = new HashSet<>();
        taxonomy.occupations().forEach(o -> titles.addAll(o.titles()));
        assertThat(titles).containsAll(norwegian);
    }

    @Test
    void tasksCiteOnetAndCarryKeywords() {
        assertThat(taxonomy.tasks()).allSatisfy(t -> {
            if (t.iwa() == null) {
                assertThat(t.onet()).as(t.id()).isNotEmpty()
                        .allSatisfy(ref -> assertThat(ref).matches("\\d{2}-\\d{4}\\.\\d{2}/\\d+"));
            }
            assertThat(t.keywords()).as(t.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(t.rationale()).as(t.id()).isNotBlank();
        });
    }

    @Test
    void enoughSkillsActionsAndEdges() {
        assertThat(taxonomy.skills()).hasSizeGreaterThanOrEqualTo(8000);
        assertThat(taxonomy.skills()).filteredOn(Skill::technology).filteredOn(Skill::hotTechnology).isNotEmpty();
        assertThat(taxonomy.occupation("29-1021").orElseThrow().technology()).isNotEmpty()
                .allSatisfy(id -> assertThat(taxonomy.skill(id)).isPresent());
        assertThat(taxonomy.skills()).allSatisfy(s -> assertThat(s.aliases()).as(s.id()).isNotEmpty());
        assertThat(taxonomy.skills()).extracting(Skill::kind).contains(SkillKind.values());
        assertThat(taxonomy.actions()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(taxonomy.edges()).isNotEmpty();
        assertThat(taxonomy.sources()).extracting(Source::id).contains("eloundou2023", "brynjolfsson2025canaries",
                "onet", "esco", "styrk08", "bls-crosswalks");
    }
}
