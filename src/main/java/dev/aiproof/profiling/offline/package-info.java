/**
 * The offline profiler: the title index, the embedding model and the seniority and task rules. Offered as the named
 * interface {@code offline} because the command line builds it without a Spring context.
 */
@NamedInterface("offline")
package dev.aiproof.profiling.offline;

import org.springframework.modulith.NamedInterface;
