package dev.aiproof.pipeline;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import dev.aiproof.delivery.MailerBusyException;
import dev.aiproof.extraction.ExtractorBusyException;
import dev.aiproof.profiling.ProfilerUnavailableException;

/**
 * One durable db-scheduler task per stage, retried with exponential backoff, then marked FAILED. A stage that must
 * wait for a free slot is postponed instead, which is no failure.
 */
@Configuration(proxyBeanMethods = false)
@Import(StageTasks.Registrar.class)
class StageTasks {

    /**
     * An instance that runs no tasks (db-scheduler.enabled=false: a web-only node, or a stopped worker) still
     * stores submissions and schedules their first stage, for the workers to pick up.
     */
    @Bean
    @ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "false")
    SchedulerClient schedulingOnlyClient(DataSource dataSource) {
        return SchedulerClient.Builder.create(DbSchedulerConfigurationSupport.configureDataSource(dataSource))
                .serializer(DbSchedulerConfigurationSupport.SPRING_JAVA_SERIALIZER)
                .build();
    }

    /**
     * One task per {@link Stage}, registered here in a loop: db-scheduler's starter collects {@code Task} beans, so
     * each stage must be a bean of its own. The pipeline is looked up lazily, as it needs the scheduler these tasks
     * are part of.
     */
    static class Registrar implements BeanRegistrar {
        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public void register(BeanRegistry registry, Environment env) {
            for (Stage stage : Stage.values()) {
                registry.registerBean(stage.taskName(), Task.class, spec -> spec.supplier(context -> task(stage,
                        context.beanProvider(Pipeline.class), context.bean(PipelineProperties.class))));
            }
        }
    }

    private static Task<String> task(Stage stage, ObjectProvider<Pipeline> pipeline, PipelineProperties properties) {
        return Tasks.custom(stage.taskName(), String.class)
                .onFailure(new Backoff(stage, pipeline, properties))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    Duration later = run(stage, pipeline.getObject(), instance.getData(), properties);
                    return later == null ? new CompletionHandler.OnCompleteRemove<>() : postpone(later);
                });
    }

    /**
     * Runs the stage; a stage that cannot run now for reasons that are no fault of its own (every mail or parse
     * slot taken, the LLM unavailable under fallback=wait) is postponed: the wait it returns is no failure, so it
     * neither uses up an attempt nor grows the backoff. Everything else that goes wrong is thrown to db-scheduler's
     * failure path ({@link Backoff}).
     */
    static Duration run(Stage stage, Pipeline pipeline, String id, PipelineProperties properties) {
        try {
            pipeline.run(stage, id);
            return null;
        } catch (MailerBusyException | ExtractorBusyException e) {
            return properties.busyWait();
        } catch (ProfilerUnavailableException e) {
            // aiproof.llm.fallback=wait: the LLM is down, not this CV; wait for it as long as it takes
            return properties.profilerWait();
        }
    }

    /**
     * The stage ran and will run again later. db-scheduler records this as a success, so the stage's count of
     * consecutive failures starts again from zero.
     */
    private static CompletionHandler<String> postpone(Duration wait) {
        return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(wait));
    }

    /**
     * Exponential backoff up to {@code max-backoff}; after {@code max-attempts} the assessment is FAILED. Not
     * db-scheduler's MaxRetriesFailureHandler: it stops the task before its callback runs, so a crash between the two
     * would leave the assessment in its stage with no task to finish it; here the assessment is marked FAILED first.
     */
    record Backoff(Stage stage, ObjectProvider<Pipeline> pipeline, PipelineProperties properties)
            implements
                FailureHandler<String> {

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<String> operations) {
            Throwable cause = complete.getCause().orElse(null);
            Instant now = complete.getTimeDone();
            int failures = complete.getExecution().consecutiveFailures + 1;
            if (failures >= properties.maxAttempts()) {
                pipeline.getObject().fail(stage, complete.getExecution().taskInstance.getId(), cause);
                operations.stop();
                return;
            }
            operations.reschedule(complete, now.plus(properties.backoff(failures)));
        }
    }
}
