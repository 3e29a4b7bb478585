package dev.aiproof.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The Norwegian overlay covers every text of the taxonomy, and what it holds is Norwegian. */
class TaxonomyTranslationTest {

    private static final Taxonomy TAXONOMY = new TaxonomyLoader(new DefaultResourceLoader())
            .load("file:config/taxonomy/");
    private static final Taxonomy NB = TAXONOMY.in(Language.NB);

    @Test
    void everyTextHasANorwegianVersion() {
        assertThat(TAXONOMY.untranslated(Language.NB)).isEmpty();
        assertThat(TAXONOMY.untranslated(Language.EN)).isEmpty();
    }

    @Test
    void theTranslationKeepsEveryNumberAndRule() {
        assertThat(NB.version()).isEqualTo(TAXONOMY.version());
        assertThat(NB.occupations()).hasSameSizeAs(TAXONOMY.occupations());
        for (Occupation o : TAXONOMY.occupations()) {
            Occupation n = NB.occupation(o.soc()).orElseThrow();
            assertThat(n.tasks()).isEqualTo(o.tasks());
            assertThat(n.screenShare()).isEqualTo(o.screenShare());
            assertThat(n.jobTitles()).isEqualTo(o.jobTitles());
        }
        for (Task t : TAXONOMY.tasks()) {
            Task n = NB.task(t.id()).orElseThrow();
            assertThat(n.value()).isEqualTo(t.value());
            assertThat(n.keywords()).isEqualTo(t.keywords());
        }
        assertThat(NB.seniority(SeniorityLevel.JUNIOR).multiplier())
                .isEqualTo(TAXONOMY.seniority(SeniorityLevel.JUNIOR).multiplier());
    }

    /** Sentences, not names: a rationale, edge, plan step or band meaning left in English would show here. */
    @Test
    void norwegianSentencesDifferFromTheEnglishOnes() {
        List<String> same = new ArrayList<>();
        for (Task t : TAXONOMY.tasks()) {
            compare(same, "task " + t.id(), t.rationale(), NB.task(t.id()).orElseThrow().rationale());
            compare(same, "task " + t.id() + " edge", t.edge(), NB.task(t.id()).orElseThrow().edge());
        }
        for (Skill s : TAXONOMY.skills()) {
            compare(same, "skill " + s.id(), s.rationale(), NB.skill(s.id()).orElseThrow().rationale());
        }
        for (int i = 0; i < TAXONOMY.actions().size(); i++) {
            compare(same, "action " + TAXONOMY.actions().get(i).id(), TAXONOMY.actions().get(i).detail(),
                    NB.actions().get(i).detail());
        }
        for (int i = 0; i < TAXONOMY.groupPlans().size(); i++) {
            compare(same, "group " + TAXONOMY.groupPlans().get(i).major(), TAXONOMY.groupPlans().get(i).edge(),
                    NB.groupPlans().get(i).edge());
        }
        for (BandMeaning band : TAXONOMY.bands()) {
            compare(same, "band " + band.id(), band.meaning(), NB.bandMeaning(band.id()));
        }
        assertThat(same).isEmpty();
        assertThat(NB.edges()).allSatisfy(e -> assertThat(e.text()).doesNotContain("{task}").doesNotContain(" you "));
        assertThat(NB.occupation("15-1252").orElseThrow().title()).isEqualTo("Programvareutvikler");
    }

    private static void compare(List<String> same, String what, String english, String norwegian) {
        if (english != null && !english.isBlank() && english.equals(norwegian)) {
            same.add(what);
        }
    }
}
