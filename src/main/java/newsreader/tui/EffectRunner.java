package newsreader.tui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import newsreader.messages.Messages;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.reading.ReadState;
import newsreader.render.RenderedArticle;
import newsreader.render.Unrenderable;

/**
 * Carries out the effects the update functions ask for and hands what they found back as events. The reader runs
 * them on one background thread, in the order they were asked for (a mark written and then unwritten stays
 * unwritten); tests run them at once on the caller's thread, so a key's whole consequence is there when it returns.
 */
final class EffectRunner implements AutoCloseable {
    private static final Messages WORDS = Messages.of("reader");

    /** How long quitting waits for effects still running (a huge post being laid out is not worth more). */
    private static final long FINISH_SECONDS = 5;

    private final ReaderServices services;
    private final ReadState readState;
    private final Consumer<ReaderEvent> results;
    private final Executor executor;
    /**
     * Where read posts are looked up for the tree's counts: a thread of its own, so that half a second of lookups in
     * a million posts never holds up an article being opened; only the last count asked for is made.
     */
    private final Executor counting;
    private final java.util.concurrent.atomic.AtomicReference<Effect.CountUnread> lastCount =
            new java.util.concurrent.atomic.AtomicReference<>();
    /**
     * Whether a count waits for the next frame ({@link #frameDrawn}): it is asked for as a new list arrives, and
     * looking up 100,000 posts beside the drawing of that list took a core from the frame on two.
     */
    private final boolean countsAfterFrame;
    /** The count asked for since the last frame; the screen's thread alone reads and writes it. */
    private Effect.CountUnread countAsked;

    private EffectRunner(ReaderServices services, Consumer<ReaderEvent> results, Executor executor, Executor counting,
                         boolean countsAfterFrame) {
        this.services = services;
        this.readState = services.readState();
        this.results = results;
        this.executor = executor;
        this.counting = counting;
        this.countsAfterFrame = countsAfterFrame;
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Effects on a daemon thread of their own; results go to {@code results} (the loop's queue). */
    static EffectRunner inBackground(ReaderServices services, Consumer<ReaderEvent> results) {
        ExecutorService counting = daemonThread("newsreader-counts");
        // The counts can wait: at the lowest priority they never take a core from the screen or the terminal.
        counting.execute(newsreader.search.LowPriority::lowerThisThread);
        return new EffectRunner(services, results, daemonThread("newsreader-effects"), counting, true);
    }

    /** Effects at once, on the caller's thread. */
    static EffectRunner inline(ReaderServices services, Consumer<ReaderEvent> results) {
        return new EffectRunner(services, results, Runnable::run, Runnable::run, false);
    }

    void run(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.CountUnread count) {
                if (countsAfterFrame) {
                    countAsked = count;
                } else {
                    countLater(count);
                }
                continue;
            }
            try {
                executor.execute(() -> {
                    ReaderEvent answer = carryOut(effect);
                    if (answer != null) {
                        results.accept(answer);
                    }
                });
            } catch (RejectedExecutionException e) {
                // Closing: nobody waits for the answer any more.
            }
        }
    }

    /** A frame reached the terminal: the count asked for meanwhile, if any, starts now. */
    void frameDrawn() {
        Effect.CountUnread count = countAsked;
        if (count != null) {
            countAsked = null;
            countLater(count);
        }
    }

    private void countLater(Effect.CountUnread count) {
        lastCount.set(count);
        try {
            counting.execute(() -> {
                if (lastCount.get() != count) {
                    return; // a newer library or read state is to be counted
                }
                try {
                    results.accept(new ReaderEvent.UnreadCounted(
                            ReadPosts.count(count.library(), count.readVersion(), readState)));
                } catch (RuntimeException e) {
                    results.accept(new ReaderEvent.MarksWritten(WORDS.get("internal-error", e.toString())));
                }
            });
        } catch (RejectedExecutionException e) {
            // Closing: nobody waits for the counts any more.
        }
    }

    /** Does one effect; the event that says how it went, or null when the answer comes some other way. */
    private ReaderEvent carryOut(Effect effect) {
        try {
            if (effect instanceof Effect.ShowPost show) {
                return showPost(show);
            } else if (effect instanceof Effect.LayOutAgain again) {
                return new ReaderEvent.ArticleRelaidOut(again.meta(), services.layOut(again.post(), again.width(), again.script()),
                        again.width());
            } else if (effect instanceof Effect.PrepareScript prepare) {
                return new ReaderEvent.ScriptReady(prepare.script().prepared());
            } else if (effect instanceof Effect.SetRead set) {
                return written(readState.setRead(set.postId(), set.read()), set.done());
            } else if (effect instanceof Effect.MarkAllRead all) {
                return written(readState.markAllRead(all.postIds()), all.done());
            } else if (effect instanceof Effect.MarkAllUnread all) {
                return written(readState.markAllUnread(all.postIds()), all.done());
            } else if (effect instanceof Effect.SetStar star) {
                return written(readState.setStarred(star.postId(), star.starred()), star.done());
            } else if (effect instanceof Effect.ReloadMarks) {
                return written(readState.reload(), null);
            } else if (effect instanceof Effect.ReloadFolder) {
                services.requestReload();
            } else if (effect instanceof Effect.OpenHeaderImage image) {
                services.openHeaderImage(image.meta(), image.references());
            } else if (effect instanceof Effect.OpenReference reference) {
                services.openReference(reference.reference(), reference.postFile());
            } else if (effect instanceof Effect.CancelOpen) {
                services.cancelOpening();
            } else if (effect instanceof Effect.RememberListChoice remember) {
                return services.rememberListChoice(remember.choice())
                        .map(problem -> new ReaderEvent.MarksWritten(capitalised(problem))).orElse(null);
            } else if (effect instanceof Effect.RememberSearches searches) {
                return services.rememberSearches(searches.entries())
                        .map(problem -> new ReaderEvent.MarksWritten(capitalised(problem))).orElse(null);
            } else if (effect instanceof Effect.RememberPositions positions) {
                return services.rememberPositions(positions.positions())
                        .map(problem -> new ReaderEvent.MarksWritten(capitalised(problem))).orElse(null);
            } else if (effect instanceof Effect.SearchAllText search) {
                services.searchAllText(search.query());
            } else if (effect instanceof Effect.SaveText save) {
                ArticleSaving.Outcome saved = ArticleSaving.save(save);
                return saved.needsOverwrite() ? new ReaderEvent.SaveWouldOverwrite(save)
                        : new ReaderEvent.MarksWritten(saved.message());
            }
            // These answer through the services' own events.
            return null;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // A post too large or too deeply nested for the heap or the stack is that post's problem; the reader
            // stays (what the failed post allocated is garbage by now).
            return failedPost(effect, Unrenderable.reason(e));
        } catch (RuntimeException e) {
            // A bug in one effect must not end the session.
            return failedPost(effect, e.toString());
        }
    }

    private static ReaderEvent failedPost(Effect effect, String reason) {
        if (effect instanceof Effect.ShowPost show) {
            return new ReaderEvent.ArticleFailed(show.meta(),
                    WORDS.get("article.cannot-show", show.meta().relativePath(), reason));
        } else if (effect instanceof Effect.LayOutAgain again) {
            return new ReaderEvent.ArticleFailed(again.meta(),
                    WORDS.get("article.cannot-show", again.meta().relativePath(), reason));
        }
        return new ReaderEvent.MarksWritten(WORDS.get("internal-error", reason));
    }

    private ReaderEvent showPost(Effect.ShowPost show) {
        try {
            Post post = services.read(show.meta());
            RenderedArticle rendered = services.layOut(post, show.width(), show.script());
            return new ReaderEvent.ArticleReady(show.meta(), post, rendered, show.width(), show.highlight());
        } catch (PostException e) {
            return new ReaderEvent.ArticleFailed(show.meta(),
                    WORDS.get("article.cannot-open", show.meta().relativePath(), e.getMessage()));
        }
    }

    private static ReaderEvent written(Optional<String> problem, String done) {
        return new ReaderEvent.MarksWritten(problem.map(EffectRunner::capitalised).orElse(done));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lets the effects already asked for finish (a mark asked for just before quitting is still written). */
    @Override
    public void close() {
        if (counting instanceof ExecutorService service) {
            service.shutdownNow(); // counts are of no use once the reader quits
        }
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            try {
                if (!service.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
                    service.shutdownNow();
                }
            } catch (InterruptedException e) {
                service.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
