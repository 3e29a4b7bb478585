package dev.aiproof;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.aiproof.intake.CommandLine;
import dev.aiproof.taxonomy.TaxonomyPreload;

/**
 * aiproof: upload a CV, get an AI-exposure report. The pipeline is in {@code dev.aiproof.pipeline.Pipeline};
 * each stage is a package named after it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AiproofApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.COMMANDS.contains(args[0])) {
            System.exit(CommandLine.run(AiproofApplication.class, args));
        }
        SpringApplication service = new SpringApplication(AiproofApplication.class);
        service.addListeners(new TaxonomyPreload());
        service.run(args);
    }
}
