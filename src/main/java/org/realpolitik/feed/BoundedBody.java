package org.realpolitik.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import java.net.http.HttpResponse;

/**
 * Passes a response body on to {@code delegate} and stops it, as {@link TooLarge}, once it passes {@code max} bytes:
 * no download, however long its body, takes more than its limit of memory or disk.
 */
public final class BoundedBody<T> implements HttpResponse.BodySubscriber<T> {

	/** A body larger than its limit. */
	public static final class TooLarge extends IOException {

		public TooLarge() {
			super("larger than the download limit");
		}

	}

	private final HttpResponse.BodySubscriber<T> delegate;

	private final long max;

	private long received;

	private Flow.Subscription subscription;

	private boolean stopped;

	public BoundedBody(HttpResponse.BodySubscriber<T> delegate, long max) {
		this.delegate = delegate;
		this.max = max;
	}

	@Override
	public CompletionStage<T> getBody() {
		return this.delegate.getBody();
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		this.delegate.onSubscribe(subscription);
	}

	@Override
	public void onNext(List<ByteBuffer> item) {
		if (this.stopped) {
			return;
		}
		for (ByteBuffer buffer : item) {
			this.received += buffer.remaining();
		}
		if (this.received > this.max) {
			this.stopped = true;
			this.subscription.cancel();
			this.delegate.onError(new TooLarge());
			return;
		}
		this.delegate.onNext(item);
	}

	@Override
	public void onError(Throwable throwable) {
		if (!this.stopped) {
			this.delegate.onError(throwable);
		}
	}

	@Override
	public void onComplete() {
		if (!this.stopped) {
			this.delegate.onComplete();
		}
	}

}
