package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language, sections, the CV check and the cover-letter cut. */
class StructureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "en; I worked as a nurse for the hospital and was responsible for the ward with my team of twelve in the city",
            "nb; Jeg har jobbet som sykepleier på sykehuset og har ansvar for avdelingen med et team på tolv, og det er fint å være her",
            "de; Ich habe als Pflegerin im Krankenhaus gearbeitet und war für die Station mit einem Team von zwölf Personen zuständig, und das ist gut",
            "zh; 上海交通大学 在读硕士研究生 信息与通信工程 实习经历 后端开发",
            "fr; J'ai travaillé comme infirmière dans le service de chirurgie avec une équipe de douze personnes pour les patients et le suivi",
            "und; Java Kotlin Kafka"})
    void detectsTheLanguage(String expected, String text) {
        assertThat(Languages.detect(text)).isEqualTo(expected);
    }

    @Test
    void splitsAtHeadingsInSeveralLanguagesAndCases() {
        List<Section> sections = Sections.split(
                "Jane Doe\nNurse\nWORK EXPERIENCE\nNurse 2019 - 2020\nUtdanning:\nBachelor\nIT–Kenntnisse\nJava\n教育背景\n上海");
        assertThat(sections).extracting(Section::kind).containsExactly("headline", "experience", "education", "skills",
                "education");
        assertThat(sections.get(1).text()).isEqualTo("Nurse 2019 - 2020");
    }

    @Test
    void aLongSentenceIsNotAHeading() {
        assertThat(Sections.headingKind("Experience with patients in acute wards and emergency care")).isEmpty();
    }

    @Test
    void cutsTheCoverLetterOffALetterAndCvBundle() {
        List<String> notes = new ArrayList<>();
        String text = "Jane Doe\nDear Hiring Manager,\nI apply.\nYours sincerely,\nJane\nCurriculum Vitae\nExperience\nNurse";
        assertThat(CvCheck.dropCoverLetter(text, notes)).isEqualTo("Curriculum Vitae\nExperience\nNurse");
        assertThat(notes).hasSize(1);
    }

    @Test
    void leavesACvWithoutLetterAlone() {
        List<String> notes = new ArrayList<>();
        assertThat(CvCheck.dropCoverLetter("Jane Doe\nCV\nExperience", notes)).isEqualTo("Jane Doe\nCV\nExperience");
        assertThat(notes).isEmpty();
    }

    @Test
    void refusesTooLittleTextWithItsReason() {
        String text = "Curriculum Vitae\nJane Doe\nWork experience\nEducation\nSkills";
        ExtractionException e = catchThrowableOfType(ExtractionException.class,
                () -> CvCheck.check(text, Sections.split(text), List.of()));
        assertThat(e.error()).isEqualTo(ExtractionError.NOT_A_CV);
        assertThat(e.getMessage()).contains("too little text");
    }

    @Test
    void refusesProseWithoutAnyCvSignal() {
        String text = ("The weather was fine and we walked along the river to the old bridge, where the children fed the ducks "
                + "and we ate our sandwiches in the sun. ").repeat(6);
        ExtractionException e = catchThrowableOfType(ExtractionException.class,
                () -> CvCheck.check(text, Sections.split(text), DateRanges.positions(text.lines().toList())));
        assertThat(e.error()).isEqualTo(ExtractionError.NOT_A_CV);
    }
}
