package newsreader.search;

import newsreader.post.PostMeta;

/** A file's size and modification time: when both are as indexed, the file is taken to be unchanged. */
record FileStamp(long size, long modified) {
    static FileStamp of(PostMeta meta) {
        return new FileStamp(meta.size(), meta.modified());
    }
}
