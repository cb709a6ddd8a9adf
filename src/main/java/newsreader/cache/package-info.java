/**
 * Durable caches: where they live and how they are stored safely. Nothing here knows what is cached.
 *
 * <p>{@link newsreader.cache.CacheDirectory} names the file of one posts folder under {@code $XDG_CACHE_HOME/newsreader}
 * (by a hash of the folder's real path). {@link newsreader.cache.SealedFile} writes a file whole (temporary file, then
 * an atomic rename: two programs writing at once leave one complete file, the last) and reads it back only when its
 * magic, kind, version, length and CRC-32 all agree, so a truncated, damaged or older file is never trusted.
 * {@link newsreader.cache.CacheWriter} and {@link newsreader.cache.CacheReader} are the compact encoding inside: variable
 * length numbers, UTF-8 strings, and shared strings written once and referred to after.
 */
package newsreader.cache;
