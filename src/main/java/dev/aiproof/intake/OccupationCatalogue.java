package dev.aiproof.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.aiproof.scoring.OccupationScore;
import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Language;
import dev.aiproof.taxonomy.Taxonomy;

/** Every occupation with the score of a typical mid-level worker in it; computed once, the taxonomy is fixed. */
@Component
class OccupationCatalogue {

    private final Map<Language, List<OccupationScore>> entries = new EnumMap<>(Language.class);

    OccupationCatalogue(Taxonomy taxonomy, Scorer scorer) {
        for (Language language : Language.values()) {
            entries.put(language, taxonomy.in(language).occupations().stream()
                    .map(o -> new OccupationScore(o.soc(), o.title(), scorer.baseScore(o)))
                    .toList());
        }
    }

    List<OccupationScore> entries() {
        return entries(Language.EN);
    }

    /** The same occupations and scores with their titles in {@code language}. */
    List<OccupationScore> entries(Language language) {
        return entries.get(language);
    }
}
