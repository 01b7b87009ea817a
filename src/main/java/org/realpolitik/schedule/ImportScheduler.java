package org.realpolitik.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.realpolitik.ingest.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs each configured source on its cron expression once the service is up (not in the CLI, which sets
 * {@code realpolitik.imports.schedule=false}). A run that finds its source locked, because the previous run is still
 * going here or on another instance, is skipped until the next tick.
 */
@Component
class ImportScheduler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportScheduler.class);

	private final ImportRuns runs;

	private final ImportSettings settings;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

	ImportScheduler(ImportRuns runs, ImportSettings settings) {
		this.runs = runs;
		this.settings = settings;
		this.scheduler.setPoolSize(2);
		this.scheduler.setThreadNamePrefix("import-schedule-");
		this.scheduler.setDaemon(true);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!this.settings.schedule()) {
			return;
		}
		this.scheduler.initialize();
		for (ImportSettings.Source source : this.runs.sources()) {
			if (!source.scheduled()) {
				continue;
			}
			if (!source.isUrl()) {
				// the inbox exists from the start, for users to drop files into before the first tick
				this.runs.createFolder(source);
			}
			this.scheduled.add(this.scheduler.schedule(() -> tick(source), new CronTrigger(source.cron())));
			log.info("Import source {} ({} from {}) runs on '{}'", source.name(), source.kind(), source.location(),
					source.cron());
		}
	}

	void tick(ImportSettings.Source source) {
		try {
			this.runs.runSource(source.name(), Trigger.SCHEDULE, Progress.NONE);
		}
		catch (RunInProgressException ex) {
			log.debug("Skipped a scheduled run: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled run of import source {} failed: {}", source.name(), ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.scheduled.forEach(f -> f.cancel(false));
		this.scheduler.shutdown();
	}

}
