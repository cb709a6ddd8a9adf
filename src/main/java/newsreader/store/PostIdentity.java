package newsreader.store;

import newsreader.post.PostMeta;

/**
 * What a post is called in the state store: its path below the posts folder plus a short hash of its title and
 * date ({@link PostMeta#identityHash()}). The folder's own location is not part of it, so moving or renaming the
 * folder keeps every mark; the hash tells apart two different posts that came to hold the same file name.
 */
public final class PostIdentity {
    private PostIdentity() {
    }

    /** The relative path an identity names: up to its last {@code #}, which the hash follows. */
    public static String pathOf(String postId) {
        int hash = postId.lastIndexOf('#');
        return hash < 0 ? postId : postId.substring(0, hash);
    }

    public static String of(PostMeta post) {
        return post.identity();
    }
}
