package newsreader.open.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import newsreader.messages.Messages;
import newsreader.open.OpenTarget;
import newsreader.open.Progress;
import newsreader.open.address.Refusal;
import newsreader.open.address.TargetPolicy;
import newsreader.text.Sizes;

/**
 * Gets an image onto disk: local files as they are, web images from the cache or downloaded with a timeout per
 * request, a redirect limit, a size cap and a content type check. Blocking: call it off the UI thread. Public for
 * {@code Opener}, which fetches every image through it.
 */
public final class ImageFetcher {
    private static final Messages WORDS = Messages.of("open");

    private static final int BUFFER = 64 * 1024;
    /** Progress is reported at most this often in bytes when the size is unknown, so the UI queue stays short. */
    private static final long REPORT_EVERY = 64 * 1024;

    /** Made at the first download: making one loads and sets up TLS, a third of a second the reader's start need not wait. */
    private HttpClient client;
    private final ImageCache cache;
    private final long maxBytes;
    private final Duration timeout;
    private final int maxRedirects;

    public ImageFetcher(ImageCache cache, long maxBytes, Duration timeout, int maxRedirects) {
        this.cache = cache;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // Redirects are followed here, one by one, so that each target is checked and counted.
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** The image as a file: a local image itself, a web image from the cache or freshly downloaded. */
    public Fetched fetch(OpenTarget target, Progress progress, Cancellation cancellation) throws FetchException {
        if (target instanceof OpenTarget.Local local) {
            return local(local.file());
        }
        OpenTarget.Web web = (OpenTarget.Web) target;
        var cached = cache.find(web.text());
        if (cached.isPresent()) {
            return cached.get();
        }
        var behindProxy = CorsProxy.inner(web.uri()).map(uri -> new OpenTarget.Web(uri, uri.toString()));
        if (behindProxy.isPresent()) {
            var cachedInner = cache.find(behindProxy.get().text());
            if (cachedInner.isPresent()) {
                return cachedInner.get();
            }
        }
        try {
            return download(web, progress, cancellation);
        } catch (FetchException proxyFailure) {
            if (behindProxy.isEmpty() || proxyFailure.isCancelled()) {
                throw proxyFailure;
            }
            try {
                return download(behindProxy.get(), progress, cancellation);
            } catch (FetchException directFailure) {
                if (directFailure.isCancelled()) {
                    throw directFailure;
                }
                throw new FetchException(WORDS.get("fetch.without-proxy", proxyFailure.getMessage(),
                        directFailure.getMessage()));
            }
        }
    }

    /**
     * A local image, checked to lie inside the posts folder, copied into the cache through a link-free open of its
     * real path: viewers and the decoder read the copy, so a link swapped in after the check cannot send them out of
     * the folder (security.md: what was checked is what is opened).
     */
    private Fetched local(Path file) throws FetchException {
        String key = file.toUri().toString();
        Path temporary = null;
        try {
            temporary = cache.temporary(key);
            CappedCopy copy = new CappedCopy();
            try (InputStream in = java.nio.channels.Channels.newInputStream(LinkFreeFile.open(file));
                 OutputStream out = Files.newOutputStream(temporary)) {
                copy.run(in, out, copied -> { });
            } catch (IOException e) {
                throw new FetchException(WORDS.get("fetch.cannot-read", file.getFileName(), whyUnreadable(e)));
            }
            String sniffed = MimeTypes.sniff(copy.head, copy.headLength);
            String type = sniffed != null ? sniffed : MimeTypes.fromName(file.getFileName().toString());
            Path cached = cache.commit(temporary, key, type);
            temporary = null;
            return new Fetched(cached, type, false);
        } catch (IOException e) {
            throw new FetchException(WORDS.get("fetch.cannot-cache", e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // A stray .part file is harmless; trimming removes it.
                }
            }
        }
    }

    private static String whyUnreadable(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : String.valueOf(e.getMessage());
        if (e instanceof java.nio.file.NotDirectoryException || reason.contains("symbolic link")) {
            return WORDS.get("fetch.replaced");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return WORDS.get("fetch.gone");
        }
        return reason;
    }

    private Fetched download(OpenTarget.Web web, Progress progress, Cancellation cancellation) throws FetchException {
        URI uri = web.uri();
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(uri, cancellation);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(WORDS.get("fetch.no-location", String.valueOf(status)));
                }
                if (redirects >= maxRedirects) {
                    throw new FetchException(WORDS.get("fetch.redirects", maxRedirects));
                }
                uri = redirectTarget(uri, location);
                continue;
            }
            if (status != 200) {
                close(response);
                throw new FetchException("HTTP " + status);
            }
            return save(web.text(), response, progress, cancellation);
        }
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        try {
            return TargetPolicy.web(from.resolve(new URI(location)).toString());
        } catch (Refusal e) {
            throw new FetchException(WORDS.get("fetch.redirect", e.getMessage()));
        } catch (Exception e) {
            throw new FetchException(WORDS.get("fetch.redirect-invalid"));
        }
    }

    private HttpResponse<InputStream> send(URI uri, Cancellation cancellation) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(uri.toASCIIString()))
                    .timeout(timeout)
                    .header("Accept", "image/*")
                    .header("User-Agent", "newsreader")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(WORDS.get("fetch.invalid-url"));
        }
        CompletableFuture<HttpResponse<InputStream>> pending =
                client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        cancellation.attach(() -> pending.cancel(true));
        try {
            return pending.get();
        } catch (CancellationException e) {
            throw FetchException.cancelled();
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.cancelled();
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                throw FetchException.cancelled();
            }
            throw failure(e.getCause(), uri);
        } finally {
            cancellation.detach();
        }
    }

    private FetchException failure(Throwable cause, URI uri) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(WORDS.get("fetch.connect-timeout", Durations.describe(timeout)));
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(WORDS.get("fetch.timed-out", Durations.describe(timeout)));
        }
        if (cause instanceof UnknownHostException || cause != null && cause.getCause() instanceof UnknownHostException) {
            return new FetchException(WORDS.get("fetch.unknown-host", uri.getHost()));
        }
        if (cause instanceof ConnectException) {
            return new FetchException(WORDS.get("fetch.cannot-connect", uri.getHost()));
        }
        String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        return new FetchException(detail);
    }

    /** Reads the body into the cache within the time and size limits. */
    private Fetched save(String url, HttpResponse<InputStream> response, Progress progress, Cancellation cancellation)
            throws FetchException {
        String declared = MimeTypes.fromHeader(response.headers().firstValue("Content-Type").orElse(null));
        boolean image = declared.startsWith("image/");
        boolean unknown = declared.isEmpty() || declared.equals("application/octet-stream")
                || declared.equals("binary/octet-stream");
        if (!image && !unknown) {
            close(response);
            throw new FetchException(WORDS.get("fetch.not-image", declared));
        }
        OptionalLong announced = response.headers().firstValueAsLong("Content-Length");
        long total = announced.isPresent() ? announced.getAsLong() : -1;
        if (total > maxBytes) {
            close(response);
            throw new FetchException(WORDS.get("fetch.too-large", Sizes.bytes(maxBytes)));
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        InputStream body = response.body();
        // The request timeout ends with the headers; a body that trickles is stopped by closing its stream.
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!finished.get()) {
                timedOut.set(true);
                closeQuietly(body);
            }
        });
        Path temporary = null;
        try {
            temporary = cache.temporary(url);
            cancellation.attach(body);
            CappedCopy copy = new CappedCopy();
            try (InputStream in = body; OutputStream out = Files.newOutputStream(temporary)) {
                copy.run(in, out, new ThrottledProgress(progress, total));
            } catch (IOException e) {
                checkStopped(timedOut, cancellation);
                throw new FetchException(WORDS.get("fetch.connection-lost", e.getMessage()));
            }
            checkStopped(timedOut, cancellation);
            long received = copy.copied;
            if (total >= 0 && received < total) {
                throw new FetchException(WORDS.get("fetch.connection-closed", Sizes.bytes(received),
                        Sizes.bytes(total)));
            }
            String sniffed = MimeTypes.sniff(copy.head, copy.headLength);
            if (!image && sniffed == null) {
                throw new FetchException(WORDS.get("fetch.not-image",
                        declared.isEmpty() ? WORDS.get("fetch.no-type") : declared));
            }
            // The bytes decide: servers often call a WebP "image/jpeg". The server's word is kept only when it names
            // a known type, since it becomes a mailcap command's %t.
            String type = sniffed != null ? sniffed : MimeTypes.known(declared);
            Path file = cache.commit(temporary, url, type);
            temporary = null;
            progress.update(received, received);
            return new Fetched(file, type, false);
        } catch (IOException e) {
            throw new FetchException(WORDS.get("fetch.cannot-cache", e.getMessage()));
        } finally {
            finished.set(true);
            cancellation.detach();
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // A stray .part file is harmless; the next download uses a new name.
                }
            }
        }
    }

    private void checkStopped(AtomicBoolean timedOut, Cancellation cancellation) throws FetchException {
        if (cancellation.isCancelled()) {
            throw FetchException.cancelled();
        }
        if (timedOut.get()) {
            throw new FetchException(WORDS.get("fetch.timed-out", Durations.describe(timeout)));
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        closeQuietly(response.body());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing more to read from it either way.
        }
    }

    /** A copy into the cache that keeps the first bytes (for the type check) and stops past the size cap. */
    private final class CappedCopy {
        final byte[] head = new byte[16];
        int headLength;
        long copied;

        /** @param eachChunk told how many bytes are copied so far, after each chunk */
        void run(InputStream in, OutputStream out, LongConsumer eachChunk) throws IOException, FetchException {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                copied += n;
                if (copied > maxBytes) {
                    throw new FetchException(WORDS.get("fetch.too-large", Sizes.bytes(maxBytes)));
                }
                out.write(buffer, 0, n);
                eachChunk.accept(copied);
            }
        }
    }

    /** Download progress, told at each new percent (or every so many bytes when the size is unknown), not per chunk. */
    private static final class ThrottledProgress implements LongConsumer {
        private final Progress progress;
        private final long total;
        private long reported = -REPORT_EVERY;
        private long reportedPercent = -1;

        ThrottledProgress(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void accept(long received) {
            long percent = total > 0 ? received * 100 / total : -1;
            if (total > 0 ? percent != reportedPercent : received - reported >= REPORT_EVERY) {
                progress.update(received, total);
                reported = received;
                reportedPercent = percent;
            }
        }
    }
}
