package dev.aiproof;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * aiproof: upload a CV, get an AI-exposure report. The pipeline is in {@code dev.aiproof.pipeline.Pipeline};
 * each stage is a package named after it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AiproofApplication {

    public static void main(String[] args) {
        SpringApplication.run(AiproofApplication.class, args);
    }
}
