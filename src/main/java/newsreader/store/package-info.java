/**
 * What newsreader remembers between runs, below the XDG data directory ({@link newsreader.store.DataDirectory}):
 * which posts were read, behind the small {@link newsreader.store.ReadStateStore} interface.
 */
package newsreader.store;
