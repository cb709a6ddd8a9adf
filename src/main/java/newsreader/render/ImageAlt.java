package newsreader.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The alt text of an image when it tells the reader something. Alt texts that only repeat a file name
 * ({@code 1.png}, {@code 6e2c…-picture} taken from the address, {@code image-20210828161222795} as an editor named
 * a pasted picture) or say "image" are dropped, so the marker reads {@code [image 3]} rather than
 * {@code [image 3: img]}; a file name made of words keeps them without its extension.
 */
final class ImageAlt {
    private static final Set<String> GENERIC = Set.of(
            "img", "image", "images", "pic", "picture", "photo", "figure", "图片", "图", "配图", "插图", "圖片",
            "未标题-1", "untitled", "null", "undefined", "alt");
    /** An image file's extension at the end of an alt text: what comes before it may still be words. */
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(png|jpe?g|gif|webp|bmp|svg|avif|heic|tiff?)$");
    /** Names that editors and cameras give pictures: {@code image-20210828161222795}, {@code IMG_1234}, {@code 微信图片_2021…}. */
    private static final Pattern GENERATED = Pattern.compile(
            "(?i)(image|img|pic|photo|screenshot|screen shot|dsc|截图|屏幕截图|微信图片|企业微信截图)[ _-]?[\\d_ -]{3,}.*");
    private static final Pattern NUMBER = Pattern.compile("[\\d\\p{Punct}\\s]+");

    private ImageAlt() {
    }

    static String meaningful(String alt, String src) {
        // A file name keeps its words ("MDF整体架构.png" says something), not its extension.
        String a = EXTENSION.matcher(alt.strip()).replaceFirst("").strip();
        if (a.isEmpty() || GENERIC.contains(a.toLowerCase(Locale.ROOT)) || GENERATED.matcher(a).matches()
                || NUMBER.matcher(a).matches() || (a.length() >= 8 && src.contains(a))) {
            return "";
        }
        return a;
    }
}
