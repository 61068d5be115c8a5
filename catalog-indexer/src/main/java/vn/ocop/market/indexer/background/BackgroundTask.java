package vn.ocop.market.indexer.background;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

import org.springframework.context.SmartLifecycle;

/**
 * Work that runs for as long as the application does: subscribed when the context starts,
 * disposed when it stops.
 */
public abstract class BackgroundTask implements SmartLifecycle {

	private volatile @Nullable Disposable running;

	/**
	 * Subscribes the work.
	 * @return the subscription, or {@code null} when this instance does not run it
	 */
	protected abstract @Nullable Disposable launch();

	@Override
	public void start() {
		this.running = launch();
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
